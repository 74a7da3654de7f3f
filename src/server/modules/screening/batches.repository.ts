/**
 * SQL of screening runs: batches and their travellers (stored as they arrive, claimed and screened in
 * chunks by the runner, resumable after a stop), the hits a chunk stores, and the counts and result
 * lines as a viewer may see them (the screening-encounter rule applied in SQL before paging).
 */
import { sql, type Insertable, type RawBuilder, type Selectable } from 'kysely';
import type { Traveller } from '../../../core/screening/engine.ts';
import type { Ctx } from '../../platform/context.ts';
import { withTables, type Database } from '../../platform/db.ts';
import { hitVisibleSql } from './national.repository.ts';
import type { ScreeningBatchesTable, ScreeningHitsTable, ScreeningTables, ScreeningTravellersTable, StoredCoverage, StoredTraveller } from './screening.tables.ts';

const db = (d: Database) => withTables<ScreeningTables>(d);

export type BatchRecord = Selectable<ScreeningBatchesTable>;
export type HitRow = Selectable<ScreeningHitsTable>;

/** Queued, or running in a process that stopped beating a minute ago. */
const CLAIMABLE = sql<boolean>`(status = 'queued' OR (status = 'running' AND coalesce(heartbeat, created_at) < now() - interval '60 seconds'))`;

/** A traveller's screening error as stored (at most 500 characters). */
const errorText = (e: string): string => e.slice(0, 500);

export async function insertBatch(d: Database, row: Insertable<ScreeningBatchesTable>): Promise<void> {
  await db(d).insertInto('screening_batches').values(row).execute();
}

export async function insertTravellers(d: Database, rows: Array<Insertable<ScreeningTravellersTable>>): Promise<void> {
  if (rows.length) await db(d).insertInto('screening_travellers').values(rows).execute();
}

export async function deleteBatch(d: Database, id: string): Promise<void> {
  await db(d).deleteFrom('screening_batches').where('id', '=', id).execute();
}

/** A batch whose list was read: queued for screening, with its size and the lines already in error. */
export function queueBatch(tx: Database, id: string, total: number, errors: number): Promise<BatchRecord> {
  return db(tx).updateTable('screening_batches').set({ status: 'queued', total, processed: errors, error_count: errors, heartbeat: null }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** A batch of one screened at once, in its final state: the batch (done, with its counts), its traveller (screened, or in error) and its hits. */
export type SingleRows = readonly [batch: Insertable<ScreeningBatchesTable>, traveller: Insertable<ScreeningTravellersTable>, hits: Array<Insertable<ScreeningHitsTable>>];

/**
 * Batches of one (single screens) written in one statement, several at once when they arrived together
 * (AuditLog's grouped writes). Returns each batch and its hits as stored (every column, as a read of the
 * rows would give them, best score first), in the order given.
 */
export async function insertSingles(d: Database, singles: SingleRows[], append?: RawBuilder<unknown>): Promise<Array<{ batch: BatchRecord; hits: HitRow[] }>> {
  const hits = singles.flatMap((s) => s[2]);
  // `append`: the audit entries' SQL call (AuditLog.appendWith). In a CTE of its own, joined once: a
  // volatile call there is evaluated exactly once, however many batches the statement writes.
  const q = db(d)
    .with('b', (w) => w.insertInto('screening_batches').values(singles.map((s) => s[0])).returningAll())
    .with('t', (w) => w.insertInto('screening_travellers').values(singles.map(([, t]) => ({ ...t, error: t.error == null ? null : errorText(t.error) }))).returning('seq'))
    .with('a', (w) => w.selectNoFrom((append ?? sql`NULL`).as('audit_head')));
  const rows = await (hits.length === 0
    ? q.selectFrom(['b', 'a']).selectAll('b').select(sql<HitRow[] | null>`NULL`.as('stored'))
    : q
        .with('h', (w) => w.insertInto('screening_hits').values(hits).returningAll())
        .selectFrom(['b', 'a'])
        .selectAll('b')
        .select(sql<HitRow[] | null>`(SELECT json_agg(h ORDER BY h.score DESC) FROM h WHERE h.batch_id = b.id)`.as('stored'))
  ).execute();
  const byId = new Map(rows.map(({ stored, ...batch }) => [batch.id, { batch, hits: stored ?? [] }]));
  return singles.map(([b]) => byId.get(b.id as string)!);
}

export function findBatch(d: Database, id: string): Promise<BatchRecord | undefined> {
  return db(d).selectFrom('screening_batches').selectAll().where('id', '=', id).executeTakeFirst();
}

/** An organisation's batches, newest first. */
export function batchesOf(d: Database, orgId: string, q: { status?: BatchRecord['status'] | undefined; limit: number; offset: number }): Promise<BatchRecord[]> {
  return db(d)
    .selectFrom('screening_batches')
    .selectAll()
    .where('owner_org_id', '=', orgId)
    .$if(!!q.status, (qb) => qb.where('status', '=', q.status!))
    .orderBy('created_at', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
}

/** The organisation's active suppressions for these traveller identities. */
export function activeSuppressions(tx: Database, orgId: string, identityKeys: string[]) {
  if (identityKeys.length === 0) return Promise.resolve([]);
  return db(tx).selectFrom('screening_suppressions').select(['id', 'identity_key', 'entry_id', 'entry_hash']).where('owner_org_id', '=', orgId).where('revoked_at', 'is', null).where('identity_key', 'in', identityKeys).execute();
}

/** Stores the hits of a chunk, the travellers screened (hit count, best score) and those in error. */
export async function storeScreened(
  tx: Database,
  batchId: string,
  hits: Array<Insertable<ScreeningHitsTable>>,
  screened: { seqs: number[]; counts: number[]; maxes: Array<number | null> },
  errors: Array<{ seq: number; error: string }>,
): Promise<void> {
  for (let i = 0; i < hits.length; i += 200) await db(tx).insertInto('screening_hits').values(hits.slice(i, i + 200)).execute();
  if (screened.seqs.length) {
    await sql`UPDATE screening_travellers t SET status = 'screened', hit_count = v.hc, max_score = v.ms
      FROM (SELECT unnest(${screened.seqs}::int[]) AS seq, unnest(${screened.counts}::int[]) AS hc, unnest(${screened.maxes}::real[]) AS ms) v
      WHERE t.batch_id = ${batchId} AND t.seq = v.seq`.execute(tx);
  }
  for (const e of errors) {
    await db(tx).updateTable('screening_travellers').set({ status: 'error', error: errorText(e.error) }).where('batch_id', '=', batchId).where('seq', '=', e.seq).execute();
  }
}

/** The travellers of these hits, by `batch|seq`. */
export async function travellersOf(d: Database, hits: ReadonlyArray<Pick<HitRow, 'batch_id' | 'seq'>>) {
  const out = new Map<string, { line: number; traveller_id: string | null; traveller: StoredTraveller | null }>();
  if (hits.length === 0) return out;
  const rows = await db(d)
    .selectFrom('screening_travellers')
    .select(['batch_id', 'seq', 'line', 'traveller_id', 'traveller'])
    .where('batch_id', 'in', [...new Set(hits.map((h) => h.batch_id))])
    .where('seq', 'in', [...new Set(hits.map((h) => h.seq))])
    .execute();
  for (const t of rows) out.set(`${t.batch_id}|${t.seq}`, t);
  return out;
}

/** Hit counts of batches the viewer may see: open, not suppressed, suppressed. */
export async function visibleCounts(d: Database, ctx: Ctx, batchIds: string[]) {
  const out = new Map<string, { open: number; hits: number; suppressed: number }>();
  if (batchIds.length === 0) return out;
  const rows = await db(d)
    .selectFrom('screening_hits as h')
    .select((eb) => [
      'h.batch_id',
      eb.fn.countAll<number>().filterWhere('h.status', '=', 'open').as('open'),
      eb.fn.countAll<number>().filterWhere('h.status', '<>', 'suppressed').as('hits'),
      eb.fn.countAll<number>().filterWhere('h.status', '=', 'suppressed').as('suppressed'),
    ])
    .where('h.batch_id', 'in', batchIds)
    .where(hitVisibleSql(ctx, 'h'))
    .groupBy('h.batch_id')
    .execute();
  for (const r of rows) out.set(r.batch_id, { open: Number(r.open), hits: Number(r.hits), suppressed: Number(r.suppressed) });
  return out;
}

/** Result lines of a batch in list order; hit counts and the best score count only hits the viewer may see. */
export function resultLines(d: Database, ctx: Ctx, id: string, q: { status?: 'pending' | 'screened' | 'error' | 'hit' | undefined; limit: number; offset: number }) {
  const visible = (agg: 'count' | 'max') =>
    agg === 'count'
      ? sql<number>`(SELECT count(*) FROM screening_hits h WHERE h.batch_id = t.batch_id AND h.seq = t.seq AND h.status <> 'suppressed' AND ${hitVisibleSql(ctx, 'h')})`
      : sql<number | null>`(SELECT max(h.score) FROM screening_hits h WHERE h.batch_id = t.batch_id AND h.seq = t.seq AND ${hitVisibleSql(ctx, 'h')})`;
  return db(d)
    .selectFrom('screening_travellers as t')
    .select(['t.seq', 't.line', 't.traveller_id', 't.traveller', 't.status', 't.error', visible('count').as('hit_count'), visible('max').as('max_score')])
    .where('t.batch_id', '=', id)
    .$if(q.status === 'hit', (qb) => qb.where('t.hit_count', '>', 0).where(sql<boolean>`${visible('count')} > 0`))
    .$if(!!q.status && q.status !== 'hit', (qb) => qb.where('t.status', '=', q.status as 'pending' | 'screened' | 'error'))
    .orderBy('t.seq')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
}

// The runner's claims and progress.

/** Fails uploads cut off more than an hour ago; returns up to 20 claimable batch ids, oldest first. */
export async function sweepBatches(d: Database): Promise<string[]> {
  await db(d)
    .updateTable('screening_batches')
    .set({ status: 'failed', failure: 'the upload did not complete', finished_at: new Date() })
    .where('status', '=', 'receiving')
    .where(sql<boolean>`coalesce(heartbeat, created_at) < now() - interval '1 hour'`)
    .execute();
  const rows = await db(d).selectFrom('screening_batches').select('id').where(CLAIMABLE).orderBy('created_at').limit(20).execute();
  return rows.map((r) => r.id);
}

/** Claims a batch for this process (running, heartbeat now) unless another process runs it. */
export function claimBatch(d: Database, id: string) {
  return db(d)
    .updateTable('screening_batches')
    .set({ status: 'running', heartbeat: new Date() })
    .where('id', '=', id)
    .where(CLAIMABLE)
    .returning(['id', 'owner_org_id', 'threshold', 'created_by'])
    .executeTakeFirst();
}

export interface PendingRow {
  seq: number;
  traveller: Traveller;
  identity_key: string | null;
}

/** The next travellers of a batch still to screen, in list order. */
export async function pendingTravellers(d: Database, id: string, limit: number): Promise<PendingRow[]> {
  return (await db(d)
    .selectFrom('screening_travellers')
    .select(['seq', 'traveller', 'identity_key'])
    .where('batch_id', '=', id)
    .where('status', '=', 'pending')
    .orderBy('seq')
    .limit(limit)
    .execute()) as PendingRow[];
}

/** Adds a chunk's counts to its batch and moves the cursor (heartbeat now). */
export async function addProgress(tx: Database, id: string, r: { processed: number; hits: number; suppressed: number; errors: number; lastSeq: number; leftOut?: number; coverage?: StoredCoverage }): Promise<void> {
  await db(tx)
    .updateTable('screening_batches')
    .set((eb) => ({
      processed: eb('processed', '+', r.processed),
      hit_count: eb('hit_count', '+', r.hits),
      suppressed_count: eb('suppressed_count', '+', r.suppressed),
      error_count: eb('error_count', '+', r.errors),
      left_out: eb('left_out', '+', r.leftOut ?? 0),
      ...(r.coverage ? { screened_against: JSON.stringify(r.coverage) } : {}),
      cursor: r.lastSeq,
      heartbeat: new Date(),
    }))
    .where('id', '=', id)
    .execute();
}

/** A batch with nothing pending: done; returns its final counts. */
export function finishBatch(tx: Database, id: string) {
  return db(tx).updateTable('screening_batches').set({ status: 'done', finished_at: new Date(), heartbeat: new Date() }).where('id', '=', id).returning(['processed', 'hit_count', 'suppressed_count', 'error_count']).executeTakeFirstOrThrow();
}

export async function failBatch(d: Database, id: string, failure: string): Promise<void> {
  await db(d).updateTable('screening_batches').set({ status: 'failed', failure: failure.slice(0, 500), finished_at: new Date() }).where('id', '=', id).execute();
}

/** Most screening runs the legal registry's review lists for one basis. */
export const CITING_LIMIT = 1000;

/** The organisation's screening runs made under a legal-registry basis version (issue #16), newest first; at most CITING_LIMIT. */
export async function batchesCitingBasis(d: Database, orgId: string, basisId: string): Promise<BatchRecord[]> {
  return db(d).selectFrom('screening_batches').selectAll().where('owner_org_id', '=', orgId).where('legal_basis_id', '=', basisId).orderBy('created_at', 'desc').limit(CITING_LIMIT).execute();
}
