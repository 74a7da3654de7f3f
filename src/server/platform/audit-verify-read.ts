/** Reading one range of the audit log in windows of seq for the thorough verifier (in a worker thread or not). */
import type { AuditRow, RangeChecker } from '../../core/audit/ranges.ts';
import { NEXT_SEQ_SQL, ROWS_SQL } from './audit-verify-sql.ts';

/** One range to read: lo exclusive, hi inclusive; the checkpoints (seq, head hash) that lie in it. */
export interface RangeJob {
  lo: number;
  hi: number;
  /** Width of a read window in seq (entries per read on an intact log). */
  batch: number;
  checkpoints: Array<[number, string]>;
}

/** Runs a statement with two bigint parameters and returns its rows as arrays. */
export type FetchRows = (text: string, params: [number, number]) => Promise<unknown[][]>;

/**
 * Feeds the range's rows to `checker` in order, until the end or the first broken entry. The next window
 * is requested before the current one is hashed, so the server prepares it meanwhile; an empty window
 * (a gap) skips to the next entry.
 */
export async function readRange(fetch: FetchRows, job: RangeJob, checker: RangeChecker): Promise<void> {
  const window = (a: number) => {
    const b = Math.min(job.hi, a + job.batch);
    return { b, rows: fetch(ROWS_SQL, [a, b]) as Promise<AuditRow[]> };
  };
  let cur: { b: number; rows: Promise<AuditRow[]> } | null = job.lo < job.hi ? window(job.lo) : null;
  while (cur) {
    const rows = await cur.rows;
    const b = cur.b;
    if (rows.length === 0) {
      const next = (await fetch(NEXT_SEQ_SQL, [b, job.hi]))[0]?.[0];
      cur = next === null || next === undefined ? null : window(Number(next) - 1);
      continue;
    }
    cur = b < job.hi ? window(b) : null;
    for (const r of rows) {
      if (!checker.feed(r)) {
        await cur?.rows.catch(() => undefined);
        return;
      }
    }
  }
}
