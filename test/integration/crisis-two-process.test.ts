/**
 * Live delivery as deployed behind a load balancer: two Vigil processes on one PostgreSQL database.
 * Process A is this test's server; process B is a `vigil serve` of its own over the same database and
 * keys. A client on A's stream receives what is written through B (and the other way round), in commit
 * order with no gap and no duplicate; a client reconnecting with Last-Event-ID, to either process, is
 * replayed what it missed; an organisation not taking part gets 404 on both, exactly as for a missing
 * incident. PostgreSQL only: two processes cannot share the embedded database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackend } from '../helpers/backend.ts';
import { Client, startTestServer, type TestServer } from '../helpers/server.ts';
import { openSse, startVigilProcess, type SseConn, type VigilProcess } from './crisis-sse.ts';

const onServer = testBackend() === 'postgres';
if (!onServer) console.log('SKIPPED crisis-two-process: needs a PostgreSQL server (VIGIL_TEST_BACKEND=postgres DATABASE_URL=postgres://…); two processes cannot share the embedded database');

const POLL = { VIGIL_CRISIS_POLL_MS: '50', VIGIL_CRISIS_REPLAY_MAX: '100' };
let a: TestServer;
let b: VigilProcess;
let officerA: Client;
let policeA: Client;
let policeB: Client;
let org: { local: string; medical: string };

const declare = (participants: string[]) => ({ title: 'Two-process drill', type: 'terror-attack', description: 'Live delivery across processes.', lat: 50.85, lon: 4.35, municipality: 'Brussels', occurredAt: new Date(Date.now() - 60_000).toISOString(), exercise: true, participants });
const texts = (es: SseConn['events']) => es.filter((e) => e.event === 'message').map((e) => JSON.parse(e.data).payload.text as string);
const ids = (es: SseConn['events']) => es.filter((e) => e.event === 'message').map((e) => Number(e.id));
const streamUrl = (base: string, id: string) => `${base}/api/crisis/incidents/${id}/stream`;

async function log(c: Client, id: string, text: string): Promise<void> {
  const r = await c.post(`/api/crisis/incidents/${id}/log`, { kind: 'communication', text });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
}

describe.skipIf(!onServer)('crisis live delivery with two Vigil processes on one PostgreSQL (skipped without VIGIL_TEST_BACKEND=postgres and DATABASE_URL)', () => {
  beforeAll(async () => {
    a = await startTestServer({ env: POLL });
    b = await startVigilProcess({
      ...POLL,
      DATABASE_URL: a.platform.config.databaseUrl!,
      VIGIL_DATA_DIR: a.platform.config.dataDir,
      VIGIL_LOGIN_ATTEMPTS: '1000',
      VIGIL_REMINDER_MINUTES: '0',
      VIGIL_SHARING_JOBS: '0',
      VIGIL_SCREENING_JOBS: '0',
    });
    officerA = await a.client('crisis.officer');
    policeA = await a.client('police.commander');
    policeB = new Client(b.url);
    expect((await policeB.login('police.commander', 'vigil-demo')).status).toBe(200);
    const rows = await a.platform.db.selectFrom('organisations').select(['id', 'name']).execute();
    const byName = (n: string) => rows.find((r) => r.name === n)!.id;
    org = { local: byName('Local Police North Zone'), medical: byName('Medical Emergency Service Riverside') };
  }, 180_000);
  afterAll(async () => {
    await b?.stop();
    await a?.close();
  });

  it('delivers on A what is written through B (and the reverse), in commit order, with no gap or duplicate', async () => {
    expect(b.url).not.toBe(a.url);
    const id = (await officerA.post('/api/crisis/incidents', declare([org.local]))).body.id as string;
    const onA = await openSse(streamUrl(a.url, id), { cookie: policeA.cookie });
    const onB = await openSse(streamUrl(b.url, id), { cookie: policeB.cookie });
    expect([onA.status, onB.status]).toEqual([200, 200]);
    // one at a time, through B only: A must see them
    for (let i = 1; i <= 5; i++) await log(policeB, id, `via B ${i}`);
    await onA.waitFor(5);
    expect(texts(onA.events)).toEqual(['via B 1', 'via B 2', 'via B 3', 'via B 4', 'via B 5']);
    // twenty at once through both processes: both streams see the same ids, increasing, each once
    await Promise.all(Array.from({ length: 20 }, (_, i) => log(i % 2 ? policeA : policeB, id, `burst ${i}`)));
    await onA.waitFor(25);
    await onB.waitFor(25);
    const seqA = ids(onA.events);
    expect(seqA).toEqual(ids(onB.events));
    expect(new Set(seqA).size).toBe(25);
    expect([...seqA].sort((x, y) => x - y)).toEqual(seqA);
    expect(texts(onA.events).filter((t) => t.startsWith('burst')).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `burst ${i}`).sort());
    // the order the streams show is the order of the durable table (the timeline)
    const timeline = (await policeA.get(`/api/crisis/incidents/${id}/timeline`)).body.items.filter((e: any) => e.kind === 'log.appended');
    expect(timeline.map((e: any) => Number(e.id))).toEqual(seqA);
    onA.close();
    onB.close();
  });

  it('replays missed events in order to a client reconnecting with Last-Event-ID, on either process', async () => {
    const id = (await officerA.post('/api/crisis/incidents', declare([org.local]))).body.id as string;
    const first = await openSse(streamUrl(a.url, id), { cookie: policeA.cookie });
    await log(policeB, id, 'before the drop');
    const [seen] = await first.waitFor(1);
    first.close();
    for (let i = 1; i <= 6; i++) await log(i % 2 ? policeB : policeA, id, `missed ${i}`);
    // back on A, and (as after a load balancer's switch) on B, both from the same Last-Event-ID
    const backA = await openSse(streamUrl(a.url, id), { cookie: policeA.cookie, 'last-event-id': seen!.id! });
    const backB = await openSse(streamUrl(b.url, id), { cookie: policeB.cookie, 'last-event-id': seen!.id! });
    await log(policeB, id, 'after the return');
    const missed = ['missed 1', 'missed 2', 'missed 3', 'missed 4', 'missed 5', 'missed 6', 'after the return'];
    for (const s of [backA, backB]) {
      await s.waitFor(7);
      expect(texts(s.events)).toEqual(missed);
      const got = ids(s.events);
      expect(got[0]).toBeGreaterThan(Number(seen!.id));
      expect([...got].sort((x, y) => x - y)).toEqual(got);
    }
    expect(ids(backA.events)).toEqual(ids(backB.events));
    // nothing more arrives than was written (no duplicate from the replay meeting the live events)
    await new Promise((r) => setTimeout(r, 300));
    expect([backA.events.length, backB.events.length]).toEqual([7, 7]);
    backA.close();
    backB.close();
  });

  it('refuses a user whose organisation does not take part with 404 on both processes, as for a missing incident', async () => {
    const restricted = (await officerA.post('/api/crisis/incidents', declare([org.medical]))).body.id as string;
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const [base, c] of [[a.url, policeA], [b.url, policeB]] as const) {
      const refused = await openSse(streamUrl(base, restricted), { cookie: c.cookie });
      const none = await openSse(streamUrl(base, missing), { cookie: c.cookie });
      expect([refused.status, none.status]).toEqual([404, 404]);
      refused.close();
      none.close();
      const read = await c.get(`/api/crisis/incidents/${restricted}`);
      const readMissing = await c.get(`/api/crisis/incidents/${missing}`);
      expect([read.status, readMissing.status]).toEqual([404, 404]);
      expect(read.body).toEqual(readMissing.body);
    }
  });
});
