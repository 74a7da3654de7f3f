import { describe, expect, it } from 'vitest';
import { coopDeadlines, eawDecisionDue, eventsFor, nextCoopState, type CoopFacts } from './cooperation.ts';
import { ruleSet } from './deadlines.ts';

const rules = ruleSet();
const base: CoopFacts = { kind: 'eaw', direction: 'incoming', receivedOn: '2026-03-01', arrestOn: null, consentOn: null, extended: false, recognisedOn: null, finalDecisionOn: null, surrenderedOn: null, closed: false };

describe('European arrest warrant deadlines', () => {
  it('decision within 60 days of the arrest', () => {
    expect(eawDecisionDue({ arrestOn: '2026-03-02', consentOn: null, extended: false }, rules)).toBe('2026-05-01');
  });
  it('decision within 10 days of consent', () => {
    expect(eawDecisionDue({ arrestOn: '2026-03-02', consentOn: '2026-03-05', extended: false }, rules)).toBe('2026-03-15');
  });
  it('either limit extendable by 30 days', () => {
    expect(eawDecisionDue({ arrestOn: '2026-03-02', consentOn: null, extended: true }, rules)).toBe('2026-05-31');
    expect(eawDecisionDue({ arrestOn: '2026-03-02', consentOn: '2026-03-05', extended: true }, rules)).toBe('2026-04-14');
  });
  it('no decision deadline before the arrest', () => {
    expect(coopDeadlines(base, rules)).toEqual([]);
    expect(() => eawDecisionDue({ arrestOn: null, consentOn: null, extended: false }, rules)).toThrow();
  });
  it('surrender within 10 days of the final decision (EAW and extradition)', () => {
    const f = { ...base, arrestOn: '2026-03-02', finalDecisionOn: '2026-04-01' };
    expect(coopDeadlines(f, rules).map((d) => [d.key, d.due])).toEqual([['eaw-surrender', '2026-04-11']]);
    expect(coopDeadlines({ ...f, kind: 'extradition' }, rules).map((d) => [d.key, d.due])).toEqual([['eaw-surrender', '2026-04-11']]);
    expect(coopDeadlines({ ...f, surrenderedOn: '2026-04-05' }, rules)).toEqual([]);
  });
  it('closed requests have no deadline', () => {
    expect(coopDeadlines({ ...base, arrestOn: '2026-03-02', closed: true }, rules)).toEqual([]);
  });
});

describe('mutual legal assistance deadlines', () => {
  it('recognition within 30 days of receipt, then execution within 90 days', () => {
    const m: CoopFacts = { ...base, kind: 'mla' };
    expect(coopDeadlines(m, rules).map((d) => [d.key, d.due])).toEqual([['mla-recognition', '2026-03-31']]);
    expect(coopDeadlines({ ...m, recognisedOn: '2026-03-10' }, rules).map((d) => [d.key, d.due])).toEqual([['mla-execution', '2026-06-08']]);
  });
});

describe('cooperation states', () => {
  it('an EAW runs open → arrested → decided → surrendered', () => {
    expect(nextCoopState('open', 'arrest', 'eaw')).toBe('arrested');
    expect(nextCoopState('arrested', 'consent', 'eaw')).toBe('arrested');
    expect(nextCoopState('arrested', 'extension', 'eaw')).toBe('arrested');
    expect(nextCoopState('arrested', 'final-decision', 'eaw')).toBe('decided');
    expect(nextCoopState('decided', 'surrender', 'eaw')).toBe('surrendered');
  });
  it('refuses events that do not apply', () => {
    expect(nextCoopState('open', 'surrender', 'eaw')).toBeNull();
    expect(nextCoopState('open', 'consent', 'eaw')).toBeNull();
    expect(nextCoopState('open', 'arrest', 'mla')).toBeNull();
    expect(nextCoopState('surrendered', 'refused', 'eaw')).toBeNull();
    expect(eventsFor('mla')).not.toContain('arrest');
  });
  it('MLA: recognised, then executed; any open request may be refused or withdrawn', () => {
    expect(nextCoopState('open', 'recognised', 'mla')).toBe('open');
    expect(nextCoopState('open', 'executed', 'mla')).toBe('executed');
    expect(nextCoopState('open', 'withdrawn', 'extradition')).toBe('withdrawn');
    expect(nextCoopState('arrested', 'refused', 'eaw')).toBe('refused');
  });
});
