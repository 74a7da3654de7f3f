/**
 * SQL of the STIX objects this instance serves and holds (sharing_objects): one row per version,
 * each with the record's current markings. date_added is assigned under an advisory lock, strictly
 * increasing (a microsecond apart), so TAXII clients that resume with added_after never miss an object.
 */
import { sql, type RawBuilder } from 'kysely';
import { citesSql } from '../../platform/citation-sql.ts';
import type { StixObject } from '../../../core/sharing/stix.ts';
import type { Database } from '../../platform/db.ts';
import { PREPARED, withTables } from '../../platform/db.ts';
import { MARKING_COLUMNS, type MarkingRow } from '../../platform/records.ts';
import type { SharingObjectsTable, SharingTables } from './sharing.tables.ts';

const db = (d: Database) => withTables<SharingTables>(d);

const SHARING_LOCK = 727_005;

export type Origin = SharingObjectsTable['origin'];

/** Told the stix ids of newly stored versions, with the rows when the caller has them (correlation). */
export type OnStored = (stixIds: string[], rows?: ObjectIn[]) => void;

/** A version of an object to store, with the markings of the record it projects. */
export interface ObjectIn extends MarkingRow {
  stix_id: string;
  stix_type: string;
  version_at: string;
  object: StixObject;
  record_type: string | null;
  revoked: boolean;
  origin: Origin;
  origin_instance: string | null;
  origin_org_id: string | null;
  origin_org_name: string | null;
  partner_id: string | null;
  scope: SharingObjectsTable['scope'];
}

/** A stored version as read back: version and date_added as TAXII timestamps. */
export interface ObjectRow extends MarkingRow {
  seq: number;
  stix_id: string;
  stix_type: string;
  version: string;
  date_added: string;
  is_latest: boolean;
  revoked: boolean;
  object: StixObject;
  record_type: string | null;
  origin: Origin;
  origin_instance: string | null;
  origin_org_id: string | null;
  origin_org_name: string | null;
  partner_id: string | null;
  scope: SharingObjectsTable['scope'];
}

/** `= ANY(…)` of a text or uuid list, one parameter whatever its length. */
export const anyText = (v: readonly string[]) => sql<string>`ANY(${[...v]}::text[])`;
export const anyUuid = (v: readonly string[]) => sql<string>`ANY(${[...v]}::uuid[])`;

/** A timestamp as TAXII writes it (UTC, microseconds). */
export const taxiiTime = (ref: string) => sql<string>`to_char(${sql.ref(ref)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const markingRefs = ['o.id', ...MARKING_COLUMNS.map((c) => `o.${c}` as const)] as const;

/** The selected columns of a version (alias o), with version and date_added as TAXII timestamps. */
export const OBJECT_COLUMNS = [
  'o.seq',
  'o.stix_id',
  'o.stix_type',
  sql<string>`coalesce(o.object->>'modified', o.object->>'created', to_char(o.version_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`.as('version'),
  taxiiTime('o.date_added').as('date_added'),
  'o.is_latest',
  'o.revoked',
  'o.object',
  'o.record_type',
  'o.origin',
  'o.origin_instance',
  'o.origin_org_id',
  'o.origin_org_name',
  'o.partner_id',
  'o.scope',
  ...markingRefs,
] as const;

const COLS = `stix_id, stix_type, version_at, object, record_type, revoked, origin, origin_instance, origin_org_id, origin_org_name,
  partner_id, scope, id, owner_org_id, classification, tlp, distribution, shared_org_ids, group_ids, handling_code, hit_no_hit,
  legal_basis, purpose, review_date`;
const TYPES = `stix_id text, stix_type text, version_at timestamptz, object jsonb, record_type text, revoked boolean, origin text,
  origin_instance text, origin_org_id text, origin_org_name text, partner_id uuid, scope text, id uuid, owner_org_id uuid,
  classification text, tlp text, distribution text, shared_org_ids uuid[], group_ids uuid[], handling_code text, hit_no_hit boolean,
  legal_basis text, purpose text, review_date date, ord bigint`;
/** What every version of an object shares with its latest one: the federation scope and the record's markings. */
const SHARED_COLS = ['scope', ...MARKING_COLUMNS];

/**
 * Stores versions (inside `tx`): new versions get the next date_added; known versions are skipped;
 * older versions of each object take the latest version's markings and lose is_latest.
 * Returns the stix ids of the versions actually inserted.
 */
export async function insertVersions(tx: Database, given: ObjectIn[]): Promise<string[]> {
  // A revocation is final: nothing of the object is stored after it, or beside it in the same batch.
  const revokedHere = new Set(given.filter((r) => r.revoked).map((r) => r.stix_id));
  const rows = given.filter((r) => r.revoked || !revokedHere.has(r.stix_id));
  if (rows.length === 0) return [];
  await sql`SELECT pg_advisory_xact_lock(${SHARING_LOCK})`.execute(tx);
  const json = JSON.stringify(rows.map((r, i) => ({ ...r, ord: i + 1 })));
  const { rows: inserted } = await insertVersionsQuery(json).execute(tx);
  const all = [...new Set(inserted.map((r) => r.stix_id))];
  // Only the tombstone stays of a revoked object: every earlier version (its content) leaves the copy.
  const revoked = [...new Set(inserted.filter((r) => r.revoked).map((r) => r.stix_id))];
  if (revoked.length) await deleteContentOfRevokedQuery(tx, revoked).execute();
  // (RETURNING sees the table as it was before the insert: `had` = an earlier version exists.)
  const ids = [...new Set(inserted.filter((r) => r.had).map((r) => r.stix_id))];
  if (ids.length === 0) return all;
  await demoteOlderVersionsQuery(ids).execute(tx);
  await markLatestQuery(ids).execute(tx);
  return all;
}

/**
 * The projection's insert of a batch (`json`: the rows with their order `ord`, from 1): each new version
 * gets date_added after every stored one, a microsecond apart in batch order; nothing is stored of a
 * revoked object; a known version is skipped. Returns each inserted version's stix id, whether it is a
 * revocation, and whether an earlier version was held (`had`).
 */
export function insertVersionsQuery(json: string) {
  return sql<{ stix_id: string; revoked: boolean; had: boolean }>`
    INSERT INTO sharing_objects (${sql.raw(COLS)}, date_added)
    SELECT ${sql.raw(COLS.replace(/(\w+)/g, 'x.$1'))}, base.t + (x.ord * interval '1 microsecond')
    FROM jsonb_to_recordset(${json}::jsonb) AS x(${sql.raw(TYPES)}),
         (SELECT greatest(clock_timestamp(), coalesce(max(date_added), '-infinity'::timestamptz) + interval '1 microsecond') AS t FROM sharing_objects) base
    WHERE NOT EXISTS (SELECT 1 FROM sharing_objects r WHERE r.stix_id = x.stix_id AND r.revoked)
    ON CONFLICT (stix_id, version_at) DO NOTHING
    RETURNING stix_id, revoked, EXISTS (SELECT 1 FROM sharing_objects p WHERE p.stix_id = sharing_objects.stix_id) AS had`;
}

/** Every version of the revoked objects `stixIds` but the tombstone leaves the copy. */
export function deleteContentOfRevokedQuery(d: Database, stixIds: string[]) {
  return db(d).deleteFrom('sharing_objects').where('stix_id', '=', anyText(stixIds)).where('revoked', '=', false);
}

/** Older versions of the objects `ids` lose is_latest and take the newest version's scope and markings. */
export function demoteOlderVersionsQuery(ids: string[]) {
  const set = sql.raw(['is_latest = false', ...SHARED_COLS.map((c) => `${c} = l.${c}`)].join(', '));
  return sql`
    UPDATE sharing_objects o SET ${set}
    FROM (SELECT DISTINCT ON (stix_id) stix_id, version_at AS max_v, ${sql.raw(SHARED_COLS.join(', '))}
          FROM sharing_objects WHERE stix_id = ANY(${ids}::text[]) ORDER BY stix_id, version_at DESC) l
    WHERE o.stix_id = l.stix_id AND o.version_at < l.max_v`;
}

/** The newest version of each of the objects `ids` is the latest one. */
export function markLatestQuery(ids: string[]) {
  return sql`
    UPDATE sharing_objects o SET is_latest = true
    FROM (SELECT stix_id, max(version_at) AS max_v FROM sharing_objects WHERE stix_id = ANY(${ids}::text[]) GROUP BY stix_id) l
    WHERE o.stix_id = l.stix_id AND o.version_at = l.max_v AND NOT o.is_latest`;
}

/** The latest version of objects by stix id. */
export async function latestByStixIds(d: Database, ids: string[]): Promise<ObjectRow[]> {
  if (ids.length === 0) return [];
  return db(d).selectFrom('sharing_objects as o').select(OBJECT_COLUMNS).where(sql<boolean>`o.is_latest`).where('o.stix_id', '=', anyText(ids)).execute();
}

/** The latest version of objects by record id (the UUID part of the stix id), among those `readable`. */
export async function latestByRecordIds(d: Database, ids: string[], readable: RawBuilder<boolean>): Promise<ObjectRow[]> {
  if (ids.length === 0) return [];
  // A record's current object is its newest latest version (an earlier STIX id of it is a tombstone).
  const newest = db(d)
    .selectFrom('sharing_objects as o')
    .distinctOn('o.id')
    .select(OBJECT_COLUMNS)
    .where(sql<boolean>`o.is_latest`)
    .where('o.id', '=', anyUuid(ids))
    .where(readable)
    .orderBy('o.id')
    .orderBy('o.date_added', 'desc')
    .orderBy('o.seq', 'desc');
  return db(d).selectFrom(newest.as('x')).selectAll('x').orderBy('x.seq').execute();
}

/** The query of the latest local object of each record (by record id), whatever its STIX id now is. */
export function currentByRecordIdsQuery(d: Database, ids: string[]) {
  return db(d)
    .selectFrom('sharing_objects as o')
    .distinctOn('o.id')
    .select(OBJECT_COLUMNS)
    .where('o.origin', '=', 'local')
    .where('o.id', '=', anyUuid([...new Set(ids)]))
    .orderBy('o.id')
    .orderBy('o.date_added', 'desc')
    .orderBy('o.seq', 'desc');
}

/** The latest local object of each record (by record id), whatever its STIX id now is. */
export async function currentByRecordIds(d: Database, ids: string[]): Promise<Map<string, ObjectRow>> {
  if (ids.length === 0) return new Map();
  const rows: ObjectRow[] = await currentByRecordIdsQuery(d, ids).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** The query of the ids among `stixIds` and `uuids` that name a local object (by STIX id or record id). */
export function localIdsQuery(d: Database, stixIds: string[], uuids: string[]) {
  return db(d)
    .selectFrom('sharing_objects as o')
    .select('o.stix_id as id')
    .where('o.origin', '=', 'local')
    .where('o.stix_id', '=', anyText(stixIds))
    .union(db(d).selectFrom('sharing_objects as o').select(sql<string>`o.id::text`.as('id')).where('o.origin', '=', 'local').where('o.id', '=', anyUuid(uuids)));
}

/** The ids among `stixIds` (STIX ids) and `uuids` (record ids) that name a local object. */
export async function localIdsAmong(d: Database, stixIds: string[], uuids: string[]): Promise<string[]> {
  return (await localIdsQuery(d, stixIds, uuids).execute()).map((r) => r.id);
}

/** What the reference check reads of a held object: ids, state and markings (no content). */
export type RefRow = MarkingRow & { seq: number; stix_id: string; stix_type: string; origin: string; revoked: boolean; date_added: string };

/** Latest versions held under the STIX ids `stixIds`, and local ones of the records `uuids` (ids, state and markings only). */
export async function referencedRows(d: Database, stixIds: string[], uuids: string[]): Promise<RefRow[]> {
  const cols = ['o.seq', 'o.stix_id', 'o.stix_type', 'o.origin', 'o.revoked', taxiiTime('o.date_added').as('date_added'), ...markingRefs] as const;
  const query = db(d)
    .selectFrom('sharing_objects as o')
    .select(cols)
    .where(sql<boolean>`o.is_latest`)
    .where('o.stix_id', '=', anyText(stixIds))
    .unionAll(db(d).selectFrom('sharing_objects as o').select(cols).where(sql<boolean>`o.is_latest`).where('o.origin', '=', 'local').where('o.id', '=', anyUuid(uuids)));
  // Every TAXII page runs it (one text whatever the lists' lengths): prepared once per connection.
  return (await sql<RefRow>`${PREPARED}${query}`.execute(d)).rows;
}

export interface ObjectQuery {
  where: RawBuilder<boolean>[];
  /** Keyset: rows after (date_added, seq). */
  after?: { dateAdded: string; seq: number } | undefined;
  limit: number;
}

/**
 * The query of rows matching every condition, in date_added order; limit+1 rows to tell whether there are
 * more. The page is chosen first on the keys and markings alone, then only its rows are read whole: the
 * objects (and the versions computed from them) of rows outside the page are never read.
 */
export function objectsQuery(d: Database, q: ObjectQuery) {
  const conds = [...q.where];
  if (q.after) conds.push(sql<boolean>`(o.date_added, o.seq) > (${q.after.dateAdded}::timestamptz, ${q.after.seq}::bigint)`);
  const page = conds
    .reduce((query, c) => query.where(sql<boolean>`(${c})`), db(d).selectFrom('sharing_objects as o').select('o.seq'))
    .orderBy('o.date_added')
    .orderBy('o.seq')
    .limit(q.limit + 1);
  return db(d).selectFrom('sharing_objects as o').select(OBJECT_COLUMNS).where('o.seq', 'in', page).orderBy('o.date_added').orderBy('o.seq');
}

/** Rows matching every condition, in date_added order, and whether there are more. */
export async function queryObjects(d: Database, q: ObjectQuery): Promise<{ rows: ObjectRow[]; more: boolean }> {
  // Every TAXII page runs it: prepared once per connection (db.ts PREPARED), not planned each time.
  const { rows } = await sql<ObjectRow>`${PREPARED}${objectsQuery(d, q)}`.execute(d);
  return { rows: rows.slice(0, q.limit), more: rows.length > q.limit };
}

/** Every version of a record (by record id) among those `readable`, oldest first (at most `limit`). */
export function versionsOfRecord(d: Database, id: string, readable: RawBuilder<boolean>, limit: number) {
  return queryObjects(d, { where: [sql<boolean>`o.id = ${id}::uuid`, readable], limit });
}

export interface ListFilter {
  origin?: Origin | undefined;
  type?: string | undefined;
  partnerId?: string | undefined;
  /** A whitelisted sort field (LIST_ORDER) and direction; newest first by default. */
  sort?: keyof typeof LIST_ORDER | undefined;
  dir?: 'asc' | 'desc' | undefined;
  limit: number;
  offset: number;
}

/** The sort fields of the held-objects list, mapped to SQL (nothing from the request reaches SQL as a name). */
const LIST_ORDER = {
  dateAdded: sql`o.date_added`,
  type: sql`o.stix_type`,
  origin: sql`o.origin`,
  name: sql`lower(coalesce(o.object->>'name', o.object->>'relationship_type', o.stix_id))`,
  classification: sql`array_position(ARRAY['unclassified','restricted','confidential','secret','top_secret']::text[], o.classification::text)`,
} as const;

/** The latest versions among those `readable` that pass the list's filters. */
function listWhere(d: Database, readable: RawBuilder<boolean>, f: ListFilter) {
  let q = db(d).selectFrom('sharing_objects as o').where(sql<boolean>`o.is_latest`).where(readable);
  if (f.origin) q = q.where('o.origin', '=', f.origin);
  if (f.type) q = q.where('o.stix_type', '=', f.type);
  if (f.partnerId) q = q.where('o.partner_id', '=', sql<string>`${f.partnerId}::uuid`);
  return q;
}

/** The query of the latest versions among those `readable`, newest first or by a whitelisted field (the held-objects list). */
export function listLatestQuery(d: Database, readable: RawBuilder<boolean>, f: ListFilter) {
  const q = listWhere(d, readable, f).select(OBJECT_COLUMNS);
  if (!f.sort || f.sort === 'dateAdded') {
    const dir = f.dir === 'asc' ? 'asc' : 'desc';
    return q.orderBy('o.date_added', dir).orderBy('o.seq', dir).limit(f.limit).offset(f.offset);
  }
  const dir = f.dir === 'desc' ? sql`DESC` : sql`ASC`;
  return q.orderBy(sql`${LIST_ORDER[f.sort]} ${dir}`).orderBy(sql`o.seq ${dir}`).limit(f.limit).offset(f.offset);
}

/** How many latest versions the held-objects list holds for the reader (the same `readable` filter and chips as its rows). */
export async function countLatest(d: Database, readable: RawBuilder<boolean>, f: ListFilter): Promise<number> {
  const r = await listWhere(d, readable, f).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function listLatest(d: Database, readable: RawBuilder<boolean>, f: ListFilter): Promise<ObjectRow[]> {
  return listLatestQuery(d, readable, f).execute();
}

/** The most objects one look-up of those citing a legal basis returns (the caller says when it is reached). */
export const CITING_LIMIT = 1000;

/**
 * The latest versions, not revoked, of objects received from partners or imported (origin other than
 * local: a local object projects an intelligence record, which is reviewed itself) whose legal basis
 * (marking text) is one of `keys` in the compared form (citationKey), among those `readable` (alias o).
 */
export async function receivedCiting(d: Database, keys: readonly string[], readable: RawBuilder<boolean>): Promise<ObjectRow[]> {
  if (!keys.length) return [];
  return db(d)
    .selectFrom('sharing_objects as o')
    .select(OBJECT_COLUMNS)
    .where(sql<boolean>`o.is_latest AND NOT o.revoked AND o.origin <> 'local'`)
    .where(citesSql('o.legal_basis', keys))
    .where(readable)
    .orderBy('o.date_added', 'desc')
    .orderBy('o.seq', 'desc')
    .limit(CITING_LIMIT)
    .execute();
}
