/** SQL of intelligence records citing a legal basis (the free text of the marking column legal_basis), for the legal registry's review. */
import { sql, type RawBuilder } from 'kysely';
import { citesSql } from '../../platform/citation-sql.ts';
import type { Database } from '../../platform/db.ts';
import type { MarkingRow } from '../../platform/records.ts';

/** The most rows one look-up returns (a basis is cited by a bounded set of records; the caller says when it is reached). */
export const CITING_LIMIT = 1000;

/** `legal_basis` in the compared form (citationKey: lower case, punctuation and spaces reduced, "article" written "art", trimmed) is one of `keys`. */
const cites = (t: string, keys: readonly string[]) => citesSql(`${t}.legal_basis`, keys);

/** Subjects citing one of the bases, among those `readable` (the policy's SQL twin on alias t). */
export async function subjectsCiting(d: Database, keys: readonly string[], readable: RawBuilder<boolean>): Promise<Array<MarkingRow & { names: string[] }>> {
  return (await d.selectFrom('subjects as t').selectAll().where(cites('t', keys)).where(readable).orderBy('t.id').limit(CITING_LIMIT).execute()) as Array<MarkingRow & { names: string[] }>;
}

/** Reports citing one of the bases, among those `readable`. */
export async function reportsCiting(d: Database, keys: readonly string[], readable: RawBuilder<boolean>): Promise<Array<MarkingRow & { title: string }>> {
  return (await d.selectFrom('reports as t').selectAll().where(cites('t', keys)).where(readable).orderBy('t.id').limit(CITING_LIMIT).execute()) as Array<MarkingRow & { title: string }>;
}
