/** SQL of the intel module's reports, their subjects and the links between subjects (typed in intel.tables.ts). */
import { sql, type Insertable, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db.ts';
import type { LinksTable, ReportsTable } from './intel.tables.ts';
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

/** What a report list selects: an optional full-text key, the policy's SQL twin (alias r) and filter chips. */
export interface ReportListFilter {
  key?: string | undefined;
  readable: RawBuilder<boolean>;
  filters: { reliability?: string | undefined; credibility?: string | undefined; classification?: string | undefined; sourceOrgId?: string | undefined };
}

/** The sort fields of the reports list, mapped to SQL (a whitelist: nothing from the request reaches SQL as a name). */
const REPORT_ORDER = {
  reportedOn: [sql`r.reported_on`],
  title: [sql`lower(r.title)`],
  grade: [sql`r.source_reliability`, sql`r.info_credibility`],
  classification: [sql`array_position(ARRAY['unclassified','restricted','confidential','secret','top_secret']::text[], r.classification::text)`],
  createdAt: [sql`r.created_at`],
} as const;

function reportWhere(f: ReportListFilter): RawBuilder<boolean> {
  const conds: RawBuilder<boolean>[] = [f.readable];
  if (f.key) conds.push(sql<boolean>`to_tsvector('simple', r.search_text) @@ plainto_tsquery('simple', ${f.key})`);
  if (f.filters.reliability) conds.push(sql<boolean>`r.source_reliability = ${f.filters.reliability}`);
  if (f.filters.credibility) conds.push(sql<boolean>`r.info_credibility = ${f.filters.credibility}`);
  if (f.filters.classification) conds.push(sql<boolean>`r.classification = ${f.filters.classification}`);
  if (f.filters.sourceOrgId) conds.push(sql<boolean>`r.source_org_id = ${f.filters.sourceOrgId}::uuid`);
  return sql<boolean>`(${sql.join(conds, sql` AND `)})`;
}

/**
 * Reports the caller may read (`readable`: the policy's SQL twin on alias r), optionally matching a
 * full-text key: best first for a text query, newest first otherwise, or by a whitelisted field; ties
 * by id so pages never overlap.
 */
export async function searchReports(
  d: Database,
  f: ReportListFilter & { sort?: 'relevance' | keyof typeof REPORT_ORDER | undefined; dir?: 'asc' | 'desc' | undefined; limit: number; offset: number },
): Promise<Array<ReportRow & { rank: number }>> {
  const rank = f.key ? sql<number>`ts_rank(to_tsvector('simple', r.search_text), plainto_tsquery('simple', ${f.key}))` : sql<number>`0::real`;
  const dir = f.dir === 'asc' ? sql`ASC` : sql`DESC`;
  const sort = f.sort ?? (f.key ? 'relevance' : 'reportedOn');
  const keys = sort === 'relevance' ? [sql`rank ${dir}`] : REPORT_ORDER[sort].map((c) => sql`${c} ${dir}`);
  const { rows } = await sql<ReportRow & { rank: number }>`
    SELECT ${sql.join(REPORT_COLUMNS.map((c) => sql.ref(c)))}, ${rank} AS rank FROM reports r
    WHERE ${reportWhere(f)}
    ORDER BY ${sql.join([...keys, sql`r.id ${dir}`])}
    LIMIT ${f.limit} OFFSET ${f.offset}`.execute(d);
  return rows.map((r) => ({ ...r, rank: Number(r.rank) }));
}

/** How many reports the same list holds (the same policy filter and chips as its rows). */
export async function countReports(d: Database, f: ReportListFilter): Promise<number> {
  const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM reports r WHERE ${reportWhere(f)}`.execute(d);
  return Number(rows[0]?.n ?? 0);
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
