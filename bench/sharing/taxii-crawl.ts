/**
 * bench/sharing/taxii-crawl: the TAXII objects endpoint through the read door. Builds N shared objects
 * (synthetic subjects, a report per 20 and a link per 10, so pages carry references the door checks),
 * then C partner clients each crawl the whole "shared with all" collection page by page (limit 50,
 * TAXII `next`) at once. Prints the page latency p50/p99, pages per second and audit entries per page
 * (the goal is one), median of several runs, on PostgreSQL (when DATABASE_URL answers) and PGlite.
 *
 *   node bin/tsx.js bench/sharing/taxii-crawl.ts [--size small|full] [--clients N] [--runs N]
 *
 * small: 2,000 subjects, 4 clients, 1 run (CI). full: 5,000 subjects, 16 clients, 3 runs.
 */
import { sql } from 'kysely';
import { createApiToken } from '../../src/server/platform/auth.ts';
import type { Database } from '../../src/server/platform/db.ts';
import { startServer } from '../../src/server/server.ts';
import { benchDatabase, serverAvailable } from '../lib/backends.ts';
import { fmt, header, median, percentile, sizeArg } from '../lib/stats.ts';

header('bench/sharing/taxii-crawl');
const size = sizeArg();
const arg = (name: string, d: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : d);
const N = Number(process.env.BENCH_OBJECTS ?? (size === 'full' ? 5_000 : 2_000));
const CLIENTS = arg('--clients', size === 'full' ? 16 : 4);
const RUNS = arg('--runs', size === 'full' ? 3 : 1);
const TAXII = 'application/taxii+json;version=2.1';
const COLLECTION_ALL = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const ORG = '1b6f3a1e-8d2b-4f5a-9e7c-1b2d3e4f5a6b';
const PARTNER_ORG = '1d6f3a1e-8d2b-4f5a-9e7c-1b2d3e4f5a6b';
const USER = '2c6f3a1e-8d2b-4f5a-9e7c-1b2d3e4f5a6b';
const PARTNER_USER = '3c6f3a1e-8d2b-4f5a-9e7c-1b2d3e4f5a6b';

/** Synthetic records written straight to the tables (setup, not the path under test). */
async function seed(db: Database): Promise<void> {
  await db.insertInto('organisations').values([
    { id: ORG, name: 'Bench Service', kind: 'intelligence' },
    { id: PARTNER_ORG, name: 'Bench Partner', kind: 'foreign-partner' },
  ]).execute();
  const roles = (r: object) => JSON.stringify(r);
  await db.insertInto('users').values([
    { id: USER, username: 'bench.analyst', display_name: 'Bench analyst', org_id: ORG, clearance: 'secret', roles: roles({ intel: ['read', 'write'], sharing: ['read'] }), password_hash: 'x' },
    { id: PARTNER_USER, username: 'bench.partner', display_name: 'Bench partner', org_id: PARTNER_ORG, clearance: 'secret', roles: roles({ sharing: ['read'] }), password_hash: 'x' },
  ]).execute();
  const marks = sql`${ORG}::uuid, 'restricted', 'amber', CASE WHEN i % 7 = 0 THEN 'organisation' ELSE 'all' END, 'H0', 'Bench Act, art. 1', 'benchmark', ${USER}::uuid, ${USER}::uuid`;
  await sql`INSERT INTO subjects (id, kind, names, birth_date, nationalities, category, documents, notes, owner_org_id, classification, tlp, distribution,
      handling_code, legal_basis, purpose, created_by, updated_by)
    SELECT md5('s' || i)::uuid, 'person', ARRAY['Bench Person ' || i], '1990-01-01', ARRAY['BE'], 'PVE', '[]'::jsonb, 'Synthetic record ' || i, ${marks}
    FROM generate_series(1, ${N}) AS i`.execute(db);
  await sql`INSERT INTO links (id, from_subject_id, to_subject_id, type, description, owner_org_id, classification, tlp, distribution,
      handling_code, legal_basis, purpose, created_by, updated_by)
    SELECT md5('l' || i)::uuid, md5('s' || i)::uuid, md5('s' || (i + 1))::uuid, 'associate', '', ${marks}
    FROM generate_series(10, ${N - 1}, 10) AS i`.execute(db);
  await sql`INSERT INTO reports (id, title, body, reported_on, source_org_id, source_reliability, info_credibility, search_text, owner_org_id, classification, tlp, distribution,
      handling_code, legal_basis, purpose, created_by, updated_by)
    SELECT md5('r' || i)::uuid, 'Bench report ' || i, 'Synthetic.', '2026-01-01', ${ORG}::uuid, 'B', '2', 'bench report ' || i, ${marks}
    FROM generate_series(20, ${N}, 20) AS i`.execute(db);
  await sql`INSERT INTO report_subjects (report_id, subject_id)
    SELECT md5('r' || i)::uuid, md5('s' || (i - k))::uuid FROM generate_series(20, ${N}, 20) AS i, generate_series(0, 2) AS k`.execute(db);
}

interface Figures {
  p50: number;
  p99: number;
  pagesPerS: number;
  auditPerPage: number;
}

async function auditCount(db: Database): Promise<number> {
  const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM audit_log`.execute(db);
  return Number(rows[0]!.n);
}

/** Every client crawls the whole collection at once; latencies of every page. */
async function crawl(url: string, token: string, db: Database): Promise<Figures> {
  const latencies: number[] = [];
  const before = await auditCount(db);
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      let next: string | undefined;
      do {
        const s = performance.now();
        const r = await fetch(`${url}/taxii2/vigil/collections/${COLLECTION_ALL}/objects/?limit=50${next ? `&next=${encodeURIComponent(next)}` : ''}`, { headers: { authorization: `Bearer ${token}`, accept: TAXII } });
        const body = (await r.json()) as { more?: boolean; next?: string };
        latencies.push(performance.now() - s);
        if (r.status !== 200) throw new Error(`TAXII page answered ${r.status}`);
        next = body.more ? body.next : undefined;
      } while (next);
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), pagesPerS: latencies.length / seconds, auditPerPage: ((await auditCount(db)) - before) / latencies.length };
}

const backends: Array<'postgres' | 'pglite'> = (await serverAvailable()) ? ['postgres', 'pglite'] : ['pglite'];
for (const backend of backends.filter((b) => !process.env.BENCH_BACKENDS || process.env.BENCH_BACKENDS.split(',').includes(b))) {
  const bdb = await benchDatabase('taxii_crawl', backend);
  const server = await startServer({ ...bdb.config, demo: false, screeningJobs: false, sharing: { ...bdb.config.sharing, jobs: false } }, { quiet: true });
  try {
    const db = server.platform.db;
    await seed(db);
    await server.platform.orgs.refresh();
    const t = performance.now();
    const projected = await server.app.sharing!.outbox.catchUp();
    console.log(`[${backend}] ${N} subjects, ${Math.floor(N / 10)} links, ${Math.floor(N / 20)} reports; ${projected} objects projected in ${fmt((performance.now() - t) / 1000)} s`);
    const { token } = await createApiToken(db, PARTNER_USER, 'bench', ['*']);
    await crawl(server.url, token, db); // warm-up
    const runs: Figures[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await crawl(server.url, token, db));
    const m = (f: (x: Figures) => number) => median(runs.map(f));
    console.log(`[${backend}] TAXII crawl (limit 50, ${CLIENTS} clients, median of ${RUNS}): p50 ${fmt(m((x) => x.p50))} ms, p99 ${fmt(m((x) => x.p99))} ms, ${fmt(m((x) => x.pagesPerS), 0)} pages/s, ${fmt(m((x) => x.auditPerPage), 2)} audit entries per page`);
  } finally {
    await server.close();
    await bdb.drop();
  }
}
