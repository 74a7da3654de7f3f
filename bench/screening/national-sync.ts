/**
 * National-list sync benchmark (issue #15, "screening stays fast while the lists change"): the cost of
 * one subject change reaching the national watch list, on a list of N person subjects (100,000 at full
 * size, 10,000 small). `node bin/tsx.js bench/screening/national-sync.ts [--size small|full] [--subjects N] [--backend pglite|postgres] [--verbose]`
 *
 * The subjects are loaded in SQL, the list built once (rebuildNational), then for each kind of change
 * (a subject's names edited, a subject created, a subject's follow-up closed, a subject deleted with its
 * tombstone, nothing changed) the runtime's background update (sync) is run and timed, with the SQL
 * statements it sent and the rows the watch-list tables hold afterwards.
 */
import { sql } from 'kysely';
import { openPlatform } from '../../src/server/platform/platform.ts';
import { runtimeOf } from '../../src/server/modules/screening/screening.runtime.ts';
import { benchDatabase, serverAvailable } from '../lib/backends.ts';

const size = process.argv.includes('--size') ? process.argv[process.argv.indexOf('--size') + 1] : 'small';
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const N = Number(arg('--subjects') ?? (size === 'full' ? 100_000 : 10_000));
const REPEAT = 5;
const log = (s = '') => process.stdout.write(s + '\n');
const backends = arg('--backend') ? [arg('--backend') as 'pglite' | 'postgres'] : (['pglite', ...((await serverAvailable()) ? ['postgres' as const] : [])] as Array<'pglite' | 'postgres'>);

log(`# National-list sync: one subject change on a list of ${N.toLocaleString('en')} persons (--size ${size}), node ${process.version}`);
for (const backend of backends) {
  const bdb = await benchDatabase('national_sync', backend);
  let counting = false;
  const statements: Array<{ q: string; ms: number }> = [];
  const p = await openPlatform({ ...bdb.config, demo: false, screeningJobs: false }, { onQuery: (q, _e, ms) => void (counting && statements.push({ q, ms: ms ?? 0 })) });
  const db = p.db;
  const org = crypto.randomUUID();
  const user = crypto.randomUUID();
  await sql`INSERT INTO organisations (id, name, kind) VALUES (${org}, 'Bench Intelligence', 'intelligence')`.execute(db);
  await sql`INSERT INTO users (id, username, display_name, org_id, clearance, password_hash) VALUES (${user}, 'bench.analyst', 'Bench', ${org}, 'secret', 'x')`.execute(db);
  let t = performance.now();
  for (let i = 0; i < N; i += 20_000) {
    await sql`INSERT INTO subjects (id, kind, names, birth_date, nationalities, gender, documents, owner_org_id, classification, tlp, distribution, legal_basis, purpose, created_by, updated_by, created_at, updated_at)
      SELECT gen_random_uuid(), 'person', ARRAY['Person ' || g || ' Benchmark', 'P. ' || g], lpad((1950 + g % 50)::text, 4, '0') || '-0' || (1 + g % 9) || '-1' || (g % 9),
        ARRAY['BE'], CASE WHEN g % 2 = 0 THEN 'male' ELSE 'female' END, jsonb_build_array(jsonb_build_object('type', 'passport', 'number', 'BX' || g, 'country', 'BE')),
        ${org}, 'restricted', 'amber', 'all', 'bench', 'bench', ${user}, ${user}, now() - interval '1 day', now() - interval '1 day'
      FROM generate_series(${i}::int, ${Math.min(N, i + 20_000) - 1}::int) g`.execute(db);
  }
  await sql`ANALYZE`.execute(db);
  log(`\n## ${backend}: ${N.toLocaleString('en')} subjects loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const rt = runtimeOf(p);
  t = performance.now();
  await rt.rebuildNational(null);
  log(`list built (rebuildNational) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await rt.sync();

  const ids = (await sql<{ id: string }>`SELECT id FROM subjects ORDER BY id LIMIT ${REPEAT * 4}`.execute(db)).rows.map((r) => r.id);
  const changes: Array<[string, (k: number) => Promise<unknown>]> = [
    ['names edited', (k) => sql`UPDATE subjects SET names = ARRAY['Edited ' || ${k}::text || ' Person'], updated_at = now(), version = version + 1 WHERE id = ${ids[k]}`.execute(db)],
    ['subject created', (k) => sql`INSERT INTO subjects (id, kind, names, owner_org_id, classification, tlp, distribution, legal_basis, purpose, created_by, updated_by)
      VALUES (gen_random_uuid(), 'person', ARRAY['New ' || ${k}::text || ' Person'], ${org}, 'restricted', 'amber', 'all', 'bench', 'bench', ${user}, ${user})`.execute(db)],
    ['follow-up closed', (k) => sql`UPDATE subjects SET follow_up = 'closed', updated_at = now(), version = version + 1 WHERE id = ${ids[REPEAT + k]}`.execute(db)],
    ['subject deleted', async (k) => {
      const id = ids[2 * REPEAT + k]!;
      await db.transaction().execute(async (tx) => {
        await sql`INSERT INTO tombstones (record_id, record_type, owner_org_id, deleted_by, reason) VALUES (${id}, 'subject', ${org}, ${user}, 'bench')`.execute(tx);
        await sql`DELETE FROM subject_names WHERE subject_id = ${id}`.execute(tx);
        await sql`DELETE FROM subjects WHERE id = ${id}`.execute(tx);
      });
    }],
    ['nothing changed', async () => undefined],
  ];
  log('\n| change | sync time (median of 5) | max | statements | list entries |');
  log('|---|---:|---:|---:|---:|');
  for (const [label, change] of changes) {
    const times: number[] = [];
    let count = 0;
    for (let k = 0; k < REPEAT; k++) {
      await change(k);
      statements.length = 0;
      counting = true;
      const t0 = performance.now();
      await rt.sync();
      times.push(performance.now() - t0);
      counting = false;
      count = statements.length;
      if (process.argv.includes('--verbose')) for (const st of statements) log(`    ${st.ms.toFixed(1)} ms  ${st.q.replace(/\s+/g, ' ').slice(0, 150)}`);
    }
    times.sort((a, b) => a - b);
    const entries = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM watchlist_entries e JOIN watchlist_versions v ON v.id = e.version_id WHERE v.active AND v.source_id = 'national'`.execute(db)).rows[0]!.n;
    log(`| ${label} | ${times[Math.floor(REPEAT / 2)]!.toFixed(1)} ms | ${times[REPEAT - 1]!.toFixed(1)} ms | ${count} | ${entries.toLocaleString('en')} |`);
  }
  // The same list as a full rebuild makes it (nothing lost or left behind by the incremental updates).
  const before = await sql<{ n: number; h: string }>`SELECT count(*)::int AS n, md5(string_agg(e.entry_id || e.hash, ',' ORDER BY e.entry_id)) AS h
    FROM watchlist_entries e JOIN watchlist_versions v ON v.id = e.version_id WHERE v.active AND v.source_id = 'national'`.execute(db);
  t = performance.now();
  const forced = await rt.rebuildNational(null);
  log(`\nfull rebuild after the changes: ${((performance.now() - t) / 1000).toFixed(1)} s, ${forced ? `new version (${forced.added} added, ${forced.removed} removed, ${forced.changed} changed) — the incremental list differed` : 'no new version: the incremental list equals a full rebuild'}`);
  log(`list: ${before.rows[0]!.n.toLocaleString('en')} entries, digest ${before.rows[0]!.h}`);
  await p.close();
  await bdb.drop();
}
