/**
 * Reading referrals and removal orders: one order, the orders of a case, order lists, the scrutiny
 * inbox; each through the read door (an order carries its case's markings under its own id).
 */
import { z } from 'zod';
import { CLASSIFICATIONS } from '../../../core/vocab.ts';
import { canAccess, type RecordMarkings } from '../../../core/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import { passDoor, passDoorFull } from '../../platform/door.ts';
import { notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { policyCtx, policyMarkings, type MarkingRow } from '../../platform/records.ts';
import { readableCase, type CaseRow } from './content-cases.access.ts';
import { iso } from './content.presenter.ts';
import { MODULE, requirePermission } from './content.rules.ts';
import type { Duplicate } from './content.tables.ts';
import { deliverySummaries } from './deliveries.service.ts';
import { attemptsOf, deliveriesOfOrders } from './deliveries.repository.ts';
import * as repo from './orders.repository.ts';
import type { OrderRow } from './orders.repository.ts';
import { presentForScrutiny, presentOrder, presentSummary } from './orders.presenter.ts';
import { providerRefs } from './providers.repository.ts';
import { sortParams } from '../../platform/table-query.ts';

export type { OrderRow };

export const orderListQuery = z.object({
  state: z.enum(['draft', 'pending', 'overdue', 'removed', 'contested', 'declined', 'revoked', 'withdrawn']).optional(),
  ...sortParams(['createdAt', 'issuedAt', 'dueAt', 'kind', 'status', 'url']),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/** The ids among the orders' duplicates that the caller may read (each under its case's markings). */
export async function readableDuplicateIds(p: Platform, ctx: Ctx, orders: OrderRow[]): Promise<Set<string>> {
  const ids = [...new Set(orders.flatMap((o) => (o.duplicates as Duplicate[]).map((d) => d.orderId)))];
  if (ids.length === 0) return new Set();
  const rows = await repo.ordersWithCaseMarkings(p.db, ids);
  const pctx = policyCtx(ctx, MODULE, p.config.retentionGraceDays);
  return new Set(rows.filter((r) => canAccess(ctx.actor, policyMarkings(r as unknown as MarkingRow), 'read', pctx) === 'full').map((r) => r.id));
}

/** An order's markings: its case's, under the order's own id (what the audit names). */
export function orderMarkings(order: { id: string }, c: Omit<MarkingRow, 'id'>): RecordMarkings {
  return policyMarkings({ ...c, id: order.id } as MarkingRow);
}

/**
 * The copy of a cross-border removal order its scrutiny authority receives (Regulation 2021/784, art. 4):
 * a record of the issuing authority addressed to the scrutiny authority alone. canAccess on these markings
 * decides who reads it; the scrutiny queries select by scrutiny_org_id, the same rule in SQL.
 */
export function scrutinyCopyMarkings(o: Pick<OrderRow, 'id' | 'issuing_org_id' | 'scrutiny_org_id'>): RecordMarkings {
  return { id: o.id, ownerOrgId: o.issuing_org_id, classification: CLASSIFICATIONS[0], distribution: 'organisations', sharedOrgIds: o.scrutiny_org_id ? [o.scrutiny_org_id] : [], groupIds: [], hitNoHit: false, reviewDate: null, deleted: false };
}

export const orderRow = (p: Platform, id: string) => repo.findOrder(p.db, id);

/** An order and its case, when the caller may read the case; else 404. */
export async function readableOrder(p: Platform, ctx: Ctx, id: string): Promise<{ order: OrderRow; case: CaseRow }> {
  requirePermission(ctx, 'read', 'read orders');
  const order = await orderRow(p, id);
  if (!order) throw notFound('order');
  try {
    return { order, case: await readableCase(p, ctx, order.case_id) };
  } catch {
    throw notFound('order');
  }
}

/** Every delivery of an order with every attempt. */
async function orderDeliveries(p: Platform, orderId: string) {
  const ds = await deliveriesOfOrders(p.db, [orderId]);
  const attempts = ds.length ? await attemptsOf(p.db, ds.map((d) => d.id)) : [];
  return ds.map((d) => ({
    id: d.id,
    event: d.event,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: iso(d.next_attempt_at),
    deliveredAt: iso(d.delivered_at),
    createdAt: iso(d.created_at),
    log: attempts.filter((a) => a.delivery_id === d.id).map((a) => ({ attempt: a.attempt, at: iso(a.at), statusCode: a.status_code, error: a.error, durationMs: a.duration_ms })),
  }));
}

export async function getOrder(p: Platform, ctx: Ctx, id: string, opts: { audit?: boolean } = {}) {
  const read = await readableOrder(p, ctx, id);
  const { order } = read;
  // After a change the caller's own audit event names the order; a plain read passes the door.
  if (opts.audit !== false) {
    await passDoorFull(p, ctx, { module: MODULE, recordType: 'content_order', action: 'content.order.read', row: read, markings: (r) => orderMarkings(r.order, r.case), details: { caseId: order.case_id } });
  }
  const providers = await providerRefs(p.db, [order.provider_id]);
  await p.orgs.fresh();
  const delivery = presentSummary((await deliverySummaries(p.db, [id])).get(id));
  return { ...presentOrder(p.orgs.name, order, ctx.now, providers, await readableDuplicateIds(p, ctx, [order])), delivery, deliveries: await orderDeliveries(p, id) };
}

/** The orders of a case the caller read, presented, with what the case shows of them. */
export async function caseOrders(p: Platform, ctx: Ctx, row: CaseRow) {
  const orders = await repo.ordersOfCase(p.db, row.id);
  const providers = await providerRefs(p.db, [row.provider_id, ...orders.map((o) => o.provider_id)]);
  await p.orgs.fresh();
  const dupes = await readableDuplicateIds(p, ctx, orders);
  const sums = await deliverySummaries(p.db, orders.map((o) => o.id));
  const presented = orders.map((o) => ({ ...presentOrder(p.orgs.name, o, ctx.now, providers, dupes), delivery: presentSummary(sums.get(o.id)) }));
  const removed = presented.map((o) => o.timeToRemovalSeconds).filter((s): s is number => s !== null);
  return {
    providers,
    orders: presented,
    failedDeliveries: presented.filter((o) => o.delivery?.state === 'failed').map((o) => ({ orderId: o.id, error: o.delivery!.lastError })),
    timeToRemovalSeconds: removed.length ? Math.min(...removed) : null,
  };
}

/**
 * Orders on cases the caller may read, newest first or by a whitelisted field; `state` filters (overdue =
 * issued removal orders past their hour). `total` counts with the same policy filter as the page, so it
 * never counts an order the caller may not read.
 */
export async function listOrders(p: Platform, ctx: Ctx, q: z.infer<typeof orderListQuery>) {
  requirePermission(ctx, 'read', 'read orders');
  const now = ctx.now;
  const grace = p.config.retentionGraceDays;
  const [rows, total] = await Promise.all([repo.listReadableOrders(p.db, ctx, grace, q, now), repo.countReadableOrders(p.db, ctx, grace, q, now)]);
  const { full: visible } = await passDoor(p, ctx, { module: MODULE, recordType: 'content_order', action: 'content.order.list', rows, markings: (r) => policyMarkings(r as unknown as MarkingRow), details: { orders: rows.length } });
  const providers = await providerRefs(p.db, visible.map((r) => r.provider_id));
  await p.orgs.fresh();
  const dupes = await readableDuplicateIds(p, ctx, visible as unknown as OrderRow[]);
  const sums = await deliverySummaries(p.db, visible.map((r) => r.id));
  return { items: visible.map((r) => ({ ...presentOrder(p.orgs.name, r as unknown as OrderRow, now, providers, dupes), url: r.url, delivery: presentSummary(sums.get(r.id)) })), total };
}

/** Cross-border removal orders sent to the caller's organisation for scrutiny (72 hours). */
export async function scrutinyInbox(p: Platform, ctx: Ctx) {
  requirePermission(ctx, 'read', 'scrutinise removal orders');
  const rows = await repo.scrutinyCopies(p.db, ctx.actor.orgId);
  const { full } = await passDoor(p, ctx, { module: MODULE, recordType: 'content_order', action: 'content.scrutiny.list', rows, markings: scrutinyCopyMarkings, details: { orders: rows.length } });
  const providers = await providerRefs(p.db, full.map((r) => r.provider_id));
  await p.orgs.fresh();
  return { items: full.map((r) => presentForScrutiny(p.orgs.name, r as unknown as OrderRow, r, ctx.now, providers)) };
}
