import { describe, expect, it } from 'vitest';
import { consentGaps, contentProblems, maySend } from './feedback.ts';
import { progressOf, scenarioProblems, teamResult, type TrainingScenario } from './training.ts';
import { queueState, reviewDateProblem } from './retention.ts';

const contributions = [
  { id: 'a', sharing: 'cell' as const, text: 'The cell agrees that school support is the first step.' },
  { id: 'b', sharing: 'secrecy' as const, text: 'The family told the social worker about debts and a move to another town.' },
  { id: 'c', sharing: 'own_service' as const, text: 'Police file: seen twice near the station with older contacts.' },
];

describe('feedback sheet content', () => {
  it('quotes cell-level contributions only, naming the position', () => {
    expect(contentProblems({ texts: {}, contributionIds: ['a'] }, contributions)).toEqual([]);
    expect(contentProblems({ texts: {}, contributionIds: ['a', 'b'] }, contributions).map((p) => p.field)).toEqual(['contributionIds.1']);
    expect(contentProblems({ texts: {}, contributionIds: ['c'] }, contributions).map((p) => p.field)).toEqual(['contributionIds.0']);
  });
  it('refuses a text field that repeats secrecy-covered text, naming the field', () => {
    const p = contentProblems({ texts: { summary: 'Ok.', advice: 'Note: the family told the social worker about debts and a move to another town' }, contributionIds: [] }, contributions);
    expect(p).toEqual([{ field: 'texts.advice', message: expect.stringContaining('professional secrecy') }]);
  });
  it('ignores case and accents when comparing', () => {
    expect(contentProblems({ texts: { summary: 'THE FAMILY TOLD THE SOCIAL WORKER ABOUT DEBTS' }, contributionIds: [] }, contributions)).toHaveLength(1);
  });
});

describe('feedback sheet consent', () => {
  it('needs every participant to consent', () => {
    const decisions = new Map<string, 'consent' | 'refuse'>([['m1', 'consent'], ['m2', 'refuse']]);
    expect(consentGaps({ participantIds: ['m1', 'm2', 'm3'], decisions })).toEqual({ missing: ['m3'], refused: ['m2'] });
    expect(maySend({ participantIds: ['m1', 'm2', 'm3'], decisions }, { texts: {}, contributionIds: [] }, contributions).ok).toBe(false);
    const all = new Map<string, 'consent' | 'refuse'>([['m1', 'consent'], ['m2', 'consent'], ['m3', 'consent']]);
    expect(maySend({ participantIds: ['m1', 'm2', 'm3'], decisions: all }, { texts: { summary: 'Support continues.' }, contributionIds: ['a'] }, contributions).ok).toBe(true);
    expect(maySend({ participantIds: ['m1', 'm2', 'm3'], decisions: all }, { texts: {}, contributionIds: ['b'] }, contributions).ok).toBe(false);
    expect(maySend({ participantIds: [], decisions: all }, { texts: {}, contributionIds: [] }, contributions).ok).toBe(false);
  });
});

const t = (s: string) => ({ en: s, nl: `${s} (nl)`, fr: `${s} (fr)` });
const scenario = (id: string): TrainingScenario => ({ id, situation: t('A situation'), question: t('What do you do?'), options: [{ id: 'x', text: t('Listen'), correct: true, feedback: t('Good') }, { id: 'y', text: t('Ignore'), correct: false, feedback: t('No') }] });

describe('training', () => {
  it('checks every language and exactly one right answer', () => {
    expect(scenarioProblems([scenario('s1')])).toEqual([]);
    const bad = scenario('s1');
    bad.question = { en: 'Q', nl: '', fr: 'Q' };
    bad.options[1]!.correct = true;
    expect(scenarioProblems([bad]).map((p) => p.field)).toEqual(['scenarios.0.question.nl', 'scenarios.0.options']);
  });
  it('counts first answers only', () => {
    const p = progressOf([{ userId: 'u', scenarioId: 's1', correct: false }, { userId: 'u', scenarioId: 's1', correct: true }, { userId: 'u', scenarioId: 's2', correct: true }], ['s1', 's2']);
    expect(p).toEqual({ answered: 2, correct: 1, total: 2, completed: true });
  });
  it('withholds the score of teams under five', () => {
    const answers = ['a', 'b', 'c', 'd'].flatMap((u) => [{ userId: u, scenarioId: 's1', correct: true }]);
    expect(teamResult(['a', 'b', 'c', 'd'], answers, ['s1'])).toEqual({ members: 4, completed: 4, scorePercent: null, withheld: 'team-under-5' });
    const five = [...answers, { userId: 'e', scenarioId: 's1', correct: false }];
    expect(teamResult(['a', 'b', 'c', 'd', 'e'], five, ['s1'])).toEqual({ members: 5, completed: 5, scorePercent: 80, withheld: null });
    expect(teamResult(['a', 'b', 'c', 'd', 'e'], [], ['s1']).withheld).toBe('none-completed');
  });
});

describe('case retention', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  it('bounds the review date', () => {
    expect(reviewDateProblem('2027-03-01', now)).toBeNull();
    expect(reviewDateProblem('2026-12-01', now)).not.toBeNull();
    expect(reviewDateProblem('2028-12-01', now)).not.toBeNull();
    expect(reviewDateProblem('2027-02-30', now)).not.toBeNull();
  });
  it('puts cases in the review queue', () => {
    expect(queueState('2026-12-20', { now, graceDays: 30 })).toBe('soon');
    expect(queueState('2026-12-01', { now, graceDays: 30 })).toBe('overdue');
    expect(queueState('2026-10-01', { now, graceDays: 30 })).toBe('restricted');
    expect(queueState('2027-06-01', { now, graceDays: 30 })).toBeNull();
  });
});
