/**
 * What went wrong with telling the provider, and what the issuing authority can do about it: the state
 * of an order's latest webhook delivery (delivered, pending, failed with the reason, delivered by other
 * means), retry a failed delivery, mint a fresh portal link to pass on by hand, and mark a delivery as
 * made by other means (with a note, on the audit record). Also the competent authorities of a member
 * state, to choose from when a removal order crosses a border.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, forbidden } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { authoritiesOfCountry as authoritiesOf } from '../admin/directory.service.ts';
import { actionableCase } from './content-cases.access.ts';
import { contentRuntime } from './content.jobs.ts';
import { requirePermission } from './content.rules.ts';
import * as repo from './deliveries.repository.ts';
import { appendPortalToken } from './orders.repository.ts';
import { readableOrder } from './order-reads.service.ts';
import { portalTokenHash } from './webhook.ts';

export const otherMeansInput = z.object({ note: z.string().trim().min(5, 'say how the provider was told (at least 5 characters)').max(2000) });
export const authoritiesQuery = z.object({ country: z.string().trim().regex(/^[A-Za-z]{2}$/, 'a two-letter country code').transform((c) => c.toUpperCase()) });

export interface DeliverySummary {
  deliveryId: string;
  event: string;
  /** delivered | pending | failed | other_means */
  state: string;
  attempts: number;
  /** The last attempt's error ("fetch failed", "HTTP 500", "timed out"), when it did not deliver. */
  lastError: string | null;
  lastAttemptAt: Date | string | null;
  deliveredAt: Date | string | null;
  note: string | null;
}

/** The latest delivery of each order (the one that matters now), with its last attempt. */
export async function deliverySummaries(db: Database, orderIds: string[]): Promise<Map<string, DeliverySummary>> {
  const out = new Map<string, DeliverySummary>();
  if (!orderIds.length) return out;
  const ds = await repo.deliveriesOfOrders(db, orderIds);
  const last = new Map<string, (typeof ds)[number]>();
  for (const d of ds) last.set(d.order_id, d);
  const ids = [...last.values()].map((d) => d.id);
  const attempts = ids.length ? await repo.attemptsOf(db, ids) : [];
  for (const [orderId, d] of last) {
    const a = attempts.filter((x) => x.delivery_id === d.id).at(-1);
    out.set(orderId, { deliveryId: d.id, event: d.event, state: d.status, attempts: d.attempts, lastError: d.status === 'delivered' ? null : (a?.error ?? null), lastAttemptAt: a?.at ?? null, deliveredAt: d.delivered_at, note: d.manual_note ?? null });
  }
  return out;
}

/** An order of the caller's authority, issued (not a draft), with its latest delivery. */
async function ownIssuedOrder(p: Platform, ctx: Ctx, id: string) {
  requirePermission(ctx, 'write', 'act on order deliveries');
  const { order } = await readableOrder(p, ctx, id);
  if (order.issuing_org_id !== ctx.actor.orgId) throw forbidden('Only the authority that issued this order can act on its delivery.');
  await actionableCase(p, ctx, order.case_id, 'write');
  if (!order.issued_at || order.status === 'draft' || order.status === 'withdrawn') throw new AppError('CONFLICT', 'The order was not issued, so nothing was delivered.', 'status');
  const latest = (await deliverySummaries(p.db, [id])).get(id);
  return { order, latest };
}

/** Tries a failed delivery again now (one more attempt; it fails again at once if that fails). */
export async function retryDelivery(p: Platform, ctx: Ctx, id: string) {
  const { latest } = await ownIssuedOrder(p, ctx, id);
  if (!latest || latest.state !== 'failed') throw new AppError('CONFLICT', 'Only a failed delivery can be retried.', 'delivery');
  await p.db.transaction().execute(async (tx) => {
    await repo.retryFailed(tx, latest.deliveryId, ctx.now);
    await p.record(ctx, [{ action: 'content.order.delivery_retry', recordType: 'content_order', recordId: id, details: { deliveryId: latest.deliveryId } }], tx);
  });
  contentRuntime(p).worker.kick();
  return { ok: true as const, deliveryId: latest.deliveryId };
}

/** Marks a failed (or still pending) delivery as made by other means; the note goes on the audit record. */
export async function markDeliveredOtherMeans(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof otherMeansInput>) {
  const { latest } = await ownIssuedOrder(p, ctx, id);
  if (!latest || !['failed', 'pending'].includes(latest.state)) throw new AppError('CONFLICT', 'Only a failed or pending delivery can be marked as delivered by other means.', 'delivery');
  await p.db.transaction().execute(async (tx) => {
    await repo.markOtherMeans(tx, latest.deliveryId, { at: ctx.now, note: input.note, by: ctx.actor.userId });
    await p.record(ctx, [{ action: 'content.order.delivered_other_means', recordType: 'content_order', recordId: id, details: { deliveryId: latest.deliveryId, note: input.note } }], tx);
  });
  return { ok: true as const, deliveryId: latest.deliveryId };
}

/** A fresh portal link for the provider (to pass on by telephone or e-mail); the token is shown in this answer only. */
export async function portalLink(p: Platform, ctx: Ctx, id: string, base: string) {
  const { order } = await ownIssuedOrder(p, ctx, id);
  if (!['issued', 'contested'].includes(order.status)) throw new AppError('CONFLICT', `The order is ${order.status}: the provider has nothing left to answer.`, 'status');
  const token = randomBytes(32).toString('base64url');
  await p.db.transaction().execute(async (tx) => {
    await appendPortalToken(tx, id, portalTokenHash(token));
    await p.record(ctx, [{ action: 'content.order.portal_link', recordType: 'content_order', recordId: id }], tx);
  });
  return { url: `${base}/portal/orders/${id}#token=${token}` };
}

/** Competent authorities of a member state (its organisations other than oversight bodies), to scrutinise a cross-border order. */
export async function listAuthorities(p: Platform, ctx: Ctx, country: string) {
  requirePermission(ctx, 'read', 'list competent authorities');
  const rows = await authoritiesOf(p.db, country);
  return { items: rows.map((r) => ({ id: r.id, name: r.name, country: r.country, kind: r.kind, contact: r.contact })) };
}
