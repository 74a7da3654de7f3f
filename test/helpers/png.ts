/** Hand-written PNG files for tests, so no encoder is involved. */
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A PNG of w × h pixels with the given bit depth and colour type, from already filtered raw rows. */
export function pngFile(w: number, h: number, bitDepth: number, colorType: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = bitDepth;
  ihdr[9] = colorType;
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A decompression bomb: an 8-bit RGB PNG header declaring w × h pixels, with only a few rows of data. */
export function bombPng(w: number, h: number): Buffer {
  return pngFile(w, h, 8, 2, Buffer.alloc(4 * (1 + w * 3)));
}
