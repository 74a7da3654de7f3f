import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hammingHex } from './hash256.ts';
import { DIHEDRAL_NAMES, pdqDihedralHashes, pdqHash } from './pdq.ts';
import { FULL_PDQ_DATA, PDQ_DATA, readCsv, readPpm } from '../../../test/helpers/pdq-data.ts';

describe('PDQ against the reference rasters', () => {
  const expected = new Map(readCsv('expected/pdq-fullsize.csv').map((r) => [r.file!.replaceAll('/', '_'), r]));
  const rasters = readdirSync(join(PDQ_DATA, 'decoded-rgb')).sort();

  it.skipIf(!FULL_PDQ_DATA)('has all the reference rasters', () => {
    expect(rasters.length).toBe(9);
  });

  it.each(rasters)('%s: hash and quality bit-exact', (name) => {
    const r = readPpm(join(PDQ_DATA, 'decoded-rgb', name));
    const e = expected.get(name.replace(/\.ppm(\.gz)?$/, ''))!;
    expect(e).toBeDefined();
    expect(`${r.width}x${r.height}`).toBe(e.width_x_height);
    const got = pdqHash(r);
    expect(got.hex).toBe(e.hash);
    expect(got.quality).toBe(Number(e.quality));
  });

  it.skipIf(!FULL_PDQ_DATA)('gives the 8 dihedral hashes from one DCT', () => {
    const r = readPpm(join(PDQ_DATA, 'decoded-rgb/reg-test-input_dih_bridge-1-original.jpg.ppm.gz'));
    const want = readCsv('expected/pdq-dihedral-bridge-1-original.csv').filter((x) => x.pipeline === 'fullsize');
    const got = pdqDihedralHashes(r);
    expect(got.quality).toBe(100);
    expect(want.map((w) => w.variant)).toEqual([...DIHEDRAL_NAMES]);
    for (const w of want) expect(got.hashes[w.variant as (typeof DIHEDRAL_NAMES)[number]].hex).toBe(w.hash);
  });

  it('matches the golden distances of the upstream tests', () => {
    const h = new Map(readCsv('expected/pdq-fullsize.csv').map((r) => [r.file!, r.hash!]));
    const orig = h.get('reg-test-input/dih/bridge-1-original.jpg')!;
    expect(orig).toBe('f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22');
    expect(hammingHex(orig, h.get('reg-test-input/dih/bridge-2-rotate-90.jpg')!)).toBe(120);
    expect(hammingHex(orig, h.get('reg-test-input/pen-and-coaster.png')!)).toBe(138);
  });
});

describe('PDQ edge cases', () => {
  it('gives the zero hash and quality 0 under 5 px on a side', () => {
    for (const [w, h] of [[4, 100], [100, 4], [0, 0], [1, 1]] as const) {
      const r = pdqHash({ data: new Uint8Array(w * h * 3).fill(200), width: w, height: h });
      expect(r.hex).toBe('0'.repeat(64));
      expect(r.quality).toBe(0);
      const d = pdqDihedralHashes({ data: new Uint8Array(w * h * 3), width: w, height: h });
      expect(d.quality).toBe(0);
      expect(Object.values(d.hashes).every((x) => x.hex === '0'.repeat(64))).toBe(true);
    }
  });

  it('hashes 5×5 and exactly 64×64 rasters, and accepts RGBA', () => {
    const rgb = new Uint8Array(64 * 64 * 3);
    const rgba = new Uint8Array(64 * 64 * 4);
    for (let i = 0; i < 64 * 64; i++) {
      const v = (i * 37 + ((i >> 6) * 91)) & 255;
      rgb.set([v, 255 - v, (v * 3) & 255], i * 3);
      rgba.set([v, 255 - v, (v * 3) & 255, 7], i * 4);
    }
    const a = pdqHash({ data: rgb, width: 64, height: 64 });
    const b = pdqHash({ data: rgba, width: 64, height: 64, channels: 4 });
    expect(a.hex).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toEqual(a);
    const small = pdqHash({ data: rgb.subarray(0, 75), width: 5, height: 5 });
    expect(small.hex).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a flat image has quality 0', () => {
    const r = pdqHash({ data: new Uint8Array(100 * 80 * 3).fill(90), width: 100, height: 80 });
    expect(r.quality).toBe(0);
  });

  it('rejects a buffer too short for the size', () => {
    expect(() => pdqHash({ data: new Uint8Array(10), width: 10, height: 10 })).toThrow(RangeError);
  });
});
