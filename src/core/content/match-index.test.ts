import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hexToWords, wordsToHex } from './hash256.ts';
import { MatchIndex, type MatchIndexOptions } from './match-index.ts';
import { PDQ_DATA, readCsv } from '../../../test/helpers/pdq-data.ts';

const LAYOUTS: [string, MatchIndexOptions][] = [
  ['narrow 16×16', { forceIndex: true }],
  ['wide 12-slot', { forceIndex: true, wideMin: 1 }],
  ['auto (scan fallback)', {}],
];

describe('needles vs haystack (upstream MIH test data)', () => {
  const lines = (f: string) => readFileSync(join(PDQ_DATA, 'data/reg-test-input', f), 'utf8').split('\n').filter((l) => l.trim());
  const needles = lines('needles.txt').map((l) => l.trim().split(/\s+/)[0]!);
  const haystack = lines('haystack.txt').map((l) => l.trim().split(/\s+/)[0]!);
  const expected = readCsv('expected/mih-needles-vs-haystack-d32.csv')
    .map((r) => `${r.needle_line},${r.haystack_line},${r.distance}`)
    .sort();

  it.each(LAYOUTS)('%s: every pair within 32, exactly as brute force', (_name, options) => {
    expect(expected.length).toBe(250);
    const index = MatchIndex.fromHex(haystack, undefined, options);
    const got: string[] = [];
    needles.forEach((n, i) => {
      const hits = index.query(n, 32);
      expect(hits).toEqual(index.bruteForce(n, 32));
      for (const h of hits) got.push(`${i + 1},${h.id + 1},${h.distance}`);
    });
    expect(got.sort()).toEqual(expected);
  });
});

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** n hashes in clusters: random centres, members flipping 0..maxFlips bits, some exact duplicates. */
function clustered(n: number, seed: number, maxFlips: number): Uint32Array {
  const r = rng(seed);
  const words = new Uint32Array(n * 8);
  let i = 0;
  while (i < n) {
    const c = i;
    for (let w = 0; w < 8; w++) words[c * 8 + w] = r();
    i++;
    const size = r() % 12;
    for (let k = 0; k < size && i < n; k++, i++) {
      words.copyWithin(i * 8, c * 8, c * 8 + 8);
      const flips = k === 0 ? 0 : r() % (maxFlips + 1);
      for (let f = 0; f < flips; f++) {
        const b = r() & 255;
        words[i * 8 + (b >>> 5)]! ^= 1 << (b & 31);
      }
    }
  }
  return words;
}

function nearQuery(words: Uint32Array, r: () => number, flips: number): Uint32Array {
  const id = r() % (words.length / 8);
  const q = words.slice(id * 8, id * 8 + 8);
  for (let f = 0; f < flips; f++) {
    const b = r() & 255;
    q[b >>> 5]! ^= 1 << (b & 31);
  }
  return q;
}

describe('MatchIndex equals brute force', () => {
  it('on clustered data at every distance 0..64, both layouts, with removals and low quality', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 64 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.boolean(),
        (seed, d, n, wide) => {
          const r = rng(seed);
          const words = clustered(n, seed, 40);
          const qualities = Array.from({ length: n }, () => (r() % 10 === 0 ? r() % 50 : 50 + (r() % 51)));
          const index = MatchIndex.fromWords(words, qualities, { forceIndex: true, wideMin: wide ? 1 : Infinity });
          for (let k = 0; k < n / 10; k++) index.remove(r() % n);
          for (let t = 0; t < 8; t++) {
            const q = nearQuery(words, r, r() % 48);
            expect(index.query(q, d)).toEqual(index.bruteForce(q, d));
          }
        },
      ),
      { numRuns: 60 },
    );
    // CPU-bound: on a busy two-core machine it can take over a minute.
  }, 240_000);

  it('while hashes are added and removed one by one (tail, delta and main rebuilds)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 40 }), (seed, d) => {
        const r = rng(seed);
        const pool = clustered(1500, seed, 30);
        const index = new MatchIndex({ tailMax: 16, deltaFraction: 1 / 4, forceIndex: true });
        const live = new Map<number, string>();
        for (let step = 0; step < 1500; step++) {
          if (live.size > 0 && r() % 4 === 0) {
            const ids = [...live.keys()];
            const id = ids[r() % ids.length]!;
            expect(index.remove(id)).toBe(true);
            expect(index.remove(id)).toBe(false);
            live.delete(id);
          } else {
            const id = index.add(pool.subarray(step * 8, step * 8 + 8), r() % 8 === 0 ? 20 : 90);
            live.set(id, wordsToHex(pool, step * 8));
          }
          if (step % 100 === 99) {
            const q = nearQuery(pool, r, r() % 30);
            const hits = index.query(q, d);
            expect(hits).toEqual(index.bruteForce(q, d));
            for (const h of hits) expect(live.has(h.id)).toBe(true);
          }
        }
        expect(index.size).toBe(live.size);
        for (const [id, hex] of live) expect(index.get(id)?.hex).toBe(hex);
      }),
      { numRuns: 10 },
    );
  });
});

describe('MatchIndex behaviour', () => {
  const a = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
  const b = 'f8f8f0cee0f4a84f06370a2a038f63f0b36e26d596621e1d33e6b39c4e9c9b22'; // 2 bits from a

  it('keeps hashes of quality below 50 but never matches them', () => {
    const index = new MatchIndex();
    const low = index.add(a, 49);
    const ok = index.add(b, 50);
    expect(index.get(low)).toEqual({ hex: a, quality: 49 });
    expect(index.query(a)).toEqual([{ id: ok, distance: 2 }]);
    expect(index.size).toBe(2);
  });

  it('accepts hex, bytes or words; sorts by distance then id; rejects malformed hex', () => {
    const index = MatchIndex.fromHex([b, a, a]);
    expect(index.query(hexToWords(a))).toEqual([
      { id: 1, distance: 0 },
      { id: 2, distance: 0 },
      { id: 0, distance: 2 },
    ]);
    expect(index.query(a, 1)).toHaveLength(2);
    expect(index.query(a, -1)).toEqual([]);
    expect(() => index.query('xyz')).toThrow(/invalid PDQ hash/);
    expect(() => index.add('0'.repeat(63))).toThrow(/invalid PDQ hash/);
  });

  it('ignores unknown ids on remove and counts memory', () => {
    const index = MatchIndex.fromHex([a]);
    expect(index.remove(5)).toBe(false);
    expect(index.remove(-1)).toBe(false);
    expect(index.remove(0)).toBe(true);
    expect(index.query(a)).toEqual([]);
    expect(index.bytes).toBeGreaterThan(0);
  });

  it('optimize() keeps results identical', () => {
    const words = clustered(5000, 7, 20);
    const index = new MatchIndex({ forceIndex: true });
    for (let i = 0; i < 5000; i++) index.add(words.subarray(i * 8, i * 8 + 8));
    const r = rng(3);
    const qs = Array.from({ length: 20 }, () => nearQuery(words, r, 10));
    const before = qs.map((q) => index.query(q, 31));
    index.optimize();
    expect(qs.map((q) => index.query(q, 31))).toEqual(before);
    expect(qs.map((q) => index.bruteForce(q, 31))).toEqual(before);
  });
});
