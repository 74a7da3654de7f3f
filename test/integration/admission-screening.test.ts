/**
 * Admission while screens go on, over real HTTP (VIGIL_ACTIVE_REQUESTS_WHILE_SCREENING): with two places
 * for ordinary requests, one place while single-traveller screens go on. One create holds a place (its
 * body still arriving); after a screen, a search waits for the held place; a second after the last
 * screen, the second place comes back and the search is answered while the create still holds its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { URGENT_WINDOW_MS } from '../../src/server/platform/admission.ts';
import { halfSentCreate } from '../helpers/half-sent.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let intel: Client;
let border: Client;
beforeAll(async () => {
  s = await startTestServer({ env: { VIGIL_ACTIVE_REQUESTS: '2', VIGIL_ACTIVE_REQUESTS_WHILE_SCREENING: '1', VIGIL_QUEUED_REQUESTS: '10' } });
  intel = await s.client('analyst.intel');
  border = await s.client('border.officer');
});
afterAll(() => s?.close());

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('admission while screens go on', () => {
  it('leaves ordinary requests one place while screens go on, and gives the second back a second after the last screen', async () => {
    const holder = halfSentCreate(s.url, intel, 'Rosalie Halbgesendet');
    await wait(200);
    // Without screens the second place is free: a search is answered at once.
    expect((await intel.get('/api/subjects?q=Halbgesendet')).status).toBe(200);

    const screen = await border.post('/api/screening/screen', { name: 'Rosalie Halbgesendet', birthDate: '1979-03-04' });
    expect(screen.status).toBe(201);
    let searched = 0;
    const search = intel.get('/api/subjects?q=Halbgesendet').then((r) => ((searched = performance.now()), r));
    const asked = performance.now();
    await wait(URGENT_WINDOW_MS / 3);
    expect(searched, 'a search was admitted beside the held create while a screen had just been answered').toBe(0);
    // The window passes with no screen: the search gets the second place, the create still holds the first.
    const r = await search;
    expect(r.status).toBe(200);
    expect(searched - asked).toBeGreaterThanOrEqual(URGENT_WINDOW_MS / 3);
    holder.finish();
    expect(await holder.answered).toBe(201);
  });
});
