/** SQL of the intel module's reports, their subjects and the links between subjects (typed in platform/db-types.ts). */
import { sql, type Insertable, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db.ts';
import type { LinksTable, ReportsTable } from '../../platform/db-types.ts';
import type { MarkingRow } from '../../platform/records.ts';

export type ReportMarkingRow = MarkingRow & { title: string };

export interface ReportRow extends MarkingRow {
  title: string;
  body: string;
  reported_on: string;
  source_org_id: string;
  source_reliability: string;
  info_credibility: string;
  created_at: Date;
}

export interface LinkRow extends MarkingRow {
  from_subject_id: string;
  to_subject_id: string;
  type: string;
  description: string;
}

const REPORT_COLUMNS = [
  'r.id', 'r.title', 'r.body', 'r.reported_on', 'r.source_org_id', 'r.source_reliability', 'r.info_credibility',
  'r.owner_org_id', 'r.classification', 'r.tlp', 'r.distribution', 'r.shared_org_ids', 'r.group_ids', 'r.handling_code',
  'r.hit_no_hit', 'r.legal_basis', 'r.purpose', 'r.review_date', 'r.created_at',
] as const;

/** A report's row, whatever the reader (the caller decides). */
export async function findReportRow(d: Database, id: string): Promise<ReportMarkingRow | undefined> {
  return (await d.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst()) as ReportMarkingRow | undefined;
}

/** An organisation's readable reports due for review by `horizon` (`readable`: the policy's SQL twin on alias t). */
export async function reviewDueReports(d: Database, orgId: string, horizon: string, readable: RawBuilder<boolean>): Promise<ReportMarkingRow[]> {
  return (await d
    .selectFrom('reports as t')
    .selectAll()
    .where('t.owner_org_id', '=', orgId)
    .where('t.review_date', '<=', horizon)
    .where(readable)
    .orderBy('t.review_date')
    .limit(500)
    .execute()) as ReportMarkingRow[];
}

/** Inserts a report and its subject links (each subject once). */
export async function insertReport(tx: Database, row: Insertable<ReportsTable> & { id: string }, subjectIds: readonly string[]): Promise<void> {
  await tx.insertInto('reports').values(row).execute();
  const ids = [...new Set(subjectIds)];
  if (ids.length > 0) await tx.insertInto('report_subjects').values(ids.map((subject_id) => ({ report_id: row.id, subject_id }))).execute();
}

/** A report's row with the columns it is shown with. */
export async function getReportRow(d: Database, id: string): Promise<ReportRow | undefined> {
  return (await d.selectFrom('reports as r').select(REPORT_COLUMNS).where('r.id', '=', id).executeTakeFirst()) as ReportRow | undefined;
}

/** The ids of a report's subjects. */
export async function subjectIdsOfReport(d: Database, reportId: string): Promise<string[]> {
  return (await d.selectFrom('report_subjects').select('subject_id').where('report_id', '=', reportId).execute()).map((l) => l.subject_id);
}

/** The readable reports on a subject (`readable`: the policy's SQL twin on alias r), newest first. */
export async function reportsOfSubject(d: Database, subjectId: string, readable: RawBuilder<boolean>): Promise<ReportRow[]> {
  return (await d
    .selectFrom('reports as r')
    .innerJoin('report_subjects as rs', 'rs.report_id', 'r.id')
    .select(REPORT_COLUMNS)
    .where('rs.subject_id', '=', subjectId)
    .where(readable)
    .orderBy('r.reported_on', 'desc')
    .limit(500)
    .execute()) as ReportRow[];
}

/** Full-text search over reports' Latin keys (`readable`: the policy's SQL twin on alias r), best first. */
export async function searchReports(d: Database, key: string, readable: RawBuilder<boolean>, limit: number): Promise<Array<ReportRow & { rank: number }>> {
  return (await d
    .selectFrom('reports as r')
    .select([...REPORT_COLUMNS, sql<number>`ts_rank(to_tsvector('simple', r.search_text), plainto_tsquery('simple', ${key}))`.as('rank')])
    .where(sql<boolean>`to_tsvector('simple', r.search_text) @@ plainto_tsquery('simple', ${key})`)
    .where(readable)
    .orderBy('rank', 'desc')
    .limit(limit)
    .execute()) as Array<ReportRow & { rank: number }>;
}

/** Removes a subject's report links (the reports stay). */
export async function detachSubject(tx: Database, subjectId: string): Promise<void> {
  await tx.deleteFrom('report_subjects').where('subject_id', '=', subjectId).execute();
}

export async function insertLink(tx: Database, row: Insertable<LinksTable>): Promise<void> {
  await tx.insertInto('links').values(row).execute();
}

export async function findLinkRow(d: Database, id: string): Promise<LinkRow | undefined> {
  return (await d.selectFrom('links').selectAll().where('id', '=', id).executeTakeFirst()) as LinkRow | undefined;
}

export async function deleteLinkRow(tx: Database, id: string): Promise<void> {
  await tx.deleteFrom('links').where('id', '=', id).execute();
}

/** The readable links touching a subject (`readable`: the policy's SQL twin on alias l), at most 300. */
export async function linksOfSubject(d: Database, subjectId: string, readable: RawBuilder<boolean>): Promise<LinkRow[]> {
  return (await d
    .selectFrom('links as l')
    .selectAll()
    .where((eb) => eb.or([eb('l.from_subject_id', '=', subjectId), eb('l.to_subject_id', '=', subjectId)]))
    .where(readable)
    .limit(300)
    .execute()) as LinkRow[];
}
