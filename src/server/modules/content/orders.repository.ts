/**
 * All SQL of referrals and removal orders (content_orders), alone or beside their case's markings:
 * reads, changes, the duplicate search, portal tokens, overdue escalation, the transparency figures.
 */
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Ctx } from '../../platform/context.ts';
import { withTables, type Database } from '../../platform/db.ts';
import { readableSql, type MarkingRow } from '../../platform/records.ts';
import { MIN_QUALITY, MODULE } from './content.rules.ts';
import type { ContentOrdersTable, ContentTables } from './content.tables.ts';

const db = (d: Database) => withTables<ContentTables>(d);

export type OrderRow = Selectable<ContentOrdersTable>;

/** The case's marking columns, as selected beside an order (alias `c`). */
export const CASE_MARKING_COLS = ['c.owner_org_id', 'c.classification', 'c.distribution', 'c.shared_org_ids', 'c.group_ids', 'c.hit_no_hit', 'c.review_date', 'c.tlp', 'c.handling_code', 'c.legal_basis', 'c.purpose'] as const;

export function findOrder(d: Database, id: string): Promise<OrderRow | undefined> {
  return db(d).selectFrom('content_orders').selectAll().where('id', '=', id).executeTakeFirst();
}

export function ordersOfCase(d: Database, caseId: string): Promise<OrderRow[]> {
  return db(d).selectFrom('content_orders').selectAll().where('case_id', '=', caseId).orderBy('created_at').execute();
}

export async function insertOrder(tx: Database, row: Insertable<ContentOrdersTable>): Promise<void> {
  await db(tx).insertInto('content_orders').values(row).execute();
}

/** Changes an order (only while it has `whenStatus`, if given). */
export async function updateOrder(tx: Database, id: string, set: Updateable<ContentOrdersTable>, whenStatus?: string): Promise<void> {
  await db(tx).updateTable('content_orders').set(set).where('id', '=', id).$if(whenStatus !== undefined, (q) => q.where('status', '=', whenStatus!)).execute();
}

/** Keeps a new portal token's hash (the last 19 stay valid). */
export async function appendPortalToken(d: Database, orderId: string, tokenHash: string): Promise<void> {
  await sql`UPDATE content_orders SET portal_token_hashes = (array_append(portal_token_hashes, ${tokenHash}::text))[greatest(1, cardinality(portal_token_hashes) - 18):]
    WHERE id = ${orderId}`.execute(d);
}

type DuplicateCandidate = { id: string; kind: string; status: string; issuing_org_id: string; issued_at: Date | null };

/**
 * Issued orders by other authorities on other cases that concern the same content: the same URL key,
 * a case hash equal to one of `digests`, or (`withPdq`) any PDQ hash of quality ≥ 50 to compare.
 */
export async function duplicateCandidates(d: Database, caseId: string, issuingOrgId: string, c: { urlKey: string; md5: string[]; sha256: string[]; withPdq: boolean }) {
  const base = db(d)
    .selectFrom('content_orders as o')
    .innerJoin('content_cases as c', 'c.id', 'o.case_id')
    .select(['o.id', 'o.kind', 'o.status', 'o.issuing_org_id', 'o.issued_at'])
    .where('o.case_id', '<>', caseId)
    .where('o.issuing_org_id', '<>', issuingOrgId)
    .where('o.issued_at', 'is not', null);
  const byUrl: DuplicateCandidate[] = await base.where('c.url_key', '=', c.urlKey).limit(100).execute();
  const byDigest: Array<{ type: 'sha256' | 'md5'; rows: DuplicateCandidate[] }> = [];
  for (const type of ['sha256', 'md5'] as const) {
    const vals = c[type];
    if (!vals.length) continue;
    byDigest.push({ type, rows: await base.where('o.case_id', 'in', db(d).selectFrom('content_case_signals').select('case_id').where(type, 'in', vals)).limit(100).execute() });
  }
  // Hashes of other authorities' ordered content, compared exactly by the caller (a scan: orders are few next to banks).
  const byPdq = c.withPdq
    ? await base.innerJoin('content_case_signals as s', 's.case_id', 'o.case_id').select(['s.pdq']).where('s.pdq', 'is not', null).where('s.quality', '>=', MIN_QUALITY).limit(200_000).execute()
    : [];
  return { byUrl, byDigest, byPdq };
}

/** Orders by id with their case's markings (under the order's id). */
export function ordersWithCaseMarkings(d: Database, ids: readonly string[]) {
  return db(d).selectFrom('content_orders as o').innerJoin('content_cases as c', 'c.id', 'o.case_id').select(['o.id', ...CASE_MARKING_COLS]).where('o.id', 'in', ids).execute();
}

/** An order with its case's id, URL and markings (the case's id as `id`), for notifications. */
export async function orderCase(d: Database, orderId: string): Promise<(MarkingRow & { order_id: string; case_id: string; url: string }) | undefined> {
  return (await db(d)
    .selectFrom('content_orders as o')
    .innerJoin('content_cases as c', 'c.id', 'o.case_id')
    .select(['o.id as order_id', 'c.id as case_id', 'c.url', 'c.id', ...CASE_MARKING_COLS])
    .where('o.id', '=', orderId)
    .executeTakeFirst()) as (MarkingRow & { order_id: string; case_id: string; url: string }) | undefined;
}

export type OrderListState = 'draft' | 'pending' | 'overdue' | 'removed' | 'contested' | 'declined' | 'revoked' | 'withdrawn';

/** The order list's sort fields, mapped to SQL on alias x (a whitelist: nothing from the request reaches SQL as a name). */
const ORDER_SORT = {
  createdAt: sql`x.created_at`,
  issuedAt: sql`x.issued_at`,
  dueAt: sql`x.due_at`,
  kind: sql`x.kind`,
  status: sql`x.status`,
  url: sql`lower(x.url)`,
} as const;
export type OrderSort = keyof typeof ORDER_SORT;

/**
 * Orders on cases the caller may read, filtered by state. Each order carries its case's markings under its
 * own id (x.id = o.id), so the policy's SQL twin and the door decide on the same record, before paging;
 * the rows and the count share this one filter.
 */
function readableOrders(d: Database, ctx: Ctx, graceDays: number, q: { state?: OrderListState | undefined }, now: Date) {
  const inner = db(d).selectFrom('content_orders as o').innerJoin('content_cases as c', 'c.id', 'o.case_id').selectAll('o').select([...CASE_MARKING_COLS, 'c.url']);
  let query = db(d).selectFrom(inner.as('x')).where(readableSql(ctx, MODULE, graceDays, 'x'));
  if (q.state === 'pending') query = query.where('x.status', '=', 'issued').where((eb) => eb.or([eb('x.kind', '=', 'referral'), eb('x.due_at', '>=', now)]));
  else if (q.state === 'overdue') query = query.where('x.status', '=', 'issued').where('x.kind', '=', 'removal_order').where('x.due_at', '<', now);
  else if (q.state) query = query.where('x.status', '=', q.state);
  return query;
}

/** One page of the orders the caller may read: newest first, or by a whitelisted field (empty dates last; ties newest first, then by id). */
export async function listReadableOrders(
  d: Database,
  ctx: Ctx,
  graceDays: number,
  q: { state?: OrderListState | undefined; sort?: OrderSort | undefined; dir?: 'asc' | 'desc' | undefined; limit: number; offset: number },
  now: Date,
) {
  const dir = q.dir === 'asc' ? sql`ASC` : sql`DESC`;
  return readableOrders(d, ctx, graceDays, q, now)
    .selectAll('x')
    .orderBy(sql`${ORDER_SORT[q.sort ?? 'createdAt']} ${dir} NULLS LAST`)
    .orderBy('x.created_at', 'desc')
    .orderBy('x.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
}

/** How many orders the same list holds (the same policy filter and state as its rows). */
export async function countReadableOrders(d: Database, ctx: Ctx, graceDays: number, q: { state?: OrderListState | undefined }, now: Date): Promise<number> {
  const r = await readableOrders(d, ctx, graceDays, q, now).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Cross-border removal orders sent to an organisation for scrutiny, with the case's URL and offence. */
export function scrutinyCopies(d: Database, orgId: string) {
  return db(d)
    .selectFrom('content_orders as o')
    .innerJoin('content_cases as c', 'c.id', 'o.case_id')
    .selectAll('o')
    .select(['c.url', 'c.offence'])
    .where('o.scrutiny_org_id', '=', orgId)
    .where('o.issued_at', 'is not', null)
    .orderBy('o.scrutiny_due_at')
    .orderBy('o.id')
    .limit(500)
    .execute();
}

/** Issued removal orders past their hour, not escalated yet: marked escalated now. */
export function escalateOverdue(tx: Database, now: Date) {
  return db(tx)
    .updateTable('content_orders')
    .set({ escalated_at: now })
    .where('status', '=', 'issued')
    .where('kind', '=', 'removal_order')
    .where('due_at', '<', now)
    .where('escalated_at', 'is', null)
    .returning(['id', 'due_at'])
    .execute();
}

/** The organisation's orders issued in [from, to) that the caller may read, with offence and provider (transparency). */
export function issuedInPeriod(d: Database, ctx: Ctx, graceDays: number, from: Date, to: Date) {
  const inner = db(d)
    .selectFrom('content_orders as o')
    .innerJoin('content_cases as c', 'c.id', 'o.case_id')
    .innerJoin('content_providers as pr', 'pr.id', 'o.provider_id')
    .select(['o.id', 'o.kind', 'o.status', 'o.due_at', 'o.issued_at', 'o.removed_at', 'o.cross_border', 'o.scrutiny_decision', 'o.scrutiny_due_at', 'o.appeal_status', 'o.escalated_at', 'o.duplicates', 'o.issuing_org_id', 'c.offence', 'pr.name as provider', ...CASE_MARKING_COLS])
    .where('o.issuing_org_id', '=', ctx.actor.orgId)
    .where('o.issued_at', '>=', from)
    .where('o.issued_at', '<', to);
  return db(d).selectFrom(inner.as('x')).selectAll('x').where(readableSql(ctx, MODULE, graceDays, 'x')).execute();
}

/** Orders issued in [from, to) that were sent to the organisation for scrutiny (transparency). */
export function receivedInPeriod(d: Database, orgId: string, from: Date, to: Date) {
  return db(d)
    .selectFrom('content_orders')
    .select(['id', 'issuing_org_id', 'scrutiny_org_id', 'scrutiny_decision', 'scrutiny_due_at'])
    .where('scrutiny_org_id', '=', orgId)
    .where('issued_at', '>=', from)
    .where('issued_at', '<', to)
    .execute();
}
