/**
 * The crisis pillar over HTTP: declaring, phases and terror-plan state with the field named on a bad
 * transition, protocols creating tasks, the append-only hash-chained log, the boards, live delivery
 * with Last-Event-ID, and the demo's exercise incident.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { openSse } from './crisis-sse.ts';

let s: TestServer;
let officer: Client;
let police: Client;
let org: Record<string, string>;
let protocolId: string;

const declare = (over: Record<string, unknown> = {}) => ({ title: 'Shots fired at Riverside market', type: 'terror-attack', description: 'Several shots reported.', lat: 50.85, lon: 4.35, municipality: 'Brussels', occurredAt: new Date(Date.now() - 60_000).toISOString(), exercise: true, participants: [org.local], ...over });

beforeAll(async () => {
  s = await startTestServer({ env: { VIGIL_CRISIS_POLL_MS: '50', VIGIL_CRISIS_REPLAY_MAX: '20' } });
  officer = await s.client('crisis.officer');
  police = await s.client('police.commander');
  const rows = await s.platform.db.selectFrom('organisations').select(['id', 'name']).execute();
  const byName = (n: string) => rows.find((r) => r.name === n)!.id;
  org = { crisis: byName('National Crisis Centre'), local: byName('Local Police North Zone'), police: byName('Federal Judicial Police'), medical: byName('Medical Emergency Service Riverside') };
  protocolId = (await officer.get('/api/crisis/protocols')).body.items.find((p: any) => p.incidentType === 'terror-attack').id;
});
afterAll(async () => s?.close());

describe('crisis incidents', () => {
  it('declares an incident, changes phase and state with who/when/why on the log, refuses bad transitions naming the field', async () => {
    const d = await officer.post('/api/crisis/incidents', declare());
    expect(d.status, JSON.stringify(d.body)).toBe(201);
    expect(d.body).toMatchObject({ exercise: true, marking: 'EXERCISE' });
    const id = d.body.id;
    expect((await officer.post(`/api/crisis/incidents/${id}/phase`, { phase: 'federal', reason: 'Minister declares the federal phase' })).status).toBe(200);
    const down = await officer.post(`/api/crisis/incidents/${id}/phase`, { phase: 'municipal', reason: 'Too early to go back' });
    expect(down.status).toBe(400);
    expect(down.body.error.field).toBe('phase');
    expect((await officer.post(`/api/crisis/incidents/${id}/terror-state`, { terrorState: 'alert', reason: 'Deliberate attack' })).status).toBe(200);
    const back = await officer.post(`/api/crisis/incidents/${id}/terror-state`, { terrorState: 'pre-alert', reason: 'Trying to step back' });
    expect(back.status).toBe(400);
    expect(back.body.error.field).toBe('terrorState');
    const noReason = await officer.post(`/api/crisis/incidents/${id}/terror-state`, { terrorState: 'none', reason: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.field).toBe('reason');
    // police.commander takes part but has no approve right: 403 (it reads the incident)
    expect((await police.post(`/api/crisis/incidents/${id}/phase`, { phase: 'provincial', reason: 'Not mine to decide' })).status).toBe(403);
    const inc = await police.get(`/api/crisis/incidents/${id}`);
    expect(inc.status).toBe(200);
    expect(inc.body).toMatchObject({ phase: 'federal', terrorState: 'alert', marking: 'EXERCISE', can: { write: true, approve: false, manage: false } });
    const log = await police.get(`/api/crisis/incidents/${id}/log`);
    expect(log.body.chain.ok).toBe(true);
    expect(log.body.items.map((e: any) => e.kind)).toEqual(['phase', 'phase', 'terror-state']);
    expect(log.body.items[1]).toMatchObject({ reason: 'Minister declares the federal phase', authorOrg: 'National Crisis Centre', data: { from: 'municipal', to: 'federal' } });
    const audit = await s.platform.db.selectFrom('audit_log').select(['action', 'record_id']).where('record_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['crisis.declare', 'crisis.phase', 'crisis.terror_state', 'crisis.read', 'crisis.log_read']));
  });

  it('activates a protocol: tasks per discipline for roles; the task machine refuses a bad move naming the field', async () => {
    const id = (await officer.post('/api/crisis/incidents', declare())).body.id;
    const act = await police.post(`/api/crisis/incidents/${id}/activations`, { protocolId });
    expect(act.status, JSON.stringify(act.body)).toBe(201);
    expect((await police.post(`/api/crisis/incidents/${id}/activations`, { protocolId })).status).toBe(409);
    const tasks = (await police.get(`/api/crisis/incidents/${id}/tasks`)).body;
    expect(tasks.marking).toBe('EXERCISE');
    expect(new Set(tasks.items.map((t: any) => t.discipline))).toEqual(new Set(['D1', 'D2', 'D3', 'D4', 'D5']));
    expect(tasks.items.every((t: any) => t.role && t.status === 'todo')).toBe(true);
    const t = tasks.items[0];
    expect((await police.post(`/api/crisis/incidents/${id}/tasks/${t.id}/status`, { status: 'blocked' })).body.error.field).toBe('reason');
    expect((await police.post(`/api/crisis/incidents/${id}/tasks/${t.id}/status`, { status: 'doing' })).status).toBe(200);
    expect((await police.post(`/api/crisis/incidents/${id}/tasks/${t.id}/status`, { status: 'done' })).status).toBe(200);
    const bad = await police.post(`/api/crisis/incidents/${id}/tasks/${t.id}/status`, { status: 'blocked', reason: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('status');
    const u = await police.post(`/api/crisis/incidents/${id}/units`, { name: 'Patrol 7', kind: 'police patrol', discipline: 'D3', orgId: org.local });
    expect(u.status).toBe(201);
    expect((await police.post(`/api/crisis/incidents/${id}/units/${u.body.id}/status`, { status: 'on-site' })).body.error.field).toBe('status');
    expect((await police.post(`/api/crisis/incidents/${id}/units/${u.body.id}/status`, { status: 'dispatched' })).status).toBe(200);
    const wrongType = await officer.post('/api/crisis/incidents', declare({ type: 'cbrn' }));
    expect((await officer.post(`/api/crisis/incidents/${wrongType.body.id}/activations`, { protocolId })).body.error.field).toBe('protocolId');
  });

  it('keeps the log append-only: corrections are new entries, the database refuses changes, the chain shows tampering', async () => {
    const id = (await officer.post('/api/crisis/incidents', declare())).body.id;
    const first = await police.post(`/api/crisis/incidents/${id}/log`, { kind: 'decision', text: 'Cordon at 200 m', reason: 'Crowd', significant: true });
    expect(first.status).toBe(201);
    const corr = await police.post(`/api/crisis/incidents/${id}/log`, { kind: 'decision', text: 'Cordon at 300 m', correctsId: first.body.id });
    expect(corr.status).toBe(201);
    expect((await police.post(`/api/crisis/incidents/${id}/log`, { kind: 'decision', text: 'x y', correctsId: '00000000-0000-4000-8000-000000000000' })).body.error.field).toBe('correctsId');
    const log = (await police.get(`/api/crisis/incidents/${id}/log`)).body;
    const e1 = log.items.find((e: any) => e.id === first.body.id);
    expect(e1).toMatchObject({ text: 'Cordon at 200 m', correctedBy: [corr.body.id], significant: 'flagged' });
    // situation unit confirms; police may not
    expect((await police.post(`/api/crisis/incidents/${id}/log/${first.body.id}/confirm`)).status).toBe(403);
    expect((await officer.post(`/api/crisis/incidents/${id}/log/${first.body.id}/confirm`)).status).toBe(200);
    expect((await police.get(`/api/crisis/incidents/${id}/significant`)).body.items.map((e: any) => e.id)).toEqual([first.body.id]);
    await expect(sql`UPDATE crisis_log SET text = 'changed' WHERE id = ${first.body.id}`.execute(s.platform.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM crisis_log WHERE id = ${first.body.id}`.execute(s.platform.db)).rejects.toThrow(/append-only/);
    // tampering past the trigger (disabled by a superuser) shows in the chain check
    await sql`ALTER TABLE crisis_log DISABLE TRIGGER crisis_log_append_only`.execute(s.platform.db);
    await sql`UPDATE crisis_log SET text = 'Cordon at 50 m' WHERE id = ${first.body.id}`.execute(s.platform.db);
    await sql`ALTER TABLE crisis_log ENABLE TRIGGER crisis_log_append_only`.execute(s.platform.db);
    const after = (await police.get(`/api/crisis/incidents/${id}/log`)).body;
    expect(after.chain).toMatchObject({ ok: false, brokenAtSeq: e1.seq });
  });

  it('numbers situation reports per incident and records the approver', async () => {
    const id = (await officer.post('/api/crisis/incidents', declare())).body.id;
    const a = await police.post(`/api/crisis/incidents/${id}/sitreps`, { summary: 'First situation: cordon in place.' });
    const b = await police.post(`/api/crisis/incidents/${id}/sitreps`, { summary: 'Second situation: casualties in hospital.' });
    expect((await police.post(`/api/crisis/incidents/${id}/sitreps/${b.body.id}/approve`)).status).toBe(403);
    expect((await officer.post(`/api/crisis/incidents/${id}/sitreps/${b.body.id}/approve`)).status).toBe(200);
    const list = (await police.get(`/api/crisis/incidents/${id}/sitreps`)).body.items;
    expect(list.map((x: any) => [x.id, x.number, !!x.approvedAt])).toEqual([[a.body.id, 1, false], [b.body.id, 2, true]]);
  });
});

describe('crisis live events', () => {
  it('streams changes with event ids; a reconnect with Last-Event-ID misses nothing; a long gap asks for a snapshot', async () => {
    const id = (await officer.post('/api/crisis/incidents', declare())).body.id;
    const headers = { cookie: police.cookie };
    const live = await openSse(`${s.url}/api/crisis/incidents/${id}/stream`, headers);
    expect(live.status).toBe(200);
    expect(live.contentType).toMatch(/text\/event-stream/);
    await police.post(`/api/crisis/incidents/${id}/log`, { kind: 'communication', text: 'message 1' });
    const [e1] = await live.waitFor(1);
    expect(JSON.parse(e1!.data)).toMatchObject({ kind: 'log.appended', marking: 'EXERCISE', payload: { text: 'message 1' } });
    live.close();
    // while disconnected
    for (let i = 2; i <= 6; i++) await police.post(`/api/crisis/incidents/${id}/log`, { kind: 'communication', text: `message ${i}` });
    const again = await openSse(`${s.url}/api/crisis/incidents/${id}/stream`, { ...headers, 'last-event-id': e1!.id! });
    await police.post(`/api/crisis/incidents/${id}/log`, { kind: 'communication', text: 'message 7' });
    const got = await again.waitFor(6);
    expect(got.map((e) => JSON.parse(e.data).payload.text)).toEqual(['message 2', 'message 3', 'message 4', 'message 5', 'message 6', 'message 7']);
    const ids = got.map((e) => Number(e.id));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    again.close();
    for (let i = 0; i < 25; i++) await police.post(`/api/crisis/incidents/${id}/log`, { kind: 'communication', text: `burst ${i}` });
    const late = await openSse(`${s.url}/api/crisis/incidents/${id}/stream`, { ...headers, 'last-event-id': String(ids.at(-1)) });
    const [snap] = await late.waitFor(1);
    expect(snap!.event).toBe('snapshot-required');
    late.close();
  });

  it('refuses a stream to an organisation not in the incident exactly as a missing one', async () => {
    const restricted = (await officer.post('/api/crisis/incidents', declare({ participants: [org.medical] }))).body.id;
    const a = await openSse(`${s.url}/api/crisis/incidents/${restricted}/stream`, { cookie: police.cookie });
    const b = await openSse(`${s.url}/api/crisis/incidents/00000000-0000-4000-8000-000000000000/stream`, { cookie: police.cookie });
    expect([a.status, b.status]).toEqual([404, 404]);
    a.close();
    b.close();
  });
});

describe('crisis demo and after-action review', () => {
  it('has the exercise incident with a completed review whose action a revised template closed', async () => {
    const list = (await officer.get('/api/crisis/incidents')).body.items;
    const ex = list.find((i: any) => i.title.startsWith('Exercise Iron Gate'));
    expect(ex).toMatchObject({ exercise: true, status: 'closed', phase: 'federal' });
    const review = (await officer.get(`/api/crisis/incidents/${ex.id}/review`)).body.review;
    expect(review.status).toBe('completed');
    expect(review.actions.some((a: any) => a.status === 'closed' && a.closedByProtocolId)).toBe(true);
    const tl = (await police.get(`/api/crisis/incidents/${ex.id}/timeline`)).body;
    expect(tl.items.length).toBeGreaterThan(20);
    const report = await police.get(`/api/crisis/incidents/${ex.id}/report`);
    expect(report.headers.get('content-type')).toMatch(/text\/html/);
    expect(report.body).toContain('EXERCISE');
    expect(report.body).toContain('@media print');
  });

  it('closes a linked corrective action when the template is revised', async () => {
    const id = (await officer.post('/api/crisis/incidents', declare())).body.id;
    expect((await police.put(`/api/crisis/incidents/${id}/review`, { objectives: [{ objective: 'Cordon in 15 minutes', capability: 'On-scene security', rating: 'S' }], strengths: [], improvements: [] })).status).toBe(200);
    const bad = await police.post(`/api/crisis/incidents/${id}/review/actions`, { description: 'Add a cordon checklist item', ownerOrgId: org.crisis, ownerRole: 'x', dueDate: '2030-01-01', protocolId });
    expect([bad.status, bad.body.error.field]).toEqual([400, 'ownerRole']);
    const act = await police.post(`/api/crisis/incidents/${id}/review/actions`, { description: 'Add a cordon checklist item', ownerOrgId: org.crisis, ownerRole: 'Planning officer', dueDate: '2030-01-01', protocolId });
    expect(act.status, JSON.stringify(act.body)).toBe(201);
    expect((await police.post(`/api/crisis/incidents/${id}/review/actions/${act.body.id}/status`, { status: 'closed' })).body.error.field).toBe('status');
    const p = (await officer.get(`/api/crisis/protocols/${protocolId}/versions`)).body.items[0];
    const body = { title: p.title, incidentType: p.incidentType, tasks: p.tasks.map(({ orgName: _o, ...t }: any) => t) };
    expect((await officer.post(`/api/crisis/protocols/${protocolId}/versions`, body)).body.error.field).toBe('changeNote');
    const rev = await officer.post(`/api/crisis/protocols/${protocolId}/versions`, { ...body, changeNote: 'Cordon checklist item added' });
    expect(rev.status, JSON.stringify(rev.body)).toBe(201);
    expect(rev.body.closedActions).toBeGreaterThanOrEqual(1);
    const review = (await police.get(`/api/crisis/incidents/${id}/review`)).body.review;
    expect(review.actions[0]).toMatchObject({ status: 'closed', closedByProtocolId: rev.body.id, ownerRole: 'Planning officer', ownerOrgId: org.crisis });
  });
});
