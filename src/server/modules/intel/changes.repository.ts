/** SQL of the intel change feed (the sharing module's outbox): keyset pages over subjects, reports, links and tombstones. */
import { sql } from 'kysely';
import type { Database } from '../../platform/db.ts';

export type ChangeKind = 'subject' | 'report' | 'link' | 'deleted';
export type ChangeCursor = { at: string; id: string } | null;
export type ChangeRow = Record<string, unknown> & { id: string; cursor_at: string };

const TABLES: Record<ChangeKind, { table: string; atCol: string; idCol: string }> = {
  subject: { table: 'subjects', atCol: 'updated_at', idCol: 'id' },
  report: { table: 'reports', atCol: 'updated_at', idCol: 'id' },
  link: { table: 'links', atCol: 'updated_at', idCol: 'id' },
  deleted: { table: 'tombstones', atCol: 'deleted_at', idCol: 'record_id' },
};

/** Rows of one kind changed after `after` (keyset on time and id, microsecond cursor), oldest first; reports with their subject ids. */
export async function changedAfter(d: Database, kind: ChangeKind, after: ChangeCursor, limit: number): Promise<ChangeRow[]> {
  const { table, atCol, idCol } = TABLES[kind];
  const cursor = sql`to_char(t.${sql.ref(atCol)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  const extra = kind === 'report' ? sql`, ARRAY(SELECT rs.subject_id FROM report_subjects rs WHERE rs.report_id = t.id ORDER BY rs.subject_id) AS subject_ids` : sql``;
  const where = after ? sql`WHERE (t.${sql.ref(atCol)}, t.${sql.ref(idCol)}) > (${after.at}::timestamptz, ${after.id}::uuid)` : sql``;
  const { rows } = await sql<ChangeRow>`
    SELECT t.*, t.${sql.ref(idCol)} AS id, ${cursor} AS cursor_at ${extra}
    FROM ${sql.table(table)} t ${where}
    ORDER BY t.${sql.ref(atCol)}, t.${sql.ref(idCol)} LIMIT ${limit}`.execute(d);
  return rows;
}

/** Which kinds changed after their cursors, in one statement. */
export async function kindsChangedAfter(d: Database, cursors: Record<ChangeKind, ChangeCursor>): Promise<Record<ChangeKind, boolean>> {
  const probe = (kind: ChangeKind) => {
    const { table, atCol, idCol } = TABLES[kind];
    const after = cursors[kind];
    return after
      ? sql<boolean>`EXISTS (SELECT 1 FROM ${sql.table(table)} t WHERE (t.${sql.ref(atCol)}, t.${sql.ref(idCol)}) > (${after.at}::timestamptz, ${after.id}::uuid))`
      : sql<boolean>`EXISTS (SELECT 1 FROM ${sql.table(table)})`;
  };
  const { rows } = await sql<Record<ChangeKind, boolean>>`SELECT
    ${probe('subject')} AS subject,
    ${probe('report')} AS report,
    ${probe('link')} AS link,
    ${probe('deleted')} AS deleted`.execute(d);
  return rows[0]!;
}

/** Which of these ids are a subject, report or link of this instance, or a deleted one (a tombstone), in one statement. */
export async function heldRecordIds(d: Database, uuids: readonly string[]): Promise<string[]> {
  if (uuids.length === 0) return [];
  const ids = [...uuids];
  const { rows } = await sql<{ id: string }>`
    SELECT id::text AS id FROM subjects WHERE id = ANY(${ids}::uuid[])
    UNION SELECT id::text FROM reports WHERE id = ANY(${ids}::uuid[])
    UNION SELECT id::text FROM links WHERE id = ANY(${ids}::uuid[])
    UNION SELECT record_id::text FROM tombstones WHERE record_id = ANY(${ids}::uuid[])`.execute(d);
  return rows.map((r) => r.id);
}
