/** SQL of subjects' offence classifications (migrations/0030_subject_offences.sql, typed in intel.tables.ts): registry offence codes per subject. */
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db.ts';
import { SUBJECT_COLUMNS, type SubjectRow } from './subjects.repository.ts';

/** The most subjects one look-up under an offence returns (the caller says when it is reached). */
export const CLASSIFIED_LIMIT = 1000;

/** The offence codes of a subject, in code order. */
export async function codesOf(d: Database, subjectId: string): Promise<string[]> {
  const rows = await d.selectFrom('subject_offences').select('offence_code').where('subject_id', '=', subjectId).orderBy('offence_code').execute();
  return rows.map((r) => r.offence_code);
}

/** The offence codes of the subject `ref` (a column reference) in code order, as an array subquery. */
export function codesSql(ref: string): RawBuilder<string[]> {
  return sql<string[]>`ARRAY(SELECT o.offence_code FROM subject_offences o WHERE o.subject_id = ${sql.ref(ref)} ORDER BY o.offence_code)`;
}

/** Replaces a subject's offence codes with `codes`; returns those added and removed. */
export async function replaceCodes(tx: Database, subjectId: string, codes: readonly string[], userId: string): Promise<{ added: string[]; removed: string[] }> {
  const before = await codesOf(tx, subjectId);
  const removed = before.filter((c) => !codes.includes(c));
  const added = codes.filter((c) => !before.includes(c));
  if (removed.length) await tx.deleteFrom('subject_offences').where('subject_id', '=', subjectId).where('offence_code', 'in', removed).execute();
  if (added.length) await tx.insertInto('subject_offences').values(added.map((c) => ({ subject_id: subjectId, offence_code: c, set_by: userId }))).execute();
  return { added, removed };
}

/** Subjects classified under one of `codes`, among those `readable` (the policy's SQL twin on alias t). */
export async function subjectsWithOffence(d: Database, codes: readonly string[], readable: RawBuilder<boolean>): Promise<SubjectRow[]> {
  if (codes.length === 0) return [];
  return (await d
    .selectFrom('subjects as t')
    .select(SUBJECT_COLUMNS.map((c) => `t.${c}` as const))
    .where((eb) => eb.exists(d.selectFrom('subject_offences as o').select('o.subject_id').whereRef('o.subject_id', '=', 't.id' as never).where('o.offence_code', 'in', [...codes])))
    .where(readable)
    .orderBy('t.id')
    .limit(CLASSIFIED_LIMIT)
    .execute()) as SubjectRow[];
}
