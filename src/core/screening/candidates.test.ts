import { describe, expect, it } from 'vitest';
import { prepareName, tokenSimilarity, lastTokenMatch, prepareToken } from '../names/tokens.ts';
import { CandidateFinder } from './candidates.ts';
import { PostingTable } from './postings.ts';
import { nameScore, matchNames } from './name-match.ts';
import { ScreeningIndex } from './index.ts';

const unit = () => 1;

describe('candidate generation', () => {
  it('reads the shortest lists first and stops at the posting budget', () => {
    const post = new PostingTable();
    // "rare" is on names 0..2, "common" on 0..999
    for (let i = 0; i < 1000; i++) post.add('wcommon', i);
    for (let i = 0; i < 3; i++) post.add('wrare', i);
    post.freeze();
    const alive = new Int32Array(1000);
    const toks = [prepareToken('rare'), prepareToken('common')];
    const wide = new CandidateFinder({ cap: 5000, budget: 100000, k: 5 });
    const narrow = new CandidateFinder({ cap: 5000, budget: 10, k: 5 });
    // both find the names that carry the rare key first
    expect(wide.find(post, alive, new Int32Array(1000), 1000, toks, unit).slice(0, 3)).toEqual([0, 1, 2]);
    expect(narrow.find(post, alive, new Int32Array(1000), 1000, toks, unit)).toEqual([0, 1, 2]);
  });

  it('ranks a name on the exact-spelling key above names on a weaker, longer list', () => {
    const post = new PostingTable();
    post.add('wabc', 7);
    for (let i = 0; i < 50; i++) post.add('sbk', i);
    post.freeze();
    const t = { ...prepareToken('abc'), id: 1 << 29 };
    const f = new CandidateFinder({ cap: 5000, budget: 100000, k: 2 });
    expect(f.find(post, new Int32Array(50), new Int32Array(50), 50, [t], unit)[0]).toBe(7);
  });

  it('skips removed names and keeps the best k by credit, lower id first on ties', () => {
    const post = new PostingTable();
    for (let i = 0; i < 100; i++) post.add('wname', i);
    post.freeze();
    const alive = new Int32Array(100);
    alive[0] = -1;
    const f = new CandidateFinder({ cap: 5000, budget: 100000, k: 3 });
    expect(f.find(post, alive, new Int32Array(100), 100, [prepareToken('name')], unit)).toEqual([1, 2, 3]);
  });

  it('prefers, among equal credits, names as long as the query (Mohammed Ahmadi among Mohammed Ahmed X)', () => {
    const post = new PostingTable();
    for (let i = 0; i < 100; i++) post.add('wname', i);
    post.freeze();
    const lens = new Int32Array(100).fill(3);
    lens[57] = 1;
    const f = new CandidateFinder({ cap: 5000, budget: 100000, k: 3 });
    expect(f.find(post, new Int32Array(100), lens, 100, [prepareToken('name')], unit)[0]).toBe(57);
  });
});

describe('scoring without allocation', () => {
  it('gives the score of the explained match', () => {
    for (const [a, b] of [['Mohamed Ali Hassan', 'Muhammad HASAN'], ['Osama bin Laden', 'Usama BINLADIN'], ['J Smith', 'John SMITH']]) {
      const q = prepareName(a!);
      const e = prepareName(b!);
      expect(nameScore(q, e)).toBe(matchNames(q, e).score);
    }
  });

  it('caches token comparisons with how they matched', () => {
    const a = prepareToken('mohamed');
    const b = prepareToken('muhammad');
    const s = tokenSimilarity(a, b);
    const how = lastTokenMatch();
    expect(tokenSimilarity(prepareToken('zzz'), prepareToken('zzz'))).toBe(1);
    expect(tokenSimilarity(a, b)).toBe(s);
    expect(lastTokenMatch()).toBe(how);
  });

  it('finds names added after the index was built (overflow postings)', () => {
    const index = new ScreeningIndex([{ id: 'a', names: ['Ivan PETROV'], birthDates: [], nationalities: [], documents: [] }]);
    index.add({ id: 'b', names: ['Olga SMIRNOVA'], birthDates: [], nationalities: [], documents: [] });
    expect(index.screen({ id: 'q', name: 'Olga Smirnova' })[0]?.entryId).toBe('b');
    index.remove('b');
    expect(index.screen({ id: 'q', name: 'Olga Smirnova' })).toEqual([]);
  });
});
