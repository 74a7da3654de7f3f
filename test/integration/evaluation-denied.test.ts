/**
 * Refusals of every evaluation route (test/integration/denied/evaluation.ts) on records that exist (the
 * demo's departures indicator with its series): a user without the prevention right gets 403, a reader
 * may not enter or import, a writer may not define indicators, nobody signed in gets 401 — and nothing
 * changes in the evaluation tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { DENIED_EVALUATION } from './denied/evaluation.ts';

let s: TestServer;
let noRight: Client;
let reader: Client;
let writer: Client;
let anon: Client;
let id = '';

async function state(): Promise<string> {
  const out: unknown[] = [];
  for (const t of ['evaluation_indicators', 'evaluation_theories', 'evaluation_imports', 'evaluation_values']) {
    const { rows } = await sql`SELECT * FROM ${sql.table(t)} ORDER BY 1`.execute(s.platform.db);
    out.push(rows);
  }
  return JSON.stringify(out);
}

async function user(admin: Client, username: string, roles: Record<string, string[]>): Promise<Client> {
  const orgs = (await admin.get('/api/organisations')).body as Array<{ id: string; name: string }>;
  const org = orgs.find((o) => o.name === 'Municipal Prevention Service Riverside')!.id;
  const u = await admin.post('/api/users', { username, displayName: username, orgId: org, clearance: 'restricted', roles, password: 'evaluation-denied-pass-1' });
  expect(u.status, JSON.stringify(u.body)).toBe(201);
  const c = await s.client();
  expect((await c.login(username, 'evaluation-denied-pass-1')).status).toBe(200);
  return c;
}

beforeAll(async () => {
  s = await startTestServer();
  noRight = await s.client('analyst.intel');
  anon = await s.client();
  const admin = await s.client('admin');
  reader = await user(admin, 'evaluation.reader', { prevention: ['read'] });
  writer = await user(admin, 'evaluation.writer', { prevention: ['read', 'write'] });
  const analyst = await s.client('evaluation.analyst');
  id = ((await analyst.get('/api/evaluation/indicators')).body as Array<{ id: string; code: string }>).find((i) => i.code === 'ftf-departures')!.id;
});
afterAll(async () => {
  await s?.close();
});

const indicator = { code: 'denied-indicator', periodicity: 'year', name: 'Refused', numerator: 'cases', source: 'test', reliability: 'indicative' };
const update = { version: 1, name: 'Refused', numerator: 'cases', source: 'test', reliability: 'official' };
const theory = { activities: ['a'], outputs: ['b'], outcomes: ['c'], indicatorIds: [] };
const value = { nisCode: '23088', period: '2016-H2', numerator: 50 };
const csv = { csv: 'nis_code,period,numerator\n23088,2016-H2,50\n' };
const run = '?nis=23088&intervention=2014-05-01';

type Who = () => Client;
type Case = { who: Who; name: string; status: number; path: () => string; body?: unknown };
const all = (path: () => string, body?: unknown, extra: Case[] = []): Case[] => [{ who: () => noRight, name: 'no prevention right', status: 403, path, body }, { who: () => anon, name: 'anonymous', status: 401, path, body }, ...extra];
const CASES: Record<string, Case[]> = {
  'GET /api/evaluation/indicators': all(() => '/api/evaluation/indicators'),
  'POST /api/evaluation/indicators': all(() => '/api/evaluation/indicators', indicator, [{ who: () => writer, name: 'writer (no admin)', status: 403, path: () => '/api/evaluation/indicators', body: indicator }]),
  'PUT /api/evaluation/indicators/:id': all(() => `/api/evaluation/indicators/${id}`, update, [{ who: () => writer, name: 'writer (no admin)', status: 403, path: () => `/api/evaluation/indicators/${id}`, body: update }]),
  'GET /api/evaluation/theories': all(() => '/api/evaluation/theories'),
  'PUT /api/evaluation/theories/:programmeType': all(() => '/api/evaluation/theories/strong-cities', theory, [{ who: () => writer, name: 'writer (no admin)', status: 403, path: () => '/api/evaluation/theories/strong-cities', body: theory }]),
  'GET /api/evaluation/municipalities': all(() => '/api/evaluation/municipalities'),
  'GET /api/evaluation/geo/municipalities': all(() => '/api/evaluation/geo/municipalities'),
  'GET /api/evaluation/indicators/:id/values': all(() => `/api/evaluation/indicators/${id}/values`),
  'POST /api/evaluation/indicators/:id/values': all(() => `/api/evaluation/indicators/${id}/values`, value, [{ who: () => reader, name: 'reader (no write)', status: 403, path: () => `/api/evaluation/indicators/${id}/values`, body: value }]),
  'POST /api/evaluation/indicators/:id/imports/preview': all(() => `/api/evaluation/indicators/${id}/imports/preview`, csv, [{ who: () => reader, name: 'reader (no write)', status: 403, path: () => `/api/evaluation/indicators/${id}/imports/preview`, body: csv }]),
  'POST /api/evaluation/indicators/:id/imports': all(() => `/api/evaluation/indicators/${id}/imports`, csv, [{ who: () => reader, name: 'reader (no write)', status: 403, path: () => `/api/evaluation/indicators/${id}/imports`, body: csv }]),
  'GET /api/evaluation/indicators/:id/values.csv': all(() => `/api/evaluation/indicators/${id}/values.csv`),
  'GET /api/evaluation/indicators/:id/evaluate': all(() => `/api/evaluation/indicators/${id}/evaluate${run}`),
  'GET /api/evaluation/indicators/:id/evaluate.csv': all(() => `/api/evaluation/indicators/${id}/evaluate.csv${run}`),
  'GET /api/evaluation/indicators/:id/evaluate.pdf': all(() => `/api/evaluation/indicators/${id}/evaluate.pdf${run}`),
  'GET /api/evaluation/indicators/:id/map': all(() => `/api/evaluation/indicators/${id}/map`),
};

describe('every evaluation route refuses who may not', () => {
  it('lists a case for every route of test/integration/denied/evaluation.ts', () => {
    expect(Object.keys(CASES).sort()).toEqual([...DENIED_EVALUATION].sort());
    for (const route of DENIED_EVALUATION) expect(s.routes.some((r) => `${r.method} ${r.url}` === route), route).toBe(true);
    expect(s.routes.filter((r) => r.module === 'evaluation').map((r) => `${r.method} ${r.url}`).sort()).toEqual([...DENIED_EVALUATION].sort());
  });

  for (const route of DENIED_EVALUATION) {
    it(route, async () => {
      const method = route.split(' ')[0]!;
      for (const c of CASES[route] ?? []) {
        const before = await state();
        const r = await c.who().req(method, c.path(), c.body);
        expect(r.status, `${c.name}: ${JSON.stringify(r.body)}`).toBe(c.status);
        expect(JSON.stringify(r.body)).not.toMatch(/Vilvoorde|23088|ftf-departures/);
        expect(await state(), `${c.name} changed nothing`).toBe(before);
      }
    });
  }

  it('the same calls succeed for the analyst (the refusals are about rights, not the records)', async () => {
    const analyst = await s.client('evaluation.analyst');
    expect((await analyst.get(`/api/evaluation/indicators/${id}/evaluate${run}`)).status).toBe(200);
    expect((await reader.get(`/api/evaluation/indicators/${id}/values`)).status).toBe(200);
    expect((await writer.post(`/api/evaluation/indicators/${id}/imports/preview`, csv)).status).toBe(200);
  });
});
