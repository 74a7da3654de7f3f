/**
 * SQL of the STIX objects this instance serves and holds (sharing_objects): one row per version,
 * each with the record's current markings. date_added is assigned under an advisory lock, strictly
 * increasing (a microsecond apart), so TAXII clients that resume with added_after never miss an object.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Scope, StixObject } from '../../../core/sharing/stix.ts';
import type { Database } from '../../platform/db.ts';
import type { MarkingRow } from '../../platform/records.ts';

const SHARING_LOCK = 727_005;

export type Origin = 'local' | 'partner' | 'import';

/** Told the stix ids of newly stored versions, with the rows when the caller has them (correlation). */
export type OnStored = (stixIds: string[], rows?: ObjectIn[]) => void;

/** A version of an object to store. */
export interface ObjectIn {
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
  scope: Scope;
  id: string;
  owner_org_id: string;
  classification: string;
  tlp: string;
  distribution: string;
  shared_org_ids: string[];
  group_ids: string[];
  handling_code: string;
  hit_no_hit: boolean;
  legal_basis: string;
  purpose: string;
  review_date: string | null;
}

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
  scope: Scope;
}

const COLS = `stix_id, stix_type, version_at, object, record_type, revoked, origin, origin_instance, origin_org_id, origin_org_name,
  partner_id, scope, id, owner_org_id, classification, tlp, distribution, shared_org_ids, group_ids, handling_code, hit_no_hit,
  legal_basis, purpose, review_date`;
const TYPES = `stix_id text, stix_type text, version_at timestamptz, object jsonb, record_type text, revoked boolean, origin text,
  origin_instance text, origin_org_id text, origin_org_name text, partner_id uuid, scope text, id uuid, owner_org_id uuid,
  classification text, tlp text, distribution text, shared_org_ids uuid[], group_ids uuid[], handling_code text, hit_no_hit boolean,
  legal_basis text, purpose text, review_date date, ord bigint`;
const MARKING_COLS = ['scope', 'owner_org_id', 'classification', 'tlp', 'distribution', 'shared_org_ids', 'group_ids', 'handling_code', 'hit_no_hit', 'legal_basis', 'purpose', 'review_date'];

/** A timestamp as TAXII writes it (UTC, microseconds). */
export const taxiiTime = (col: string) => sql.raw(`to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`);

/** Selected columns of a row, with version and date_added as TAXII timestamps. */
export const rowSelect = (t: string) =>
  sql.raw(`${t}.seq, ${t}.stix_id, ${t}.stix_type, coalesce(${t}.object->>'modified', ${t}.object->>'created', to_char(${t}.version_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS version,
    to_char(${t}.date_added AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS date_added, ${t}.is_latest, ${t}.revoked, ${t}.object,
    ${t}.record_type, ${t}.origin, ${t}.origin_instance, ${t}.origin_org_id, ${t}.origin_org_name, ${t}.partner_id, ${t}.scope, ${t}.id,
    ${t}.owner_org_id, ${t}.classification, ${t}.tlp, ${t}.distribution, ${t}.shared_org_ids, ${t}.group_ids, ${t}.handling_code,
    ${t}.hit_no_hit, ${t}.legal_basis, ${t}.purpose, ${t}.review_date`);

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
  const { rows: inserted } = await sql<{ stix_id: string; revoked: boolean; had: boolean }>`
    INSERT INTO sharing_objects (${sql.raw(COLS)}, date_added)
    SELECT ${sql.raw(COLS.replace(/(\w+)/g, 'x.$1'))}, base.t + (x.ord * interval '1 microsecond')
    FROM jsonb_to_recordset(${json}::jsonb) AS x(${sql.raw(TYPES)}),
         (SELECT greatest(clock_timestamp(), coalesce(max(date_added), '-infinity'::timestamptz) + interval '1 microsecond') AS t FROM sharing_objects) base
    WHERE NOT EXISTS (SELECT 1 FROM sharing_objects r WHERE r.stix_id = x.stix_id AND r.revoked)
    ON CONFLICT (stix_id, version_at) DO NOTHING
    RETURNING stix_id, revoked, EXISTS (SELECT 1 FROM sharing_objects p WHERE p.stix_id = sharing_objects.stix_id) AS had`.execute(tx);
  const all = [...new Set(inserted.map((r) => r.stix_id))];
  // Only the tombstone stays of a revoked object: every earlier version (its content) leaves the copy.
  const revoked = [...new Set(inserted.filter((r) => r.revoked).map((r) => r.stix_id))];
  if (revoked.length) await sql`DELETE FROM sharing_objects WHERE stix_id = ANY(${revoked}::text[]) AND NOT revoked`.execute(tx);
  // (RETURNING sees the table as it was before the insert: `had` = an earlier version exists.)
  const ids = [...new Set(inserted.filter((r) => r.had).map((r) => r.stix_id))];
  if (ids.length === 0) return all;
  const set = sql.raw(['is_latest = false', ...MARKING_COLS.map((c) => `${c} = l.${c}`)].join(', '));
  await sql`
    UPDATE sharing_objects o SET ${set}
    FROM (SELECT DISTINCT ON (stix_id) stix_id, version_at AS max_v, ${sql.raw(MARKING_COLS.join(', '))}
          FROM sharing_objects WHERE stix_id = ANY(${ids}::text[]) ORDER BY stix_id, version_at DESC) l
    WHERE o.stix_id = l.stix_id AND o.version_at < l.max_v`.execute(tx);
  await sql`
    UPDATE sharing_objects o SET is_latest = true
    FROM (SELECT stix_id, max(version_at) AS max_v FROM sharing_objects WHERE stix_id = ANY(${ids}::text[]) GROUP BY stix_id) l
    WHERE o.stix_id = l.stix_id AND o.version_at = l.max_v AND NOT o.is_latest`.execute(tx);
  return all;
}

/** The latest version of objects by stix id. */
export async function latestByStixIds(db: Database, ids: string[]): Promise<ObjectRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<ObjectRow>`SELECT ${rowSelect('o')} FROM sharing_objects o WHERE o.is_latest AND o.stix_id = ANY(${ids}::text[])`.execute(db);
  return rows;
}

/** The latest version of objects by record id (the UUID part of the stix id). */
export async function latestByRecordIds(db: Database, ids: string[], readable: RawBuilder<boolean>): Promise<ObjectRow[]> {
  if (ids.length === 0) return [];
  // A record's current object is its newest latest version (an earlier STIX id of it is a tombstone).
  const { rows } = await sql<ObjectRow>`SELECT * FROM (SELECT DISTINCT ON (o.id) ${rowSelect('o')} FROM sharing_objects o
    WHERE o.is_latest AND o.id = ANY(${ids}::uuid[]) AND ${readable} ORDER BY o.id, o.date_added DESC, o.seq DESC) x ORDER BY x.seq`.execute(db);
  return rows;
}

export interface ObjectQuery {
  where: RawBuilder<boolean>[];
  /** Keyset: rows after (date_added, seq). */
  after?: { dateAdded: string; seq: number } | undefined;
  limit: number;
}

/** Rows matching every condition, in date_added order; limit+1 rows to tell whether there are more. */
export async function queryObjects(db: Database, q: ObjectQuery): Promise<{ rows: ObjectRow[]; more: boolean }> {
  const conds = [...q.where];
  if (q.after) conds.push(sql<boolean>`(o.date_added, o.seq) > (${q.after.dateAdded}::timestamptz, ${q.after.seq}::bigint)`);
  const { rows } = await sql<ObjectRow>`SELECT ${rowSelect('o')} FROM sharing_objects o
    WHERE ${conds.length ? sql.join(conds, sql` AND `) : sql`TRUE`}
    ORDER BY o.date_added, o.seq LIMIT ${q.limit + 1}`.execute(db);
  return { rows: rows.slice(0, q.limit), more: rows.length > q.limit };
}

/** The TAXII version filter (match[version]) as a condition. */
export function versionCondition(values: string[]): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [];
  const stamps: string[] = [];
  for (const v of values) {
    if (v === 'last') parts.push(sql<boolean>`o.is_latest`);
    else if (v === 'first') parts.push(sql<boolean>`NOT EXISTS (SELECT 1 FROM sharing_objects f WHERE f.stix_id = o.stix_id AND f.version_at < o.version_at)`);
    else if (v === 'all') parts.push(sql<boolean>`TRUE`);
    else stamps.push(v);
  }
  if (stamps.length) parts.push(sql<boolean>`o.version_at = ANY(${stamps}::timestamptz[])`);
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` OR `)})` : sql<boolean>`o.is_latest`;
}

export async function getState<T>(db: Database, key: string): Promise<T | undefined> {
  const { rows } = await sql<{ value: T }>`SELECT value FROM sharing_state WHERE key = ${key}`.execute(db);
  return rows[0]?.value;
}

/** Several state values in one statement (absent keys are absent from the map). */
export async function getStates<T>(db: Database, keys: readonly string[]): Promise<Map<string, T>> {
  const { rows } = await sql<{ key: string; value: T }>`SELECT key, value FROM sharing_state WHERE key = ANY(${[...keys]}::text[])`.execute(db);
  return new Map(rows.map((r) => [r.key, r.value]));
}

export async function setState(db: Database, key: string, value: unknown): Promise<void> {
  await sql`INSERT INTO sharing_state (key, value, updated_at) VALUES (${key}, ${JSON.stringify(value)}::jsonb, now())
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`.execute(db);
}

/** The latest date_added of objects that may leave the instance and the caller may read (long-poll). */
export async function lastAdded(db: Database, readable: RawBuilder<boolean>, after: string | null): Promise<string | null> {
  const { rows } = await sql<{ last: string | null }>`SELECT ${taxiiTime('max(o.date_added)')} AS last FROM sharing_objects o
    WHERE o.origin = 'local' AND o.scope <> 'organisation' AND ${readable}
    ${after ? sql`AND o.date_added > ${after}::timestamptz` : sql``}`.execute(db);
  return rows[0]?.last ?? null;
}
