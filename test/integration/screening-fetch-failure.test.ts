/**
 * Failing list fetches are reported (issue #15, 5): a scheduled fetch whose download fails, whose list
 * does not parse or fails validation (empty, or more than half of the entries gone) notifies the list administrators
 * naming the source and the error; the list's status shows the last successful update and the failure;
 * the version in use stays. The addresses are a local HTTP server the test configuration allows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchList } from '../../src/server/modules/screening/fetches.service.ts';
import { scheduledFetches } from '../../src/server/modules/screening/fetches.jobs.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { listFixtures, listServer } from './watchlist-fetch-fixtures.ts';

let s: TestServer;
let admin: Client;
let reader: Client;
let lists: Awaited<ReturnType<typeof listServer>>;
let versionId = '';
let goodAt = '';

beforeAll(async () => {
  const fx = await listFixtures();
  lists = await listServer({ '/un.xml': fx.v1 });
  s = await startTestServer({
    env: { VIGIL_OUTBOUND_ALLOW: '127.0.0.1', VIGIL_WATCHLIST_UN_URL: `${lists.base}/un.xml`, VIGIL_WATCHLIST_OFAC_URL: `${lists.base}/ofac/sdn.csv`, VIGIL_WATCHLIST_OFAC_ALT_URL: `${lists.base}/ofac/alt.csv`, VIGIL_WATCHLIST_FETCH_HOURS: '24' },
  });
  admin = await s.client('border.officer');
  reader = await s.client('analyst.intel');
  const f = await admin.post('/api/screening/lists/un/fetch', { mode: 'apply' });
  expect(f.status, JSON.stringify(f.body)).toBe(201);
  versionId = f.body.versionId;
  goodAt = f.body.createdAt;
}, 120_000);
afterAll(async () => {
  await s?.close();
  await lists?.close();
});

const failedOf = async (c: Client, source: string) =>
  ((await c.get('/api/notifications?limit=200')).body.items as Array<{ kind: string; payload: Record<string, unknown> }>).filter((n) => n.kind === 'screening.fetch_failed' && n.payload.source === source);

describe('failing scheduled fetches are reported; the version in use stays', () => {
  it('a download that fails (HTTP 404) notifies the list administrators with the source and the error', async () => {
    const logged: string[] = [];
    // OFAC was never fetched: due at once for a schedule started a period ago. UN was fetched just now: not due.
    const done = await scheduledFetches(s.platform, Date.now() - 25 * 3_600_000, (_e, what) => logged.push(what));
    expect(done).toEqual(['ofac']);
    expect(logged).toEqual(['scheduled fetch of the ofac list failed']);
    const mine = await failedOf(admin, 'ofac');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.payload).toMatchObject({ url: `${lists.base}/ofac/sdn.csv`, lastSuccessAt: null });
    expect(String(mine[0]!.payload.error)).toContain('HTTP 404');
    // Not for screening users who do not administer the lists.
    expect(await failedOf(reader, 'ofac')).toEqual([]);
  });

  it('a list that does not parse, or fails validation, is not taken: failure shown, last success kept, old version in use', async () => {
    lists.files['/un.xml'] = '<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>';
    await expect(fetchList(s.platform, null, 'un', { mode: 'apply', trigger: 'schedule' })).rejects.toThrow(/does not parse/);
    lists.files['/un.xml'] = '<?xml version="1.0" encoding="UTF-8"?><CONSOLIDATED_LIST><INDIVIDUALS></INDIVIDUALS><ENTITIES></ENTITIES></CONSOLIDATED_LIST>';
    await expect(fetchList(s.platform, null, 'un', { mode: 'apply', trigger: 'schedule' })).rejects.toThrow(/no entries/);
    // A list that parses but holds less than half of the version in use (a truncated file or a broken mirror).
    const two = [...(await listFixtures()).v1.matchAll(/<INDIVIDUAL>[\s\S]*?<\/INDIVIDUAL>/g)].slice(0, 2).map((m) => m[0]).join('');
    lists.files['/un.xml'] = `<?xml version="1.0" encoding="UTF-8"?><CONSOLIDATED_LIST><INDIVIDUALS>${two}</INDIVIDUALS><ENTITIES></ENTITIES></CONSOLIDATED_LIST>`;
    await expect(fetchList(s.platform, null, 'un', { mode: 'apply', trigger: 'schedule' })).rejects.toThrow(/holds 2 entries where the version in use holds \d+ \(more than half gone\)/);

    const mine = await failedOf(admin, 'un');
    expect(mine.map((n) => String(n.payload.error))).toEqual([expect.stringContaining('more than half gone'), expect.stringContaining('no entries'), expect.stringContaining('does not parse')]);
    expect(mine[0]!.payload.lastSuccessAt).toBe(goodAt);

    const status = await admin.get('/api/screening/fetches');
    const un = status.body.sources.find((x: { source: string }) => x.source === 'un');
    expect(un).toMatchObject({ failing: true, lastStatus: 'failed', lastSuccessAt: goodAt });
    expect(un.lastError).toContain('more than half gone');
    const versions = await admin.get('/api/screening/lists/un/versions');
    expect(versions.body.items[0]).toMatchObject({ id: versionId, active: true });

    const audit = await s.platform.db.selectFrom('audit_log').select(['details']).where('action', '=', 'watchlist.fetch_failed').execute();
    expect(audit.map((a) => JSON.parse(a.details) as { trigger: string; notified?: number }).filter((d) => d.trigger === 'schedule').every((d) => (d.notified ?? 0) >= 1)).toBe(true);
  });

  it('a manual fetch that fails answers the administrator directly (no notification)', async () => {
    const f = await admin.post('/api/screening/lists/un/fetch', { mode: 'apply' });
    expect(f.status).toBe(503);
    expect(await failedOf(admin, 'un')).toHaveLength(3);
  });
});
