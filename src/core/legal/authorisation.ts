/**
 * The state machine of a special-method authorisation. Every change is a transition made by one person
 * in one role; nothing else changes an authorisation. Pure: the service loads the authorisation, asks
 * `nextState`, and appends the signed transition.
 *
 *   draft ──approve (head)──► active (ordinary, specific) | awaiting-opinion (exceptional)
 *   draft ──refuse (head)──► refused
 *   draft ──urgent-start (head; specific, exceptional)──► urgent            (runs at once; review forced)
 *   awaiting-opinion ──opinion-favourable (commission)──► active
 *   awaiting-opinion ──opinion-unfavourable (commission)──► refused
 *   urgent ──opinion-favourable (commission)──► active
 *   urgent ──opinion-unfavourable (commission)──► ended                      (stops; data to destroy)
 *   active ──renew (head; specific, exceptional)──► active (specific) | renewal-requested (exceptional)
 *   renewal-requested ──opinion-favourable (commission)──► active (extended)
 *   renewal-requested ──opinion-unfavourable (commission)──► active (not extended)
 *   active | renewal-requested | urgent ──suspend (commission, committee)──► suspended
 *   suspended ──lift (commission, committee)──► active
 *   awaiting-opinion | active | renewal-requested | urgent | suspended ──end (head, commission, committee)──► ended
 *   active | renewal-requested ──expire (head, commission, committee; once its period is over)──► expired
 *   ended | expired ──destroy (head; with the destruction record)──► destroyed
 */
import type { Tier } from './methods.ts';

export const STATES = ['draft', 'awaiting-opinion', 'urgent', 'active', 'renewal-requested', 'suspended', 'refused', 'ended', 'expired', 'destroyed'] as const;
export type AuthState = (typeof STATES)[number];

export const ACTIONS = ['approve', 'refuse', 'urgent-start', 'opinion-favourable', 'opinion-unfavourable', 'renew', 'suspend', 'lift', 'end', 'expire', 'destroy'] as const;
export type AuthAction = (typeof ACTIONS)[number];

/** The roles a person holds towards one authorisation (access/legal.ts works them out). */
export type LegalRole = 'drafter' | 'head' | 'commission' | 'committee';

/** States in which the method runs (data is being gathered). */
export const RUNNING: readonly AuthState[] = ['urgent', 'active', 'renewal-requested'];
/** States after which nothing runs any more. */
export const FINAL: readonly AuthState[] = ['refused', 'destroyed'];

interface Edge {
  from: readonly AuthState[];
  action: AuthAction;
  by: readonly LegalRole[];
  tiers?: readonly Tier[];
  to: (tier: Tier) => AuthState;
}

const OVERSIGHT: readonly LegalRole[] = ['commission', 'committee'];

export const EDGES: readonly Edge[] = [
  { from: ['draft'], action: 'approve', by: ['head'], to: (t) => (t === 'exceptional' ? 'awaiting-opinion' : 'active') },
  { from: ['draft'], action: 'refuse', by: ['head'], to: () => 'refused' },
  { from: ['draft'], action: 'urgent-start', by: ['head'], tiers: ['specific', 'exceptional'], to: () => 'urgent' },
  { from: ['awaiting-opinion', 'urgent', 'renewal-requested'], action: 'opinion-favourable', by: ['commission'], to: () => 'active' },
  { from: ['awaiting-opinion'], action: 'opinion-unfavourable', by: ['commission'], to: () => 'refused' },
  { from: ['urgent'], action: 'opinion-unfavourable', by: ['commission'], to: () => 'ended' },
  { from: ['renewal-requested'], action: 'opinion-unfavourable', by: ['commission'], to: () => 'active' },
  { from: ['active'], action: 'renew', by: ['head'], tiers: ['specific', 'exceptional'], to: (t) => (t === 'exceptional' ? 'renewal-requested' : 'active') },
  { from: ['active', 'renewal-requested', 'urgent'], action: 'suspend', by: OVERSIGHT, to: () => 'suspended' },
  { from: ['suspended'], action: 'lift', by: OVERSIGHT, to: () => 'active' },
  { from: ['awaiting-opinion', 'active', 'renewal-requested', 'urgent', 'suspended'], action: 'end', by: ['head', ...OVERSIGHT], to: () => 'ended' },
  { from: ['active', 'renewal-requested'], action: 'expire', by: ['head', ...OVERSIGHT], to: () => 'expired' },
  { from: ['ended', 'expired'], action: 'destroy', by: ['head'], to: () => 'destroyed' },
];

/** Actions whose maker must give reasons (every decision about a method; the others may). */
export const NEEDS_REASON: readonly AuthAction[] = ['refuse', 'urgent-start', 'opinion-favourable', 'opinion-unfavourable', 'renew', 'suspend', 'lift', 'end'];

export type TransitionCheck =
  | { ok: true; to: AuthState }
  | { ok: false; kind: 'state'; message: string; allowed: AuthAction[] }
  | { ok: false; kind: 'role'; message: string }
  | { ok: false; kind: 'tier'; message: string }
  | { ok: false; kind: 'period'; message: string };

/** The actions the machine allows from a state for a tier (whoever makes them). */
export function allowedActions(state: AuthState, tier: Tier): AuthAction[] {
  return EDGES.filter((e) => e.from.includes(state) && (!e.tiers || e.tiers.includes(tier))).map((e) => e.action).filter((a, i, all) => all.indexOf(a) === i);
}

/** The actions a person with `roles` may take now. `periodOver`: the running period has ended (expire). */
export function actionsFor(state: AuthState, tier: Tier, roles: readonly LegalRole[], periodOver: boolean): AuthAction[] {
  return allowedActions(state, tier).filter((a) => check(state, tier, a, roles, periodOver).ok);
}

/**
 * Whether `action` may be taken now: the state allows it (else the message names the current state
 * and the allowed actions), the tier allows it, the maker holds a role that may, and for expiry the
 * period is over.
 */
export function check(state: AuthState, tier: Tier, action: AuthAction, roles: readonly LegalRole[], periodOver: boolean): TransitionCheck {
  const edge = EDGES.find((e) => e.action === action && e.from.includes(state));
  if (!edge) {
    const allowed = allowedActions(state, tier);
    return { ok: false, kind: 'state', allowed, message: `The authorisation is ${state}; "${action}" is not possible from there. Allowed now: ${allowed.length ? allowed.join(', ') : 'nothing (final state)'}.` };
  }
  if (edge.tiers && !edge.tiers.includes(tier)) return { ok: false, kind: 'tier', message: `"${action}" does not apply to ${tier} methods (only ${edge.tiers.join(', ')}).` };
  if (!edge.by.some((r) => roles.includes(r))) return { ok: false, kind: 'role', message: `"${action}" is made by: ${edge.by.join(' or ')}.` };
  if (action === 'expire' && !periodOver) return { ok: false, kind: 'period', message: 'The authorised period is not over yet; end the method instead.' };
  return { ok: true, to: edge.to(tier) };
}
