/**
 * bench/audit: chained audit appends per second (one entry per transaction, concurrent group commit,
 * batches of 100) and verification speed, on the PostgreSQL server (when DATABASE_URL answers) and PGlite.
 * Baseline in the same run: plain INSERTs of the same rows without the chain. Verification: fast (SQL
 * hashes, in ranges over several connections), thorough (Node hashes, worker threads on the server) and
 * thorough with every checkpoint signature checked (one checkpoint per append).
 */
import { sql } from 'kysely';
import { verifyAuditLog } from '../../src/server/platform/audit.ts';
import { openPlatform } from '../../src/server/platform/platform.ts';
import { benchDatabase, serverAvailable } from '../lib/backends.ts';
import { fmt, header, median, runConcurrent, sizeArg } from '../lib/stats.ts';

header('bench/audit');
const size = sizeArg();
const N = size === 'full' ? 20_000 : 1_000;
const VERIFY_N = size === 'full' ? 500_000 : 20_000;
const RUNS = size === 'full' ? 3 : 1;
const backends: Array<'postgres' | 'pglite'> = (await serverAvailable()) ? ['postgres', 'pglite'] : ['pglite'];
if (backends.length === 1) console.log('(PostgreSQL server not reachable: set DATABASE_URL to measure it)');

const actor = { userId: null, username: 'bench', orgId: null, orgName: 'Bench' };
const event = (i: number) => ({ action: 'subject.read', recordType: 'subject', recordId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, requestId: `r${i}` });

for (const backend of backends) {
  const bdb = await benchDatabase('audit', backend);
  const p = await openPlatform(bdb.config);
  const n = backend === 'pglite' ? Math.min(N, 5_000) : N;
  const rates: Record<string, number[]> = { single: [], group32: [], batch100: [], plainInsert: [] };
  for (let r = 0; r < RUNS; r++) {
    let t = performance.now();
    for (let i = 0; i < n / 4; i++) await p.audit.append(actor, [event(i)]);
    rates.single!.push(n / 4 / ((performance.now() - t) / 1000));
    const g = await runConcurrent(n, 32, (i) => p.audit.append(actor, [event(i)]));
    rates.group32!.push(n / g.seconds);
    t = performance.now();
    for (let i = 0; i < n; i += 100) await p.audit.append(actor, Array.from({ length: 100 }, (_, k) => event(i + k)));
    rates.batch100!.push(n / ((performance.now() - t) / 1000));
    await sql`CREATE TABLE IF NOT EXISTS bench_plain (seq bigserial PRIMARY KEY, at timestamptz, action text, record_id text, details jsonb)`.execute(p.db);
    t = performance.now();
    await runConcurrent(n, 32, (i) => sql`INSERT INTO bench_plain (at, action, record_id, details) VALUES (now(), 'subject.read', ${event(i).recordId}, '{}')`.execute(p.db).then(() => undefined));
    rates.plainInsert!.push(n / ((performance.now() - t) / 1000));
  }
  console.log(`\n[${backend}] appends per second (median of ${RUNS}):`);
  console.log(`  one entry per transaction, sequential : ${fmt(median(rates.single!), 0)}/s`);
  console.log(`  group commit, 32 concurrent callers   : ${fmt(median(rates.group32!), 0)}/s`);
  console.log(`  batches of 100 entries                 : ${fmt(median(rates.batch100!), 0)}/s`);
  console.log(`  baseline: plain INSERT, 32 concurrent  : ${fmt(median(rates.plainInsert!), 0)}/s  (chained group commit = ${fmt(median(rates.group32!) / median(rates.plainInsert!), 2)}× baseline)`);

  // Verification: grow the log to VERIFY_N entries with large batches, then walk it.
  const vn = backend === 'pglite' ? Math.min(VERIFY_N, 50_000) : VERIFY_N;
  const have = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(p.db)).rows[0]!.n);
  for (let i = have; i < vn; i += 1000) await p.audit.append(actor, Array.from({ length: Math.min(1000, vn - i) }, (_, k) => event(i + k)));
  // Thorough mode on the server: worker threads with their own connections (hence the URL).
  const url = backend === 'postgres' && bdb.config.databaseUrl ? { databaseUrl: bdb.config.databaseUrl } : {};
  const ways = [
    { name: 'fast', opts: { mode: 'fast' as const } },
    { name: 'thorough', opts: { mode: 'thorough' as const, ...url } },
    { name: 'thorough, every signature', opts: { mode: 'thorough' as const, allSignatures: true, ...url } },
  ];
  for (const { name, opts } of ways) {
    const vt: number[] = [];
    let entries = 0;
    for (let r = 0; r < RUNS; r++) {
      const t = performance.now();
      const v = await verifyAuditLog(p.db, opts);
      if (!v.ok) throw new Error(`verification failed: ${v.reason}`);
      entries = v.entries;
      vt.push(entries / ((performance.now() - t) / 1000));
    }
    console.log(`  verification (${name}): ${fmt(median(vt), 0)} entries/s over ${entries.toLocaleString('en-GB')} entries`);
  }
  await p.close();
  await bdb.drop();
}
