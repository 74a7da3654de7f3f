/**
 * Re-screening benchmark (issue #15): past travellers re-screened against a list change of 50 added
 * entries. `node bin/tsx.js bench/screening/rescreen.ts [--size small|full] [--travellers N] [--db-travellers N] [--backend pglite|postgres]`
 *
 * 1. Engine: N synthetic travellers (faker, many locales; 1,000,000 at full size) screened against a
 *    small index of the 50 new entries weighted by the whole index (UN + OFAC), as the re-screening does,
 *    in chunks of RESCREEN_CHUNK: time on one core, memory, and the planted variants of the new entries found.
 * 2. End to end on the embedded database (PGlite; `--backend postgres` with DATABASE_URL): the travellers stored in screening batches, the list
 *    version applied, and the re-screening run by the server's runner (read by key in chunks, hits
 *    stored, cursor committed per chunk): time to finish and memory.
 */
import { availableParallelism, cpus } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { sql } from 'kysely';
import { ScreeningIndex, type Traveller, type WatchlistEntry } from '../../src/core/screening/engine.ts';
import { openPlatform } from '../../src/server/platform/platform.ts';
import { queueRescreen, rescreenerOf, rescreenTravellers, RESCREEN_CHUNK } from '../../src/server/modules/screening/rescreens.runner.ts';
import { findRescreen } from '../../src/server/modules/screening/rescreens.repository.ts';
import { presentVersion } from '../../src/server/modules/screening/lists.presenter.ts';
import { storedEntry } from '../../src/server/modules/screening/watchlist.diff.ts';
import { createVersion } from '../../src/server/modules/screening/watchlists.repository.ts';
import { benchDatabase } from '../lib/backends.ts';
import { loadLists, makeNegatives, makePositives } from './data.ts';

const size = process.argv.includes('--size') ? process.argv[process.argv.indexOf('--size') + 1] : 'small';
const FULL = size === 'full';
const arg = (name: string) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : undefined);
const N = arg('--travellers') ?? (FULL ? 1_000_000 : 20_000);
const N_DB = arg('--db-travellers') ?? (FULL ? 1_000_000 : 5_000);
const POOL = FULL ? 100_000 : 10_000;
const ADDED = 50;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const mb = (b: number) => (b / 1048576).toFixed(0) + ' MB';
const log = (s = '') => process.stdout.write(s + '\n');
/** CPU time of this process in ms (on a shared machine, closer to what a quiet one would take than wall time). */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
sampler.unref();

log(`# Re-screening benchmark (--size ${size}); ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}`);
const all = await loadLists();
const people = all.filter((e) => e.kind !== 'entity');
// The change: 50 listed persons added (spread over the lists); the rest is the list before.
const step = Math.floor(people.length / ADDED);
const added = new Set(Array.from({ length: ADDED }, (_, i) => people[i * step]!.id));
const before = all.filter((e) => !added.has(e.id));
const delta = all.filter((e) => added.has(e.id));
const full = new ScreeningIndex(all);
log(`lists: ${all.length} entries; change: ${delta.length} added`);

// Travellers: a pool of synthetic negatives cycled to N (birth dates shifted so no two are alike), and
// planted variants of the new entries (what the re-screening must find).
const pool = makeNegatives(before, POOL, 31).map((q) => q.traveller);
const planted = makePositives(delta, 2, 41).map((q) => q.traveller);
const travellerAt = (i: number): Traveller => {
  const t = pool[i % POOL]!;
  return i < POOL ? t : { ...t, id: `t${i}` };
};
log(`travellers: ${N.toLocaleString('en')} (pool ${POOL.toLocaleString('en')} synthetic, ${planted.length} planted variants of the new entries)`);

// --- 1. engine --------------------------------------------------------------------------------------
gc();
const rss0 = process.memoryUsage().rss;
let t0 = performance.now();
const index = new ScreeningIndex(delta, { weights: full.weight });
const buildMs = performance.now() - t0;
let hits = 0;
let foundPlanted = 0;
t0 = performance.now();
let c0 = cpuMs();
const chunk: Array<{ batch_id: string; seq: number; traveller: unknown; threshold: number }> = [];
const flush = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  for (const f of rescreenTravellers(index, chunk)) {
    hits += f.hits.length;
    if (String((f.row.traveller as Traveller).id).startsWith('p')) foundPlanted++;
  }
  chunk.length = 0;
};
for (let i = 0; i < N; i++) {
  chunk.push({ batch_id: 'b', seq: i, traveller: travellerAt(i), threshold: 0.8 });
  if (chunk.length === RESCREEN_CHUNK) flush();
}
for (const [k, t] of planted.entries()) chunk.push({ batch_id: 'b', seq: N + k, traveller: { ...t, id: `p${k}` }, threshold: 0.8 });
flush();
const engineMs = performance.now() - t0;
const engineCpu = cpuMs() - c0;
log(`engine: ${N.toLocaleString('en')} travellers in ${(engineMs / 1000).toFixed(1)} s wall, ${(engineCpu / 1000).toFixed(1)} s CPU (${Math.round(N / (engineMs / 1000)).toLocaleString('en')}/s wall, ${Math.round(N / (engineCpu / 1000)).toLocaleString('en')}/s CPU, one core); delta index built in ${buildMs.toFixed(0)} ms`);
log(`engine: hits ${hits} (planted variants found ${foundPlanted}/${planted.length}); rss +${mb(process.memoryUsage().rss - rss0)} over the loaded lists, peak ${mb(peakRss)}`);

// --- 2. end to end on the database --------------------------------------------------------------------
const backend = process.argv.includes('--backend') && process.argv[process.argv.indexOf('--backend') + 1] === 'postgres' ? 'postgres' : 'pglite';
const bdb = await benchDatabase('rescreen', backend);
const p = await openPlatform({ ...bdb.config, watchlistFetch: { ...bdb.config.watchlistFetch, rescreenDays: 183 } });
try {
  const org = crypto.randomUUID();
  const user = crypto.randomUUID();
  await sql`INSERT INTO organisations (id, name, kind) VALUES (${org}, 'Bench Border Unit', 'border')`.execute(p.db);
  await sql`INSERT INTO users (id, username, display_name, org_id, clearance, roles, password_hash) VALUES (${user}, 'bench.border', 'Bench Border', ${org}, 'confidential', '{"screening":["read","write","admin"]}', 'x')`.execute(p.db);
  await p.db.transaction().execute((tx) => createVersion(tx, 'un', 'un', before.map((e) => storedEntry(e)), { origin: 'import', createdBy: null }));
  // Past travellers: batches of 200 over the last five months, written in SQL from the synthetic pool.
  t0 = performance.now();
  const PER = 200;
  const batches = Math.ceil(N_DB / PER);
  const poolJson = JSON.stringify([...pool, ...planted.map((t, k) => ({ ...t, id: `p${k}` }))]);
  await sql`INSERT INTO screening_batches (id, kind, format, status, total, processed, cursor, threshold, owner_org_id, created_by, created_at, finished_at)
    SELECT gen_random_uuid(), 'batch', 'jsonl', 'done', ${PER}, ${PER}, ${PER}, 0.8, ${org}, ${user}, now() - (g * interval '1 minute') - interval '1 hour', now() FROM generate_series(1, ${batches}) g`.execute(p.db);
  const ids = (await sql<{ id: string }>`SELECT id FROM screening_batches ORDER BY id`.execute(p.db)).rows.map((r) => r.id);
  const poolSize = pool.length + planted.length;
  for (let b = 0; b < ids.length; b += 500) {
    await sql`INSERT INTO screening_travellers (batch_id, seq, line, traveller_id, traveller, status)
      SELECT bid, s, s, NULL, (${poolJson}::jsonb) -> ((((bi - 1) * ${PER} + s) * 7919 % ${poolSize})::int), 'screened'
      FROM unnest(${ids.slice(b, b + 500)}::uuid[]) WITH ORDINALITY AS u(bid, bi), generate_series(1, ${PER}) s`.execute(p.db);
  }
  const stored = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM screening_travellers`.execute(p.db)).rows[0]!.n);
  log(`database: ${stored.toLocaleString('en')} past travellers in ${batches.toLocaleString('en')} batches stored in ${((performance.now() - t0) / 1000).toFixed(0)} s (set-up, not timed)`);

  const v = await p.db.transaction().execute(async (tx) => {
    const made = (await createVersion(tx, 'un', 'un', all.map((e) => storedEntry(e)), { origin: 'import', createdBy: null }))!;
    const version = presentVersion(made.row);
    return { version, rescreenId: (await queueRescreen(p, tx, version))! };
  });
  gc();
  peakRss = 0;
  const rssBefore = process.memoryUsage().rss;
  t0 = performance.now();
  c0 = cpuMs();
  const r = rescreenerOf(p);
  r.kick(v.rescreenId);
  await r.idle(v.rescreenId);
  const runMs = performance.now() - t0;
  const runCpu = cpuMs() - c0;
  const done = (await findRescreen(p.db, v.rescreenId))!;
  log(`end to end (${backend === 'pglite' ? 'PGlite' : 'PostgreSQL'}): ${done.processed.toLocaleString('en')} travellers re-screened in ${(runMs / 1000).toFixed(1)} s (${Math.round(done.processed / (runMs / 1000)).toLocaleString('en')}/s), status ${done.status}, ${done.hit_count} new hits; Node process CPU ${(runCpu / 1000).toFixed(1)} s; rss before ${mb(rssBefore)}, peak ${mb(peakRss)}`);
} finally {
  await rescreenerOf(p).stop();
  await p.close();
  await bdb.drop();
}
