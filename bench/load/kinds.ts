/**
 * bench/load/kinds: what each kind of request of bench/load costs on its own — the SQL statements one
 * request sends, and at one client its latency and the CPU it takes (the Vigil process, which also runs
 * the client thread, and the PostgreSQL backends of its database). The cost per request is what decides
 * how a two-core machine fares under the mixed load.
 *
 *   node bin/tsx.js bench/load/kinds.ts [--size small|full] [--kinds search,read,create,screen,taxii] [--clients N]
 *
 * --clients N (default 1): the requests are sent by N clients at once, and the figures are per request
 * under that concurrency (what a request costs when many wait together, as under bench/load), with the
 * requests a second.
 *
 * PostgreSQL when DATABASE_URL answers (CPU of its backends from /proc), else the embedded database.
 * Background jobs run as in production; a statement they send while a request is counted is counted too
 * (median of five requests sent back to back, as under load, so a stray one does not move the figure).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Faker, base as fakerBase, en, fr, nl_BE } from '@faker-js/faker';
import pg from 'pg';
import { benchDatabase, serverAvailable } from '../lib/backends.ts';
import { benchSubject, seedSubjects } from '../lib/load-seed.ts';
import { mixedLoad, type Op } from '../lib/mixed-load.ts';
import { fmt, header, median, percentile, sizeArg } from '../lib/stats.ts';
import { startServer } from '../../src/server/server.ts';

header('bench/load/kinds');
const size = sizeArg();
const args = process.argv.slice(2);
const KINDS = ['search', 'read', 'create', 'screen', 'taxii'] as const;
const wanted = args.includes('--kinds') ? args[args.indexOf('--kinds') + 1]!.split(',') : [...KINDS];
const unknown = wanted.filter((k) => !(KINDS as readonly string[]).includes(k));
if (unknown.length) {
  console.error(`--kinds: no kind named ${unknown.join(', ')}; the kinds are ${KINDS.join(', ')}`);
  process.exit(2);
}
const CLIENTS = args.includes('--clients') ? Number(args[args.indexOf('--clients') + 1]) : 1;
if (!Number.isInteger(CLIENTS) || CLIENTS < 1 || CLIENTS > 256) {
  console.error('--clients: give a whole number of clients from 1 to 256');
  process.exit(2);
}
const N = Math.max(size === 'full' ? 2_000 : 300, CLIENTS * 50);
const SEED = size === 'full' ? 3_000 : 300;
const COLLECTION_ALL = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const backend: 'postgres' | 'pglite' = (await serverAvailable()) ? 'postgres' : 'pglite';
console.log(`database: ${backend === 'postgres' ? 'PostgreSQL server (DATABASE_URL)' : 'embedded PGlite (set DATABASE_URL for the server figures)'}`);

// Every statement any pg client of this process sends (Kysely's and the audit writer's alike).
let counted: number | null = null;
const query = pg.Client.prototype.query as (...a: unknown[]) => unknown;
(pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown }).query = function (this: unknown, ...a: unknown[]) {
  if (counted !== null) counted++;
  return query.apply(this, a);
};

const fk = new Faker({ locale: [fr, nl_BE, en, fakerBase] });
fk.seed(11);
const person = () => `${fk.person.firstName()} ${fk.person.lastName()}`;
const bdb = await benchDatabase('load_kinds', backend);
const server = await startServer({ ...bdb.config, demo: true, loginAttempts: 1_000_000 }, { quiet: true });
try {
  const url = server.url;
  const login = async (username: string) => {
    const r = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'vigil-demo' }) });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
    return { cookie: r.headers.getSetCookie()[0]!.split(';')[0]!, 'x-csrf-token': ((await r.json()) as { csrfToken: string }).csrfToken };
  };
  const intel = await login('analyst.intel');
  const border = await login('border.officer');
  const token = ((await (await fetch(`${url}/api/tokens`, { method: 'POST', headers: { ...intel, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'bench partner' }) })).json()) as { token: string }).token;
  const subject = benchSubject;
  const { names, ids } = await seedSubjects(url, server.platform.db, intel, SEED, person);
  const op = (kind: string, i: number): Op => {
    const name = names[(i * 7) % names.length]!;
    if (kind === 'search') return { kind, method: 'GET', path: `/api/subjects?q=${encodeURIComponent(name.split(' ').reverse().join(' '))}&limit=25`, headers: intel };
    if (kind === 'read') return { kind, method: 'GET', path: `/api/subjects/${ids[(i * 13) % ids.length]}`, headers: intel };
    if (kind === 'create') return { kind, method: 'POST', path: '/api/subjects', body: subject(person()), headers: intel };
    if (kind === 'screen') return { kind, method: 'POST', path: '/api/screening/screen', body: JSON.stringify({ name, birthDate: '1980-01-01' }), headers: border };
    return { kind, method: 'GET', path: `/taxii2/vigil/collections/${COLLECTION_ALL}/objects/?limit=50`, headers: { authorization: `Bearer ${token}`, accept: 'application/taxii+json;version=2.1' } };
  };
  /** CPU time (ms) of each PostgreSQL backend serving this bench's database, by process id. */
  const dbName = backend === 'postgres' ? new URL(bdb.config.databaseUrl!).pathname.slice(1) : '';
  const pgCpu = (): Map<string, number> => {
    const out = new Map<string, number>();
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (!cmd.startsWith('postgres') || !cmd.includes(` ${dbName} `)) continue;
        const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        out.set(pid, (Number(f[11]) + Number(f[12])) * 10);
      } catch {
        // the process ended meanwhile
      }
    }
    return out;
  };
  /** CPU the backends spent between two readings (a backend that ended meanwhile is not counted; one that began counts whole). */
  const spent = (a: Map<string, number>, b: Map<string, number>) => [...b].reduce((sum, [pid, t]) => sum + t - (a.get(pid) ?? 0), 0);
  console.log(`\n${SEED} seeded subjects; per kind: statements per request (median of 5), then ${N} requests at ${CLIENTS === 1 ? 'one client' : `${CLIENTS} clients`}`);
  console.log('kind     statements  p50 ms   p99 ms   requests/s  Vigil CPU ms/req  PostgreSQL CPU ms/req');
  for (const kind of wanted) {
    const ops = Array.from({ length: 200 }, (_, i) => op(kind, i));
    await mixedLoad(url, ops, Math.max(50, CLIENTS * 4), CLIENTS);
    const statements: number[] = [];
    // Back to back, as under load (a TAXII read starts an outbox catch-up only after 250 ms without one).
    for (let i = 0; i < 5; i++) {
      const o = ops[i]!;
      counted = 0;
      const r = await fetch(url + o.path, { method: o.method, headers: { ...o.headers, ...(o.body ? { 'content-type': 'application/json' } : {}) }, body: o.body });
      await r.arrayBuffer();
      statements.push(counted);
      counted = null;
    }
    const c0 = process.cpuUsage();
    const p0 = backend === 'postgres' ? pgCpu() : new Map<string, number>();
    const run = await mixedLoad(url, ops, N, CLIENTS);
    const c1 = process.cpuUsage(c0);
    const p1 = backend === 'postgres' ? pgCpu() : new Map<string, number>();
    const l = run.byKind[kind]!;
    const pgMs = backend === 'postgres' ? fmt(spent(p0, p1) / N, 2) : '(embedded: in the Vigil process)';
    console.log(`${kind.padEnd(8)} ${String(median(statements)).padStart(10)}  ${fmt(percentile(l, 50), 1).padStart(6)}  ${fmt(percentile(l, 99), 1).padStart(7)}  ${fmt(N / run.seconds, 0).padStart(10)}  ${fmt((c1.user + c1.system) / 1000 / N, 2).padStart(16)}  ${pgMs}`);
  }
} finally {
  await server.close();
  await bdb.drop();
}
process.exit(0);
