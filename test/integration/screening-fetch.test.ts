/**
 * Lists kept current and re-screening (issue #15), over HTTP against a real database: the UN list
 * fetched from a local server standing in for the official address (allow-listed), checked, diffed with
 * the changed fields, previewed and applied or applied at once; a traveller screened before the change
 * who matches a newly listed person shows up in hit review marked "listed after travel"; the re-screening
 * shows its progress, resumes after a stop, and is on the audit record with ids. Travellers are
 * synthetic except for the listed person's name, which is on the public UN list.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduledFetches } from '../../src/server/modules/screening/fetches.jobs.ts';
import { rescreenerOf } from '../../src/server/modules/screening/rescreens.runner.ts';
import { startTestServer, waitBatchDone, type Client, type TestServer } from '../helpers/server.ts';
import { listFixtures, listServer, ofacFixture } from './watchlist-fetch-fixtures.ts';

let s: TestServer;
let admin: Client;
let lists: Awaited<ReturnType<typeof listServer>>;
let fx: Awaited<ReturnType<typeof listFixtures>>;
const ofac = ofacFixture();

async function waitRescreen(id: string) {
  for (let i = 0; i < 600; i++) {
    const r = await admin.get(`/api/screening/rescreens/${id}`);
    expect(r.status).toBe(200);
    if (r.body.status === 'done' || r.body.status === 'failed') return r.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('re-screening did not finish');
}

beforeAll(async () => {
  fx = await listFixtures();
  lists = await listServer({ '/un/v1.xml': fx.v1, '/un/v2.xml': fx.v2, '/un/bad.xml': '<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>', ...(ofac ? { '/ofac/sdn.csv': ofac.sdn, '/ofac/alt.csv': ofac.alt } : {}) });
  s = await startTestServer({ env: { VIGIL_OUTBOUND_ALLOW: '127.0.0.1', VIGIL_WATCHLIST_UN_URL: `${lists.base}/un/v1.xml`, VIGIL_WATCHLIST_OFAC_URL: `${lists.base}/ofac/sdn.csv`, VIGIL_WATCHLIST_OFAC_ALT_URL: `${lists.base}/ofac/alt.csv` } });
  admin = await s.client('border.officer');
}, 120_000);
afterAll(async () => {
  await s?.close();
  await lists?.close();
});

describe('lists kept current and past travellers re-screened', () => {
  let batchId = '';
  let rescreenId = '';

  it('fetches the UN list from the configured address, applies it, and shows the diff after', async () => {
    const f = await admin.post('/api/screening/lists/un/fetch', { mode: 'apply' });
    expect(f.status, JSON.stringify(f.body)).toBe(201);
    expect(f.body).toMatchObject({ source: 'un', url: `${lists.base}/un/v1.xml`, trigger: 'manual', mode: 'apply', status: 'applied', error: null });
    expect(f.body.versionId).toBeTruthy();
    expect(f.body.entryCount).toBeGreaterThan(50);
    expect(lists.hits['/un/v1.xml']).toBe(1);
    // The same list again: nothing to apply.
    const again = await admin.post('/api/screening/lists/un/fetch', { mode: 'apply' });
    expect(again.body).toMatchObject({ status: 'unchanged', versionId: null, added: 0, removed: 0, changed: 0 });
    const active = await admin.get('/api/screening/lists/un/versions');
    expect(active.body.items[0].id).toBe(f.body.versionId);
  }, 120_000);

  it('a traveller screened now is not yet a hit on the person listed later', async () => {
    const e = fx.addedEntry;
    const traveller = { id: 'past-1', name: e.names[0], ...(e.birthDates[0]?.year && e.birthDates[0].month && e.birthDates[0].day ? { birthDate: `${e.birthDates[0].year}-${String(e.birthDates[0].month).padStart(2, '0')}-${String(e.birthDates[0].day).padStart(2, '0')}` } : {}) };
    const b = await admin.post('/api/screening/batches', { format: 'jsonl', content: JSON.stringify(traveller) + '\n' + JSON.stringify({ id: 'past-2', name: 'Orla Pennywhistle', birthDate: '1990-02-03' }) + '\n', flight: 'VG101', date: '2026-06-01', port: 'BRU' });
    expect(b.status, JSON.stringify(b.body)).toBe(202);
    batchId = b.body.id;
    await waitBatchDone(admin, batchId);
    const q = await admin.get(`/api/screening/batches/${batchId}/hits?status=all`);
    expect(q.body.items.filter((h: { entryId?: string }) => h.entryId === e.id)).toEqual([]);
  }, 60_000);

  it('previews the next version with the changed fields, then applies it: the past traveller is re-screened and listed after travel', async () => {
    const f = await admin.post('/api/screening/lists/un/fetch', { mode: 'preview', url: `${lists.base}/un/v2.xml` });
    expect(f.status, JSON.stringify(f.body)).toBe(201);
    expect(f.body).toMatchObject({ status: 'previewed', added: 1, removed: 0, changed: 1, versionId: null });
    expect(f.body.changes).toEqual(expect.arrayContaining([
      expect.objectContaining({ entryId: fx.addedEntry.id, change: 'added' }),
      expect.objectContaining({ entryId: fx.changedId, change: 'changed', fields: ['names'] }),
    ]));
    // Nothing applied before the confirmation; the diff stays readable with the fetch.
    const read = await admin.get(`/api/screening/fetches/${f.body.id}?change=changed`);
    expect(read.body.changes).toEqual([expect.objectContaining({ entryId: fx.changedId, fields: ['names'] })]);
    const preview = await admin.get(`/api/screening/previews/${f.body.previewId}`);
    expect(preview.body).toMatchObject({ status: 'pending', added: 1, changed: 1 });
    const confirmed = await admin.post(`/api/screening/previews/${f.body.previewId}/confirm`, {});
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(201);

    const runs = await admin.get('/api/screening/rescreens');
    const run = runs.body.items.find((r: { versionId: string }) => r.versionId === confirmed.body.id);
    expect(run).toMatchObject({ source: 'un', entries: 2 });
    rescreenId = run.id;
    const done = await waitRescreen(rescreenId);
    expect(done.status).toBe('done');
    expect(done.progress.percent).toBe(100);
    expect(done.progress.processed).toBe(done.progress.total);
    expect(done.progress.total).toBeGreaterThanOrEqual(2);
    expect(done.hits).toBeGreaterThanOrEqual(1);

    const q = await admin.get(`/api/screening/batches/${batchId}/hits`);
    const hit = q.body.items.find((h: { entryId?: string }) => h.entryId === fx.addedEntry.id);
    expect(hit).toMatchObject({ status: 'open', listedAfterTravel: true, rescreenId, seq: 1 });
    const detail = await admin.get(`/api/screening/hits/${hit.id}`);
    expect(detail.body).toMatchObject({ listedAfterTravel: true, view: 'full', source: 'un' });
    // Hits screened at the time are not marked.
    const earlier = q.body.items.filter((h: { rescreenId: string | null }) => h.rescreenId === null);
    for (const h of earlier) expect(h.listedAfterTravel).toBe(false);
    // The batch counts the new hit.
    const batch = await admin.get(`/api/screening/batches/${batchId}`);
    expect(batch.status).toBe(200);

    // On the record with ids: the run, the hits it found and their batches (no names).
    const audit = await s.platform.db.selectFrom('audit_log').select(['action', 'record_id', 'details']).where('record_id', '=', rescreenId).where('action', 'in', ['screening.rescreen_start', 'screening.rescreen_hits', 'screening.rescreen_done']).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['screening.rescreen_start', 'screening.rescreen_hits', 'screening.rescreen_done']);
    const found = JSON.parse(audit[1]!.details as string) as { hits: string[]; batches: string[] };
    expect(found.hits).toContain(hit.id);
    expect(found.batches).toContain(batchId);
    expect(JSON.stringify(audit)).not.toContain(fx.addedEntry.names[0]!);
  }, 180_000);

  it('a re-screening left running by a stopped process is taken up again and finds no hit twice', async () => {
    const before = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM screening_hits WHERE rescreen_id = ${rescreenId}`.execute(s.platform.db)).rows[0]!.n);
    // As a process that died mid-run leaves it: running, an old heartbeat, the cursor at the start.
    await sql`UPDATE screening_rescreens SET status = 'running', heartbeat = now() - interval '5 minutes', cursor_batch = NULL, cursor_seq = NULL, processed = 0, finished_at = NULL WHERE id = ${rescreenId}`.execute(s.platform.db);
    expect(await rescreenerOf(s.platform).sweep()).toBeGreaterThanOrEqual(1);
    const done = await waitRescreen(rescreenId);
    expect(done.status).toBe('done');
    const after = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM screening_hits WHERE rescreen_id = ${rescreenId}`.execute(s.platform.db)).rows[0]!.n);
    expect(after).toBe(before);
  }, 120_000);

  it('applies a version that only removes entries without re-screening, and checks without applying', async () => {
    const checked = await admin.post('/api/screening/lists/un/fetch', { mode: 'check', url: `${lists.base}/un/v1.xml` });
    expect(checked.body).toMatchObject({ status: 'checked', removed: 1, changed: 1, added: 0, versionId: null, previewId: null });
    const applied = await admin.post('/api/screening/lists/un/fetch', { mode: 'apply', url: `${lists.base}/un/v1.xml` });
    expect(applied.body).toMatchObject({ status: 'applied', removed: 1, changed: 1 });
    // The changed entry is re-screened; the removed one is not.
    const run = await waitRescreen(applied.body.rescreenId);
    expect(run.entries).toBe(1);
  }, 120_000);

  it('the schedule fetches each source a period after its last fetch, checks it and reports a failing source', async () => {
    // Nothing is due yet: every source was fetched within the period, or the server started less than a period ago.
    expect(await scheduledFetches(s.platform, Date.now(), () => undefined)).toEqual([]);
    // A day later (the last fetches moved back a day; "started" long ago): both sources are due.
    await sql`UPDATE watchlist_fetches SET created_at = created_at - interval '25 hours'`.execute(s.platform.db);
    if (!ofac) lists.files['/ofac/sdn.csv'] = 'not,an,ofac,list\n"unterminated';
    const logged: string[] = [];
    expect(await scheduledFetches(s.platform, 0, (_e, what) => logged.push(what))).toEqual(['un', 'ofac']);
    const all = await admin.get('/api/screening/fetches');
    const un = all.body.sources.find((x: { source: string }) => x.source === 'un');
    // The configured UN address serves version 1, the active list again: nothing to apply.
    expect(un).toMatchObject({ lastStatus: 'unchanged', failing: false });
    const items = all.body.items.filter((i: { trigger: string }) => i.trigger === 'schedule');
    expect(items.map((i: { source: string }) => i.source).sort()).toEqual(['ofac', 'un']);
    const of = all.body.sources.find((x: { source: string }) => x.source === 'ofac');
    if (ofac) expect(of).toMatchObject({ failing: false });
    else {
      expect(of).toMatchObject({ failing: true, lastStatus: 'failed' });
      expect(logged).toEqual(['scheduled fetch of the ofac list failed']);
    }
    if (!ofac) delete lists.files['/ofac/sdn.csv'];
  }, 60_000);

  it('a download that fails or does not parse is kept as a failed fetch the administrators see', async () => {
    const failedBefore = (await s.platform.db.selectFrom('audit_log').select('action').where('action', '=', 'watchlist.fetch_failed').execute()).length;
    const refused = await admin.post('/api/screening/lists/un/fetch', { mode: 'apply', url: 'http://10.255.255.1/consolidated.xml' });
    expect(refused.status).toBe(503);
    expect(refused.body.error.message).toMatch(/10\.255\.255\.1/);
    const missing = await admin.post('/api/screening/lists/un/fetch', { mode: 'apply', url: `${lists.base}/un/gone.xml` });
    expect(missing.status).toBe(503);
    expect(missing.body.error.message).toMatch(/HTTP 404/);
    const bad = await admin.post('/api/screening/lists/un/fetch', { mode: 'preview', url: `${lists.base}/un/bad.xml` });
    expect(bad.status).toBe(503);
    expect(bad.body.error.message).toMatch(/does not parse/);
    const all = await admin.get('/api/screening/fetches?source=un');
    expect(all.status).toBe(200);
    const un = all.body.sources.find((x: { source: string }) => x.source === 'un');
    expect(un).toMatchObject({ failing: true, lastStatus: 'failed', url: `${lists.base}/un/v1.xml`, scheduleHours: 24 });
    expect(un.lastError).toMatch(/does not parse/);
    expect(un.lastSuccessAt).toBeTruthy();
    expect(all.body.items[0]).toMatchObject({ status: 'failed', trigger: 'manual' });
    const failures = await s.platform.db.selectFrom('audit_log').select('action').where('action', '=', 'watchlist.fetch_failed').execute();
    expect(failures.length).toBe(failedBefore + 3);
  }, 60_000);

  it.runIf(!!ofac)('fetches the OFAC legacy CSV pair (sdn.csv and alt.csv beside it)', async () => {
    const altCalls = lists.hits['/ofac/alt.csv'] ?? 0;
    const f = await admin.post('/api/screening/lists/ofac/fetch', { mode: 'check' });
    expect(f.status, JSON.stringify(f.body)).toBe(201);
    expect(f.body.status).toMatch(/checked|unchanged/);
    expect(f.body.entryCount).toBeGreaterThan(50);
    expect(lists.hits['/ofac/alt.csv']).toBe(altCalls + 1);
  }, 60_000);
});
