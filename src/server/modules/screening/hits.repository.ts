/**
 * SQL of hit review: the queue of a batch and one hit as the viewer may see them (the
 * screening-encounter rule in SQL), decisions, remembered false positives (suppressions) and referrals.
 */
import type { Insertable } from 'kysely';
import type { Ctx } from '../../platform/context.ts';
import { withTables, type Database } from '../../platform/db.ts';
import { referralReadableSql } from '../../platform/records.ts';
import type { HitRow } from './batches.repository.ts';
import { hitVisibleSql } from './national.repository.ts';
import type { HitStatus, ScreeningReferralsTable, ScreeningSuppressionsTable, ScreeningTables } from './screening.tables.ts';

const db = (d: Database) => withTables<ScreeningTables>(d);

const DECIDED: HitStatus[] = ['true_match', 'false_positive', 'escalated'];

/** What a batch's review queue selects: the batch, the viewer (the screening-encounter rule) and the status chip. */
export interface HitQueueFilter {
  status: 'open' | 'decided' | 'suppressed' | 'all';
}

/** The queue's sort fields, mapped to columns (a whitelist: nothing from the request reaches SQL as a name). */
const HIT_ORDER = { score: 'h.score', status: 'h.status', source: 'h.source_id', seq: 'h.seq' } as const;

/** The queue's rows and its count share one filter, so the total never counts a hit the viewer may not see. */
function queueBase(d: Database, ctx: Ctx, batchId: string, q: HitQueueFilter) {
  return db(d)
    .selectFrom('screening_hits as h')
    .where('h.batch_id', '=', batchId)
    .where(hitVisibleSql(ctx, 'h'))
    .$if(q.status === 'open', (qb) => qb.where('h.status', '=', 'open'))
    .$if(q.status === 'decided', (qb) => qb.where('h.status', 'in', DECIDED))
    .$if(q.status === 'suppressed', (qb) => qb.where('h.status', '=', 'suppressed'));
}

/**
 * A batch's hits the viewer may see (open, decided, suppressed or all), one page: best score first, or
 * by a whitelisted field (score breaks ties of the others; the id last, so pages never overlap).
 */
export function hitQueue(
  d: Database,
  ctx: Ctx,
  batchId: string,
  q: HitQueueFilter & { sort?: keyof typeof HIT_ORDER | undefined; dir?: 'asc' | 'desc' | undefined; limit: number; offset: number },
): Promise<HitRow[]> {
  const sort = q.sort ?? 'score';
  const dir = q.dir ?? 'desc';
  let query = queueBase(d, ctx, batchId, q).selectAll('h').orderBy(HIT_ORDER[sort], dir);
  if (sort !== 'score') query = query.orderBy('h.score', 'desc');
  return query.orderBy('h.id', dir).limit(q.limit).offset(q.offset).execute();
}

/** How many hits the same queue holds (the same viewer rule and status chip as its rows). */
export async function countHitQueue(d: Database, ctx: Ctx, batchId: string, q: HitQueueFilter): Promise<number> {
  const r = await queueBase(d, ctx, batchId, q).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** A hit if the viewer may see it. */
export function findVisibleHit(d: Database, ctx: Ctx, id: string): Promise<HitRow | undefined> {
  return db(d).selectFrom('screening_hits as h').selectAll('h').where('h.id', '=', id).where(hitVisibleSql(ctx, 'h')).executeTakeFirst();
}

/** The decisions taken on a hit, oldest first. */
export function decisionsOf(d: Database, hitId: string) {
  return db(d).selectFrom('screening_decisions').select(['decision', 'reason', 'decided_by', 'decided_at']).where('hit_id', '=', hitId).orderBy('decided_at').execute();
}

/** A hit locked for its decision, with its batch's travel and its traveller. */
export async function lockHitForDecision(tx: Database, id: string) {
  const h = await db(tx).selectFrom('screening_hits').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
  const batch = await db(tx).selectFrom('screening_batches').select(['flight', 'travel_date', 'port']).where('id', '=', h.batch_id).executeTakeFirstOrThrow();
  const trav = await db(tx).selectFrom('screening_travellers').select(['traveller', 'identity_key']).where('batch_id', '=', h.batch_id).where('seq', '=', h.seq).executeTakeFirstOrThrow();
  return { h, batch, trav };
}

export async function insertDecision(tx: Database, row: { hitId: string; decision: 'true_match' | 'false_positive' | 'escalate'; reason: string; by: string }): Promise<void> {
  await db(tx).insertInto('screening_decisions').values({ id: crypto.randomUUID(), hit_id: row.hitId, decision: row.decision, reason: row.reason, decided_by: row.by }).execute();
}

/** Remembers a false positive; an older active one for the same identity and entry gives way. */
export async function replaceSuppression(tx: Database, row: Omit<Insertable<ScreeningSuppressionsTable>, 'revoked_by' | 'revoked_at' | 'revoke_reason'>): Promise<void> {
  await db(tx)
    .updateTable('screening_suppressions')
    .set({ revoked_at: new Date(), revoked_by: row.created_by, revoke_reason: 'replaced by a newer decision' })
    .where('owner_org_id', '=', row.owner_org_id).where('identity_key', '=', row.identity_key).where('entry_id', '=', row.entry_id).where('revoked_at', 'is', null)
    .execute();
  await db(tx).insertInto('screening_suppressions').values({ ...row, revoked_by: null, revoked_at: null, revoke_reason: null }).execute();
}

export async function insertReferral(tx: Database, row: Insertable<ScreeningReferralsTable>): Promise<void> {
  await db(tx).insertInto('screening_referrals').values(row).execute();
}

/** The decision's outcome on the hit. */
export async function setHitDecision(tx: Database, id: string, set: { status: HitStatus; suppression_id?: string; report_id?: string; referral_id?: string }, by: string, reason: string): Promise<void> {
  await db(tx).updateTable('screening_hits').set({ ...set, decided_by: by, decided_at: new Date(), reason }).where('id', '=', id).execute();
}

/** Referrals the viewer may read (the policy's referral rule in SQL), newest first, with their hit's travel. */
export function readableReferrals(d: Database, ctx: Ctx, graceDays: number, q: { limit: number; offset: number }) {
  return db(d)
    .selectFrom('screening_referrals as r')
    .innerJoin('screening_hits as h', 'h.id', 'r.hit_id')
    .innerJoin('screening_travellers as t', (j) => j.onRef('t.batch_id', '=', 'h.batch_id').onRef('t.seq', '=', 'h.seq'))
    .innerJoin('screening_batches as b', 'b.id', 'h.batch_id')
    .select(['r.id', 'r.hit_id', 'r.entry_id', 'r.source_id', 'r.from_org_id', 'r.note', 'r.created_by', 'r.created_at', 'h.score', 'h.explanation', 't.traveller', 'b.flight', 'b.travel_date', 'b.port'])
    .where(referralReadableSql(ctx, graceDays, 'r'))
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
}

/** An organisation's suppressions, newest first (active, revoked or all). */
export function suppressionsOf(d: Database, orgId: string, q: { active: 'true' | 'false' | 'all'; limit: number; offset: number }) {
  return db(d)
    .selectFrom('screening_suppressions')
    .selectAll()
    .where('owner_org_id', '=', orgId)
    .$if(q.active === 'true', (qb) => qb.where('revoked_at', 'is', null))
    .$if(q.active === 'false', (qb) => qb.where('revoked_at', 'is not', null))
    .orderBy('created_at', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
}

export function lockSuppression(tx: Database, id: string) {
  return db(tx).selectFrom('screening_suppressions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function revokeSuppression(tx: Database, id: string, by: string, reason: string): Promise<void> {
  await db(tx).updateTable('screening_suppressions').set({ revoked_at: new Date(), revoked_by: by, revoke_reason: reason }).where('id', '=', id).execute();
}
