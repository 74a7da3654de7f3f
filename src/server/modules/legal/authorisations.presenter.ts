/** The wire shape of authorisations, their signed history and their deadlines. */
import { z } from 'zod';
import { ACTIONS, STATES } from '../../../core/legal/authorisation.ts';
import { TIERS } from '../../../core/legal/methods.ts';
import type { AuthorisationRow, TransitionRow } from './authorisations.repository.ts';

export const deadlineWire = z.object({ key: z.string(), due: z.string(), reference: z.string(), overdue: z.boolean() });

export const authorisationSummary = z.object({
  id: z.string(),
  reference: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  method: z.string(),
  tier: z.enum(TIERS),
  state: z.enum(STATES),
  stateSince: z.string(),
  activeSince: z.string().nullable(),
  until: z.string().nullable(),
  durationDays: z.number(),
  targetCount: z.number(),
  nextDeadline: deadlineWire.nullable(),
  createdAt: z.string(),
});
export type AuthorisationSummary = z.infer<typeof authorisationSummary>;

export const transitionWire = z.object({
  seq: z.number(),
  action: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  actorOrgName: z.string(),
  reason: z.string(),
  data: z.record(z.string(), z.unknown()),
  at: z.string(),
  prevHash: z.string(),
  hash: z.string(),
  /** The server's Ed25519 signature of `hash` and its key id (null on steps made before signing began). */
  keyId: z.string().nullable(),
  signature: z.string().nullable(),
});

export const authorisationWire = authorisationSummary.extend({
  basisId: z.string(),
  offenceIds: z.array(z.string()),
  facts: z.string(),
  subsidiarity: z.string(),
  proportionality: z.string(),
  classification: z.string(),
  supersedesId: z.string().nullable(),
  /** Target subjects: the name only when the reader may read the subject. */
  targets: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
  deadlines: z.array(deadlineWire),
  history: z.array(transitionWire),
  /** Whether every signature of the history holds (hash chain). */
  chainIntact: z.boolean(),
  /** The first step whose link, hash or signature fails (null when the chain holds). */
  firstBadStep: z.object({ seq: z.number(), kind: z.string(), detail: z.string() }).nullable(),
  destruction: z.object({ what: z.string(), how: z.string(), destroyedOn: z.string(), destroyedBy: z.string() }).nullable(),
  /** What the reader may do now. */
  actions: z.array(z.enum(ACTIONS)),
  roles: z.array(z.string()),
});

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function presentSummary(r: AuthorisationRow, orgName: string, targetCount: number, next: z.infer<typeof deadlineWire> | null): AuthorisationSummary {
  return {
    id: r.id,
    reference: r.reference,
    orgId: r.org_id,
    orgName,
    method: r.method,
    tier: r.tier as AuthorisationSummary['tier'],
    state: r.state as AuthorisationSummary['state'],
    stateSince: iso(r.state_since)!,
    activeSince: iso(r.active_since),
    until: r.until,
    durationDays: r.duration_days,
    targetCount,
    nextDeadline: next,
    createdAt: iso(r.created_at)!,
  };
}

export function presentTransition(t: TransitionRow, actorName: string, actorOrgName: string): z.infer<typeof transitionWire> {
  return {
    seq: t.seq,
    action: t.action,
    fromState: t.from_state,
    toState: t.to_state,
    actorId: t.actor_id,
    actorName,
    actorOrgName,
    reason: t.reason,
    data: (typeof t.data === 'string' ? JSON.parse(t.data) : t.data) as Record<string, unknown>,
    at: iso(t.at)!,
    prevHash: t.prev_hash,
    hash: t.hash,
    keyId: t.key_id,
    signature: t.signature,
  };
}
