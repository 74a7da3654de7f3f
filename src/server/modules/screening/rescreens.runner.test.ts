/**
 * The re-screening's small index of new entries, weighted by the whole index, scores a traveller as the
 * whole index does; travellers the engine refuses are passed over. Synthetic names only.
 */
import { describe, expect, it } from 'vitest';
import { ScreeningIndex, type WatchlistEntry } from '../../../core/screening/engine.ts';
import { rescreenTravellers } from './rescreens.runner.ts';

const entry = (id: string, name: string, birth?: string): WatchlistEntry => ({
  id, names: [name], birthDates: birth ? [{ year: Number(birth.slice(0, 4)), month: Number(birth.slice(5, 7)), day: Number(birth.slice(8, 10)) }] : [], nationalities: [], documents: [], kind: 'individual', source: 'custom',
});

describe('rescreenTravellers', () => {
  // A common family name (weighs less in the whole list) and a rare one.
  const old = Array.from({ length: 40 }, (_, i) => entry(`c:${i}`, `Name${String.fromCharCode(97 + (i % 26))}${i} Hallbrook`));
  const added = [entry('c:new1', 'Corvin Hallbrook', '1979-04-02'), entry('c:new2', 'Ysolde Marchetti-Quarn', '1984-11-30')];
  const whole = new ScreeningIndex([...old, ...added]);
  const delta = new ScreeningIndex(added, { weights: whole.weight });

  it('scores as the whole index would, and passes over what the engine refuses', () => {
    const rows = [
      { batch_id: 'b', seq: 1, traveller: { id: '1', name: 'Korvin Halbrook', birthDate: '1979-04-02' }, threshold: 0.8 },
      { batch_id: 'b', seq: 2, traveller: { id: '2', name: 'Ysolde Marchetti Quarn' }, threshold: 0.8 },
      { batch_id: 'b', seq: 3, traveller: { id: '3', name: 'Peregrin Ostwald', birthDate: '1990-01-01' }, threshold: 0.8 },
      { batch_id: 'b', seq: 4, traveller: { id: '4', name: '???' }, threshold: 0.8 },
    ];
    const found = rescreenTravellers(delta, rows);
    expect(found.map((f) => [f.row.seq, f.hits[0]!.entryId])).toEqual([[1, 'c:new1'], [2, 'c:new2']]);
    for (const f of found) {
      const full = whole.screen(f.row.traveller, { threshold: 0.8 }).find((h) => h.entryId === f.hits[0]!.entryId)!;
      expect(f.hits[0]!.score).toBeCloseTo(full.score, 10);
    }
  });
});
