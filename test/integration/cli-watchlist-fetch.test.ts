/**
 * `vigil watchlist fetch` run as a user would (issue #15): against a local server standing in for the
 * UN address, --dry-run prints the diff and changes nothing, --apply stores the version and re-screens the
 * travellers screened before; a refused address and a wrong source exit 2 with the reason.
 */
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/platform/db.ts';
import { runVigil, withCliDb } from '../helpers/cli.ts';
import { startTestServer, waitBatchDone, type TestServer } from '../helpers/server.ts';
import { listFixtures, listServer } from './watchlist-fetch-fixtures.ts';

let s: TestServer;
let lists: Awaited<ReturnType<typeof listServer>>;
let fx: Awaited<ReturnType<typeof listFixtures>>;
let env: NodeJS.ProcessEnv;
let batchId = '';

const vigil = (...args: string[]) => runVigil(env, ['watchlist', 'fetch', ...args]);

const withDb = <T>(fn: (db: Database) => Promise<T>) => withCliDb(s.platform, fn);

beforeAll(async () => {
  fx = await listFixtures();
  lists = await listServer({ '/un/v1.xml': fx.v1, '/un/v2.xml': fx.v2 });
  s = await startTestServer({ env: { VIGIL_OUTBOUND_ALLOW: '127.0.0.1', VIGIL_WATCHLIST_UN_URL: `${lists.base}/un/v1.xml` } });
  const admin = await s.client('border.officer');
  expect((await admin.post('/api/screening/lists/un/fetch', { mode: 'apply' })).status).toBe(201);
  const b = await admin.post('/api/screening/batches', { format: 'jsonl', content: JSON.stringify({ id: 'past-1', name: fx.addedEntry.names[0] }) + '\n', flight: 'VG202', port: 'ANR' });
  batchId = b.body.id;
  await waitBatchDone(admin, batchId);
  env = { ...process.env, VIGIL_DATA_DIR: s.platform.config.dataDir, DATABASE_URL: s.platform.config.databaseUrl ?? '', VIGIL_AUDIT_KEY_FILE: s.platform.config.auditKeyFile, VIGIL_OUTBOUND_ALLOW: '127.0.0.1', VIGIL_WATCHLIST_UN_URL: `${lists.base}/un/v1.xml`, LOG_LEVEL: 'silent' };
  // PGlite is single-process: let go of it before the CLI opens the folder.
  await s.app.close();
  if (s.platform.backend === 'pglite') await s.platform.close();
}, 180_000);
afterAll(async () => {
  await s?.close().catch(() => undefined);
  await lists?.close();
});

describe('vigil watchlist fetch', () => {
  it('--dry-run prints the diff with the changed fields and applies nothing', async () => {
    const r = await vigil('--source', 'un', '--url', `${lists.base}/un/v2.xml`, '--dry-run');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/un from http:\/\/127\.0\.0\.1:\d+\/un\/v2\.xml: \d+ entries, 1 added, 0 removed, 1 changed — not applied \(dry run\)/);
    expect(r.stdout).toContain(`+ ${fx.addedEntry.id}`);
    expect(r.stdout).toMatch(new RegExp(`~ ${fx.changedId.replace('.', '\\.')} .*\\(names\\)`));
    const versions = await withDb(async (db) => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM watchlist_versions WHERE source_id = 'un'`.execute(db)).rows[0]!.n));
    expect(versions).toBe(1);
  }, 240_000);

  it('--apply stores the version and re-screens past travellers: the one listed after travel is a hit', async () => {
    const r = await vigil('--source', 'un', '--url', `${lists.base}/un/v2.xml`, '--apply');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1 added, 0 removed, 1 changed — applied as a new version/);
    expect(r.stdout).toMatch(/re-screened [1-9]\d* past travellers \(since \d{4}-\d\d-\d\d\): [1-9]\d* new hit\(s\), listed after travel, in hit review \(done\)/);
    const hits = await withDb(async (db) => (await sql<{ entry_id: string; status: string; rescreen_id: string | null }>`SELECT entry_id, status, rescreen_id FROM screening_hits WHERE batch_id = ${batchId}`.execute(db)).rows);
    expect(hits).toEqual(expect.arrayContaining([expect.objectContaining({ entry_id: fx.addedEntry.id, status: 'open', rescreen_id: expect.any(String) })]));
    // The same list again: nothing to apply.
    const again = await vigil('--source', 'un', '--url', `${lists.base}/un/v2.xml`, '--apply');
    expect(again.stdout).toMatch(/unchanged: nothing to apply/);
  }, 240_000);

  it('exits 2 with the reason for a refused address or a wrong source', async () => {
    const refused = await vigil('--source', 'un', '--url', 'http://10.255.255.1/consolidated.xml');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/vigil watchlist fetch: Fetching un from http:\/\/10\.255\.255\.1\/consolidated\.xml failed/);
    const wrong = await vigil('--source', 'national');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--source must be un or ofac/);
  }, 240_000);
});
