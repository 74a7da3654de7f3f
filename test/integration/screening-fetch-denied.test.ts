/**
 * Refusals of the list-fetch, re-screening and passenger-message routes (test/integration/denied/screening.ts)
 * on records that exist: a screening reader and a screening writer who is not the list administrator get
 * 403, nobody signed in gets 401 — no list address is called and nothing changes in the fetch, re-screening
 * and batch tables. A passenger message is refused before it is read: a user without screening write gets
 * 403 for a valid message and for one that cannot be parsed alike (the access check comes first).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/backend.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { DENIED_SCREENING } from './denied/screening.ts';
import { listFixtures, listServer } from './watchlist-fetch-fixtures.ts';

let s: TestServer;
let lists: Awaited<ReturnType<typeof listServer>>;
let reader: Client;
let writer: Client;
let anon: Client;
let threat: Client;
const PAXLST = readFileSync(join(ROOT, 'test/fixtures/passenger-messages/paxlst-sample.edi'), 'utf8');
let fetchId = '';
let rescreenId = '';

async function state(): Promise<string> {
  const out: unknown[] = [];
  for (const t of ['watchlist_fetches', 'screening_rescreens', 'watchlist_versions', 'watchlist_previews', 'screening_batches', 'screening_travellers', 'screening_hits']) {
    const { rows } = await sql`SELECT * FROM ${sql.table(t)} ORDER BY 1`.execute(s.platform.db);
    out.push(rows);
  }
  return JSON.stringify(out);
}

beforeAll(async () => {
  const fx = await listFixtures();
  lists = await listServer({ '/un.xml': fx.v1 });
  s = await startTestServer({ env: { VIGIL_OUTBOUND_ALLOW: '127.0.0.1', VIGIL_WATCHLIST_UN_URL: `${lists.base}/un.xml` } });
  const admin = await s.client('border.officer');
  const f = await admin.post('/api/screening/lists/un/fetch', { mode: 'apply' });
  expect(f.status, JSON.stringify(f.body)).toBe(201);
  fetchId = f.body.id;
  rescreenId = f.body.rescreenId;
  expect(rescreenId).toBeTruthy();
  reader = await s.client('analyst.intel');
  threat = await s.client('analyst.threat');
  anon = await s.client();
  // A batch of the border organisation exists (a record of the kind the message route creates).
  const b = await admin.post('/api/screening/batches/messages', { content: PAXLST });
  expect(b.status, JSON.stringify(b.body)).toBe(202);
  const db = s.platform.db;
  const ref = await db.selectFrom('users').select(['org_id', 'password_hash']).where('username', '=', 'border.officer').executeTakeFirstOrThrow();
  await db
    .insertInto('users')
    .values({ id: crypto.randomUUID(), username: 'border.writer', display_name: 'Border Writer', org_id: ref.org_id, clearance: 'confidential', roles: JSON.stringify({ screening: ['read', 'write'], intel: ['read'] }), password_hash: ref.password_hash })
    .onConflict((oc) => oc.column('username').doNothing())
    .execute();
  writer = await s.client('border.writer');
  // The re-screening and the batch run in the background: the refusals are compared with a state at rest.
  for (let i = 0; i < 600; i++) {
    const { rows } = await sql<{ n: number }>`SELECT (SELECT count(*) FROM screening_rescreens WHERE status IN ('queued', 'running')) + (SELECT count(*) FROM screening_batches WHERE status IN ('receiving', 'queued', 'running')) + (SELECT count(*) FROM screening_travellers WHERE status = 'pending') AS n`.execute(db);
    if (Number(rows[0]!.n) === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
}, 120_000);
afterAll(async () => {
  await s?.close();
  await lists?.close();
});

/** A POST with a raw body of the given media type (the test client sends JSON only). */
async function rawPost(c: Client, path: string, body: string, type: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(c.base + path, { method: 'POST', headers: { 'content-type': type, ...(c.cookie ? { cookie: c.cookie, 'x-csrf-token': c.csrf } : {}) }, body });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
}

type Case = { who: () => Client; name: string; status: number; method: 'GET' | 'POST'; path: () => string; body?: unknown; type?: string };
const all = (method: 'GET' | 'POST', path: () => string, body?: unknown): Case[] => [
  { who: () => reader, name: 'screening reader', status: 403, method, path, body },
  { who: () => writer, name: 'screening writer (not the list administrator)', status: 403, method, path, body },
  { who: () => anon, name: 'anonymous', status: 401, method, path, body },
];
const CASES: Record<string, Case[]> = {
  'POST /api/screening/lists/:source/fetch': [...all('POST', () => '/api/screening/lists/un/fetch', { mode: 'apply' }), ...all('POST', () => '/api/screening/lists/ofac/fetch', { mode: 'check', url: 'http://127.0.0.1:1/sdn.csv' })],
  'GET /api/screening/fetches': all('GET', () => '/api/screening/fetches'),
  'GET /api/screening/fetches/:id': all('GET', () => `/api/screening/fetches/${fetchId}`),
  'GET /api/screening/rescreens': all('GET', () => '/api/screening/rescreens'),
  'GET /api/screening/rescreens/:id': all('GET', () => `/api/screening/rescreens/${rescreenId}`),
  // Screening write is enough to send a message (the writer may): a reader, a user without screening and nobody are refused.
  'POST /api/screening/batches/messages': [
    { who: () => reader, name: 'screening reader (raw message)', status: 403, method: 'POST', path: () => '/api/screening/batches/messages', body: PAXLST, type: 'application/edifact' },
    { who: () => reader, name: 'screening reader (JSON, unparsable message)', status: 403, method: 'POST', path: () => '/api/screening/batches/messages', body: { content: 'UNB+UNOA:4+X+Y+261204:1510+1' } },
    { who: () => threat, name: 'no screening role', status: 403, method: 'POST', path: () => '/api/screening/batches/messages?format=paxlst', body: PAXLST, type: 'text/plain' },
    { who: () => anon, name: 'anonymous', status: 401, method: 'POST', path: () => '/api/screening/batches/messages', body: PAXLST, type: 'application/edifact' },
  ],
};

describe('every list-fetch, re-screening and passenger-message route refuses who may not', () => {
  it('has a case for every listed route', () => {
    expect(Object.keys(CASES).sort()).toEqual([...DENIED_SCREENING].sort());
  });
  for (const route of DENIED_SCREENING) {
    it(`${route} is refused`, async () => {
      const before = await state();
      const calls = lists.hits['/un.xml'] ?? 0;
      for (const c of CASES[route]!) {
        const r = c.method === 'GET' ? await c.who().get(c.path()) : c.type ? await rawPost(c.who(), c.path(), String(c.body), c.type) : await c.who().post(c.path(), c.body);
        expect(r.status, `${c.name}: ${JSON.stringify(r.body)}`).toBe(c.status);
      }
      expect(await state()).toBe(before);
      expect(lists.hits['/un.xml'] ?? 0).toBe(calls);
    });
  }
});
