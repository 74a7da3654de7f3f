import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, RULE_KEYS, addDays, authorisationDeadlines, daysBetween, durationProblem, maxDuration, nextReport, reminderDue, ruleSet } from './deadlines.ts';

const rules = ruleSet();

describe('deadline rules', () => {
  it('every rule has a default with days and a legal reference', () => {
    expect(DEFAULT_RULES.map((r) => r.key).sort()).toEqual([...RULE_KEYS].sort());
    for (const r of DEFAULT_RULES) {
      expect(r.days).toBeGreaterThan(0);
      expect(r.reference.length).toBeGreaterThan(10);
    }
  });

  it('dates: add days across months and years, count days', () => {
    expect(addDays('2026-01-30', 2)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2026-03-02')).toBe(60);
  });

  it('maximum duration per tier: specific and exceptional 60 days (two months), ordinary 365', () => {
    expect(maxDuration('specific', rules).days).toBe(60);
    expect(maxDuration('exceptional', rules).days).toBe(60);
    expect(maxDuration('ordinary', rules).days).toBe(365);
    expect(durationProblem('exceptional', 60, rules)).toBeNull();
    expect(durationProblem('exceptional', 61, rules)).toMatch(/At most 60 days for a exceptional method \(Law of 30 November 1998/);
    expect(durationProblem('specific', 0, rules)).toMatch(/at least 1/);
    expect(durationProblem('specific', 1.5, rules)).toMatch(/whole days/);
  });

  it('the rules are configurable: a changed figure changes the computation', () => {
    const custom = ruleSet([{ ...DEFAULT_RULES.find((r) => r.key === 'max-duration.specific')!, days: 30 }]);
    expect(durationProblem('specific', 45, custom)).toMatch(/At most 30 days/);
    expect(durationProblem('specific', 45, rules)).toBeNull();
  });

  it('opinion: due 4 days after the head of service decided (awaiting opinion and renewal requested)', () => {
    expect(authorisationDeadlines({ state: 'awaiting-opinion', tier: 'exceptional', stateSince: '2026-05-10', until: null, activeSince: null }, rules, '2026-05-10')).toEqual([
      { key: 'opinion', due: '2026-05-14', reference: expect.stringContaining('18/10') },
    ]);
    const r = authorisationDeadlines({ state: 'renewal-requested', tier: 'exceptional', stateSince: '2026-05-10', until: '2026-05-20', activeSince: '2026-03-21' }, rules, '2026-05-10');
    expect(r.map((d) => [d.key, d.due])).toEqual([['opinion', '2026-05-14'], ['period-end', '2026-05-20']]);
  });

  it('urgency: the review is due 2 days after the start, with the end of the period', () => {
    const r = authorisationDeadlines({ state: 'urgent', tier: 'specific', stateSince: '2026-05-10', until: '2026-06-01', activeSince: '2026-05-10' }, rules, '2026-05-10');
    expect(r.map((d) => [d.key, d.due])).toEqual([['urgent-review', '2026-05-12'], ['period-end', '2026-06-01']]);
  });

  it('running: the end of the period, the renewal notice 7 days before, and for exceptional methods the next report every 14 days', () => {
    const r = authorisationDeadlines({ state: 'active', tier: 'exceptional', stateSince: '2026-05-01', until: '2026-06-30', activeSince: '2026-05-01' }, rules, '2026-05-20');
    expect(r.map((d) => [d.key, d.due])).toEqual([['report', '2026-05-29'], ['renewal-notice', '2026-06-23'], ['period-end', '2026-06-30']]);
    const s = authorisationDeadlines({ state: 'active', tier: 'specific', stateSince: '2026-05-01', until: '2026-06-30', activeSince: '2026-05-01' }, rules, '2026-05-20');
    expect(s.map((d) => d.key)).toEqual(['renewal-notice', 'period-end']);
    const o = authorisationDeadlines({ state: 'active', tier: 'ordinary', stateSince: '2026-05-01', until: '2027-05-01', activeSince: '2026-05-01' }, rules, '2026-05-20');
    expect(o.map((d) => d.key)).toEqual(['period-end']);
  });

  it('reports fall every interval from the start; the next one is on or after today', () => {
    expect(nextReport('2026-05-01', 14, '2026-05-01')).toBe('2026-05-15');
    expect(nextReport('2026-05-01', 14, '2026-05-15')).toBe('2026-05-15');
    expect(nextReport('2026-05-01', 14, '2026-05-16')).toBe('2026-05-29');
  });

  it('ended or expired: the data is destroyed within 30 days; other states carry no deadline', () => {
    for (const state of ['ended', 'expired'] as const) {
      expect(authorisationDeadlines({ state, tier: 'exceptional', stateSince: '2026-05-01', until: null, activeSince: null }, rules, '2026-05-02').map((d) => [d.key, d.due])).toEqual([['destruction', '2026-05-31']]);
    }
    for (const state of ['draft', 'refused', 'destroyed', 'suspended'] as const) {
      expect(authorisationDeadlines({ state, tier: 'exceptional', stateSince: '2026-05-01', until: null, activeSince: null }, rules, '2026-05-02')).toEqual([]);
    }
  });

  it('reminders fire from 2 days before a deadline until a day after it', () => {
    expect(reminderDue('2026-05-10', '2026-05-07', rules)).toBe(false);
    expect(reminderDue('2026-05-10', '2026-05-08', rules)).toBe(true);
    expect(reminderDue('2026-05-10', '2026-05-10', rules)).toBe(true);
    expect(reminderDue('2026-05-10', '2026-05-11', rules)).toBe(true);
    expect(reminderDue('2026-05-10', '2026-05-12', rules)).toBe(false);
  });
});
