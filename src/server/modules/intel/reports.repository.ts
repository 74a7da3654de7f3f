/** SQL of the intel module's reports (typed in platform/db-types.ts); the rest of reports.service.ts's SQL is still to move here. */
import type { RawBuilder } from 'kysely';
import type { Database } from '../../platform/db.ts';
import type { MarkingRow } from '../../platform/records.ts';

export type ReportMarkingRow = MarkingRow & { title: string };

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
