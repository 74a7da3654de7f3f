/**
 * The national list in re-screening (issue #15, 6 with 1): a subject an owner puts on the national list
 * reaches past travellers as UN/OFAC changes do; where the officer may not read the subject, the hit in
 * review says only "listed — contact X, action: …", marked "listed after travel", and the owner is told
 * of the encounter (notification, audited). Deleting the subject withdraws its national entry (audited);
 * its past hits stay, shown as withdrawn. People are synthetic.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rescreenerOf } from '../../src/server/modules/screening/rescreens.runner.ts';
import { runtimeOf } from '../../src/server/modules/screening/screening.runtime.ts';
import { subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, waitBatchDone, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let border: Client;
let intel: Client;
let admin: Client;

beforeAll(async () => {
  s = await startTestServer();
  border = await s.client('border.officer');
  intel = await s.client('analyst.intel');
  admin = border;
}, 60_000);
afterAll(async () => s?.close());

const traveller = { name: 'Tamsin Orlova-Pettigrew', birthDate: '1981-04-23', documentNumber: 'QZ7734105', nationality: 'NL', flight: 'KL1742', port: 'AMS' };

/** Runs the national re-screening now (on a server the sweep starts it within a minute); returns the latest. */
async function runNationalRescreen(): Promise<{ id: string; status: string; hit_count: number; processed: number }> {
  await runtimeOf(s.platform).rebuildNational(null);
  await rescreenerOf(s.platform).sweep();
  await rescreenerOf(s.platform).idle();
  const r = await sql<{ id: string; status: string; hit_count: number; processed: number }>`SELECT id, status, hit_count, processed FROM screening_rescreens
    WHERE source_id = 'national' ORDER BY created_at DESC LIMIT 1`.execute(s.platform.db);
  return r.rows[0]!;
}

describe('national-list changes re-screen past travellers (issue #15)', () => {
  let batchId = '';
  let subjectId = '';
  let rescreenId = '';
  let hitId = '';

  it('a traveller screened clear is hit after an owner lists a matching subject the officer may not read', async () => {
    const before = await border.post('/api/screening/screen', traveller);
    expect(before.status).toBe(201);
    expect(before.body.hits).toEqual([]);
    batchId = before.body.batch.id;
    // The batch keeps what it was screened against (issue #15, 1), as the answer said it.
    expect(before.body.batch.screenedAgainst).toEqual(before.body.screenedAgainst);
    expect(before.body.batch.outcome).toBe(before.body.outcome);

    const created = await intel.post('/api/subjects', subjectBody(
      { names: ['Tamsin Orlova-Pettigrew'], birthDate: '1981-04-23', nationalities: ['NL'], documents: [{ type: 'passport', number: 'QZ7734105', country: 'NL' }] },
      { distribution: 'organisation', hitNoHit: false, classification: 'secret' },
    ));
    expect(created.status).toBe(201);
    subjectId = created.body.id;
    expect((await border.get(`/api/subjects/${subjectId}`)).status).toBe(404);

    const run = await runNationalRescreen();
    expect(run).toMatchObject({ status: 'done' });
    expect(run.hit_count).toBeGreaterThanOrEqual(1);
    rescreenId = run.id;

    const queue = await border.get(`/api/screening/batches/${batchId}/hits`);
    expect(queue.status).toBe(200);
    expect(queue.body.items).toHaveLength(1);
    const [hit] = queue.body.items;
    hitId = hit.id;
    expect(hit).toMatchObject({ view: 'hit', source: 'national', listed: true, action: 'inform', listedAfterTravel: true, rescreenId, status: 'open' });
    expect(hit.message).toMatch(/^listed — contact .+, action: inform$/);
    const text = JSON.stringify({ ...hit, traveller: undefined });
    expect(text).not.toContain(subjectId);
    expect(text).not.toContain('national:');
    const batch = (await border.get(`/api/screening/batches/${batchId}`)).body;
    expect(batch).toMatchObject({ hits: 1, outcome: 'hit' });
  }, 60_000);

  it('a batch of several travellers keeps what they were screened against', async () => {
    const content = [{ id: 'w1', name: 'Wendell Quorra-Basset', birthDate: '1972-05-30' }, { id: 'w2', name: 'Ines Haverkamp-Lune', birthDate: '1988-09-14' }].map((x) => JSON.stringify(x)).join('\n');
    const b = await border.post('/api/screening/batches', { format: 'jsonl', content });
    expect(b.status, JSON.stringify(b.body)).toBe(202);
    const done = await waitBatchDone(border, b.body.id);
    expect(done).toMatchObject({ status: 'done', errors: 0 });
    expect(done.screenedAgainst.text).toMatch(/entries of lists .*national v\d+/);
    expect(done.screenedAgainst.leftOut).toBe(0);
    expect(done.outcome).toBe(done.hits > 0 ? 'hit' : 'no_hit');
  }, 60_000);

  it('tells the owner of the encounter (notification naming the re-screening, audited)', async () => {
    const n = await intel.get('/api/notifications?limit=200');
    const mine = n.body.items.filter((x: any) => x.kind === 'screening.encounter' && x.recordId === subjectId);
    expect(mine).toHaveLength(1);
    expect(mine[0].payload).toMatchObject({ batchId, hitId, rescreenId });
    const ev = await s.platform.db.selectFrom('audit_log').select(['details', 'actor_name']).where('action', '=', 'screening.encounter').execute();
    expect(ev.some((e) => e.actor_name === 'border.officer' && (JSON.parse(e.details) as { rescreenId?: string; hitIds?: string[] }).rescreenId === rescreenId)).toBe(true);
    expect(JSON.stringify((await border.get('/api/notifications')).body)).not.toContain(subjectId);
  });

  it('keeps the national re-screening out of the administrators\' list (its changes are not for every list administrator)', async () => {
    const list = await admin.get('/api/screening/rescreens');
    expect(list.status).toBe(200);
    expect(list.body.items.some((r: { id: string }) => r.id === rescreenId)).toBe(false);
    expect((await admin.get(`/api/screening/rescreens/${rescreenId}`)).status).toBe(404);
  });

  it('a second run finds nothing new (no double hits)', async () => {
    await intel.post('/api/subjects', subjectBody({ names: ['Ottilie Fenwick-Marsh'], birthDate: '1990-11-02' }));
    const run = await runNationalRescreen();
    expect(run).toMatchObject({ status: 'done', hit_count: 0 });
    expect((await border.get(`/api/screening/batches/${batchId}/hits`)).body.items).toHaveLength(1);
  }, 60_000);

  it('deleting the subject withdraws its national entry at once (audited); the past hit shows as withdrawn', async () => {
    const del = await intel.del(`/api/subjects/${subjectId}`, { reason: 'record closed after review' });
    expect(del.status).toBe(200);
    const entry = await sql`SELECT 1 FROM watchlist_entries e JOIN watchlist_versions v ON v.id = e.version_id WHERE v.active AND e.entry_id = ${`national:${subjectId}`}`.execute(s.platform.db);
    expect(entry.rows).toHaveLength(0);
    const ev = await s.platform.db.selectFrom('audit_log').select(['record_id', 'actor_name', 'details']).where('action', '=', 'screening.national_withdrawn').execute();
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ record_id: subjectId, actor_name: 'analyst.intel' });
    expect(JSON.parse(ev[0]!.details)).toMatchObject({ hits: 1 });

    const hit = await border.get(`/api/screening/hits/${hitId}`);
    expect(hit.status).toBe(200);
    expect(hit.body).toMatchObject({ view: 'withdrawn', source: 'national' });
    // Nothing of the subject (the traveller is the officer's own input).
    expect(hit.body.entry).toBeUndefined();
    expect(hit.body.explanation).toBeUndefined();
    expect(JSON.stringify({ ...hit.body, traveller: undefined })).not.toContain(subjectId);
    // Screening no longer meets it (the index follows within about a second).
    let last: any;
    for (let i = 0; i < 50; i++) {
      last = await border.post('/api/screening/screen', traveller);
      if (last.body.hits.length === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(last.body.hits).toEqual([]);
  }, 60_000);
});
