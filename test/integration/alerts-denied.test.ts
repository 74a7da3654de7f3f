/**
 * Refusals of every alerts route (test/integration/denied/alerts.ts) on alerts that exist: a user of
 * another organisation gets exactly the answer of a missing alert, a user without the crisis right gets
 * 403, nobody signed in gets 401, and nothing changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { alertContent } from './alerts-fixtures.ts';
import { DENIED_ALERTS } from './denied/alerts.ts';

let s: TestServer;
let editor: Client;
let authority: Client;
let outsider: Client;
let noRight: Client;
let anon: Client;
const ids = { draft: '', waiting: '', approved: '', published: '' };
const MISSING = '00000000-0000-4000-8000-000000000000';

async function state(): Promise<string> {
  const { rows } = await sql`SELECT * FROM alerts ORDER BY id`.execute(s.platform.db);
  return JSON.stringify(rows);
}

beforeAll(async () => {
  s = await startTestServer();
  editor = await s.client('alert.editor');
  authority = await s.client('alert.authority');
  noRight = await s.client('analyst.intel');
  anon = await s.client();
  const admin = await s.client('admin');
  const orgs = (await admin.get('/api/organisations')).body as Array<{ id: string; name: string }>;
  const police = orgs.find((o) => o.name === 'Federal Judicial Police')!.id;
  const u = await admin.post('/api/users', { username: 'crisis.outsider', displayName: 'Outsider', orgId: police, clearance: 'secret', roles: { crisis: ['read', 'write', 'approve'] }, password: 'alerts-denied-password-1' });
  expect(u.status, JSON.stringify(u.body)).toBe(201);
  outsider = await s.client();
  expect((await outsider.login('crisis.outsider', 'alerts-denied-password-1')).status).toBe(200);
  const make = async (steps: number) => {
    const d = (await editor.post('/api/alerts', { content: alertContent({ headline: `Denied ${steps}` }) })).body;
    if (steps > 0) expect((await editor.post(`/api/alerts/${d.id}/submit`, { version: d.version })).status).toBe(200);
    if (steps > 1) expect((await authority.post(`/api/alerts/${d.id}/approve`, { version: d.version })).status).toBe(200);
    if (steps > 2) expect((await authority.post(`/api/alerts/${d.id}/publish`)).status).toBe(200);
    return d.id as string;
  };
  ids.draft = await make(0);
  ids.waiting = await make(1);
  ids.approved = await make(2);
  ids.published = await make(3);
});
afterAll(async () => {
  await s?.close();
});

type Who = () => Client;
/** Each route: the refused callers and the answer each must get, on an existing alert. */
const CASES: Record<string, Array<{ who: Who; name: string; status: number; path: () => string; body?: () => unknown; missingLike?: boolean }>> = {
  'GET /api/alerts': [{ who: () => noRight, name: 'no crisis right', status: 403, path: () => '/api/alerts' }, { who: () => anon, name: 'anonymous', status: 401, path: () => '/api/alerts' }],
  'POST /api/alerts': [{ who: () => noRight, name: 'no crisis right', status: 403, path: () => '/api/alerts', body: () => ({ content: alertContent() }) }],
  'GET /api/alerts/geo/municipalities': [{ who: () => noRight, name: 'no crisis right', status: 403, path: () => '/api/alerts/geo/municipalities' }, { who: () => anon, name: 'anonymous', status: 401, path: () => '/api/alerts/geo/municipalities' }],
  'GET /api/alerts/:id': [{ who: () => outsider, name: 'other organisation', status: 404, path: () => `/api/alerts/${ids.draft}`, missingLike: true }, { who: () => noRight, name: 'no crisis right', status: 403, path: () => `/api/alerts/${ids.published}` }],
  'PUT /api/alerts/:id': [
    { who: () => outsider, name: 'other organisation', status: 404, path: () => `/api/alerts/${ids.draft}`, body: () => ({ version: 1, content: alertContent() }), missingLike: true },
    { who: () => noRight, name: 'no crisis right', status: 403, path: () => `/api/alerts/${ids.draft}`, body: () => ({ version: 1, content: alertContent() }) },
  ],
  'DELETE /api/alerts/:id': [{ who: () => outsider, name: 'other organisation', status: 404, path: () => `/api/alerts/${ids.draft}?version=1`, missingLike: true }, { who: () => noRight, name: 'no crisis right', status: 403, path: () => `/api/alerts/${ids.draft}?version=1` }],
  'GET /api/alerts/:id/preview': [{ who: () => outsider, name: 'other organisation', status: 404, path: () => `/api/alerts/${ids.waiting}/preview`, missingLike: true }],
  'POST /api/alerts/:id/submit': [{ who: () => outsider, name: 'other organisation', status: 404, path: () => `/api/alerts/${ids.draft}/submit`, body: () => ({ version: 1 }), missingLike: true }],
  'POST /api/alerts/:id/return': [
    { who: () => outsider, name: 'other organisation', status: 404, path: () => `/api/alerts/${ids.waiting}/return`, body: () => ({ version: 1, reason: 'no' }), missingLike: true },
    { who: () => editor, name: 'no approve right', status: 403, path: () => `/api/alerts/${ids.waiting}/return`, body: () => ({ version: 1, reason: 'no' }) },
  ],
  'POST /api/alerts/:id/approve': [
    { who: () => outsider, name: 'other organisation', status: 404, path: () => `/api/alerts/${ids.waiting}/approve`, body: () => ({ version: 1 }), missingLike: true },
    { who: () => editor, name: 'no approve right', status: 403, path: () => `/api/alerts/${ids.waiting}/approve`, body: () => ({ version: 1 }) },
  ],
  'POST /api/alerts/:id/publish': [
    { who: () => outsider, name: 'other organisation', status: 404, path: () => `/api/alerts/${ids.approved}/publish`, missingLike: true },
    { who: () => editor, name: 'no approve right', status: 403, path: () => `/api/alerts/${ids.approved}/publish` },
  ],
  'POST /api/alerts/:id/follow-up': [
    { who: () => outsider, name: 'other organisation (the alert is public, the follow-up is not theirs)', status: 403, path: () => `/api/alerts/${ids.published}/follow-up`, body: () => ({ msgType: 'Update' }) },
    { who: () => noRight, name: 'no crisis right', status: 403, path: () => `/api/alerts/${ids.published}/follow-up`, body: () => ({ msgType: 'Cancel' }) },
  ],
};

describe('every alerts route refuses who may not', () => {
  it('lists a case for every route of test/integration/denied/alerts.ts', () => {
    expect(Object.keys(CASES).sort()).toEqual([...DENIED_ALERTS].sort());
    for (const route of DENIED_ALERTS) expect(s.routes.some((r) => `${r.method} ${r.url}` === route), route).toBe(true);
  });

  for (const route of DENIED_ALERTS) {
    it(`${route}`, async () => {
      const method = route.split(' ')[0]!;
      for (const c of CASES[route] ?? []) {
        const before = await state();
        const r = await c.who().req(method, c.path(), c.body?.());
        expect(r.status, `${c.name}: ${JSON.stringify(r.body)}`).toBe(c.status);
        expect(await state(), `${c.name} changed nothing`).toBe(before);
        if (c.missingLike) {
          const missing = await c.who().req(method, c.path().replace(/[0-9a-f-]{36}/, MISSING), c.body?.());
          expect(r.body, `${c.name}: a refusal looks like a missing alert`).toEqual(missing.body);
        }
      }
    });
  }

  it("another organisation's list holds its published alerts but none of its drafts", async () => {
    const list = (await outsider.get('/api/alerts')).body.map((a: { id: string }) => a.id);
    expect(list).toContain(ids.published);
    for (const id of [ids.draft, ids.waiting, ids.approved]) expect(list).not.toContain(id);
  });
});
