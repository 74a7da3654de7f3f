/**
 * Admission under load over real HTTP (src/server/platform/admission.ts): with one place and one waiting
 * slot, a request whose body is still arriving holds the place; the next waits, the one after gets 503
 * with Retry-After; a single-traveller screen and the health check pass; a request whose client left
 * while waiting is never worked on.
 */
import { request } from 'node:http';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { halfSentCreate } from '../helpers/half-sent.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let intel: Client;
let border: Client;
beforeAll(async () => {
  s = await startTestServer({ env: { VIGIL_ACTIVE_REQUESTS: '1', VIGIL_QUEUED_REQUESTS: '1' } });
  intel = await s.client('analyst.intel');
  border = await s.client('border.officer');
});
afterAll(() => s?.close());

const settle = () => new Promise((r) => setTimeout(r, 300));

describe('admission under load', () => {
  it('queues the next request, refuses beyond the queue with 503 and Retry-After, and lets screens and the health check pass', async () => {
    const holder = halfSentCreate(s.url, intel, 'Odile Vanderplaetse');
    await settle();
    let queuedDone = false;
    const queued = intel.get('/api/subjects?q=Vanderplaetse').then((r) => ((queuedDone = true), r));
    await settle();
    expect(queuedDone).toBe(false);

    const refused = await intel.get('/api/subjects');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.body.error).toMatchObject({ code: 'UNAVAILABLE' });

    const screen = await border.post('/api/screening/screen', { name: 'Odile Vanderplaetse', birthDate: '1981-02-03' });
    expect(screen.status).toBe(201);
    expect((await (await s.client()).get('/api/health')).status).toBe(200);
    expect(queuedDone).toBe(false);

    holder.finish();
    expect(await holder.answered).toBe(201);
    const q = await queued;
    expect(q.status).toBe(200);
    expect(q.body.results.map((i: { names: string[] }) => i.names[0])).toContain('Odile Vanderplaetse');
  });

  it('never works on a request whose client left while it waited', async () => {
    const searches = async () => {
      const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM audit_log WHERE action = 'subject.search'`.execute(s.platform.db);
      return Number(rows[0]!.n);
    };
    const holder = halfSentCreate(s.url, intel, 'Gaston Holdsworth');
    await settle();
    const before = await searches();
    // A search (which would leave an audit entry) waits for the place; its client gives up.
    const url = new URL(s.url);
    const leaver = request({ host: url.hostname, port: url.port, path: '/api/subjects?q=Holdsworth', headers: { cookie: intel.cookie } });
    leaver.on('error', () => undefined);
    leaver.end();
    await settle();
    leaver.destroy();
    await settle();
    holder.finish();
    expect(await holder.answered).toBe(201);
    await settle();
    expect(await searches()).toBe(before);
    // The place was handed on, not lost: the server still answers, and that search is on the record.
    expect((await intel.get('/api/subjects?q=Holdsworth')).body.results).toHaveLength(1);
    expect(await searches()).toBe(before + 1);
  });
});
