/**
 * bench/load: Vigil under a mixed load, as an operator would see it. 64 concurrent users (closed loop)
 * send name searches, subject reads, subject creates (10%), single-traveller screens and TAXII objects
 * pages (limit 50) to one server; then name search alone at 32 clients and a TAXII crawl (every page,
 * 8 clients). Prints p50/p99 per kind and the audit entries written per request, and the staleness of
 * the national list under the mixed load (time from a subject create to a screen that finds it).
 *
 *   node bin/tsx.js bench/load/run.ts [--size small|full] [--base REV]
 *
 * Before each phase (mixed, search alone, crawl) the bench waits until the machine is quiet (all cores
 * at most 15% busy over half a second; bench/lib/settle.ts), for at most BENCH_SETTLE_MS (15,000 by
 * default): what a phase leaves behind, such as PostgreSQL's autovacuum after the mixed load's writes,
 * is not counted against the next.
 *
 * Sizes: small 300 subjects, 1,500 mixed requests and 3,000 searches alone per run, full 3,000, 12,000
 * and 24,000; BENCH_SUBJECTS, BENCH_REQUESTS, BENCH_SEARCHES, BENCH_RUNS (runs per tree, twice each
 * with --base) and BENCH_STALENESS_PROBES override them.
 *
 * With --base, the same load runs against the code of revision REV (checked out beside the project in
 * tmp/bench-base, sharing node_modules when its package-lock.json is this checkout's, else with its own
 * installed by `npm ci`) in the same run, in the order old, new, new, old, and the ratios
 * new/old are printed: the read door must not slow reads. PostgreSQL when DATABASE_URL answers, else
 * the embedded database.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Faker, base as fakerBase, en, fr, nl_BE } from '@faker-js/faker';
import { sql } from 'kysely';
import { benchDatabase, serverAvailable } from '../lib/backends.ts';
import { benchSubject, seedSubjects } from '../lib/load-seed.ts';
import { mixedLoad, type Op } from '../lib/mixed-load.ts';
import { settle } from '../lib/settle.ts';
import { fmt, header, median, percentile, sizeArg } from '../lib/stats.ts';

header('bench/load');
const size = sizeArg();
const args = process.argv.slice(2);
const baseRev = args.includes('--base') ? args[args.indexOf('--base') + 1] : undefined;
const ROOT = join(import.meta.dirname, '..', '..');
const SEED = Number(process.env.BENCH_SUBJECTS ?? (size === 'full' ? 3_000 : 300));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? (size === 'full' ? 12_000 : 1_500));
// Searches alone: long enough (several seconds) that one pause does not make the p99.
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 2 * REQUESTS);
const RUNS = Number(process.env.BENCH_RUNS ?? (size === 'full' ? 3 : 1));
const USERS = 64;
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 15_000);
const COLLECTION_ALL = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const TAXII = 'application/taxii+json;version=2.1';
const backend: 'postgres' | 'pglite' = (await serverAvailable()) ? 'postgres' : 'pglite';
console.log(`database: ${backend === 'postgres' ? 'PostgreSQL server (DATABASE_URL)' : 'embedded PGlite (set DATABASE_URL for the server figures)'}`);

const fk = new Faker({ locale: [fr, nl_BE, en, fakerBase] });
fk.seed(11);
const person = () => `${fk.person.firstName()} ${fk.person.lastName()}`;

/** A code tree to measure: this checkout, or revision REV checked out in tmp/bench-base. */
function tree(rev: string | undefined): { label: string; dir: string } {
  if (!rev) return { label: 'this tree', dir: ROOT };
  const dir = join(ROOT, 'tmp', 'bench-base');
  if (existsSync(dir)) {
    execFileSync('git', ['-C', dir, 'checkout', '-q', '--detach', rev]);
  } else {
    mkdirSync(join(ROOT, 'tmp'), { recursive: true });
    execFileSync('git', ['-C', ROOT, 'worktree', 'add', '-f', '--detach', dir, rev], { stdio: 'ignore' });
  }
  if (!existsSync(join(dir, 'node_modules'))) {
    // The same dependencies: share this checkout's; others (a dependency added or dropped since): its own.
    if (readFileSync(join(dir, 'package-lock.json'), 'utf8') === readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) {
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    } else {
      console.log(`installing the dependencies of ${rev} (its package-lock.json differs from this checkout's)...`);
      execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir, stdio: 'ignore' });
    }
  }
  if (!existsSync(join(dir, 'dist'))) symlinkSync(join(ROOT, 'dist'), join(dir, 'dist'), 'dir');
  return { label: `base ${rev}`, dir };
}

interface Session {
  cookie: string;
  csrf: string;
}

async function login(url: string, username: string): Promise<Session> {
  const r = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'vigil-demo' }) });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
  const body = (await r.json()) as { csrfToken: string };
  return { cookie: r.headers.getSetCookie()[0]!.split(';')[0]!, csrf: body.csrfToken };
}

const headers = (s: Session) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf });

interface Figures {
  mixed: Record<string, { p50: number; p99: number }>;
  /** The same without each client's first request (bench/lib/mixed-load.ts): the steady state. */
  warm: Record<string, { p50: number; p99: number }>;
  search32: { p50: number; p99: number; rps: number };
  /** Requests of the mixed load answered a second (all kinds; the 64 users wait for each answer). */
  mixedRps: number;
  crawl: { p50: number; p99: number; pagesPerS: number };
  auditPerRequest: number;
  /** Audit appends of the mixed load that missed the chain's head (each cost a second call holding the lock), per entry written. */
  auditMissed: number;
  /** Statements of the mixed load that waited for a connection of the request pool, and their mean wait (ms), urgent (screens) and ordinary; null on a tree without the figures. */
  poolWaits: { urgentShare: number; urgentMeanMs: number; ordinaryShare: number; ordinaryMeanMs: number } | null;
  /** Time from a subject create (response) to the first single screen that finds it, under the mixed load (ms). */
  staleness: { p50: number; p99: number; n: number };
}

async function measure(dir: string, label: string): Promise<Figures[]> {
  const { startServer } = (await import(join(dir, 'src/server/server.ts'))) as typeof import('../../src/server/server.ts');
  const bdb = await benchDatabase(`load_${label.replace(/\W+/g, '_')}`, backend);
  const server = await startServer({ ...bdb.config, demo: true, loginAttempts: 1_000_000 }, { quiet: true });
  try {
    const url = server.url;
    const intel = await login(url, 'analyst.intel');
    const border = await login(url, 'border.officer');
    const token = ((await (await fetch(`${url}/api/tokens`, { method: 'POST', headers: { ...headers(intel), 'content-type': 'application/json' }, body: JSON.stringify({ name: 'bench partner' }) })).json()) as { token: string }).token;

    // Seed: subjects shared with everyone, created through the API as an analyst would.
    const subject = benchSubject;
    const { names, ids } = await seedSubjects(url, server.platform.db, headers(intel), SEED, person);

    const ops: Op[] = [];
    for (let i = 0; i < 200; i++) {
      const k = i % 10;
      const name = names[(i * 7) % names.length]!;
      if (k < 3) ops.push({ kind: 'search', method: 'GET', path: `/api/subjects?q=${encodeURIComponent(name.split(' ').reverse().join(' '))}&limit=25`, headers: headers(intel) });
      else if (k < 5) ops.push({ kind: 'read', method: 'GET', path: `/api/subjects/${ids[(i * 13) % ids.length]}`, headers: headers(intel) });
      else if (k < 6) ops.push({ kind: 'create', method: 'POST', path: '/api/subjects', body: subject(person()), headers: headers(intel) });
      else if (k < 8) ops.push({ kind: 'screen', method: 'POST', path: '/api/screening/screen', body: JSON.stringify({ name: `${name}`, birthDate: '1980-01-01' }), headers: headers(border) });
      else ops.push({ kind: 'taxii', method: 'GET', path: `/taxii2/vigil/collections/${COLLECTION_ALL}/objects/?limit=50`, headers: { authorization: `Bearer ${token}`, accept: TAXII } });
    }
    const searchOps: Op[] = names.slice(0, 200).map((n) => ({ kind: 'search', method: 'GET', path: `/api/subjects?q=${encodeURIComponent(n)}&limit=25`, headers: headers(intel) }));

    // Warm-up, then the runs.
    await mixedLoad(url, ops, 200, 8);
    const out: Figures[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Each phase starts on a quiet machine: what the one before left (autovacuum after the mixed
      // load's writes, background jobs) is not counted against it.
      const waits: Array<Awaited<ReturnType<typeof settle>>> = [];
      waits.push(await settle(0.15, SETTLE_MS));
      const before = await auditCount(server.platform.db);
      const missed0 = server.platform.audit.stats().missed;
      const waits0 = poolWaitsOf(server.platform);
      const mixed = await mixedLoad(url, ops, REQUESTS, USERS);
      const waits1 = poolWaitsOf(server.platform);
      const after = await auditCount(server.platform.db);
      const missed = server.platform.audit.stats().missed - missed0;
      waits.push(await settle(0.15, SETTLE_MS));
      const search = await mixedLoad(url, searchOps, SEARCHES, 32);
      waits.push(await settle(0.15, SETTLE_MS));
      const crawl = await crawlTaxii(url, token);
      const staleness = await measureStaleness(url, intel, border, ops);
      const f: Figures = {
        staleness,
        mixed: Object.fromEntries(Object.entries(mixed.byKind).map(([k, l]) => [k, { p50: percentile(l, 50), p99: percentile(l, 99) }])),
        warm: Object.fromEntries(Object.entries(mixed.warm).map(([k, l]) => [k, { p50: percentile(l, 50), p99: percentile(l, 99) }])),
        search32: { p50: percentile(search.byKind.search!, 50), p99: percentile(search.byKind.search!, 99), rps: SEARCHES / search.seconds },
        mixedRps: REQUESTS / mixed.seconds,
        crawl,
        auditPerRequest: (after - before) / REQUESTS,
        auditMissed: missed / Math.max(1, after - before),
        poolWaits: waits0 && waits1 ? poolWaitsBetween(waits0, waits1) : null,
      };
      out.push(f);
      // Each run on its own line: a machine whose speed drifts during the bench shows here.
      console.log(`  run ${run + 1}: mixed ${fmt(f.mixedRps, 0)} requests/s, search alone ${fmt(f.search32.rps, 0)} requests/s (p99 ${fmt(f.search32.p99)} ms), TAXII crawl ${fmt(f.crawl.pagesPerS, 0)} pages/s, mixed screen p99 ${fmt(f.mixed.screen?.p99 ?? NaN)} ms (steady state ${fmt(f.warm.screen?.p99 ?? NaN)} ms); waited ${waits.map((w) => `${fmt(w.waitedMs / 1000, 1)} s${w.quiet ? '' : ' (never quiet)'}`).join(', ')} for a quiet machine`);
    }
    return out;
  } finally {
    await server.close();
    await bdb.drop();
  }
}

/**
 * Staleness of the national list (issue #15): while the mixed load runs at 64 users, an analyst creates
 * a subject with a fresh name and a border officer screens for it every 20 ms until it is found; the
 * time from the create's response to the finding screen's response, per probe.
 */
async function measureStaleness(url: string, intel: Session, border: Session, ops: Op[]): Promise<Figures['staleness']> {
  const PROBES = Number(process.env.BENCH_STALENESS_PROBES ?? 20);
  let loading = true;
  const load = (async () => {
    while (loading) await mixedLoad(url, ops, 256, USERS);
  })();
  const times: number[] = [];
  try {
    for (let i = 0; i < PROBES; i++) {
      const name = `${fk.person.firstName()} Stalenessprobe${i}${fk.string.alpha(6)}`;
      const body = JSON.stringify({
        kind: 'person', names: [name], birthDate: '1975-05-05', nationalities: ['BE'], category: 'PVE',
        markings: { classification: 'restricted', tlp: 'amber', distribution: 'all', legalBasis: 'bench', purpose: 'bench', reviewDate: '2030-01-01' },
      });
      const r = await fetch(`${url}/api/subjects`, { method: 'POST', headers: { ...headers(intel), 'content-type': 'application/json' }, body });
      if (r.status !== 201) throw new Error(`staleness probe: ${r.status}`);
      const t0 = performance.now();
      for (let k = 0; k < 3000; k++) {
        const sr = await fetch(`${url}/api/screening/screen`, { method: 'POST', headers: { ...headers(border), 'content-type': 'application/json' }, body: JSON.stringify({ name, birthDate: '1975-05-05' }) });
        const hits = ((await sr.json()) as { hits?: unknown[] }).hits ?? [];
        if (hits.length > 0) {
          times.push(performance.now() - t0);
          break;
        }
        await new Promise((res) => setTimeout(res, 20));
      }
    }
  } finally {
    loading = false;
    await load;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), n: times.length };
}

type PoolWaits = import('../../src/server/platform/priority-pool.ts').PoolWaits;
/** The request pool's wait counters (a base tree from before they existed has none). */
function poolWaitsOf(platform: object): PoolWaits | null {
  const f = (platform as { poolWaits?: () => PoolWaits }).poolWaits;
  return f ? f() : null;
}
function poolWaitsBetween(a: PoolWaits, b: PoolWaits): NonNullable<Figures['poolWaits']> {
  const share = (waited: number, all: number) => waited / Math.max(1, all);
  return {
    urgentShare: share(b.urgentWaited - a.urgentWaited, b.urgent - a.urgent),
    urgentMeanMs: (b.urgentWaitMs - a.urgentWaitMs) / Math.max(1, b.urgentWaited - a.urgentWaited),
    ordinaryShare: share(b.ordinaryWaited - a.ordinaryWaited, b.ordinary - a.ordinary),
    ordinaryMeanMs: (b.ordinaryWaitMs - a.ordinaryWaitMs) / Math.max(1, b.ordinaryWaited - a.ordinaryWaited),
  };
}

async function auditCount(db: import('../../src/server/platform/db.ts').Database): Promise<number> {
  const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM audit_log`.execute(db);
  return Number(rows[0]!.n);
}

/** Reads the whole collection page by page (limit 50, TAXII `next`) with 8 crawlers at once. */
async function crawlTaxii(url: string, token: string): Promise<Figures['crawl']> {
  const latencies: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      let next: string | undefined;
      for (let page = 0; page < 400; page++) {
        const s = performance.now();
        const r = await fetch(`${url}/taxii2/vigil/collections/${COLLECTION_ALL}/objects/?limit=50${next ? `&next=${encodeURIComponent(next)}` : ''}`, { headers: { authorization: `Bearer ${token}`, accept: TAXII } });
        const body = (await r.json()) as { more?: boolean; next?: string };
        latencies.push(performance.now() - s);
        if (r.status !== 200) throw new Error(`TAXII page answered ${r.status}`);
        if (!body.more || !body.next) break;
        next = body.next;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), pagesPerS: latencies.length / ((performance.now() - t0) / 1000) };
}

function summary(label: string, runs: Figures[]) {
  const kinds = Object.keys(runs[0]!.mixed);
  const m = (f: (x: Figures) => number) => median(runs.map(f));
  console.log(`\n[${label}] ${SEED} seeded subjects, ${REQUESTS} mixed requests at ${USERS} users, median of ${runs.length} run(s)`);
  for (const k of kinds) console.log(`  mixed ${k.padEnd(7)} p50 ${fmt(m((x) => x.mixed[k]!.p50))} ms, p99 ${fmt(m((x) => x.mixed[k]!.p99))} ms; steady state p50 ${fmt(m((x) => x.warm[k]?.p50 ?? NaN))} ms, p99 ${fmt(m((x) => x.warm[k]?.p99 ?? NaN))} ms`);
  console.log(`  (steady state: without each user's first request; the ${USERS} users start in the same millisecond, each on a new connection)`);
  console.log(`  mixed requests answered: ${fmt(m((x) => x.mixedRps), 0)} a second`);
  console.log(`  audit entries per mixed request: ${fmt(m((x) => x.auditPerRequest), 2)}; appends that missed the chain's head: ${fmt(m((x) => x.auditMissed) * 100, 1)}% of entries`);
  if (runs.every((x) => x.poolWaits)) {
    const w = (f: (x: NonNullable<Figures['poolWaits']>) => number) => m((x) => f(x.poolWaits!));
    console.log(`  statements that waited for a connection: urgent (screens) ${fmt(w((x) => x.urgentShare) * 100, 1)}% (mean wait ${fmt(w((x) => x.urgentMeanMs), 1)} ms), ordinary ${fmt(w((x) => x.ordinaryShare) * 100, 1)}% (mean wait ${fmt(w((x) => x.ordinaryMeanMs), 1)} ms)`);
  }
  console.log(`  search alone, 32 clients (${SEARCHES} searches): p50 ${fmt(m((x) => x.search32.p50))} ms, p99 ${fmt(m((x) => x.search32.p99))} ms, ${fmt(m((x) => x.search32.rps), 0)} requests/s`);
  console.log(`  national-list staleness under load (subject create → screen finds it): p50 ${fmt(m((x) => x.staleness.p50))} ms, p99 ${fmt(m((x) => x.staleness.p99))} ms (${m((x) => x.staleness.n)} probes)`);
  console.log(`  TAXII crawl (limit 50, 8 crawlers): p50 ${fmt(m((x) => x.crawl.p50))} ms, p99 ${fmt(m((x) => x.crawl.p99))} ms, ${fmt(m((x) => x.crawl.pagesPerS), 0)} pages/s`);
}

const current = tree(undefined);
if (!baseRev) {
  summary(current.label, await measure(current.dir, 'current'));
} else {
  const old = tree(baseRev);
  const oldRuns: Figures[] = [];
  const newRuns: Figures[] = [];
  // Old, new, new, old: a machine that speeds up or slows down steadily over the run favours neither
  // (old, new, old, new favours whichever comes second when the machine speeds up).
  const order: Array<[typeof old, Figures[], string]> = [[old, oldRuns, 'base'], [current, newRuns, 'current'], [current, newRuns, 'current'], [old, oldRuns, 'base']];
  for (const [i, [t, runs, name]] of order.entries()) {
    console.log(`measuring ${t.label} (${i + 1} of ${order.length})...`);
    runs.push(...(await measure(t.dir, name)));
  }
  summary(old.label, oldRuns);
  summary(current.label, newRuns);
  const r = (f: (x: Figures) => number) => fmt(median(newRuns.map(f)) / median(oldRuns.map(f)), 2);
  console.log(`\nratios this tree / base (lower is faster):`);
  console.log(`  mixed requests a second ${r((x) => x.mixedRps)}× (higher is more)`);
  console.log(`  search at 32 clients p50 ${r((x) => x.search32.p50)}×, p99 ${r((x) => x.search32.p99)}×; TAXII crawl p50 ${r((x) => x.crawl.p50)}×, p99 ${r((x) => x.crawl.p99)}×`);
  for (const k of Object.keys(newRuns[0]!.mixed)) if (oldRuns[0]!.mixed[k]) console.log(`  mixed ${k}: p50 ${r((x) => x.mixed[k]!.p50)}×, p99 ${r((x) => x.mixed[k]!.p99)}×; steady state p50 ${r((x) => x.warm[k]?.p50 ?? NaN)}×, p99 ${r((x) => x.warm[k]?.p99 ?? NaN)}×`);
  rmSync(join(ROOT, 'tmp', 'bench-base', 'node_modules'), { force: true, recursive: true });
  execFileSync('git', ['-C', ROOT, 'worktree', 'remove', '--force', join(ROOT, 'tmp', 'bench-base')]);
}
process.exit(0);
