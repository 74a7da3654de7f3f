/**
 * Every legal route refused to someone who may not use it, on records that exist: nothing changes,
 * and a refused read of a record answers exactly like a missing one (404). The routes come from
 * test/integration/denied/legal.ts; a route listed there without a case here fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DENIED_LEGAL } from './denied/legal.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let none: Client, analyst: Client, military: Client, head: Client, anonymous: Client;
let authId: string, coopId: string, basisId: string;
const MISSING = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  s = await startTestServer();
  // analyst.intel holds no legal right; head.military reads only its own service's records.
  [none, analyst, military, head] = (await Promise.all(['analyst.intel', 'legal.analyst', 'head.military', 'head.civil'].map((u) => s.client(u)))) as [Client, Client, Client, Client];
  anonymous = await s.client();
  const auths = (await head.get('/api/legal/authorisations')).body as Array<{ id: string; state: string }>;
  authId = auths.find((a) => a.state === 'draft')!.id;
  coopId = (await head.get('/api/legal/cooperation')).body[0].id;
  basisId = (await head.get('/api/legal/registry?kind=basis')).body[0].id;
});
afterAll(() => s?.close());

async function snapshot() {
  const r = await sql<{ t: number; a: number; c: number; e: number; g: number; k: number }>`SELECT
    (SELECT count(*)::int FROM legal_transitions) AS t, (SELECT count(*)::int FROM legal_authorisations) AS a,
    (SELECT count(*)::int FROM legal_cooperation) AS c, (SELECT count(*)::int FROM legal_cooperation_events) AS e,
    (SELECT count(*)::int FROM legal_registry) AS g, (SELECT coalesce(sum(days), 0)::int FROM legal_deadline_rules) AS k`.execute(s.platform.db);
  return r.rows[0];
}

type Case = { who: () => Client; method: string; path: () => string; body?: unknown; status: number };
const draftBody = () => ({ method: 'interception', basisId, targets: [MISSING], facts: 'x'.repeat(30), subsidiarity: 'x'.repeat(30), proportionality: 'x'.repeat(30), durationDays: 10 });

const CASES: Record<string, Case[]> = {
  'GET /api/legal/registry': [{ who: () => none, method: 'GET', path: () => '/api/legal/registry', status: 403 }],
  // The bases for the markings of every record: any signed-in user (the law is no personal data), nobody else.
  'GET /api/legal/bases': [{ who: () => anonymous, method: 'GET', path: () => '/api/legal/bases', status: 401 }],
  'GET /api/legal/registry/:id': [{ who: () => none, method: 'GET', path: () => `/api/legal/registry/${basisId}`, status: 403 }],
  'POST /api/legal/registry': [{ who: () => head, method: 'POST', path: () => '/api/legal/registry', body: { kind: 'offence', code: 'denied-x', title: 'Denied offence', article: 'art. 1', textReference: 'None at all', validFrom: '2020-01-01' }, status: 403 }],
  'POST /api/legal/registry/:id/amend': [{ who: () => head, method: 'POST', path: () => `/api/legal/registry/${basisId}/amend`, body: { title: 'Denied', article: 'art. 1', textReference: 'None at all', validFrom: '2030-01-01' }, status: 403 }],
  'POST /api/legal/registry/:id/expire': [{ who: () => analyst, method: 'POST', path: () => `/api/legal/registry/${basisId}/expire`, body: { validTo: '2030-01-01' }, status: 403 }],
  'GET /api/legal/registry/:id/review': [{ who: () => none, method: 'GET', path: () => `/api/legal/registry/${basisId}/review`, status: 403 }],
  // The subjects classified under an offence: a legal right first; a reader without intel rights gets an empty list (subject-offences.test.ts).
  'GET /api/legal/registry/:id/subjects': [{ who: () => none, method: 'GET', path: () => `/api/legal/registry/${basisId}/subjects`, status: 403 }],
  // The prevention cases classified under an offence: a legal right first; the cases are only those the reader takes part in (legal-prevention-links.test.ts).
  'GET /api/legal/registry/:id/cases': [{ who: () => none, method: 'GET', path: () => `/api/legal/registry/${basisId}/cases`, status: 403 }],
  // The offences for classifying subjects: any signed-in user (the law is no personal data), nobody else.
  'GET /api/legal/offences': [{ who: () => anonymous, method: 'GET', path: () => '/api/legal/offences', status: 401 }],
  'GET /api/legal/deadline-rules': [{ who: () => none, method: 'GET', path: () => '/api/legal/deadline-rules', status: 403 }],
  'PUT /api/legal/deadline-rules/:id': [{ who: () => head, method: 'PUT', path: () => '/api/legal/deadline-rules/opinion', body: { days: 99, reference: 'Denied reference', indicative: true }, status: 403 }],
  'GET /api/legal/methods': [{ who: () => none, method: 'GET', path: () => '/api/legal/methods', status: 403 }],
  'GET /api/legal/authorisations': [{ who: () => none, method: 'GET', path: () => '/api/legal/authorisations', status: 403 }],
  'POST /api/legal/authorisations': [{ who: () => none, method: 'POST', path: () => '/api/legal/authorisations', body: draftBody, status: 403 }],
  'GET /api/legal/authorisations/:id': [
    { who: () => military, method: 'GET', path: () => `/api/legal/authorisations/${authId}`, status: 404 },
    { who: () => none, method: 'GET', path: () => `/api/legal/authorisations/${authId}`, status: 403 },
  ],
  'POST /api/legal/authorisations/:id/transitions': [
    { who: () => military, method: 'POST', path: () => `/api/legal/authorisations/${authId}/transitions`, body: { action: 'approve', reason: 'Not my service at all.' }, status: 404 },
    { who: () => analyst, method: 'POST', path: () => `/api/legal/authorisations/${authId}/transitions`, body: { action: 'approve', reason: 'Drafters do not decide.' }, status: 403 },
  ],
  'GET /api/legal/authorisations/:id/signatures': [
    { who: () => military, method: 'GET', path: () => `/api/legal/authorisations/${authId}/signatures`, status: 404 },
    { who: () => none, method: 'GET', path: () => `/api/legal/authorisations/${authId}/signatures`, status: 403 },
  ],
  'GET /api/legal/signatures': [
    { who: () => head, method: 'GET', path: () => '/api/legal/signatures', status: 403 },
    { who: () => analyst, method: 'GET', path: () => '/api/legal/signatures', status: 403 },
  ],
  'GET /api/legal/deadlines': [{ who: () => none, method: 'GET', path: () => '/api/legal/deadlines', status: 403 }],
  'GET /api/legal/deadlines.ics': [{ who: () => none, method: 'GET', path: () => '/api/legal/deadlines.ics', status: 403 }],
  'GET /api/legal/cooperation': [{ who: () => none, method: 'GET', path: () => '/api/legal/cooperation', status: 403 }],
  'POST /api/legal/cooperation': [{ who: () => none, method: 'POST', path: () => '/api/legal/cooperation', body: () => ({ kind: 'mla', direction: 'incoming', otherCountry: 'NL', counterpart: 'Denied authority', basisId }), status: 403 }],
  'GET /api/legal/cooperation/:id': [{ who: () => military, method: 'GET', path: () => `/api/legal/cooperation/${coopId}`, status: 404 }],
  'POST /api/legal/cooperation/:id/events': [{ who: () => military, method: 'POST', path: () => `/api/legal/cooperation/${coopId}/events`, body: { event: 'withdrawn', onDate: '2026-01-01' }, status: 404 }],
  'GET /api/legal/cooperation/:id/signatures': [
    { who: () => military, method: 'GET', path: () => `/api/legal/cooperation/${coopId}/signatures`, status: 404 },
    { who: () => none, method: 'GET', path: () => `/api/legal/cooperation/${coopId}/signatures`, status: 403 },
  ],
  'GET /api/legal/statistics': [{ who: () => head, method: 'GET', path: () => '/api/legal/statistics', status: 403 }],
  'GET /api/legal/statistics.csv': [{ who: () => analyst, method: 'GET', path: () => '/api/legal/statistics.csv', status: 403 }],
  'GET /api/legal/statistics.pdf': [{ who: () => analyst, method: 'GET', path: () => '/api/legal/statistics.pdf', status: 403 }],
};

describe('legal: permission denied', () => {
  it('has a refusal case for every listed route', () => {
    expect(DENIED_LEGAL.filter((r) => !CASES[r]?.length)).toEqual([]);
    expect(Object.keys(CASES).filter((r) => !DENIED_LEGAL.includes(r))).toEqual([]);
  });

  it.each(DENIED_LEGAL)('%s is refused and changes nothing', async (route) => {
    for (const c of CASES[route]!) {
      const body = typeof c.body === 'function' ? (c.body as () => unknown)() : c.body;
      const before = await snapshot();
      const r = await c.who().req(c.method, c.path(), body);
      expect(r.status, `${route} → ${JSON.stringify(r.body)}`).toBe(c.status);
      expect(await snapshot()).toEqual(before);
      if (c.status === 404) {
        // A refused record answers exactly like a missing one.
        const missing = await c.who().req(c.method, c.path().replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, MISSING), body);
        expect(missing.status).toBe(404);
        expect(missing.body).toEqual(r.body);
      }
    }
  });
});
