import sharp from 'sharp';
import { crc32, deflateSync } from 'node:zlib';
import { decodeImage } from '../../../src/core/content/decode.ts';
function png16(w: number, h: number, ch: 1 | 2 | 3 | 4, samples: Uint16Array): Buffer {
  const colorType = { 1: 0, 2: 4, 3: 2, 4: 6 }[ch];
  const raw = Buffer.alloc(h * (1 + w * ch * 2));
  for (let y = 0, p = 0; y < h; y++) { raw[p++] = 0; for (let i = 0; i < w * ch; i++, p += 2) raw.writeUInt16BE(samples[y * w * ch + i]!, p); }
  const chunk = (type: string, data: Buffer) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc32(td)); return Buffer.concat([len, td, c]); };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 16; ihdr[9] = colorType; 
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
for (const ch of [3, 1, 4, 2] as const) {
  const w = 40, h = 30; const s = new Uint16Array(w * h * ch); for (let i = 0; i < s.length; i++) s[i] = (i * 2741 + 13) & 0xffff;
  const png = png16(w, h, ch, s);
  const m = await sharp(png).metadata(); 
  const { data, info } = await sharp(png, { ignoreIcc: true }).raw({ depth: 'ushort' }).toBuffer({ resolveWithObject: true });
  const got = new Uint16Array(data.buffer, data.byteOffset, data.length / 2);
  console.log(ch, m.space, m.depth, info.channels, [...got.slice(0, 4)], [...s.slice(0, 4)]);
  const img = await decodeImage(png);
  const want: number[] = []; for (let i = 0; i < w*h; i++) { const px = s.subarray(i*ch, i*ch+ch); const rgb = ch >= 3 ? [px[0]!, px[1]!, px[2]!] : [px[0]!, px[0]!, px[0]!]; want.push(...rgb.map(v => Math.floor(v/257))); }
  console.log('  decode ok?', Buffer.compare(Buffer.from(img.data), Buffer.from(want)) === 0, [...img.data.slice(0,6)], want.slice(0,6));
}
