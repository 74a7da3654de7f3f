/**
 * Every crisis route refused to who may not use it, on records that exist: a user without crisis
 * rights, and an organisation with crisis rights that does not take part in a restricted incident.
 * A refusal of an incident looks exactly like a missing one (404), and nothing changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { DENIED_CRISIS } from './denied/crisis.ts';

let s: TestServer;
let officer: Client;
let outsider: Client; // Local Police North Zone: crisis rights, not in the restricted incident
let noRights: Client; // no crisis right at all
const ids: Record<string, string> = {};
const MISSING = '00000000-0000-4000-8000-0000000000ff';

async function snapshot() {
  const out: Record<string, unknown> = {};
  for (const t of ['crisis_incidents', 'crisis_participants', 'crisis_log', 'crisis_significant', 'crisis_sitreps', 'crisis_protocols', 'crisis_activations', 'crisis_tasks', 'crisis_units', 'crisis_events', 'crisis_reviews', 'crisis_actions', 'crisis_subject_links', 'crisis_assessment_links', 'crisis_cordons']) {
    out[t] = (await sql<{ j: unknown }>`SELECT coalesce(json_agg(x ORDER BY x::text), '[]') AS j FROM ${sql.table(t)} x`.execute(s.platform.db)).rows[0]!.j;
  }
  return JSON.stringify(out);
}

beforeAll(async () => {
  s = await startTestServer();
  officer = await s.client('crisis.officer');
  outsider = await s.client('police.commander');
  noRights = await s.client('analyst.intel');
  const list = (await officer.get('/api/crisis/incidents')).body.items;
  const id = list.find((i: any) => i.title.startsWith('Exercise Quiet Harbour')).id;
  ids.incident = id;
  const medical = (await s.platform.db.selectFrom('organisations').select('id').where('name', '=', 'Medical Emergency Service Riverside').executeTakeFirstOrThrow()).id;
  ids.org = medical;
  ids.protocol = (await officer.get('/api/crisis/protocols')).body.items.find((p: any) => p.incidentType === 'terror-attack').id;
  expect((await officer.post(`/api/crisis/incidents/${id}/activations`, { protocolId: ids.protocol })).status).toBe(201);
  ids.task = (await officer.get(`/api/crisis/incidents/${id}/tasks`)).body.items[0].id;
  ids.unit = (await officer.post(`/api/crisis/incidents/${id}/units`, { name: 'Ambulance 9', kind: 'ambulance', discipline: 'D2', orgId: medical })).body.id;
  ids.entry = (await officer.post(`/api/crisis/incidents/${id}/log`, { kind: 'decision', text: 'Standby', significant: true })).body.id;
  ids.cordon = (await officer.post(`/api/crisis/incidents/${id}/cordons`, { kind: 'inner', label: 'Hot zone', circle: { lat: 50.85, lon: 4.35, radiusKm: 0.2 } })).body.id;
  ids.sitrep = (await officer.post(`/api/crisis/incidents/${id}/sitreps`, { summary: 'Standby, nothing moved yet.' })).body.id;
  expect((await officer.put(`/api/crisis/incidents/${id}/review`, { objectives: [], strengths: [], improvements: [] })).status).toBe(200);
  ids.action = (await officer.post(`/api/crisis/incidents/${id}/review/actions`, { description: 'Rehearse the threat-call script', ownerOrgId: medical, dueDate: '2030-01-01', protocolId: null })).body.id;
  ids.subject = MISSING;
  // A threat assessment that exists, already linked to the restricted incident by a crisis participant with threat rights.
  ids.assessment = (await s.platform.db.selectFrom('threat_assessments').select('id').orderBy('assessed_at', 'desc').limit(1).executeTakeFirstOrThrow()).id;
  await sql`INSERT INTO crisis_assessment_links (incident_id, assessment_id, reason, linked_by, linked_org_id) SELECT i.id, ${ids.assessment}::uuid, 'seeded for the refusal test', i.declared_by, i.org_id FROM crisis_incidents i WHERE i.id = ${id}::uuid`.execute(s.platform.db);
});
afterAll(async () => s?.close());

/** The request each listed route makes against the restricted incident's records. */
function request(route: string): { method: string; path: string; body?: unknown } {
  const [method, template] = route.split(' ') as [string, string];
  const order: Record<string, string[]> = {
    '/api/crisis/incidents/:id/links/:id': ['incident', 'subject'],
    '/api/crisis/incidents/:id/assessment-links/:id': ['incident', 'assessment'],
    '/api/crisis/incidents/:id/log/:id/flag': ['incident', 'entry'],
    '/api/crisis/incidents/:id/log/:id/confirm': ['incident', 'entry'],
    '/api/crisis/incidents/:id/sitreps/:id/approve': ['incident', 'sitrep'],
    '/api/crisis/incidents/:id/tasks/:id/status': ['incident', 'task'],
    '/api/crisis/incidents/:id/tasks/:id/checklist': ['incident', 'task'],
    '/api/crisis/incidents/:id/units/:id/status': ['incident', 'unit'],
    '/api/crisis/incidents/:id/cordons/:id/lift': ['incident', 'cordon'],
    '/api/crisis/incidents/:id/review/actions/:id/status': ['incident', 'action'],
    '/api/crisis/protocols/:id/versions': ['protocol'],
  };
  const keys = [...(order[template] ?? ['incident'])];
  const path = template.replace(/:id/g, () => ids[keys.shift()!]!);
  const protocol = { title: 'Hijacked protocol', incidentType: 'other', tasks: [{ discipline: 'D1', title: 'Do something', role: 'Somebody' }], changeNote: 'A change nobody asked for' };
  const bodies: Record<string, unknown> = {
    'POST /api/crisis/incidents': { title: 'Not allowed', type: 'other', lat: 50.8, lon: 4.3, municipality: 'Brussels', occurredAt: new Date().toISOString(), exercise: true },
    'POST /api/crisis/incidents/:id/phase': { phase: 'federal', reason: 'not allowed here' },
    'POST /api/crisis/incidents/:id/terror-state': { terrorState: 'alert', reason: 'not allowed here' },
    'POST /api/crisis/incidents/:id/close': { reason: 'not allowed here' },
    'POST /api/crisis/incidents/:id/participants': { orgId: ids.org, status: 'deactivated' },
    'POST /api/crisis/incidents/:id/links': { subjectId: MISSING, reason: 'not allowed here' },
    'POST /api/crisis/incidents/:id/assessment-links': { assessmentId: ids.assessment, reason: 'not allowed here' },
    'POST /api/crisis/incidents/:id/log': { kind: 'decision', text: 'Sneaked in' },
    'POST /api/crisis/incidents/:id/sitreps': { summary: 'A report nobody asked for' },
    'POST /api/crisis/protocols': protocol,
    'POST /api/crisis/protocols/:id/versions': protocol,
    'POST /api/crisis/incidents/:id/activations': { protocolId: ids.protocol },
    'POST /api/crisis/incidents/:id/tasks': { discipline: 'D1', title: 'Sneaked task', role: 'Somebody' },
    'POST /api/crisis/incidents/:id/tasks/:id/status': { status: 'doing' },
    'POST /api/crisis/incidents/:id/tasks/:id/checklist': { item: 0, done: true },
    'POST /api/crisis/incidents/:id/units': { name: 'Sneaked unit', kind: 'car', discipline: 'D3', orgId: ids.org },
    'POST /api/crisis/incidents/:id/units/:id/status': { status: 'dispatched' },
    'POST /api/crisis/incidents/:id/cordons': { kind: 'outer', label: 'Sneaked cordon', circle: { lat: 50.85, lon: 4.35, radiusKm: 1 } },
    'PUT /api/crisis/incidents/:id/review': { objectives: [], strengths: ['x y z'], improvements: [] },
    'POST /api/crisis/incidents/:id/review/actions': { description: 'Sneaked action', ownerOrgId: ids.org, dueDate: '2030-01-01' },
    'POST /api/crisis/incidents/:id/review/actions/:id/status': { status: 'in-progress' },
  };
  return { method, path, body: bodies[route] ?? (method === 'GET' ? undefined : {}) };
}

describe('crisis: every route refused to who may not use it', () => {
  it.each(DENIED_CRISIS)('%s', async (route) => {
    const before = await snapshot();
    const { method, path, body } = request(route);
    const incidentRoute = path.includes(`/incidents/${ids.incident}`);
    // Declaring is open to every organisation with crisis write (police.commander may): only the user without rights is refused.
    const callers = route === 'POST /api/crisis/incidents' ? ([['no crisis rights', noRights]] as const) : ([['no crisis rights', noRights], ['not in the incident', outsider]] as const);
    for (const [who, c] of callers) {
      const r = await c.req(method, path, body);
      if (incidentRoute) {
        // exactly like a missing incident
        const missing = await c.req(method, path.replace(ids.incident!, MISSING), body);
        expect([r.status, who]).toEqual([404, who]);
        expect(r.body).toEqual(missing.body);
      } else if (route === 'GET /api/crisis/incidents') {
        if (r.status === 200) expect(r.body.items.map((i: any) => i.id)).not.toContain(ids.incident);
        else expect(r.status).toBe(403);
      } else if (who === 'no crisis rights' || method !== 'GET') {
        expect([403, 404], `${who}: ${r.status} ${JSON.stringify(r.body)}`).toContain(r.status);
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});
