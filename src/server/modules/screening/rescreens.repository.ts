/**
 * SQL of re-screenings: past travellers screened again against the entries a list version added or
 * changed, in chunks read by key (batch, seq) after a stored cursor, so a run stopped anywhere goes on
 * where it was; the hits it finds go to the travellers' own batches, marked with the re-screening.
 */
import { sql, type Insertable, type Selectable } from 'kysely';
import type { RecordMarkings } from '../../../core/access/policy.ts';
import type { Traveller, WatchlistEntry } from '../../../core/screening/engine.ts';
import { withTables, type Database } from '../../platform/db.ts';
import type { ScreeningHitsTable, ScreeningRescreensTable, ScreeningTables } from './screening.tables.ts';

const db = (d: Database) => withTables<ScreeningTables>(d);

export type RescreenRow = Selectable<ScreeningRescreensTable>;

/** Queued, or running in a process that stopped beating a minute ago. */
const CLAIMABLE = sql<boolean>`(status = 'queued' OR (status = 'running' AND coalesce(heartbeat, created_at) < now() - interval '60 seconds'))`;

export async function insertRescreen(tx: Database, row: { id: string; versionId: string; sourceId: string; entries: number; since: Date }): Promise<void> {
  await db(tx)
    .insertInto('screening_rescreens')
    .values({ id: row.id, version_id: row.versionId, source_id: row.sourceId, entries: row.entries, since: row.since, status: 'queued', cursor_batch: null, cursor_seq: null, failure: null, heartbeat: null, finished_at: null })
    .onConflict((oc) => oc.column('version_id').doNothing())
    .execute();
}

/** Re-screenings waiting or left by a stopped process, oldest first. */
export async function claimableRescreens(d: Database): Promise<string[]> {
  const rows = await db(d).selectFrom('screening_rescreens').select('id').where(CLAIMABLE).orderBy('created_at').limit(20).execute();
  return rows.map((r) => r.id);
}

/** Takes a re-screening for this process (null when another holds it or it is finished). */
export function claimRescreen(d: Database, id: string): Promise<RescreenRow | undefined> {
  return db(d).updateTable('screening_rescreens').set({ status: 'running', heartbeat: new Date() }).where('id', '=', id).where(CLAIMABLE).returningAll().executeTakeFirst();
}

/** The entries a version added or changed, as that version stores them. */
export function deltaEntries(d: Database, versionId: string): Promise<Array<{ entry_id: string; hash: string; entry: WatchlistEntry }>> {
  return db(d)
    .selectFrom('watchlist_changes as c')
    .innerJoin('watchlist_entries as e', (j) => j.onRef('e.version_id', '=', 'c.version_id').onRef('e.entry_id', '=', 'c.entry_id'))
    .select(['e.entry_id', 'e.hash', 'e.entry'])
    .where('c.version_id', '=', versionId)
    .where('c.change', 'in', ['added', 'changed'])
    .execute() as Promise<Array<{ entry_id: string; hash: string; entry: WatchlistEntry }>>;
}

/** Travellers screened in batches started in [since, until): how many there are. */
export async function countTravellers(d: Database, since: Date, until: Date): Promise<number> {
  const r = await sql<{ n: string | number }>`SELECT count(*) AS n FROM screening_travellers t JOIN screening_batches b ON b.id = t.batch_id
    WHERE b.created_at >= ${since} AND b.created_at < ${until} AND t.status = 'screened'`.execute(d);
  return Number(r.rows[0]?.n ?? 0);
}

export interface PastTraveller {
  batch_id: string;
  seq: number;
  traveller: Traveller;
  threshold: number;
}

/**
 * The next travellers after the cursor (batch, seq), in key order: the window's batches from the
 * cursor's batch on (by id) are taken until they hold about `limit` travellers, then their travellers
 * are read through the primary key (batch_id = ANY(…)), so the plan does not depend on the table's
 * statistics (the embedded database has no autovacuum); a batch larger than `limit` is read in pieces.
 */
export async function travellersAfter(d: Database, since: Date, until: Date, cursor: { batch: string; seq: number } | null, limit: number): Promise<PastTraveller[]> {
  const from = cursor ? sql`AND id >= ${cursor.batch}::uuid` : sql``;
  const batches = (await sql<{ id: string; threshold: number; total: number }>`SELECT id, threshold, total FROM screening_batches
    WHERE created_at >= ${since} AND created_at < ${until} ${from} ORDER BY id LIMIT 500`.execute(d)).rows;
  if (batches.length === 0) return [];
  const group: string[] = [];
  const threshold = new Map<string, number>();
  let size = 0;
  for (const b of batches) {
    group.push(b.id);
    threshold.set(b.id, b.threshold);
    size += b.total;
    if (size >= limit) break;
  }
  const after = cursor ? sql`AND (batch_id, seq) > (${cursor.batch}::uuid, ${cursor.seq}::int)` : sql``;
  const rows = (await sql<{ batch_id: string; seq: number; traveller: Traveller }>`SELECT batch_id, seq, traveller FROM screening_travellers
    WHERE batch_id = ANY(${group}::uuid[]) AND status = 'screened' ${after} ORDER BY batch_id, seq LIMIT ${limit}`.execute(d)).rows;
  if (rows.length === 0 && group.length < batches.length) {
    // The group held no screened traveller after the cursor: go on after its last batch.
    return travellersAfter(d, since, until, { batch: group[group.length - 1]!, seq: 2 ** 31 - 1 }, limit);
  }
  if (rows.length === 0 && batches.length === 500) return travellersAfter(d, since, until, { batch: group[group.length - 1]!, seq: 2 ** 31 - 1 }, limit);
  return rows.map((r) => ({ ...r, threshold: threshold.get(r.batch_id)! }));
}

/** The (batch|seq|entry) triples among these travellers and entries that already have a hit. */
export async function existingHits(tx: Database, batchIds: string[], entryIds: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  if (batchIds.length === 0 || entryIds.length === 0) return out;
  const rows = await db(tx).selectFrom('screening_hits').select(['batch_id', 'seq', 'entry_id']).where('batch_id', 'in', batchIds).where('entry_id', 'in', entryIds).execute();
  for (const r of rows) out.add(`${r.batch_id}|${r.seq}|${r.entry_id}`);
  return out;
}

/** Stores the hits a chunk found; the travellers' and batches' hit counts grow with them. */
export async function storeRescreenHits(tx: Database, hits: Array<Insertable<ScreeningHitsTable>>): Promise<void> {
  for (let i = 0; i < hits.length; i += 200) await db(tx).insertInto('screening_hits').values(hits.slice(i, i + 200)).execute();
  const perTraveller = new Map<string, { batch: string; seq: number; n: number; max: number }>();
  const perBatch = new Map<string, number>();
  for (const h of hits) {
    const k = `${h.batch_id}|${h.seq}`;
    const t = perTraveller.get(k) ?? { batch: h.batch_id, seq: h.seq, n: 0, max: 0 };
    t.n++;
    t.max = Math.max(t.max, h.score);
    perTraveller.set(k, t);
    perBatch.set(h.batch_id, (perBatch.get(h.batch_id) ?? 0) + 1);
  }
  for (const t of perTraveller.values()) {
    await sql`UPDATE screening_travellers SET hit_count = hit_count + ${t.n}, max_score = greatest(coalesce(max_score, 0), ${t.max}::real) WHERE batch_id = ${t.batch} AND seq = ${t.seq}`.execute(tx);
  }
  for (const [b, n] of perBatch) await sql`UPDATE screening_batches SET hit_count = hit_count + ${n} WHERE id = ${b}`.execute(tx);
}

/** Progress of a chunk: travellers done, hits found, the cursor after it, a fresh heartbeat. */
export async function addRescreenProgress(tx: Database, id: string, r: { processed: number; hits: number; cursor: { batch: string; seq: number } }): Promise<void> {
  await sql`UPDATE screening_rescreens SET processed = processed + ${r.processed}, hit_count = hit_count + ${r.hits}, cursor_batch = ${r.cursor.batch}, cursor_seq = ${r.cursor.seq}, heartbeat = now()
    WHERE id = ${id}`.execute(tx);
}

export async function setRescreenTotal(d: Database, id: string, total: number): Promise<void> {
  await db(d).updateTable('screening_rescreens').set({ total }).where('id', '=', id).execute();
}

export function finishRescreen(tx: Database, id: string): Promise<RescreenRow> {
  return db(tx).updateTable('screening_rescreens').set({ status: 'done', finished_at: new Date(), heartbeat: null }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function failRescreen(d: Database, id: string, failure: string): Promise<void> {
  await db(d).updateTable('screening_rescreens').set({ status: 'failed', failure: failure.slice(0, 500), finished_at: new Date() }).where('id', '=', id).execute();
}

export function findRescreen(d: Database, id: string): Promise<RescreenRow | undefined> {
  return db(d).selectFrom('screening_rescreens').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The rescreen of a version, if any. */
export function rescreenOfVersion(d: Database, versionId: string): Promise<RescreenRow | undefined> {
  return db(d).selectFrom('screening_rescreens').selectAll().where('version_id', '=', versionId).executeTakeFirst();
}

/** Re-screenings, newest first (the national list's are not shown: how it changes is not for every list administrator). */
export function listRescreens(d: Database, q: { source?: string | undefined; limit: number; offset: number }): Promise<RescreenRow[]> {
  return db(d)
    .selectFrom('screening_rescreens')
    .selectAll()
    .where('source_id', '<>', 'national')
    .$if(!!q.source, (qb) => qb.where('source_id', '=', q.source!))
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
}

/** The national re-screening still waiting to start, if any (later national changes join it). */
export function queuedRescreenOf(tx: Database, source: string): Promise<{ id: string } | undefined> {
  return db(tx).selectFrom('screening_rescreens').select('id').where('source_id', '=', source).where('status', '=', 'queued').orderBy('created_at').limit(1).executeTakeFirst();
}

/** A waiting re-screening takes on the entries of a later version. */
export async function growRescreen(tx: Database, id: string, entries: number): Promise<void> {
  await sql`UPDATE screening_rescreens SET entries = entries + ${entries} WHERE id = ${id} AND status = 'queued'`.execute(tx);
}

/**
 * The national entries added or changed by the versions from `fromVersionId` on, as the active national
 * version holds them now (with their markings): subjects withdrawn since are left out, and a subject
 * changed twice is screened once, as it is now.
 */
export async function nationalDelta(d: Database, fromVersionId: string): Promise<Array<{ entry_id: string; hash: string; entry: WatchlistEntry; access: RecordMarkings | null }>> {
  const rows = await sql<{ entry_id: string; hash: string; entry: WatchlistEntry; access: RecordMarkings | null }>`SELECT e.entry_id, e.hash, e.entry, e.access
    FROM watchlist_entries e JOIN watchlist_versions a ON a.id = e.version_id AND a.source_id = 'national' AND a.active
    WHERE e.entry_id IN (SELECT c.entry_id FROM watchlist_changes c JOIN watchlist_versions cv ON cv.id = c.version_id
      WHERE cv.source_id = 'national' AND c.change IN ('added', 'changed')
        AND cv.number >= (SELECT f.number FROM watchlist_versions f WHERE f.id = ${fromVersionId}))`.execute(d);
  return rows.rows.map((r) => ({ ...r, entry: typeof r.entry === 'string' ? JSON.parse(r.entry) : r.entry, access: typeof r.access === 'string' ? JSON.parse(r.access) : r.access }));
}

/** Who started each batch and for which organisation (a national hit is decided for its screener). */
export async function batchScreeners(d: Database, batchIds: readonly string[]): Promise<Map<string, { createdBy: string; ownerOrgId: string }>> {
  const out = new Map<string, { createdBy: string; ownerOrgId: string }>();
  if (batchIds.length === 0) return out;
  const rows = await db(d).selectFrom('screening_batches').select(['id', 'created_by', 'owner_org_id']).where('id', 'in', [...batchIds]).execute();
  for (const r of rows) out.set(r.id, { createdBy: r.created_by, ownerOrgId: r.owner_org_id });
  return out;
}
