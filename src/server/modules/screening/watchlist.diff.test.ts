import { describe, expect, it } from 'vitest';
import type { WatchlistEntry } from '../../../core/screening/engine.ts';
import { changedFields, diffEntries, storedEntry } from './watchlist.diff.ts';

const entry = (id: string, over: Partial<WatchlistEntry> = {}): WatchlistEntry => ({ id, names: [`Name ${id}`], birthDates: [], nationalities: [], documents: [], kind: 'individual', source: 'un', ...over });
const row = (e: WatchlistEntry) => ({ entry_id: e.id, hash: storedEntry(e).hash, entry: e });

describe('watch-list diff', () => {
  it('names the fields that changed, whatever the key order of the stored form', () => {
    const before = entry('un:1', { nationalities: ['BE'] });
    const reordered = JSON.parse(JSON.stringify({ source: 'un', kind: 'individual', documents: [], nationalities: ['BE'], birthDates: [], names: ['Name un:1'], id: 'un:1' })) as WatchlistEntry;
    expect(changedFields(before, reordered)).toEqual([]);
    expect(changedFields(before, { ...before, names: ['Other'], birthDates: [{ year: 1970 }] })).toEqual(['birthDates', 'names']);
  });

  it('lists added, changed (with fields) and removed entries in that order', () => {
    const a = entry('un:a');
    const b = entry('un:b');
    const c = entry('un:c');
    const next = [storedEntry({ ...b, names: ['Renamed'] }), storedEntry(entry('un:d')), storedEntry(a)];
    expect(diffEntries([row(a), row(b), row(c)], next)).toEqual([
      { entryId: 'un:d', change: 'added', name: 'Name un:d', fields: [] },
      { entryId: 'un:b', change: 'changed', name: 'Renamed', fields: ['names'] },
      { entryId: 'un:c', change: 'removed', name: 'Name un:c', fields: [] },
    ]);
  });

  it('hashes the markings with the entry (a national subject whose markings change is a changed entry)', () => {
    const e = entry('national:1', { source: 'national' });
    expect(storedEntry(e, null).hash).not.toBe(storedEntry(e, { ownerOrgId: 'o', classification: 'restricted', distribution: 'all' } as never).hash);
  });
});
