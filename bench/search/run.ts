/**
 * bench/search: fuzzy name search over HTTP with the access policy and the audit log on, at 1, 8 and 32
 * concurrent clients. Synthetic subjects (three names each) from several locales; 1M subjects on the
 * PostgreSQL server and 100k on PGlite in the full size. Counts SQL statements per request and compares
 * with the bare SQL query measured in the same run (the baseline).
 */
import { Faker, base, de, en, fr, nl_BE, es, it as itLocale, pl, tr } from '@faker-js/faker';
import { sql } from 'kysely';
import { latinKey, nameKeys } from '../../src/core/names/latin.ts';
import { insertUser } from '../../src/server/modules/admin/admin.service.ts';
import { startServer } from '../../src/server/server.ts';
import { benchDatabase, serverAvailable } from '../lib/backends.ts';
import { httpLoad } from '../lib/http-load.ts';
import { fmt, header, median, percentile, runConcurrent, sizeArg } from '../lib/stats.ts';

// Measure search alone: the background jobs that would process every bulk-loaded subject (the sharing
// projection into STIX, the screening national list) are switched off here; bench/sharing and
// bench/screening measure their own costs.
header('bench/search');
const size = sizeArg();
const N = { postgres: size === 'full' ? 1_000_000 : 20_000, pglite: size === 'full' ? 100_000 : 5_000 };
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? (size === 'full' ? 2_000 : 200));
const RUNS = Number(process.env.BENCH_RUNS ?? (size === 'full' ? 3 : 1));
const backends: Array<'postgres' | 'pglite'> = ((await serverAvailable()) ? ['postgres', 'pglite'] : ['pglite']).filter(
  (b) => !process.env.BENCH_BACKENDS || process.env.BENCH_BACKENDS.split(',').includes(b),
) as Array<'postgres' | 'pglite'>;
if (!(await serverAvailable())) console.log('(PostgreSQL server not reachable: set DATABASE_URL to measure it)');

// Name pools from several locales; people are combinations of them (synthetic).
const fk = new Faker({ locale: [en, base] });
fk.seed(42);
const pools = [fr, nl_BE, de, en, es, itLocale, pl, tr].map((l) => {
  const f = new Faker({ locale: [l, en, base] });
  f.seed(7);
  return { first: Array.from({ length: 300 }, () => f.person.firstName()), last: Array.from({ length: 600 }, () => f.person.lastName()) };
});
const pick = <T>(a: T[]) => a[fk.number.int({ max: a.length - 1 })]!;
const person = () => {
  const p = pick(pools);
  return `${pick(p.first)} ${pick(p.last)}`;
};

let statements = 0;
const seen = new Map<string, number>();
for (const backend of backends) {
  const reuse = process.env.BENCH_REUSE === '1';
  const bdb = await benchDatabase('search', backend, reuse);
  const server = await startServer({ ...bdb.config, demo: false, screeningJobs: false, sharing: { ...bdb.config.sharing, jobs: false } }, { quiet: true, onQuery: (q) => {
    if (/^(begin|commit|rollback)$/i.test(q.trim())) return;
    statements++;
    const k = q.trim().slice(0, 40);
    seen.set(k, (seen.get(k) ?? 0) + 1);
  } });
  const db = server.platform.db;
  const n = N[backend];
  const kept = reuse ? await db.selectFrom('users').select('id').where('username', '=', 'bench.analyst').executeTakeFirst() : undefined;
  if (kept) {
    const { rows } = await sql<{ name: string }>`SELECT name FROM subject_names WHERE position = 0 ORDER BY subject_id LIMIT 500`.execute(db);
    await runSearches(backend, server, n, rows.map((r) => r.name), 0, 0);
    await server.close();
    continue;
  }
  const org = crypto.randomUUID();
  await db.insertInto('organisations').values({ id: org, name: 'Bench Intelligence', kind: 'intelligence' }).execute();
  await insertUser(server.platform, { username: 'bench.analyst', displayName: 'Bench', orgId: org, clearance: 'secret', roles: { intel: ['read', 'write'] }, password: 'bench-password-123', locale: 'en' }, async () => undefined);
  const userId = (await db.selectFrom('users').select('id').where('username', '=', 'bench.analyst').executeTakeFirstOrThrow()).id;

  let t = performance.now();
  const dist = ['all', 'organisation', 'group', 'all'] as const;
  const queries: string[] = [];
  await sql`ALTER TABLE subject_names DROP CONSTRAINT subject_names_subject_id_fkey`.execute(db);
  await sql`DROP INDEX subject_names_latin_trgm`.execute(db);
  await sql`DROP INDEX subject_names_keys`.execute(db);
  await sql`DROP INDEX subject_names_words`.execute(db);
  // The words table is filled in one statement after the load, as migration 0007 does, not row by row.
  await sql`ALTER TABLE subject_names DISABLE TRIGGER subject_names_words_insert`.execute(db);
  for (let i = 0; i < n; i += 2000) {
    const subjects = [];
    const names: Array<{ subject_id: string; position: number; name: string; latin: string; keys: string[] }> = [];
    for (let k = i; k < Math.min(n, i + 2000); k++) {
      const id = crypto.randomUUID();
      const ns = [person(), person(), person()];
      if (k % Math.max(1, Math.floor(n / 500)) === 0) queries.push(ns[0]!);
      subjects.push({
        id, kind: 'person', names: ns, birth_date: null, gender: null, category: (['FTF', 'HTF', 'HP', 'PVE', 'TC'] as const)[k % 5]!, threat_level: null, documents: '[]',
        owner_org_id: org, classification: (['restricted', 'confidential', 'secret', 'top_secret'] as const)[k % 4]!, tlp: 'amber', distribution: dist[k % 4]!,
        legal_basis: 'bench', purpose: 'bench', review_date: null, created_by: userId, updated_by: userId,
      });
      ns.forEach((name, position) => {
        const latin = latinKey(name);
        names.push({ subject_id: id, position, name, latin, keys: nameKeys(latin) });
      });
    }
    await db.insertInto('subjects').values(subjects).execute();
    await db.insertInto('subject_names').values(names).execute();
  }
  const loadS = (performance.now() - t) / 1000;
  t = performance.now();
  await sql`CREATE INDEX subject_names_latin_trgm ON subject_names USING gin (latin gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX subject_names_keys ON subject_names USING gin (keys)`.execute(db);
  await sql`CREATE INDEX subject_names_words ON subject_names USING gin ((string_to_array(latin, ' ')))`.execute(db);
  await sql`INSERT INTO subject_name_words (word, subject_id, position)
    SELECT w, n.subject_id, n.position FROM subject_names n, name_words(n.latin) w`.execute(db);
  await sql`ALTER TABLE subject_names ENABLE TRIGGER subject_names_words_insert`.execute(db);
  await sql`ALTER TABLE subject_names ADD CONSTRAINT subject_names_subject_id_fkey FOREIGN KEY (subject_id) REFERENCES subjects(id) ON DELETE CASCADE`.execute(db);
  await sql`ANALYZE`.execute(db);
  const indexS = (performance.now() - t) / 1000;
  await runSearches(backend, server, n, queries, loadS, indexS);
  await server.close();
  await bdb.drop();
}

async function runSearches(backend: string, server: Awaited<ReturnType<typeof startServer>>, n: number, queries: string[], loadS: number, indexS: number) {
  const db = server.platform.db;
  console.log(`\n[${backend}] ${n.toLocaleString('en-GB')} subjects, ${(3 * n).toLocaleString('en-GB')} names: load ${fmt(loadS)} s, indexes ${fmt(indexS)} s`);

  // Queries: a listed name with a typo or dropped accent, a surname only, a reordered name.
  const variants = queries.flatMap((q) => {
    const [first, last] = q.split(' ');
    return [q.replace(/[aeiou](?=[^aeiou]*$)/, 'i'), `${last} ${first}`, last ?? q];
  });
  const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench.analyst', password: 'bench-password-123' }) });
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  const search = async (i: number) => {
    const r = await fetch(`${server.url}/api/subjects?q=${encodeURIComponent(variants[i % variants.length]!)}&limit=25`, { headers: { cookie } });
    if (r.status !== 200) throw new Error(`search answered ${r.status}`);
    await r.arrayBuffer();
  };
  for (let i = 0; i < 20; i++) await search(i); // warm-up
  statements = 0;
  seen.clear();
  const seq = await runConcurrent(50, 1, search);
  if (process.env.BENCH_DEBUG) console.log(Object.fromEntries([...seen].map(([k, v]) => [k.replace(/\s+/g, ' '), v])));
  const perRequest = statements / 50;
  // Baseline: the bare trigram lookup alone (no key fast path, no policy, no join, no audit, no HTTP).
  const key = (i: number) => latinKey(variants[i % variants.length]!);
  const bare = await runConcurrent(Math.min(REQUESTS, 300), 1, async (i) => {
    const k = key(i);
    await (k.includes(' ')
      ? sql`SELECT n.subject_id, similarity(n.latin, ${k}) FROM subject_names n WHERE n.latin % ${k}`
      : sql`SELECT n.subject_id, word_similarity(${k}, n.latin) FROM subject_names n WHERE ${k} <% n.latin`
    ).execute(db);
  });
  console.log(`  SQL statements per search request: ${fmt(perRequest, 1)} besides BEGIN/COMMIT (sequential; under concurrency audit writes are shared)`);
  console.log(`  baseline, bare trigram lookup: p50 ${fmt(percentile(bare.latencies, 50), 2)} ms, p99 ${fmt(percentile(bare.latencies, 99), 2)} ms`);
  void seq;
  // The clients run on a thread of their own (bench/lib/http-load.ts), as they would on other machines,
  // though here they share the two cores with the server and the database.
  const paths = variants.map((v) => `/api/subjects?q=${encodeURIComponent(v)}&limit=25`);
  for (const c of [1, 8, 32]) {
    const runs = [];
    for (let r = 0; r < RUNS; r++) runs.push(await httpLoad(server.url, paths, { cookie }, REQUESTS, c));
    const p50 = median(runs.map((x) => percentile(x.latencies, 50)));
    const p99 = median(runs.map((x) => percentile(x.latencies, 99)));
    const rps = median(runs.map((x) => REQUESTS / x.seconds));
    console.log(`  ${String(c).padStart(2)} clients: p50 ${fmt(p50, 1)} ms, p99 ${fmt(p99, 1)} ms, ${fmt(rps, 0)} requests/s (p50 = ${fmt(p50 / percentile(bare.latencies, 50), 1)}× bare query)`);
  }
}
