import { describe, expect, it } from 'vitest';
import { checkPhaseChange, checkTaskMove, checkTerrorStateChange, checkUnitMove, isActionOverdue } from './rules.ts';
import { GENESIS_HASH, logEntryHash, verifyLogChain, type ChainedEntry, type LogContent } from './log-chain.ts';

describe('crisis rules: phase and terror-plan state', () => {
  it('escalates to any higher phase and de-escalates one step at a time', () => {
    expect(checkPhaseChange('municipal', 'federal')).toBeNull();
    expect(checkPhaseChange('municipal', 'provincial')).toBeNull();
    expect(checkPhaseChange('federal', 'provincial')).toBeNull();
    expect(checkPhaseChange('federal', 'municipal')).toMatchObject({ field: 'phase' });
    expect(checkPhaseChange('provincial', 'provincial')).toMatchObject({ field: 'phase', message: expect.stringContaining('already') });
  });
  it('refuses going back from alert to pre-alert, allows lifting', () => {
    expect(checkTerrorStateChange('none', 'alert')).toBeNull();
    expect(checkTerrorStateChange('pre-alert', 'alert')).toBeNull();
    expect(checkTerrorStateChange('alert', 'none')).toBeNull();
    expect(checkTerrorStateChange('alert', 'pre-alert')).toMatchObject({ field: 'terrorState' });
    expect(checkTerrorStateChange('none', 'none')).toMatchObject({ field: 'terrorState' });
  });
});

describe('crisis rules: task and unit status machines', () => {
  it('moves tasks along allowed paths; blocking needs a reason', () => {
    expect(checkTaskMove('todo', 'doing', null)).toBeNull();
    expect(checkTaskMove('doing', 'done', null)).toBeNull();
    expect(checkTaskMove('done', 'doing', null)).toBeNull();
    expect(checkTaskMove('done', 'blocked', 'x')).toMatchObject({ field: 'status' });
    expect(checkTaskMove('blocked', 'done', null)).toMatchObject({ field: 'status' });
    expect(checkTaskMove('doing', 'blocked', '')).toMatchObject({ field: 'reason' });
    expect(checkTaskMove('doing', 'blocked', 'road closed')).toBeNull();
  });
  it('moves units requested → dispatched → on site → released, never back', () => {
    expect(checkUnitMove('requested', 'dispatched')).toBeNull();
    expect(checkUnitMove('dispatched', 'on-site')).toBeNull();
    expect(checkUnitMove('on-site', 'released')).toBeNull();
    expect(checkUnitMove('requested', 'released')).toBeNull();
    expect(checkUnitMove('requested', 'on-site')).toMatchObject({ field: 'status' });
    expect(checkUnitMove('released', 'dispatched')).toMatchObject({ field: 'status', message: expect.stringContaining('request it again') });
  });
  it('calls an open action past its due day overdue, never a closed one', () => {
    expect(isActionOverdue({ status: 'open', dueDate: '2026-01-01' }, '2026-01-02')).toBe(true);
    expect(isActionOverdue({ status: 'open', dueDate: '2026-01-02' }, '2026-01-02')).toBe(false);
    expect(isActionOverdue({ status: 'closed', dueDate: '2026-01-01' }, '2026-01-02')).toBe(false);
  });
});

describe('crisis log hash chain', () => {
  const content = (seq: number, text: string): LogContent => ({ incidentId: 'i1', seq, kind: 'decision', text, reason: null, authorId: 'u1', authorOrgId: 'o1', at: `2026-03-22T08:0${seq}:00.000Z`, correctsId: null, data: { a: 1, b: [2] } });
  function chain(texts: string[]): ChainedEntry[] {
    let prev = GENESIS_HASH;
    return texts.map((t, i) => {
      const c = content(i + 1, t);
      const hash = logEntryHash(prev, c);
      const e = { content: c, prevHash: prev, hash };
      prev = hash;
      return e;
    });
  }
  it('verifies an intact chain and hashes key order independently', () => {
    expect(verifyLogChain(chain(['a', 'b', 'c']))).toEqual({ ok: true, count: 3 });
    const c = content(1, 'x');
    const reordered = { data: c.data, at: c.at, seq: 1, text: 'x', kind: 'decision', reason: null, authorId: 'u1', authorOrgId: 'o1', correctsId: null, incidentId: 'i1' } as LogContent;
    expect(logEntryHash(GENESIS_HASH, reordered)).toBe(logEntryHash(GENESIS_HASH, c));
  });
  it('finds a changed, removed or re-chained entry', () => {
    const changed = chain(['a', 'b', 'c']);
    changed[1] = { ...changed[1]!, content: { ...changed[1]!.content, text: 'B' } };
    expect(verifyLogChain(changed)).toMatchObject({ ok: false, brokenAtSeq: 2 });
    const removed = chain(['a', 'b', 'c']);
    removed.splice(1, 1);
    expect(verifyLogChain(removed)).toMatchObject({ ok: false, brokenAtSeq: 3 });
    const rechained = chain(['a', 'b', 'c']);
    rechained[2] = { ...rechained[2]!, prevHash: GENESIS_HASH };
    expect(verifyLogChain(rechained)).toMatchObject({ ok: false, brokenAtSeq: 3 });
  });
});
