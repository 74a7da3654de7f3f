/** SQL of the intel module's subjects: rows in and out, names with their Latin keys, follows, deletions. */
import { sql, type RawBuilder } from 'kysely';
import type { SubjectInput } from '../../../core/contracts.ts';
import { latinKey, nameKeys } from '../../../core/names/latin.ts';
import { nameSearchKeys, SEARCH_KEYS_VERSION } from '../../../core/screening/search-keys.ts';
import type { Database } from '../../platform/db.ts';
import { MARKING_COLUMNS, markingColumns, type MarkingRow } from '../../platform/records.ts';

export interface SubjectRow extends MarkingRow {
  kind: string;
  names: string[];
  birth_date: string | null;
  nationalities: string[];
  gender: string | null;
  category: string | null;
  follow_up: string;
  documents: Array<{ type: string; number: string; country?: string | undefined }>;
  notes: string;
  threat_level: number | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const SUBJECT_COLUMNS = [
  'id', 'kind', 'names', 'birth_date', 'nationalities', 'gender', 'category', 'follow_up', 'documents', 'notes',
  'threat_level', 'owner_org_id', 'classification', 'tlp', 'distribution', 'shared_org_ids', 'group_ids',
  'handling_code', 'hit_no_hit', 'legal_basis', 'purpose', 'review_date', 'version', 'created_at', 'updated_at',
] as const;

export async function getSubjectRow(db: Database, id: string): Promise<SubjectRow | undefined> {
  return (await db.selectFrom('subjects').select(SUBJECT_COLUMNS).where('id', '=', id).executeTakeFirst()) as SubjectRow | undefined;
}

/** A subject with what its page shows beside it, read in one statement (the policy still decides at the door). */
export interface SubjectViewRow extends SubjectRow {
  /** Whether the reader's organisation follows it. */
  following: boolean;
  /** The level from the latest assessment the reader may read (`levelOf`, the policy's SQL twin), or null. */
  visible_level: number | null;
  /** Its offence codes, in code order. */
  offence_codes: string[];
}

/**
 * The subject row, the reader organisation's follow flag, the visible level (`levelOf(ref)`: a subquery
 * on the subject id under the reader's policy) and its offence codes (`offenceCodesOf(ref)`) in one SELECT.
 */
export async function getSubjectView(
  db: Database,
  id: string,
  orgId: string,
  sub: { levelOf: (ref: string) => RawBuilder<number | null>; offenceCodesOf: (ref: string) => RawBuilder<string[]> },
): Promise<SubjectViewRow | undefined> {
  const row = await db
    .selectFrom('subjects as s')
    .select(SUBJECT_COLUMNS.map((c) => `s.${c}` as const))
    .select([
      sql<boolean>`EXISTS (SELECT 1 FROM subject_follows f WHERE f.subject_id = s.id AND f.org_id = ${orgId}::uuid)`.as('following'),
      sub.levelOf('s.id').as('visible_level'),
      sub.offenceCodesOf('s.id').as('offence_codes'),
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  return row ? ({ ...row, visible_level: row.visible_level === null ? null : Number(row.visible_level) } as SubjectViewRow) : undefined;
}

export async function getSubjectRows(db: Database, ids: readonly string[]): Promise<SubjectRow[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('subjects').select(SUBJECT_COLUMNS).where('id', 'in', [...ids]).execute()) as SubjectRow[];
}

function subjectColumns(input: SubjectInput) {
  return {
    kind: input.kind,
    names: input.names,
    birth_date: input.birthDate ?? null,
    nationalities: input.nationalities,
    gender: input.gender ?? null,
    category: input.category ?? null,
    follow_up: input.followUp,
    documents: JSON.stringify(input.documents),
    notes: input.notes,
  };
}

function nameRows(id: string, names: string[]) {
  return names.map((name, position) => {
    const latin = latinKey(name);
    return { subject_id: id, position, name, latin, keys: nameKeys(latin), search_keys: nameSearchKeys(name), keys_version: SEARCH_KEYS_VERSION };
  });
}

/** Replaces a subject's names (an update; a new subject has none to drop). */
async function writeNames(db: Database, id: string, names: string[]): Promise<void> {
  await db.deleteFrom('subject_names').where('subject_id', '=', id).execute();
  await db.insertInto('subject_names').values(nameRows(id, names)).execute();
}

/**
 * Stores a new subject with its names (and, given `followedBy`, that organisation's follow) in one
 * statement; returns the row as stored.
 */
export async function insertSubject(
  db: Database,
  id: string,
  input: SubjectInput,
  ownerOrgId: string,
  userId: string,
  opts: { followedBy?: string; append?: RawBuilder<unknown> } = {},
): Promise<SubjectRow> {
  // `append`: the audit entries' SQL call (AuditLog.appendWith), in a CTE of its own so it is evaluated exactly once.
  const q = db
    .with('s', (w) =>
      w
        .insertInto('subjects')
        .values({ id, ...subjectColumns(input), ...markingColumns(input.markings, ownerOrgId), threat_level: null, created_by: userId, updated_by: userId })
        .returning(SUBJECT_COLUMNS),
    )
    .with('n', (w) => w.insertInto('subject_names').values(nameRows(id, input.names)).returning('subject_id'))
    .with('a', (w) => w.selectNoFrom((opts.append ?? sql`NULL`).as('audit_head')));
  const followedBy = opts.followedBy;
  const row = followedBy
    ? await q
        .with('f', (w) => w.insertInto('subject_follows').values({ subject_id: id, org_id: followedBy }).onConflict((oc) => oc.doNothing()).returning('subject_id'))
        .selectFrom(['s', 'a'])
        .selectAll('s')
        .executeTakeFirstOrThrow()
    : await q.selectFrom(['s', 'a']).selectAll('s').executeTakeFirstOrThrow();
  return row as SubjectRow;
}

/** Updates a subject if its version is still `version`; returns false when someone else changed it first. */
export async function updateSubject(db: Database, id: string, version: number, input: SubjectInput, userId: string): Promise<boolean> {
  const { owner_org_id: _owner, ...markings } = markingColumns(input.markings, '');
  const res = await db
    .updateTable('subjects')
    .set({ ...subjectColumns(input), ...markings, updated_by: userId, updated_at: new Date(), version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) return false;
  await writeNames(db, id, input.names);
  return true;
}


export async function follow(d: Database, subjectId: string, orgId: string): Promise<void> {
  await d.insertInto('subject_follows').values({ subject_id: subjectId, org_id: orgId }).onConflict((oc) => oc.doNothing()).execute();
}

export async function unfollow(d: Database, subjectId: string, orgId: string): Promise<void> {
  await d.deleteFrom('subject_follows').where('subject_id', '=', subjectId).where('org_id', '=', orgId).execute();
}

/** The organisations that follow a subject. */
export async function followersOf(d: Database, subjectId: string): Promise<string[]> {
  return (await d.selectFrom('subject_follows').select('org_id').where('subject_id', '=', subjectId).execute()).map((r) => r.org_id);
}

export async function deleteSubjectRow(tx: Database, id: string): Promise<void> {
  await tx.deleteFrom('subjects').where('id', '=', id).execute();
}

/** What remains of a deleted subject or link: the fact, its owner, who and why. */
export async function insertTombstone(tx: Database, t: { recordId: string; recordType: 'subject' | 'link'; ownerOrgId: string; deletedBy: string; reason: string }): Promise<void> {
  await tx.insertInto('tombstones').values({ record_id: t.recordId, record_type: t.recordType, owner_org_id: t.ownerOrgId, deleted_by: t.deletedBy, reason: t.reason }).execute();
}

/** Sets a subject's or report's next review date (a new version). */
export async function setReviewDate(tx: Database, table: 'subjects' | 'reports', id: string, date: string, userId: string): Promise<void> {
  await tx.updateTable(table).set({ review_date: date, updated_by: userId, updated_at: new Date(), version: sql`version + 1` }).where('id', '=', id).execute();
}

/** Records a subject's current level; updated_at moves so the change feed (sharing) carries it to partners. */
export async function setThreatLevel(tx: Database, id: string, level: number): Promise<void> {
  await tx.updateTable('subjects').set({ threat_level: level, updated_at: new Date() }).where('id', '=', id).execute();
}

/** The marking columns of subjects or reports by id. */
export async function markingsOf(d: Database, recordType: 'subject' | 'report', ids: readonly string[]): Promise<MarkingRow[]> {
  const cols = ['id', ...MARKING_COLUMNS] as const;
  return recordType === 'subject'
    ? await d.selectFrom('subjects').select(cols).where('id', 'in', [...ids]).execute()
    : await d.selectFrom('reports').select(cols).where('id', 'in', [...ids]).execute();
}

/** The display name of subjects (their first name) or reports (their title), by id. */
export async function displayNamesOf(d: Database, recordType: 'subject' | 'report', ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (recordType === 'subject') {
    const rows = await d.selectFrom('subjects').select(['id', 'names']).where('id', 'in', [...ids]).execute();
    return rows.map((r) => ({ id: r.id, name: r.names[0] ?? '' }));
  }
  const rows = await d.selectFrom('reports').select(['id', 'title']).where('id', 'in', [...ids]).execute();
  return rows.map((r) => ({ id: r.id, name: r.title }));
}

/** The caller organisation's readable subjects due for review by `horizon` (`readable`: the policy's SQL twin on alias t). */
export async function reviewDueSubjects(d: Database, orgId: string, horizon: string, readable: RawBuilder<boolean>): Promise<SubjectRow[]> {
  return (await d
    .selectFrom('subjects as t')
    .selectAll()
    .where('t.owner_org_id', '=', orgId)
    .where('t.review_date', '<=', horizon)
    .where(readable)
    .orderBy('t.review_date')
    .limit(500)
    .execute()) as SubjectRow[];
}

/** Person subjects whose follow-up is not closed (the national watch list), by id. */
export async function watchlistRows(d: Database): Promise<SubjectRow[]> {
  return (await d
    .selectFrom('subjects')
    .select(['id', 'names', 'birth_date', 'nationalities', 'gender', 'documents', ...MARKING_COLUMNS])
    .where('kind', '=', 'person')
    .where('follow_up', '<>', 'closed')
    .orderBy('id')
    .execute()) as SubjectRow[];
}

const FEED_AT = (col: string) => sql<string>`to_char(${sql.ref(col)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * The heads of the subjects' change feed: the newest subject change and the newest deletion (keyset
 * (updated_at, id) and (deleted_at, record_id), microsecond times), each one probe of the feed's
 * index, no count. Moves whenever a subject is created, changed or deleted. With them, `open`: when
 * the oldest transaction still open on the database (another connection's) began, or null when none
 * is: a change it commits later carries a time from after that, possibly older than the heads.
 */
export async function personsStamp(d: Database): Promise<{ subject: { at: string; id: string } | null; deleted: { at: string; id: string } | null; open: string | null }> {
  const { rows } = await sql<{ s_at: string | null; s_id: string | null; d_at: string | null; d_id: string | null; open: string | null }>`SELECT s.at AS s_at, s.id AS s_id, t.at AS d_at, t.id AS d_id,
      (SELECT ${FEED_AT('xact_start')} FROM pg_stat_activity WHERE xact_start IS NOT NULL AND pid <> pg_backend_pid() AND datname = current_database() ORDER BY xact_start LIMIT 1) AS open
    FROM (SELECT 1) one
    LEFT JOIN (SELECT ${FEED_AT('updated_at')} AS at, id::text AS id FROM subjects ORDER BY updated_at DESC, id DESC LIMIT 1) s ON true
    LEFT JOIN (SELECT ${FEED_AT('deleted_at')} AS at, record_id::text AS id FROM tombstones ORDER BY deleted_at DESC, record_id DESC LIMIT 1) t ON true`.execute(d);
  const r = rows[0];
  return { subject: r?.s_at && r.s_id ? { at: r.s_at, id: r.s_id } : null, deleted: r?.d_at && r.d_id ? { at: r.d_at, id: r.d_id } : null, open: r?.open ?? null };
}

/** Subjects changed at or after `since` (all when null), oldest first, with the columns of the national watch list and their kind and follow-up. */
export async function watchlistRowsChangedSince(d: Database, since: string | null): Promise<Array<SubjectRow & { kind: string; follow_up: string }>> {
  return (await d
    .selectFrom('subjects')
    .select(['id', 'kind', 'follow_up', 'names', 'birth_date', 'nationalities', 'gender', 'documents', ...MARKING_COLUMNS])
    .$if(since !== null, (qb) => qb.where('updated_at', '>=', sql<Date>`${since}::timestamptz`))
    .orderBy('updated_at')
    .orderBy('id')
    .execute()) as Array<SubjectRow & { kind: string; follow_up: string }>;
}

/** Subjects deleted at or after `since` (all when null): their ids, from the tombstones. */
export async function subjectsDeletedSince(d: Database, since: string | null): Promise<string[]> {
  const rows = await d
    .selectFrom('tombstones')
    .select('record_id')
    .where('record_type', '=', 'subject')
    .$if(since !== null, (qb) => qb.where('deleted_at', '>=', sql<Date>`${since}::timestamptz`))
    .execute();
  return rows.map((r) => r.record_id);
}

/** Subjects with a name holding every word given (Latin keys), newest first; ids and owners only. */
export async function idsByNameWords(d: Database, words: readonly string[], limit: number): Promise<Array<{ id: string; owner_org_id: string }>> {
  const { rows } = await sql<{ id: string; owner_org_id: string }>`
    SELECT s.id, s.owner_org_id FROM subjects s
    WHERE s.id IN (
      SELECT w.subject_id FROM subject_name_words w WHERE w.word = ANY(${[...words]}::text[])
      GROUP BY w.subject_id, w.position HAVING count(DISTINCT w.word) = ${words.length}
    )
    ORDER BY s.created_at DESC LIMIT ${limit}`.execute(d);
  return rows;
}

/** Subjects holding a document with this number (upper case, spaces and dashes ignored), newest first; ids and owners only. */
export async function idsByDocument(d: Database, normalisedNumber: string, limit: number): Promise<Array<{ id: string; owner_org_id: string }>> {
  const { rows } = await sql<{ id: string; owner_org_id: string }>`
    SELECT s.id, s.owner_org_id FROM subjects s
    WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(s.documents) d WHERE upper(regexp_replace(d->>'number', '[\\s-]', '', 'g')) = ${normalisedNumber})
    ORDER BY s.created_at DESC LIMIT ${limit}`.execute(d);
  return rows;
}
