import { describe, expect, it } from 'vitest';
import { checkTransition, nextStages } from './stages.ts';
import { birthYearProblem, extraFieldProblems, referenceProblem } from './case-data.ts';

const plan = { goals: 1, assignedActions: 1 };

describe('case stages', () => {
  it('moves forward one step at a time', () => {
    expect(checkTransition('identification', 'assessment', '', plan).ok).toBe(true);
    expect(checkTransition('identification', 'planning', '', plan)).toMatchObject({ ok: false, field: 'to' });
    expect(checkTransition('assessment', 'delivery', '', plan).ok).toBe(false);
  });
  it('needs a plan with a goal and an assigned action before delivery', () => {
    expect(checkTransition('planning', 'delivery', '', { goals: 0, assignedActions: 1 })).toMatchObject({ ok: false, field: 'to' });
    expect(checkTransition('planning', 'delivery', '', { goals: 1, assignedActions: 0 }).ok).toBe(false);
    expect(checkTransition('planning', 'delivery', '', plan).ok).toBe(true);
  });
  it('goes back from delivery or monitoring only with a reason', () => {
    expect(checkTransition('delivery', 'planning', 'short', plan)).toMatchObject({ ok: false, field: 'reason' });
    expect(checkTransition('delivery', 'planning', 'the school placement fell through', plan).ok).toBe(true);
    expect(checkTransition('monitoring', 'delivery', 'relapse in attendance reported', plan).ok).toBe(true);
    expect(checkTransition('monitoring', 'planning', 'relapse in attendance reported', plan).ok).toBe(false);
  });
  it('exits from any stage with a reason, and nothing follows exit', () => {
    for (const s of ['identification', 'assessment', 'planning', 'delivery', 'monitoring'] as const) {
      expect(checkTransition(s, 'exit', '', plan)).toMatchObject({ ok: false, field: 'reason' });
      expect(checkTransition(s, 'exit', 'no further concern after assessment', plan).ok).toBe(true);
    }
    expect(nextStages('exit')).toEqual([]);
    expect(checkTransition('exit', 'assessment', 'reopened after new signals', plan).ok).toBe(false);
  });
});

describe('minimum data', () => {
  const now = new Date('2026-12-04T00:00:00Z');
  it('accepts pseudonymous references only', () => {
    expect(referenceProblem('RIV-2026-014')).toBeNull();
    expect(referenceProblem('Jan Peeters')).not.toBeNull();
    expect(referenceProblem('ab')).not.toBeNull();
  });
  it('checks the year of birth', () => {
    expect(birthYearProblem(2008, now)).toBeNull();
    expect(birthYearProblem(2024, now)).not.toBeNull();
    expect(birthYearProblem(1900, now)).not.toBeNull();
  });
  it('needs a reason for every extra field and names the field', () => {
    expect(extraFieldProblems([{ field: 'school', value: 'vocational', reason: 'the plan works with the school' }])).toEqual([]);
    expect(extraFieldProblems([{ field: 'school', value: 'vocational', reason: 'needed' }])).toEqual([{ field: 'fields.0.reason', message: expect.any(String) }]);
    expect(extraFieldProblems([{ field: 'religion', value: 'x', reason: 'not a case field at all, ever' }])[0]!.field).toBe('fields.0.field');
    expect(extraFieldProblems([{ field: 'other', value: 'name: someone', reason: 'this should be refused as identity' }])[0]!.field).toBe('fields.0.value');
  });
});
