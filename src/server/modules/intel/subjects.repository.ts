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

async function writeNames(db: Database, id: string, names: string[]): Promise<void> {
  await db.deleteFrom('subject_names').where('subject_id', '=', id).execute();
  await db
    .insertInto('subject_names')
    .values(
      names.map((name, position) => {
        const latin = latinKey(name);
        return { subject_id: id, position, name, latin, keys: nameKeys(latin), search_keys: nameSearchKeys(name), keys_version: SEARCH_KEYS_VERSION };
      }),
    )
    .execute();
}

export async function insertSubject(db: Database, id: string, input: SubjectInput, ownerOrgId: string, userId: string): Promise<void> {
  await db
    .insertInto('subjects')
    .values({ id, ...subjectColumns(input), ...markingColumns(input.markings, ownerOrgId), threat_level: null, created_by: userId, updated_by: userId })
    .execute();
  await writeNames(db, id, input.names);
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


/** Whether an organisation follows a subject. */
export async function isFollowing(d: Database, subjectId: string, orgId: string): Promise<boolean> {
  return !!(await d.selectFrom('subject_follows').select('org_id').where('subject_id', '=', subjectId).where('org_id', '=', orgId).executeTakeFirst());
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

/** How many person subjects there are and when one last changed. */
export function personsStamp(d: Database) {
  return d
    .selectFrom('subjects')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('last')])
    .where('kind', '=', 'person')
    .executeTakeFirst();
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
