/**
 * One step of an authorisation's state machine (src/core/legal/authorisation.ts), signed by its
 * maker: a hash chained to the previous step and the maker's id, signed (Ed25519) by the server's key, appended (never changed: a database
 * trigger refuses updates and deletes). The period the method may run moves with the steps.
 */
import { z } from 'zod';
import { NEEDS_REASON, ACTIONS, check, type AuthAction, type AuthState } from '../../../core/legal/authorisation.ts';
import { addDays, durationProblem } from '../../../core/legal/deadlines.ts';
import type { Tier } from '../../../core/legal/methods.ts';
import { FIRST_HASH, canonical, transitionHash } from '../../../core/legal/signature.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden, invalid } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { requireLegalRead, rolesOn } from './legal.access.ts';
import * as repo from './authorisations.repository.ts';
import { getAuthorisation, requireReadable } from './authorisations.service.ts';
import { loadRules } from './registry.service.ts';
import { signHash } from './signatures.service.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date YYYY-MM-DD');

export const transitionInput = z.object({
  action: z.enum(ACTIONS),
  reason: z.string().trim().max(4000).default(''),
  /** renew: the length of the new period. */
  durationDays: z.number().int().min(1).optional(),
  /** destroy: the destruction record. */
  destruction: z
    .object({
      what: z.string().trim().min(5, 'say which data was destroyed').max(2000),
      how: z.string().trim().min(5, 'say how it was destroyed').max(2000),
      destroyedOn: day,
    })
    .optional(),
});

const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function transition(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof transitionInput>) {
  requireLegalRead(ctx);
  const rules = await loadRules(p.db);
  await p.db.transaction().execute(async (tx) => {
    const row = await requireReadable(p, ctx, tx, id);
    const state = row.state as AuthState;
    const tier = row.tier as Tier;
    const today = iso(ctx.now);
    const verdict = check(state, tier, input.action, rolesOn(p, ctx, row), row.until !== null && row.until < today);
    if (!verdict.ok) {
      if (verdict.kind === 'state') throw new AppError('CONFLICT', verdict.message, 'action');
      if (verdict.kind === 'role') throw forbidden(verdict.message);
      throw invalid(verdict.message, 'action');
    }
    if (NEEDS_REASON.includes(input.action) && input.reason.length < 10) throw invalid('Give the reasons for this step (at least 10 characters).', 'reason');
    const data: Record<string, unknown> = {};
    let { until } = row;
    let activeSince = row.active_since ? new Date(row.active_since) : null;
    const startPeriod = () => {
      activeSince = ctx.now;
      until = addDays(today, row.duration_days - 1);
    };
    const act: AuthAction = input.action;
    if (act === 'renew') {
      if (input.durationDays === undefined) throw invalid('Give the length of the renewal in days.', 'durationDays');
      const tooLong = durationProblem(tier, input.durationDays, rules);
      if (tooLong) throw invalid(tooLong, 'durationDays');
      data.durationDays = input.durationDays;
      if (verdict.to === 'active') until = addDays(row.until ?? today, input.durationDays);
    }
    if (act === 'approve' && verdict.to === 'active') startPeriod();
    if (act === 'urgent-start') startPeriod();
    if (act === 'opinion-favourable' && state === 'awaiting-opinion') startPeriod();
    if (state === 'renewal-requested' && (act === 'opinion-favourable' || act === 'opinion-unfavourable')) {
      const last = (await repo.transitionsOf(tx, id)).filter((t) => t.action === 'renew').at(-1);
      const requested = Number(((typeof last?.data === 'string' ? JSON.parse(last.data) : last?.data) as { durationDays?: number } | undefined)?.durationDays ?? 0);
      if (act === 'opinion-favourable') until = addDays(row.until ?? today, requested);
      data.renewal = act === 'opinion-favourable' ? 'granted' : 'refused';
    }
    if (act === 'end' || act === 'expire') data.stoppedOn = today;
    if (act === 'destroy') {
      if (!input.destruction) throw invalid('Record what was destroyed, how and when.', 'destruction');
      if (input.destruction.destroyedOn > today) throw invalid('The destruction date cannot be in the future.', 'destruction.destroyedOn');
      data.destruction = input.destruction;
    }
    const history = await repo.transitionsOf(tx, id);
    const prev = history.at(-1);
    const signed = { recordId: id, seq: (prev?.seq ?? 0) + 1, action: act, fromState: state, toState: verdict.to, actorId: ctx.actor.userId, at: ctx.now.toISOString(), reason: input.reason, data: canonical(data) };
    const prevHash = prev?.hash ?? FIRST_HASH;
    const hash = transitionHash(prevHash, signed);
    const transitionId = crypto.randomUUID();
    await repo.insertTransition(tx, { id: transitionId, authorisationId: id, ...signed, actorOrgId: ctx.actor.orgId, at: ctx.now, prevHash, hash, ...signHash(p, 'transition', id, signed.seq, hash) });
    await repo.setState(tx, id, { state: verdict.to, at: ctx.now, activeSince, until });
    if (act === 'destroy' && input.destruction) await repo.insertDestruction(tx, { authorisationId: id, transitionId, ...input.destruction, destroyedBy: ctx.actor.userId });
    const targets = (await repo.targetsOf(tx, [id])).get(id)!.length;
    await p.record(ctx, [{ action: 'legal.authorisation-transition', recordType: 'legal-authorisation', recordId: id, details: { orgId: row.org_id, method: row.method, tier, action: act, from: state, to: verdict.to, seq: signed.seq, hash, at: signed.at, targets, offenceIds: row.offence_ids } }], tx);
  });
  return getAuthorisation(p, ctx, id, { audit: false });
}
