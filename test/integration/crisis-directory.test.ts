/**
 * The crisis module reads organisations and users only through the admin directory
 * (admin/directory.service.ts): the organisations a form names are checked there, authors' names come
 * from there, and an overdue corrective action reminds the enabled crisis users of its owner
 * organisation found there.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { remindOverdue } from '../../src/server/modules/crisis/reviews.service.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let officer: Client;
let org: { local: string };
const declare = (participants: string[]) => ({ title: 'Directory drill', type: 'terror-attack', description: '', lat: 50.85, lon: 4.35, municipality: 'Brussels', occurredAt: new Date(Date.now() - 60_000).toISOString(), exercise: true, participants });

beforeAll(async () => {
  s = await startTestServer();
  officer = await s.client('crisis.officer');
  const rows = await s.platform.db.selectFrom('organisations').select(['id', 'name']).execute();
  org = { local: rows.find((r) => r.name === 'Local Police North Zone')!.id };
});
afterAll(async () => s?.close());

it('refuses an unknown organisation naming the field, and names the log’s authors', async () => {
  const bad = await officer.post('/api/crisis/incidents', declare([org.local, '00000000-0000-4000-8000-00000000abcd']));
  expect(bad.status).toBe(400);
  expect(bad.body.error.field).toBe('participants.1');
  const id = (await officer.post('/api/crisis/incidents', declare([org.local]))).body.id;
  const task = await officer.post(`/api/crisis/incidents/${id}/tasks`, { discipline: 'D3', title: 'Set up the outer cordon', role: 'police commander', orgId: '00000000-0000-4000-8000-00000000abcd' });
  expect(task.status).toBe(400);
  expect(task.body.error.field).toBe('orgId');
  const log = await officer.get(`/api/crisis/incidents/${id}/log`);
  expect(log.body.items[0].author).toMatch(/\w/);
  expect(log.body.items[0].authorOrg).toBe('National Crisis Centre');
});

it('reminds the enabled crisis users of an overdue action’s owner organisation, and only them', async () => {
  const id = (await officer.post('/api/crisis/incidents', declare([org.local]))).body.id;
  expect((await officer.put(`/api/crisis/incidents/${id}/review`, { objectives: [], strengths: [], improvements: [] })).status).toBe(200);
  const due = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const action = await officer.post(`/api/crisis/incidents/${id}/review/actions`, { description: 'Test the radio fallback plan', ownerOrgId: org.local, dueDate: due });
  expect(action.status, JSON.stringify(action.body)).toBe(201);
  await remindOverdue(s.platform, new Date(Date.now() + 3 * 86_400_000));
  const got = await s.platform.db.selectFrom('notifications').select('user_id').where('kind', '=', 'crisis.action_overdue').where('record_id', '=', action.body.id).execute();
  const users = await s.platform.db.selectFrom('users').select(['id', 'roles', 'disabled']).where('org_id', '=', org.local).execute();
  const expected = users.filter((u) => !u.disabled && (u.roles as Record<string, unknown>).crisis).map((u) => u.id).sort();
  expect(expected.length).toBeGreaterThan(0);
  expect(got.map((n) => n.user_id).sort()).toEqual(expected);
});
