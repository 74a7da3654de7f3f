/** Every SQL statement of the threat module's table, threat_assessments (typed in threat.tables.ts). */
import { sql, type Insertable, type RawBuilder } from 'kysely';
import { citesSql } from '../../platform/citation-sql.ts';
import { shapeOf, withShape } from '../../platform/shaped-sql.ts';
import type { Database } from '../../platform/db.ts';
import type { ThreatAssessmentsTable } from './threat.tables.ts';
import type { MarkingRow } from '../../platform/records.ts';

export interface AssessmentRow extends MarkingRow {
  target_kind: string;
  target_key: string;
  target_label: string;
  level: number;
  justification: string;
  assessor_id: string;
  assessed_at: Date;
  next_review_due: string;
  legal_basis_id: string | null;
  legal_basis_review: boolean;
}

/** A target's latest assessments, newest first (at most `limit`), every one whatever the reader. */
export async function recentOfTarget(d: Database, kind: string, key: string, limit: number): Promise<AssessmentRow[]> {
  return (await d
    .selectFrom('threat_assessments as t')
    .selectAll()
    .where('t.target_kind', '=', kind)
    .where('t.target_key', '=', key)
    .orderBy('t.assessed_at', 'desc')
    .limit(limit)
    .execute()) as AssessmentRow[];
}

export async function insertAssessment(tx: Database, row: Insertable<ThreatAssessmentsTable>): Promise<void> {
  await tx.insertInto('threat_assessments').values(row).execute();
}

/** The assessments of `ids` the reader may read (`readable`: the policy's SQL twin on alias t). */
export async function assessmentsByIds(d: Database, ids: readonly string[], readable: RawBuilder<boolean>): Promise<AssessmentRow[]> {
  if (!ids.length) return [];
  return (await d.selectFrom('threat_assessments as t').selectAll().where('t.id', 'in', [...ids]).where(readable).execute()) as AssessmentRow[];
}

/** A target's assessments the reader may read (`readable`: the policy's SQL twin on alias t), oldest first. */
export async function historyOfTarget(d: Database, kind: string, key: string, readable: RawBuilder<boolean>): Promise<AssessmentRow[]> {
  return (await d
    .selectFrom('threat_assessments as t')
    .selectAll()
    .where('t.target_kind', '=', kind)
    .where('t.target_key', '=', key)
    .where(readable)
    .orderBy('t.assessed_at')
    .limit(1000)
    .execute()) as AssessmentRow[];
}

/**
 * The latest readable assessment per target (`readable(alias)`: the policy's SQL twin), most urgent
 * re-evaluation first; `kinds` and `dueBefore` narrow it.
 */
export async function latestPerTarget(d: Database, readable: (alias: string) => RawBuilder<boolean>, opts: { kinds?: string[]; dueBefore?: string }): Promise<AssessmentRow[]> {
  return (await d
    .selectFrom('threat_assessments as t')
    .selectAll()
    .where(readable('t'))
    .$if(!!opts.kinds, (q) => q.where('t.target_kind', 'in', opts.kinds!))
    // The latest among the assessments the caller may read: a hidden later one neither hides nor shows a level.
    .where(sql<boolean>`t.assessed_at = (SELECT max(t2.assessed_at) FROM threat_assessments t2 WHERE t2.target_kind = t.target_kind AND t2.target_key = t.target_key AND ${readable('t2')})`)
    .$if(!!opts.dueBefore, (q) => q.where('t.next_review_due', '<=', opts.dueBefore!))
    .orderBy('t.next_review_due')
    .limit(1000)
    .execute()) as AssessmentRow[];
}

/** The level of the latest readable assessment of the subject `subjectId` (an SQL reference), or null. */
export function latestLevelSql(subjectId: string, readable: RawBuilder<boolean>): RawBuilder<number | null> {
  const part = sql<number | null>`(SELECT t.level FROM threat_assessments t
    WHERE t.target_kind = 'subject' AND t.target_key = ${sql.ref(subjectId)}::text AND ${readable}
    ORDER BY t.assessed_at DESC LIMIT 1)`;
  const inner = shapeOf(readable);
  return inner === undefined ? part : withShape(part, `latest-level:${subjectId}:${inner}`);
}

/** `levelOf(x.id)` for each subject id (the ids once each). */
export async function levelsOfSubjects(d: Database, subjectIds: readonly string[], levelOf: (ref: string) => RawBuilder<number | null>) {
  const { rows } = await sql<{ id: string; level: number | null }>`
    SELECT x.id, ${levelOf('x.id')} AS level FROM unnest(${[...new Set(subjectIds)]}::uuid[]) AS x(id)`.execute(d);
  return rows;
}

export async function deleteOfSubject(tx: Database, subjectId: string): Promise<void> {
  await tx.deleteFrom('threat_assessments').where('target_kind', '=', 'subject').where('target_key', '=', subjectId).execute();
}

/** The most rows one look-up of the assessments citing a basis returns (the caller says when it is reached). */
export const CITING_LIMIT = 1000;

/**
 * The assessments citing a registry basis, among those `readable` (alias t): by the version's id, or —
 * an older assessment without one — by its basis text in the compared form (citationKey) being one of `keys`.
 */
export async function citingBasis(d: Database, basisId: string, keys: readonly string[], readable: RawBuilder<boolean>): Promise<AssessmentRow[]> {
  const byText = sql<boolean>`(t.legal_basis_id IS NULL AND ${citesSql('t.legal_basis', keys)})`;
  return (await d
    .selectFrom('threat_assessments as t')
    .selectAll()
    .where(sql<boolean>`(t.legal_basis_id = ${basisId}::uuid OR ${byText})`)
    .where(readable)
    .orderBy('t.assessed_at', 'desc')
    .orderBy('t.id')
    .limit(CITING_LIMIT)
    .execute()) as AssessmentRow[];
}
