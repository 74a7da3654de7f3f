import { describe, expect, it } from 'vitest';
import { prepareName, prepareToken } from '../names/tokens.ts';
import { pairKeys, tokenKeys } from './blocking.ts';
import { ScreeningIndex } from './index.ts';
import { keyHash, PostingTable } from './postings.ts';

const meets = (a: string, b: string) => tokenKeys(prepareToken(a)).some((k) => tokenKeys(prepareToken(b)).includes(k));

describe('blocking keys', () => {
  it('lets a typo in a short token still meet (OFAC: Kang, Sakr, Noor, Iyad)', () => {
    expect(meets('kag', 'kang')).toBe(true);
    expect(meets('sark', 'sakr')).toBe(true);
    expect(meets('nooo', 'noor')).toBe(true);
    expect(meets('iya', 'iyad')).toBe(true);
    expect(meets('harcoun', 'haroun')).toBe(true);
    expect(meets('kang', 'park')).toBe(false);
  });
  it('gives pair keys for short tokens (Korean and Chinese names: Ho Nam RI)', () => {
    expect(pairKeys(prepareName('Ho Nam RI').tokens)).toHaveLength(3);
  });
  it('finds a listed name of short tokens among many sharing its family name', () => {
    const entries = Array.from({ length: 200 }, (_, i) => ({ id: `k${i}`, names: [`${['Chol', 'Song', 'Myong', 'Tae'][i % 4]} ${String.fromCharCode(97 + (i % 26))}${i} KIM`], birthDates: [], nationalities: [], documents: [] }));
    entries.push({ id: 'target', names: ['Ho Kyu KIM'], birthDates: [], nationalities: [], documents: [] });
    const index = new ScreeningIndex(entries);
    expect(index.screen({ id: 'q', name: 'KIM Ho Kyu' })[0]?.entryId).toBe('target');
  });
});

describe('posting table', () => {
  it('keeps lists per key and grows', () => {
    const t = new PostingTable();
    for (let i = 0; i < 5000; i++) t.add('k' + (i % 700), i);
    const s = t.find('k5');
    expect(t.count(s)).toBe(Math.ceil((5000 - 5) / 700));
    expect(t.ids(s).every((id) => id % 700 === 5)).toBe(true);
    t.freeze();
    expect(t.overflowCount).toBe(0);
    expect(t.ids(t.find('k5'))).toEqual(Array.from({ length: 8 }, (_, i) => 5 + 700 * i));
    t.add('k5', 9999);
    expect(t.ids(t.find('k5')).at(-1)).toBe(9999);
    expect(t.count(t.find('k5'))).toBe(9);
    expect(t.find('absent')).toBe(-1);
    expect(keyHash('abc')).toBeGreaterThan(0);
  });
});
