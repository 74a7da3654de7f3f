/** SQL of the intel module's subjects: rows in and out, names with their Latin keys, search. */
import { sql, type RawBuilder } from 'kysely';
import type { SubjectInput } from '../../../core/contracts.ts';
import { latinKey, nameKeys } from '../../../core/names/latin.ts';
import type { Database } from '../../platform/db.ts';
import { markingColumns, type MarkingRow } from '../../platform/records.ts';

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

const COLUMNS = [
  'id', 'kind', 'names', 'birth_date', 'nationalities', 'gender', 'category', 'follow_up', 'documents', 'notes',
  'threat_level', 'owner_org_id', 'classification', 'tlp', 'distribution', 'shared_org_ids', 'group_ids',
  'handling_code', 'hit_no_hit', 'legal_basis', 'purpose', 'review_date', 'version', 'created_at', 'updated_at',
] as const;

export async function getSubjectRow(db: Database, id: string): Promise<SubjectRow | undefined> {
  return (await db.selectFrom('subjects').select(COLUMNS).where('id', '=', id).executeTakeFirst()) as SubjectRow | undefined;
}

export async function getSubjectRows(db: Database, ids: readonly string[]): Promise<SubjectRow[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('subjects').select(COLUMNS).where('id', 'in', [...ids]).execute()) as SubjectRow[];
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
        return { subject_id: id, position, name, latin, keys: nameKeys(latin) };
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

export interface SearchFilters {
  q?: string | undefined;
  category?: string | undefined;
  threatLevel?: number | undefined;
  ownerOrgId?: string | undefined;
  reviewDue?: boolean | undefined;
  limit: number;
  offset: number;
}

export interface SearchRow extends SubjectRow {
  score: number | null;
  matched_name: string | null;
}

/**
 * One statement: name matches (trigram similarity on Latin keys; word similarity for a single word)
 * joined to their subjects, restricted to rows the caller may read or that answer hit-no-hit.
 */
export async function searchSubjects(db: Database, f: SearchFilters, visible: RawBuilder<boolean>, today: string): Promise<SearchRow[]> {
  const conds: RawBuilder<unknown>[] = [sql`${visible}`];
  if (f.category) conds.push(sql`s.category = ${f.category}`);
  if (f.threatLevel) conds.push(sql`s.threat_level = ${f.threatLevel}`);
  if (f.ownerOrgId) conds.push(sql`s.owner_org_id = ${f.ownerOrgId}::uuid`);
  if (f.reviewDue) conds.push(sql`s.review_date <= ${today}::date`);
  const where = sql.join(conds, sql` AND `);
  const cols = sql.join(COLUMNS.map((c) => sql.ref(`s.${c}`)));
  const key = f.q ? latinKey(f.q) : '';
  if (key) {
    // Fast path: names holding the consonant skeleton of every query word (GIN on keys) — it absorbs
    // vowel changes, reordering and romanisation swaps. Only when that finds nothing does the trigram
    // search run (a one-time filter in the same statement), for typos in consonants: one word by word
    // similarity, several by whole-name similarity.
    const single = !key.includes(' ');
    const score = single ? sql<number>`word_similarity(${key}, n.latin)` : sql<number>`similarity(n.latin, ${key})`;
    const cond = single ? sql<boolean>`${key} <% n.latin` : sql<boolean>`n.latin % ${key}`;
    const keys = nameKeys(key);
    const { rows } = await sql<SearchRow>`
      WITH fast AS (
        SELECT n.subject_id, n.name, ${score} AS score FROM subject_names n WHERE n.keys @> ${keys}::text[]
      ), c AS (
        SELECT * FROM fast
        UNION ALL
        SELECT n.subject_id, n.name, ${score} AS score FROM subject_names n
        WHERE NOT EXISTS (SELECT 1 FROM fast) AND ${cond}
      ), m AS (
        SELECT DISTINCT ON (subject_id) subject_id, name AS matched_name, score FROM c ORDER BY subject_id, score DESC
      )
      SELECT ${cols}, m.score, m.matched_name
      FROM m JOIN subjects s ON s.id = m.subject_id
      WHERE ${where}
      ORDER BY m.score DESC, s.id
      LIMIT ${f.limit} OFFSET ${f.offset}`.execute(db);
    return rows;
  }
  const { rows } = await sql<SearchRow>`
    SELECT ${cols}, NULL::real AS score, NULL::text AS matched_name FROM subjects s
    WHERE ${where}
    ORDER BY s.updated_at DESC, s.id
    LIMIT ${f.limit} OFFSET ${f.offset}`.execute(db);
  return rows;
}
