/** All SQL of content cases and their content hashes (content_cases, content_case_signals). */
import { sql, type Insertable } from 'kysely';
import { citesSql } from '../../platform/citation-sql.ts';
import type { Ctx } from '../../platform/context.ts';
import { withTables, type Database } from '../../platform/db.ts';
import { readableSql, type MarkingRow } from '../../platform/records.ts';
import { MODULE } from './content.rules.ts';
import type { ContentCaseSignalsTable, ContentCasesTable, ContentTables } from './content.tables.ts';

const db = (d: Database) => withTables<ContentTables>(d);

export interface CaseRow extends MarkingRow {
  url: string;
  url_key: string;
  provider_id: string;
  offence: string;
  assessment: string;
  status: string;
  closed_at: Date | null;
  evidence_type: string | null;
  evidence_sha256: string | null;
  evidence_at: Date | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

export interface CaseSignal {
  pdq: string | null;
  quality: number | null;
  md5: string | null;
  sha256: string | null;
}

/** Every column of a case but the evidence bytes. */
const COLS = [
  'id', 'url', 'url_key', 'provider_id', 'offence', 'assessment', 'status', 'closed_at', 'evidence_type', 'evidence_sha256', 'evidence_at',
  'owner_org_id', 'classification', 'tlp', 'distribution', 'shared_org_ids', 'group_ids', 'handling_code', 'hit_no_hit', 'legal_basis', 'purpose', 'review_date',
  'created_by', 'created_at', 'updated_at',
] as const;

export async function findCase(d: Database, id: string): Promise<CaseRow | undefined> {
  return (await db(d).selectFrom('content_cases').select(COLS).where('id', '=', id).executeTakeFirst()) as CaseRow | undefined;
}

/** Cases the caller may read (the policy in SQL), newest first. */
export async function listReadableCases(d: Database, ctx: Ctx, graceDays: number, q: { status?: string | undefined; limit: number; offset: number }): Promise<CaseRow[]> {
  return (await db(d)
    .selectFrom('content_cases as c')
    .select(COLS.map((c) => `c.${c}` as const))
    .where(readableSql(ctx, MODULE, graceDays, 'c'))
    .$if(!!q.status, (x) => x.where('c.status', '=', q.status!))
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute()) as CaseRow[];
}

/** Inserts a case and its content hashes (in the caller's transaction). */
export async function insertCase(tx: Database, row: Insertable<ContentCasesTable>, signals: ReadonlyArray<Omit<Insertable<ContentCaseSignalsTable>, 'case_id' | 'position'>>): Promise<void> {
  await db(tx).insertInto('content_cases').values(row).execute();
  if (signals.length) await db(tx).insertInto('content_case_signals').values(signals.map((s, position) => ({ ...s, case_id: row.id, position }))).execute();
}

/** The content hashes of a case, in order. */
export async function caseSignals(d: Database, caseId: string): Promise<CaseSignal[]> {
  const rows = await db(d).selectFrom('content_case_signals').select(['pdq', 'quality', 'md5', 'sha256']).where('case_id', '=', caseId).orderBy('position').execute();
  return rows.map((r) => ({ pdq: r.pdq, quality: r.quality, md5: r.md5, sha256: r.sha256 }));
}

export async function setEvidence(tx: Database, id: string, v: { data: Buffer; type: string; sha256: string; at: Date }): Promise<void> {
  await db(tx).updateTable('content_cases').set({ evidence: v.data, evidence_type: v.type, evidence_sha256: v.sha256, evidence_at: v.at, updated_at: v.at }).where('id', '=', id).execute();
}

export function findEvidence(d: Database, id: string) {
  return db(d).selectFrom('content_cases').select(['evidence', 'evidence_type']).where('id', '=', id).executeTakeFirst();
}

/** Closes a case when none of its orders is still pending; true when it closed. */
export async function closeIfDone(tx: Database, caseId: string, now: Date): Promise<boolean> {
  const open = await db(tx).selectFrom('content_orders').select('id').where('case_id', '=', caseId).where('status', 'in', ['draft', 'issued', 'contested']).executeTakeFirst();
  if (open) return false;
  const res = await db(tx).updateTable('content_cases').set({ status: 'closed', closed_at: now, updated_at: now }).where('id', '=', caseId).where('status', '=', 'open').executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** The most cases one look-up of those citing a legal basis returns (the caller says when it is reached). */
export const CITING_LIMIT = 1000;

/** Cases the caller may read whose legal basis (marking text) is one of `keys` in the compared form (citationKey), newest first. */
export async function readableCasesCiting(d: Database, ctx: Ctx, graceDays: number, keys: readonly string[]): Promise<CaseRow[]> {
  if (!keys.length) return [];
  return (await db(d)
    .selectFrom('content_cases as c')
    .select(COLS.map((c) => `c.${c}` as const))
    .where(citesSql('c.legal_basis', keys))
    .where(readableSql(ctx, MODULE, graceDays, 'c'))
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id')
    .limit(CITING_LIMIT)
    .execute()) as CaseRow[];
}
