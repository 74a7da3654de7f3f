import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkImageSize, decodeImage, DEFAULT_MAX_PIXELS, ImageTooLargeError, UnsupportedImageError } from './decode.ts';
import { detectVideo, fileDigests, hashImageBuffer } from './file-hash.ts';
import { hammingHex } from './hash256.ts';
import { pdqHash } from './pdq.ts';
import { bombPng, pngFile } from '../../../test/helpers/png.ts';
import { FULL_PDQ_DATA, PDQ_DATA, readCsv, readPpm } from '../../../test/helpers/pdq-data.ts';

function listImages(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listImages(p));
    else if (/\.(jpe?g|png|webp)$/i.test(name)) out.push(p);
  }
  return out.sort();
}

describe('decoding the reference image files', () => {
  const dataDir = join(PDQ_DATA, 'data');
  const expected = new Map(readCsv('expected/pdq-fullsize.csv').map((r) => [r.file!, r]));

  it('every image file gives the reference hash and quality (47/47 on the full set, distance 0)', async () => {
    const files = listImages(dataDir);
    expect(files.length).toBe(FULL_PDQ_DATA ? 47 : 10);
    const misses: string[] = [];
    let maxDistance = 0;
    for (const f of files) {
      const rel = relative(dataDir, f);
      const e = expected.get(rel);
      expect(e, rel).toBeDefined();
      const h = await hashImageBuffer(readFileSync(f));
      const d = hammingHex(h.pdq, e!.hash!);
      maxDistance = Math.max(maxDistance, d);
      if (d !== 0 || h.quality !== Number(e!.quality)) misses.push(`${rel}: distance ${d}, quality ${h.quality}`);
      expect(`${h.width}x${h.height}`).toBe(e!.width_x_height);
    }
    expect(misses).toEqual([]);
    expect(maxDistance).toBe(0);
  }, 120_000);

  it('decodes byte-identically to the reference rasters', async () => {
    for (const name of readdirSync(join(PDQ_DATA, 'decoded-rgb'))) {
      const rel = name.replace(/\.ppm(\.gz)?$/, '').replace('_', '/').replace('reg-test-input/dih_', 'reg-test-input/dih/').replace('reg-test-input/labelme-subset_', 'reg-test-input/labelme-subset/');
      const ref = readPpm(join(PDQ_DATA, 'decoded-rgb', name));
      const img = await decodeImage(readFileSync(join(dataDir, rel)));
      expect([img.width, img.height]).toEqual([ref.width, ref.height]);
      expect(Buffer.compare(Buffer.from(img.data), Buffer.from(ref.data)), rel).toBe(0);
    }
  }, 60_000);

  it.skipIf(!FULL_PDQ_DATA)('does not apply EXIF orientation', async () => {
    const f = 'reg-test-input/exif-rotn/exif-rotn-6.jpg';
    const img = await decodeImage(readFileSync(join(dataDir, f)));
    expect([img.width, img.height]).toEqual([4032, 3024]);
  }, 30_000);

  it('hashes a truncated JPEG (failOn none) and gives the file digests', async () => {
    const full = readFileSync(join(dataDir, 'bridge-mods/aaa-orig.jpg'));
    const cut = full.subarray(0, Math.floor(full.length * 0.6));
    const h = await hashImageBuffer(cut);
    expect(h.pdq).toMatch(/^[0-9a-f]{64}$/);
    expect(h.md5).toBe(fileDigests(cut).md5);
    const whole = await hashImageBuffer(full);
    expect(hammingHex(h.pdq, whole.pdq)).toBeLessThan(128);
  });
});

/** A minimal 16-bit PNG (grey, grey+alpha, RGB or RGBA), written by hand so no encoder is involved. */
function png16(w: number, h: number, ch: 1 | 2 | 3 | 4, samples: Uint16Array): Buffer {
  const colorType = { 1: 0, 2: 4, 3: 2, 4: 6 }[ch];
  const raw = Buffer.alloc(h * (1 + w * ch * 2));
  for (let y = 0, p = 0; y < h; y++) {
    raw[p++] = 0; // filter: none
    for (let i = 0; i < w * ch; i++, p += 2) raw.writeUInt16BE(samples[y * w * ch + i]!, p);
  }
  return pngFile(w, h, 16, colorType!, raw);
}

describe('decoder special cases', () => {
  it('rejects a non-image with UnsupportedImageError', async () => {
    await expect(decodeImage(Buffer.from('hello, not an image'))).rejects.toBeInstanceOf(UnsupportedImageError);
    await expect(decodeImage(new Uint8Array(0))).rejects.toBeInstanceOf(UnsupportedImageError);
  });

  it.each([1, 2, 3, 4] as const)('takes floor(q/257) of 16-bit PNG samples (%i channels)', async (ch) => {
    const w = 40, h = 30; // prettier-ignore
    const s16 = new Uint16Array(w * h * ch);
    for (let i = 0; i < s16.length; i++) s16[i] = (i * 2741 + 13) & 0xffff;
    const png = png16(w, h, ch, s16);
    expect((await sharp(png).metadata()).depth).toBe('ushort');
    const img = await decodeImage(png);
    const want = new Uint8Array(w * h * 3);
    for (let i = 0; i < w * h; i++) {
      for (let c = 0; c < 3; c++) want[i * 3 + c] = Math.floor(s16[i * ch + (ch >= 3 ? c : 0)]! / 257);
    }
    expect(Buffer.compare(Buffer.from(img.data), Buffer.from(want))).toBe(0);
  });

  it('expands grey and drops alpha without blending', async () => {
    const w = 16, h = 8; // prettier-ignore
    const ga = new Uint8Array(w * h * 2);
    for (let i = 0; i < w * h; i++) ga.set([(i * 7) & 255, i & 1 ? 0 : 255], i * 2);
    const png = await sharp(Buffer.from(ga), { raw: { width: w, height: h, channels: 2 } }).png().toBuffer();
    const img = await decodeImage(png);
    for (let i = 0; i < w * h; i++) expect([...img.data.subarray(i * 3, i * 3 + 3)]).toEqual(Array(3).fill((i * 7) & 255));
    expect(pdqHash(img).hex).toHaveLength(64);
  });

  it('an image under 5 px gives quality 0 and the zero hash', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#808080' } }).png().toBuffer();
    const h = await hashImageBuffer(png);
    expect(h.pdq).toBe('0'.repeat(64));
    expect(h.quality).toBe(0);
  });

  it('refuses a decompression bomb (a tiny PNG declaring 50,000 × 50,000 pixels) from its header, without decoding', async () => {
    const bomb = bombPng(50_000, 50_000);
    expect(bomb.length).toBeLessThan(10_000);
    const before = process.memoryUsage().rss;
    const t0 = Date.now();
    const e = await decodeImage(bomb).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ImageTooLargeError);
    expect((e as ImageTooLargeError).message).toContain('50000 × 50000');
    expect((e as ImageTooLargeError).maxPixels).toBe(DEFAULT_MAX_PIXELS);
    await expect(hashImageBuffer(bomb)).rejects.toBeInstanceOf(ImageTooLargeError);
    expect(Date.now() - t0).toBeLessThan(5_000);
    // 2.5 gigapixels decoded would need 7.5 GB; nothing near that was allocated.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('applies a configured pixel limit (header check and libvips limit) and accepts images within it', async () => {
    const png = await sharp({ create: { width: 100, height: 80, channels: 3, background: '#336699' } }).png().toBuffer();
    await expect(decodeImage(png, { maxPixels: 7_999 })).rejects.toBeInstanceOf(ImageTooLargeError);
    await expect(checkImageSize(png, 7_999)).rejects.toThrow(/100 × 80 pixels \(8,000\); the limit is 7,999/);
    expect((await decodeImage(png, { maxPixels: 8_000 })).width).toBe(100);
    expect((await hashImageBuffer(png, { maxPixels: 8_000 })).width).toBe(100);
  });

  it('computes MD5 and SHA-256', () => {
    const d = fileDigests(Buffer.from('abc'));
    expect(d.md5).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(d.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('recognises video containers but not HEIF/AVIF images', () => {
    const ftyp = (brand: string) => Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from(`ftyp${brand}`)]);
    expect(detectVideo(ftyp('isom'))).toBe('mp4');
    expect(detectVideo(ftyp('qt  '))).toBe('mp4');
    expect(detectVideo(ftyp('heic'))).toBeNull();
    expect(detectVideo(ftyp('avif'))).toBeNull();
    expect(detectVideo(Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 1]))).toBe('matroska');
    expect(detectVideo(Buffer.from('RIFF\0\0\0\0AVI LIST'))).toBe('avi');
    expect(detectVideo(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBeNull();
    expect(detectVideo(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
  });
});
