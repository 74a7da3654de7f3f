import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToHex, bytesToWords, hammingBytes, hammingHex, hammingWords, hexToBytes, hexToWords, isHashHex, popcount32, wordsToBytes, wordsToHex } from './hash256.ts';
import { parseBankCsv, parseQueryList } from './bank.ts';

const hex64 = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex'));

describe('hash256', () => {
  it('round-trips hex, bytes and words', () => {
    fc.assert(
      fc.property(hex64, (h) => {
        expect(bytesToHex(hexToBytes(h))).toBe(h);
        expect(wordsToHex(hexToWords(h))).toBe(h);
        expect(bytesToHex(wordsToBytes(bytesToWords(hexToBytes(h))))).toBe(h);
        expect(bytesToHex(hexToBytes(h.toUpperCase()))).toBe(h);
      }),
    );
  });

  it('computes Hamming distance as a bit count', () => {
    fc.assert(
      fc.property(hex64, hex64, (a, b) => {
        const naive = [...a].reduce((s, c, i) => s + popcount32(parseInt(c, 16) ^ parseInt(b[i]!, 16)), 0);
        expect(hammingHex(a, b)).toBe(naive);
        expect(hammingBytes(hexToBytes(a), hexToBytes(b))).toBe(naive);
        expect(hammingWords(hexToWords(a), 0, hexToWords(b), 0)).toBe(naive);
      }),
    );
    expect(popcount32(0xffffffff)).toBe(32);
    expect(popcount32(0)).toBe(0);
  });

  it('validates hex', () => {
    expect(isHashHex('a'.repeat(64))).toBe(true);
    for (const bad of ['a'.repeat(63), 'a'.repeat(65), 'g'.repeat(64), '', `0x${'a'.repeat(62)}`]) {
      expect(isHashHex(bad)).toBe(false);
      expect(() => hexToBytes(bad)).toThrow(/invalid PDQ hash/);
    }
    expect(hexToBytes(` ${'0'.repeat(64)}\n`)).toHaveLength(32);
  });
});

describe('bank CSV and query lists', () => {
  const h1 = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
  it('keeps labels and quality; reports malformed hashes with their line numbers', () => {
    const ok = parseBankCsv(`source,hash,quality\nA,${h1.toUpperCase()},80\n\nB,${h1},\n`);
    expect(ok).toEqual({
      ok: true,
      entries: [
        { hash: h1, quality: 80, line: 2, labels: { source: 'A' } },
        { hash: h1, quality: 100, line: 4, labels: { source: 'B' } },
      ],
    });
    const bad = parseBankCsv(`hash,label\n${h1},x\nnot-a-hash,y\n${h1},z\n${h1.slice(1)},w\n`);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.line)).toEqual([3, 5]);
    const q = parseBankCsv(`hash,quality\n${h1},101\n`);
    expect(!q.ok && q.errors[0]!.line).toBe(2);
  });

  it('requires a header with a hash column', () => {
    expect(parseBankCsv('').ok).toBe(false);
    const r = parseBankCsv(`pdq,label\n${h1},x\n`);
    expect(!r.ok && r.errors[0]!.message).toMatch(/no "hash" column/);
    expect(parseBankCsv('hash\n')).toEqual({ ok: true, entries: [] });
  });

  it('flags malformed query lines and skips blank ones', () => {
    expect(parseQueryList(`${h1}\n\n xyz \n${h1.toUpperCase()}\r\n`)).toEqual([
      { line: 1, query: h1, hash: h1 },
      { line: 3, query: 'xyz', error: 'malformed hash (expected 64 hex characters)' },
      { line: 4, query: h1.toUpperCase(), hash: h1 },
    ]);
  });
});
