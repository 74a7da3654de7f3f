/**
 * Reading referrals and removal orders: the state computed at read time (the one-hour countdown,
 * overdue, the 72-hour scrutiny window), a case with its orders, order lists, the scrutiny inbox.
 */
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { CLASSIFICATIONS } from '../../../core/vocab.ts';
import { canAccess, type RecordMarkings } from '../../../core/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import { passDoor, passDoorFull } from '../../platform/door.ts';
import { notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { policyCtx, policyMarkings, readableSql, type MarkingRow } from '../../platform/records.ts';
import { caseDoor, caseSignals, presentCase, providerNames, readableCase, type CaseRow } from './cases.service.ts';
import { deliverySummaries } from './deliveries.service.ts';
import { cdb, MODULE, OFFENCE_TEXT, requirePermission, type ContentOrdersTable, type Duplicate } from './content.db.ts';

export type OrderRow = Selectable<ContentOrdersTable>;

export const orderListQuery = z.object({
  state: z.enum(['draft', 'pending', 'overdue', 'removed', 'contested', 'declined', 'revoked', 'withdrawn']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/** The state a user sees: status, plus "pending" or "overdue" for an issued order. */
export function orderState(o: Pick<OrderRow, 'status' | 'kind' | 'due_at'>, now: Date): string {
  if (o.status !== 'issued') return o.status;
  return o.kind === 'removal_order' && o.due_at && now > new Date(o.due_at) ? 'overdue' : 'pending';
}

const secs = (ms: number) => Math.round(ms / 1000);

/**
 * Duplicates (another authority's order on the same content) as a reader may see them: an order the
 * reader may read keeps its id and state; of any other only that it exists, whom to contact (the issuing
 * authority), how it matched and when it was issued: no order id, no status.
 */
export function visibleDuplicates(o: OrderRow, readable: ReadonlySet<string>) {
  return (o.duplicates as Duplicate[]).map((d) => (readable.has(d.orderId) ? d : { ...d, orderId: null, status: null }));
}

/** The ids among the orders' duplicates that the caller may read (each under its case's markings). */
export async function readableDuplicateIds(p: Platform, ctx: Ctx, orders: OrderRow[]): Promise<Set<string>> {
  const ids = [...new Set(orders.flatMap((o) => (o.duplicates as Duplicate[]).map((d) => d.orderId)))];
  if (ids.length === 0) return new Set();
  const rows = await cdb(p.db).selectFrom('content_orders as o').innerJoin('content_cases as c', 'c.id', 'o.case_id').select(['o.id', ...CASE_MARKING_COLS]).where('o.id', 'in', ids).execute();
  const pctx = policyCtx(ctx, MODULE, p.config.retentionGraceDays);
  return new Set(rows.filter((r) => canAccess(ctx.actor, policyMarkings(r as unknown as MarkingRow), 'read', pctx) === 'full').map((r) => r.id));
}

export function presentOrder(p: Platform, o: OrderRow, now: Date, providers: Map<string, { id: string; name: string; country: string }>, readableDuplicates: ReadonlySet<string> = new Set()) {
  const due = o.due_at ? new Date(o.due_at) : null;
  const scrutinyDue = o.scrutiny_due_at ? new Date(o.scrutiny_due_at) : null;
  return {
    id: o.id,
    caseId: o.case_id,
    kind: o.kind,
    status: o.status,
    state: orderState(o, now),
    provider: providers.get(o.provider_id) ?? { id: o.provider_id, name: 'unknown provider', country: '' },
    issuingAuthority: { id: o.issuing_org_id, name: p.orgs.name(o.issuing_org_id) },
    reasons: o.reasons,
    duplicates: visibleDuplicates(o, readableDuplicates),
    duplicatesAcknowledged: o.duplicates_acknowledged,
    createdAt: o.created_at,
    issuedAt: o.issued_at,
    countdown:
      o.kind === 'removal_order' && due
        ? { dueAt: due, secondsLeft: o.status === 'issued' ? secs(due.getTime() - now.getTime()) : null, overdue: o.status === 'issued' && now > due, escalatedAt: o.escalated_at }
        : null,
    outcome: o.outcome ? { action: o.outcome, note: o.outcome_note, at: o.outcome_at, removedAt: o.removed_at } : null,
    timeToRemovalSeconds: o.removed_at && o.issued_at ? secs(new Date(o.removed_at).getTime() - new Date(o.issued_at).getTime()) : null,
    scrutiny: o.cross_border
      ? {
          authority: o.scrutiny_org_id ? { id: o.scrutiny_org_id, name: p.orgs.name(o.scrutiny_org_id) } : null,
          dueAt: scrutinyDue,
          state: o.scrutiny_decision ? 'decided' : scrutinyDue && now > scrutinyDue ? 'expired' : o.issued_at ? 'pending' : 'not_sent',
          secondsLeft: scrutinyDue && !o.scrutiny_decision ? secs(scrutinyDue.getTime() - now.getTime()) : null,
          decision: o.scrutiny_decision,
          reasoning: o.scrutiny_reasoning,
          decidedAt: o.scrutiny_at,
        }
      : null,
    appeal: o.appeal_status ? { status: o.appeal_status, note: o.appeal_note, at: o.appeal_at } : null,
    withdrawnReason: o.withdrawn_reason,
    updatedAt: o.updated_at,
  };
}

/** The case's marking columns, as selected beside an order (alias `c`). */
export const CASE_MARKING_COLS = ['c.owner_org_id', 'c.classification', 'c.distribution', 'c.shared_org_ids', 'c.group_ids', 'c.hit_no_hit', 'c.review_date', 'c.tlp', 'c.handling_code', 'c.legal_basis', 'c.purpose'] as const;

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

export async function orderRow(p: Platform, id: string): Promise<OrderRow | undefined> {
  return (await cdb(p.db).selectFrom('content_orders').selectAll().where('id', '=', id).executeTakeFirst()) as OrderRow | undefined;
}

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

async function deliveries(p: Platform, orderId: string) {
  const ds = await cdb(p.db).selectFrom('content_deliveries').select(['id', 'event', 'status', 'attempts', 'next_attempt_at', 'delivered_at', 'created_at']).where('order_id', '=', orderId).orderBy('created_at').execute();
  const attempts = ds.length
    ? await cdb(p.db).selectFrom('content_delivery_attempts').selectAll().where('delivery_id', 'in', ds.map((d) => d.id)).orderBy('attempt').execute()
    : [];
  return ds.map((d) => ({
    id: d.id,
    event: d.event,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.next_attempt_at,
    deliveredAt: d.delivered_at,
    createdAt: d.created_at,
    log: attempts.filter((a) => a.delivery_id === d.id).map((a) => ({ attempt: a.attempt, at: a.at, statusCode: a.status_code, error: a.error, durationMs: a.duration_ms })),
  }));
}

export async function getOrder(p: Platform, ctx: Ctx, id: string, opts: { audit?: boolean } = {}) {
  const read = await readableOrder(p, ctx, id);
  const { order } = read;
  // After a change the caller's own audit event names the order; a plain read passes the door.
  if (opts.audit !== false) {
    await passDoorFull(p, ctx, { module: MODULE, recordType: 'content_order', action: 'content.order.read', row: read, markings: (r) => orderMarkings(r.order, r.case), details: { caseId: order.case_id } });
  }
  const providers = await providerNames(p, [order.provider_id]);
  await p.orgs.fresh();
  const delivery = (await deliverySummaries(cdb(p.db), [id])).get(id) ?? null;
  return { ...presentOrder(p, order, ctx.now, providers, await readableDuplicateIds(p, ctx, [order])), delivery, deliveries: await deliveries(p, id) };
}

export async function getCase(p: Platform, ctx: Ctx, id: string, opts: { audit?: boolean } = {}) {
  const row = await readableCase(p, ctx, id);
  if (opts.audit !== false) await caseDoor(p, ctx, row, 'content.case.read');
  const orders = (await cdb(p.db).selectFrom('content_orders').selectAll().where('case_id', '=', id).orderBy('created_at').execute()) as OrderRow[];
  const providers = await providerNames(p, [row.provider_id, ...orders.map((o) => o.provider_id)]);
  await p.orgs.fresh();
  const dupes = await readableDuplicateIds(p, ctx, orders);
  const sums = await deliverySummaries(cdb(p.db), orders.map((o) => o.id));
  const presented = orders.map((o) => ({ ...presentOrder(p, o, ctx.now, providers, dupes), delivery: sums.get(o.id) ?? null }));
  const removed = presented.map((o) => o.timeToRemovalSeconds).filter((s): s is number => s !== null);
  return {
    ...presentCase(p, row, providers, await caseSignals(cdb(p.db), id)),
    orders: presented,
    /** Orders whose latest delivery to the provider failed: shown red on the case. */
    failedDeliveries: presented.filter((o) => o.delivery?.state === 'failed').map((o) => ({ orderId: o.id, error: o.delivery!.lastError })),
    timeToRemovalSeconds: removed.length ? Math.min(...removed) : null,
  };
}

/** Orders on cases the caller may read, newest first; `state` filters (overdue = issued removal orders past their hour). */
export async function listOrders(p: Platform, ctx: Ctx, q: z.infer<typeof orderListQuery>) {
  requirePermission(ctx, 'read', 'read orders');
  const now = ctx.now;
  // Each order carries its case's markings under its own id (x.id = o.id), so the policy's SQL twin and
  // the door decide on the same record, before paging.
  const inner = cdb(p.db).selectFrom('content_orders as o').innerJoin('content_cases as c', 'c.id', 'o.case_id').selectAll('o').select([...CASE_MARKING_COLS, 'c.url']);
  let query = cdb(p.db).selectFrom(inner.as('x')).selectAll('x').where(readableSql(ctx, MODULE, p.config.retentionGraceDays, 'x'));
  if (q.state === 'pending') query = query.where('x.status', '=', 'issued').where((eb) => eb.or([eb('x.kind', '=', 'referral'), eb('x.due_at', '>=', now)]));
  else if (q.state === 'overdue') query = query.where('x.status', '=', 'issued').where('x.kind', '=', 'removal_order').where('x.due_at', '<', now);
  else if (q.state) query = query.where('x.status', '=', q.state);
  const rows = await query.orderBy('x.created_at', 'desc').orderBy('x.id').limit(q.limit).offset(q.offset).execute();
  const { full: visible } = await passDoor(p, ctx, { module: MODULE, recordType: 'content_order', action: 'content.order.list', rows, markings: (r) => policyMarkings(r as unknown as MarkingRow), details: { orders: rows.length } });
  const providers = await providerNames(p, visible.map((r) => r.provider_id));
  await p.orgs.fresh();
  const dupes = await readableDuplicateIds(p, ctx, visible as unknown as OrderRow[]);
  const sums = await deliverySummaries(cdb(p.db), visible.map((r) => r.id));
  return { items: visible.map((r) => ({ ...presentOrder(p, r as unknown as OrderRow, now, providers, dupes), url: r.url, delivery: sums.get(r.id) ?? null })) };
}

/** The copy of a cross-border removal order that the host member state's authority scrutinises (no case file). */
export function presentForScrutiny(p: Platform, o: OrderRow, c: { url: string; offence: string }, now: Date, providers: Map<string, { id: string; name: string; country: string }>) {
  const v = presentOrder(p, o, now, providers);
  return { id: v.id, kind: v.kind, state: v.state, url: c.url, offence: c.offence, offenceText: OFFENCE_TEXT[c.offence as keyof typeof OFFENCE_TEXT], reasons: v.reasons, provider: v.provider, issuingAuthority: v.issuingAuthority, issuedAt: v.issuedAt, countdown: v.countdown, outcome: v.outcome, scrutiny: v.scrutiny };
}

/** Cross-border removal orders sent to the caller's organisation for scrutiny (72 hours). */
export async function scrutinyInbox(p: Platform, ctx: Ctx) {
  requirePermission(ctx, 'read', 'scrutinise removal orders');
  const rows = await cdb(p.db)
    .selectFrom('content_orders as o')
    .innerJoin('content_cases as c', 'c.id', 'o.case_id')
    .selectAll('o')
    .select(['c.url', 'c.offence'])
    .where('o.scrutiny_org_id', '=', ctx.actor.orgId)
    .where('o.issued_at', 'is not', null)
    .orderBy('o.scrutiny_due_at')
    .orderBy('o.id')
    .limit(500)
    .execute();
  const { full } = await passDoor(p, ctx, { module: MODULE, recordType: 'content_order', action: 'content.scrutiny.list', rows, markings: scrutinyCopyMarkings, details: { orders: rows.length } });
  const providers = await providerNames(p, full.map((r) => r.provider_id));
  await p.orgs.fresh();
  return { items: full.map((r) => presentForScrutiny(p, r as unknown as OrderRow, r, ctx.now, providers)) };
}
