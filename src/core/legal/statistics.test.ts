import { describe, expect, it } from 'vitest';
import { computeStatistics, offenceCounts, publish, statisticsCsv, type TransitionFact } from './statistics.ts';
import { FIRST_HASH, canonical, transitionHash, verifyChain } from './signature.ts';

const f = (id: string, to: TransitionFact['to'], action: string, at: string, extra: Partial<TransitionFact> = {}): TransitionFact => ({
  authorisationId: id, orgId: 'civil', method: 'interception', to, action, at, targets: 2, offenceIds: ['o1'], ...extra,
});

describe('oversight statistics', () => {
  it('counts one start per authorisation in the month of the decision, with persons, durations and outcomes', () => {
    const { rows, offences } = computeStatistics([
      f('a', 'awaiting-opinion', 'approve', '2026-03-30T10:00:00Z'),
      f('a', 'active', 'opinion-favourable', '2026-04-01T10:00:00Z'),
      f('a', 'suspended', 'suspend', '2026-04-05T10:00:00Z'),
      f('a', 'ended', 'end', '2026-04-11T10:00:00Z'),
      f('a', 'destroyed', 'destroy', '2026-04-12T10:00:00Z'),
      f('b', 'refused', 'refuse', '2026-04-02T10:00:00Z', { method: 'bank-data', targets: 1 }),
      f('c', 'urgent', 'urgent-start', '2026-04-03T00:00:00Z', { orgId: 'military', targets: 3, offenceIds: ['o1', 'o2'] }),
    ]);
    expect(rows).toEqual([
      { orgId: 'civil', method: 'interception', month: '2026-03', started: 1, refused: 0, suspended: 0, ended: 0, destroyed: 0, persons: 2, runningDays: 0 },
      { orgId: 'civil', method: 'bank-data', month: '2026-04', started: 0, refused: 1, suspended: 0, ended: 0, destroyed: 0, persons: 0, runningDays: 0 },
      { orgId: 'civil', method: 'interception', month: '2026-04', started: 0, refused: 0, suspended: 1, ended: 1, destroyed: 1, persons: 0, runningDays: 10 },
      { orgId: 'military', method: 'interception', month: '2026-04', started: 1, refused: 0, suspended: 0, ended: 0, destroyed: 0, persons: 3, runningDays: 0 },
    ]);
    expect(offences).toEqual([{ offenceId: 'o1', authorisations: 2 }, { offenceId: 'o2', authorisations: 1 }]);
  });

  it('publication: 0 and counts from 5 shown, 1–4 as "<5"', () => {
    expect([0, 1, 4, 5, 12].map((n) => publish(n))).toEqual(['0', '<5', '<5', '5', '12']);
  });

  it('CSV: exact for oversight, suppressed for publication (running days withheld under 5 stopped methods)', () => {
    const rows = [{ orgId: 'x', method: 'interception', month: '2026-04', started: 7, refused: 1, suspended: 0, ended: 2, destroyed: 0, persons: 9, runningDays: 40 }];
    const name = () => 'Civil, "Intel" Service';
    expect(statisticsCsv(rows, name, false)).toBe('month,service,method,started,refused,suspended,ended,destroyed,persons,running_days\r\n2026-04,"Civil, ""Intel"" Service",interception,7,1,0,2,0,9,40\r\n');
    expect(statisticsCsv(rows, name, true).split('\r\n')[1]).toBe('2026-04,"Civil, ""Intel"" Service",interception,7,<5,0,<5,0,9,suppressed');
  });
});

describe('transition signatures', () => {
  const t1 = { recordId: 'a', seq: 1, action: 'approve', fromState: 'draft', toState: 'active', actorId: 'u1', at: '2026-04-01T00:00:00Z', reason: 'r', data: canonical({ b: 1, a: 2 }) };
  it('chains each transition to the one before; any change breaks the chain from there', () => {
    const h1 = transitionHash(FIRST_HASH, t1);
    const t2 = { ...t1, seq: 2, action: 'end', fromState: 'active', toState: 'ended', actorId: 'u2' };
    const h2 = transitionHash(h1, t2);
    const chain = [{ ...t1, prevHash: FIRST_HASH, hash: h1 }, { ...t2, prevHash: h1, hash: h2 }];
    expect(verifyChain(chain)).toBeNull();
    expect(verifyChain([{ ...chain[0]!, reason: 'changed' }, chain[1]!])).toBe(1);
    expect(verifyChain([chain[0]!, { ...chain[1]!, actorId: 'u3' }])).toBe(2);
    expect(verifyChain([chain[1]!])).toBe(2);
    expect(canonical({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});

describe('offenceCounts', () => {
  it('counts per offence the authorisations begun and the cooperation requests recorded, once per request', () => {
    const rows = offenceCounts(
      [{ offenceId: 'o-140', authorisations: 2 }],
      [
        { requestId: 'c1', at: '2026-03-01T10:00:00.000Z', offenceIds: ['o-140', 'o-140', 'o-141'] },
        { requestId: 'c2', at: '2026-03-02T10:00:00.000Z', offenceIds: ['o-141'] },
        { requestId: 'c3', at: '2026-03-03T10:00:00.000Z', offenceIds: [] },
      ],
    );
    expect(rows).toEqual([
      { offenceId: 'o-140', authorisations: 2, cooperation: 1 },
      { offenceId: 'o-141', authorisations: 0, cooperation: 2 },
    ]);
    expect(offenceCounts([], [])).toEqual([]);
  });
});
