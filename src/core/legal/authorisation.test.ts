import { describe, expect, it } from 'vitest';
import { ACTIONS, EDGES, STATES, actionsFor, allowedActions, check, type AuthAction, type AuthState, type LegalRole } from './authorisation.ts';
import { TIERS, type Tier } from './methods.ts';

const ok = (s: AuthState, t: Tier, a: AuthAction, r: LegalRole[], over = false) => check(s, t, a, r, over);

describe('authorisation state machine', () => {
  // Every transition of the machine, with the role that makes it and the state it leads to.
  const table: Array<[AuthState, Tier, AuthAction, LegalRole, AuthState]> = [
    ['draft', 'ordinary', 'approve', 'head', 'active'],
    ['draft', 'specific', 'approve', 'head', 'active'],
    ['draft', 'exceptional', 'approve', 'head', 'awaiting-opinion'],
    ['draft', 'exceptional', 'refuse', 'head', 'refused'],
    ['draft', 'specific', 'urgent-start', 'head', 'urgent'],
    ['draft', 'exceptional', 'urgent-start', 'head', 'urgent'],
    ['awaiting-opinion', 'exceptional', 'opinion-favourable', 'commission', 'active'],
    ['awaiting-opinion', 'exceptional', 'opinion-unfavourable', 'commission', 'refused'],
    ['urgent', 'exceptional', 'opinion-favourable', 'commission', 'active'],
    ['urgent', 'specific', 'opinion-unfavourable', 'commission', 'ended'],
    ['active', 'specific', 'renew', 'head', 'active'],
    ['active', 'exceptional', 'renew', 'head', 'renewal-requested'],
    ['renewal-requested', 'exceptional', 'opinion-favourable', 'commission', 'active'],
    ['renewal-requested', 'exceptional', 'opinion-unfavourable', 'commission', 'active'],
    ['active', 'exceptional', 'suspend', 'commission', 'suspended'],
    ['urgent', 'exceptional', 'suspend', 'committee', 'suspended'],
    ['renewal-requested', 'exceptional', 'suspend', 'committee', 'suspended'],
    ['suspended', 'exceptional', 'lift', 'committee', 'active'],
    ['suspended', 'exceptional', 'end', 'commission', 'ended'],
    ['active', 'exceptional', 'end', 'head', 'ended'],
    ['awaiting-opinion', 'exceptional', 'end', 'committee', 'ended'],
    ['urgent', 'exceptional', 'end', 'head', 'ended'],
    ['ended', 'exceptional', 'destroy', 'head', 'destroyed'],
    ['expired', 'specific', 'destroy', 'head', 'destroyed'],
  ];
  it.each(table)('%s (%s) —%s by %s→ %s', (from, tier, action, role, to) => {
    expect(ok(from, tier, action, [role])).toEqual({ ok: true, to });
  });

  it('expire: only once the period is over, by the head or an oversight body', () => {
    expect(ok('active', 'specific', 'expire', ['head'], true)).toEqual({ ok: true, to: 'expired' });
    expect(ok('renewal-requested', 'exceptional', 'expire', ['committee'], true)).toEqual({ ok: true, to: 'expired' });
    expect(ok('active', 'specific', 'expire', ['head'], false)).toMatchObject({ ok: false, kind: 'period' });
    expect(ok('active', 'specific', 'expire', ['drafter'], true)).toMatchObject({ ok: false, kind: 'role' });
  });

  it('a step that skips a required one is refused, naming the current state and the allowed actions', () => {
    const r = ok('draft', 'exceptional', 'opinion-favourable', ['commission']);
    expect(r).toMatchObject({ ok: false, kind: 'state', allowed: ['approve', 'refuse', 'urgent-start'] });
    expect(r.ok === false && r.message).toContain('draft');
    expect(r.ok === false && r.message).toContain('approve, refuse, urgent-start');
    expect(ok('awaiting-opinion', 'exceptional', 'destroy', ['head'])).toMatchObject({ ok: false, kind: 'state' });
    expect(ok('active', 'exceptional', 'destroy', ['head'])).toMatchObject({ ok: false, kind: 'state', allowed: ['renew', 'suspend', 'end', 'expire'] });
  });

  it('final states allow nothing', () => {
    for (const s of ['refused', 'destroyed'] as const) for (const t of TIERS) expect(allowedActions(s, t)).toEqual([]);
    const r = ok('destroyed', 'specific', 'end', ['head']);
    expect(r.ok === false && r.message).toContain('nothing (final state)');
  });

  it('each role makes only its own steps', () => {
    expect(ok('draft', 'specific', 'approve', ['drafter'])).toMatchObject({ ok: false, kind: 'role' });
    expect(ok('draft', 'specific', 'approve', ['commission'])).toMatchObject({ ok: false, kind: 'role' });
    expect(ok('awaiting-opinion', 'exceptional', 'opinion-favourable', ['committee'])).toMatchObject({ ok: false, kind: 'role' });
    expect(ok('awaiting-opinion', 'exceptional', 'opinion-favourable', ['head'])).toMatchObject({ ok: false, kind: 'role' });
    expect(ok('active', 'exceptional', 'suspend', ['head'])).toMatchObject({ ok: false, kind: 'role' });
    expect(ok('ended', 'exceptional', 'destroy', ['commission'])).toMatchObject({ ok: false, kind: 'role' });
  });

  it('urgency and renewal do not apply to ordinary methods', () => {
    expect(ok('draft', 'ordinary', 'urgent-start', ['head'])).toMatchObject({ ok: false, kind: 'tier' });
    expect(ok('active', 'ordinary', 'renew', ['head'])).toMatchObject({ ok: false, kind: 'tier' });
    expect(allowedActions('draft', 'ordinary')).toEqual(['approve', 'refuse']);
  });

  it('actionsFor lists what a role may do now', () => {
    expect(actionsFor('draft', 'exceptional', ['drafter', 'head'], false)).toEqual(['approve', 'refuse', 'urgent-start']);
    expect(actionsFor('awaiting-opinion', 'exceptional', ['commission'], false)).toEqual(['opinion-favourable', 'opinion-unfavourable', 'end']);
    expect(actionsFor('active', 'exceptional', ['committee'], false)).toEqual(['suspend', 'end']);
    expect(actionsFor('active', 'exceptional', ['committee'], true)).toEqual(['suspend', 'end', 'expire']);
    expect(actionsFor('draft', 'exceptional', ['drafter'], false)).toEqual([]);
  });

  it('every state and action is reachable in the table', () => {
    const reached = new Set<AuthState>(['draft']);
    for (let i = 0; i < 5; i++) for (const e of EDGES) if (e.from.some((f) => reached.has(f))) for (const t of TIERS) reached.add(e.to(t));
    expect([...reached].sort()).toEqual([...STATES].sort());
    expect(new Set(EDGES.map((e) => e.action))).toEqual(new Set(ACTIONS));
  });
});
