/**
 * The thorough verifier: Vigil reads every entry's stored columns and recomputes the chain itself,
 * trusting no hash the database computes. On the PostgreSQL server (given its URL) the log is split into
 * ranges of seq read and hashed at once by worker threads, each over its own connection; otherwise the
 * ranges are read in this thread. joinRanges() checks the boundaries between the ranges.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CompiledQuery } from 'kysely';
import { RangeChecker, joinRanges, type RangeResult } from '../../core/audit/ranges.ts';
import type { Database } from './db.ts';
import { splitRanges } from './audit-verify-sql.ts';
import { readRange, type RangeJob } from './audit-verify-read.ts';

/** Below this many entries, worker threads cost more to start than they save. */
const WORKER_THRESHOLD = 50_000;

export interface ThoroughOptions {
  /** Ranges verified at once; by default 2 or more (worker threads), or 1 on a small log. */
  parallel?: number | undefined;
  /** The server's URL, for worker threads' connections; without it, the rows are read in this thread. */
  databaseUrl?: string | undefined;
  /** Width of a read window in seq (entries per read). */
  batch?: number | undefined;
}

/** Verifies the entries with seq ≤ head; `checkpoints` (seq ≤ head, in order) are matched against the chain. */
export async function thoroughChain(
  db: Database,
  log: { n: number; min: number | null; head: number | null },
  checkpoints: Array<[number, string]>,
  opts: ThoroughOptions,
): Promise<ReturnType<typeof joinRanges>> {
  if (log.head === null || log.min === null) return joinRanges([]);
  const big = log.n >= WORKER_THRESHOLD;
  const workers = opts.databaseUrl !== undefined && (big || opts.parallel !== undefined);
  const parts = opts.parallel ?? (big ? Math.max(2, Math.min(4, availableParallelism())) : 1);
  const batch = opts.batch ?? 10_000;
  let c = 0;
  const jobs: RangeJob[] = splitRanges(log.min, log.head, parts).map(({ lo, hi }) => {
    const mine: Array<[number, string]> = [];
    for (; c < checkpoints.length && checkpoints[c]![0] <= hi; c++) mine.push(checkpoints[c]!);
    return { lo: lo ?? log.min! - 1, hi, batch, checkpoints: mine };
  });
  const results = await Promise.all(jobs.map((job) => (workers ? inWorker(job, opts.databaseUrl!) : inThread(db, job))));
  return joinRanges(results);
}

async function inThread(db: Database, job: RangeJob): Promise<RangeResult> {
  const checker = new RangeChecker(job.checkpoints);
  await readRange(async (text, params) => (await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, params))).rows.map((r) => Object.values(r)), job, checker);
  return checker.finish();
}

function inWorker(job: RangeJob, databaseUrl: string): Promise<RangeResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./audit-verify-worker.mjs', import.meta.url), { workerData: { ...job, databaseUrl } });
    let done = false;
    w.once('message', (m: { result?: RangeResult; error?: string }) => {
      done = true;
      if (m.result) resolve(m.result);
      else reject(new Error(`audit verification worker: ${m.error}`));
    });
    w.once('error', (e) => {
      done = true;
      reject(e);
    });
    w.once('exit', (code) => {
      if (!done) reject(new Error(`audit verification worker exited (${code}) without a result`));
    });
  });
}
