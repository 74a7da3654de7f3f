/**
 * Worker thread of the thorough verifier: reads one range of the audit log over its own connection
 * (COPY, hashed from the bytes: audit-verify-copy.ts) and checks it with a RangeChecker
 * (src/core/audit/ranges.ts); posts back the RangeResult.
 */
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import { RangeChecker } from '../../core/audit/ranges.ts';
import { CopyRowHasher, copyOut } from './audit-verify-copy.ts';
import type { RangeJob } from './audit-verify-read.ts';
import { copyRowsSql } from './audit-verify-sql.ts';

const job = workerData as RangeJob & { databaseUrl: string };
const client = new pg.Client({ connectionString: job.databaseUrl });
try {
  await client.connect();
  // Read along the primary key, even on stale statistics, rather than sort the range (this connection is ours alone).
  await client.query("SET enable_sort = off; SET enable_bitmapscan = off; SET client_encoding = 'UTF8'");
  const checker = new RangeChecker(job.checkpoints);
  const hasher = new CopyRowHasher(checker);
  await copyOut(client, copyRowsSql(job.lo, job.hi), (chunk) => hasher.row(chunk));
  parentPort!.postMessage({ result: checker.finish() });
} catch (e) {
  parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
} finally {
  await client.end().catch(() => undefined);
}
