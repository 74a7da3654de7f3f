/**
 * The hosting provider's portal: no Vigil account, just the per-order token that came with the
 * webhook (stored hashed; compared in constant time; failures throttled per client). The provider
 * reads the order and confirms removal (or disabling), contests it, or declines a referral.
 */
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { LoginThrottle } from '../../platform/throttle.ts';
import { notify } from '../notifications/notifications.service.ts';
import { caseSignals, closeIfDone, findCase, type CaseRow } from './content-cases.repository.ts';
import { caseWatchers } from './content.watchers.ts';
import { findOrder, updateOrder, type OrderRow } from './orders.repository.ts';
import { presentPortalOrder } from './portal.presenter.ts';
import { findProvider } from './providers.repository.ts';
import { portalTokenHash } from './webhook.ts';

export const portalAnswer = z
  .object({
    action: z.enum(['removed', 'disabled', 'contested', 'declined']),
    note: z.string().trim().max(5000).default(''),
    /** When the content was removed or disabled (default: now). */
    actionAt: z.string().datetime({ offset: true }).optional(),
  })
  .refine((a) => a.action !== 'contested' || a.note.length >= 10, { path: ['note'], message: 'give the reasons for contesting (at least 10 characters)' });

/** Wrong tokens allowed per client and order per 15 minutes (ten times that per client overall). */
const throttle = new LoginThrottle(10);

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The order a portal token opens, or 404 exactly as for a missing order (429 after repeated failures). */
async function orderForToken(p: Platform, id: string, token: string | undefined, ip: string): Promise<OrderRow> {
  // Reserve the attempt before comparing (parallel guesses cannot pass the check together); a right token refunds it.
  const slot = throttle.reserve(ip, id);
  if (!slot) throw new AppError('RATE_LIMITED', 'Too many wrong tokens; wait a few minutes and try again.');
  const order = /^[0-9a-f-]{36}$/i.test(id) ? await findOrder(p.db, id) : undefined;
  const hash = token ? portalTokenHash(token) : '';
  let ok = false;
  // Compare against every stored hash, without stopping early.
  for (const h of order?.portal_token_hashes ?? []) ok = sameHash(h, hash) || ok;
  if (!order || !ok || !token || order.status === 'draft' || order.status === 'withdrawn') throw notFound('order');
  slot.refund();
  return order;
}

async function caseOf(p: Platform, o: OrderRow): Promise<CaseRow> {
  return (await findCase(p.db, o.case_id))!;
}

/** The provider as the audit log names it (it has no Vigil account). */
async function providerActor(p: Platform, o: OrderRow) {
  const name = (await findProvider(p.db, o.provider_id))?.name ?? 'provider';
  return { name, actor: { userId: null, username: `provider:${name}`.slice(0, 200), orgId: null, orgName: name } };
}

/**
 * The portal's read door: the token opened the order (orderForToken); what the provider reads of it
 * (the order and its case's URL, offence and hashes) goes on the record naming both ids, so "who read
 * case X" finds the provider's reads too.
 */
export async function portalGet(p: Platform, id: string, token: string | undefined, ip: string, now = new Date()) {
  const o = await orderForToken(p, id, token, ip);
  const c = await caseOf(p, o);
  const { name, actor } = await providerActor(p, o);
  await p.orgs.fresh();
  await p.audit.append(actor, [{ action: 'content.portal.read', recordType: 'content_order', recordId: id, recordIds: [id, c.id] }]);
  return presentPortalOrder(p.orgs.name, o, c, await caseSignals(p.db, c.id), name, now);
}

export async function portalAnswerOrder(p: Platform, id: string, token: string | undefined, ip: string, input: z.infer<typeof portalAnswer>, now = new Date()) {
  const o = await orderForToken(p, id, token, ip);
  if (o.status !== 'issued' && o.status !== 'contested') throw new AppError('CONFLICT', `The order is ${o.status}; nothing more to answer.`, 'action');
  if (o.kind === 'removal_order' && input.action === 'declined') throw invalid('A removal order is binding: confirm removal, or contest it with your reasons.', 'action');
  if (o.kind === 'referral' && input.action === 'contested') throw invalid('A referral is voluntary: decline it instead.', 'action');
  if (o.status === 'contested' && input.action === 'contested') throw new AppError('CONFLICT', 'The order is already contested.', 'action');
  const removal = input.action === 'removed' || input.action === 'disabled';
  let removedAt: Date | null = null;
  if (removal) {
    removedAt = input.actionAt ? new Date(input.actionAt) : now;
    if (o.issued_at && removedAt < new Date(o.issued_at)) throw invalid('The content cannot have been removed before the order was issued.', 'actionAt');
    if (removedAt.getTime() > now.getTime() + 60_000) throw invalid('The removal time is in the future.', 'actionAt');
  }
  const c = await caseOf(p, o);
  const { actor } = await providerActor(p, o);
  const status = removal ? 'removed' : input.action;
  await p.db.transaction().execute(async (tx) => {
    await updateOrder(tx, id, {
        status,
        outcome: input.action,
        outcome_note: input.note,
        outcome_at: now,
        removed_at: removedAt,
        updated_at: now,
        ...(input.action === 'contested' && !o.appeal_status ? { appeal_status: 'lodged', appeal_note: input.note, appeal_at: now } : {}),
      });
    if (status === 'removed' || status === 'declined') await closeIfDone(tx, c.id, now);
    await notify(tx, await caseWatchers(p, tx, c, now), { kind: 'content.order_answered', recordType: 'content_case', recordId: c.id, payload: { orderId: id, action: input.action } });
    await p.audit.append(actor, [{ action: `content.portal.${input.action}`, recordType: 'content_order', recordId: id, details: { removedAt: removedAt ? removedAt.toISOString() : null }, recordIds: [id, c.id] }], tx);
  });
  const fresh = (await findOrder(p.db, id))!;
  await p.orgs.fresh();
  return presentPortalOrder(p.orgs.name, fresh, await caseOf(p, fresh), await caseSignals(p.db, c.id), actor.orgName, now);
}
