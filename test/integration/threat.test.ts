import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { subjectBody } from '../helpers/fixtures.ts';

let s: TestServer;
let intel: Client;
let police: Client;
let assessor: Client;
beforeAll(async () => {
  s = await startTestServer();
  [intel, police, assessor] = (await Promise.all(['analyst.intel', 'analyst.police', 'analyst.threat'].map((u) => s.client(u)))) as [Client, Client, Client];
});
afterAll(() => s?.close());

describe('threat assessment', () => {
  it('records levels with justification and history; a change notifies following organisations', async () => {
    const subj = await intel.post('/api/subjects', subjectBody({ names: ['Lorant Fenyegetett'] }, { distribution: 'all' }));
    await police.put(`/api/subjects/${subj.body.id}/follow`);
    const a1 = await assessor.post('/api/threat-assessments', { targetKind: 'subject', targetKey: subj.body.id, level: 2, justification: 'Online statements, no capability observed.' });
    expect(a1.status).toBe(201);
    const a2 = await assessor.post('/api/threat-assessments', { targetKind: 'subject', targetKey: subj.body.id, level: 3, justification: 'Acquired equipment; contact with a known recruiter.' });
    expect(a2.body.previousLevel).toBe(2);
    const h = await intel.get(`/api/threat-assessments?targetKind=subject&targetKey=${subj.body.id}`);
    expect(h.body.items.map((i: { level: number }) => i.level)).toEqual([2, 3]);
    expect((await intel.get(`/api/subjects/${subj.body.id}`)).body.threatLevel).toBe(3);
    const n = await police.get('/api/notifications?unread=true');
    expect(n.body.items.some((i: { kind: string; recordId: string; payload: { to: number } }) => i.kind === 'threat.level_changed' && i.recordId === subj.body.id && i.payload.to === 3)).toBe(true);
    const first = n.body.items[0].id;
    expect((await police.post(`/api/notifications/${first}/read`)).status).toBe(200);
    expect((await intel.post(`/api/notifications/${first}/read`)).status).toBe(404);
    expect((await police.post('/api/notifications/read-all')).status).toBe(200);
    expect((await police.get('/api/notifications?unread=true')).body.unread).toBe(0);
  });

  it('does not notify organisations that may not read the subject', async () => {
    const subj = await intel.post('/api/subjects', subjectBody({ names: ['Csongor Titkos'] }, { distribution: 'organisation' }));
    await s.platform.db.insertInto('subject_follows').values({ subject_id: subj.body.id, org_id: (await police.get('/api/auth/me')).body.organisation.id }).execute();
    await intel.post('/api/threat-assessments', { targetKind: 'subject', targetKey: subj.body.id, level: 4, justification: 'Imminent: weapon purchase observed.' });
    const n = await police.get('/api/notifications');
    expect(n.body.items.some((i: { recordId: string }) => i.recordId === subj.body.id)).toBe(false);
  });

  it('names the subject to a reader who may read it, and drops the notification once it is refused', async () => {
    const name = 'Benedek Névtelen-Teszt';
    const subj = await intel.post('/api/subjects', subjectBody({ names: [name] }, { distribution: 'all' }));
    await police.put(`/api/subjects/${subj.body.id}/follow`);
    await assessor.post('/api/threat-assessments', { targetKind: 'subject', targetKey: subj.body.id, level: 2, justification: 'Statements online, no capability seen.' });
    const named = (await police.get('/api/notifications')).body.items.find((i: { recordId: string }) => i.recordId === subj.body.id);
    expect(named).toMatchObject({ kind: 'threat.level_changed', recordName: name, payload: { to: 2 } });
    // The owner narrows the subject to its own organisation: police may no longer read it.
    await s.platform.db.updateTable('subjects').set({ distribution: 'organisation' }).where('id', '=', subj.body.id).execute();
    expect((await police.get(`/api/subjects/${subj.body.id}`)).status).toBe(404);
    const after = await police.get('/api/notifications');
    expect(after.body.items.find((i: { id: string }) => i.id === named.id)).toBeUndefined();
    expect(JSON.stringify(after.body)).not.toContain(subj.body.id);
    expect(JSON.stringify(after.body)).not.toContain('Benedek');
  });

  it('caps the next re-evaluation at six months and lists overdue ones', async () => {
    const far = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    const r = await assessor.post('/api/threat-assessments', { targetKind: 'sector', targetKey: 'energy', level: 2, justification: 'No specific threat to the energy sector.', nextReviewDue: far });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('nextReviewDue');
    const levels = await police.get('/api/threat-levels');
    expect(levels.body.items.some((i: { targetKind: string; targetKey: string }) => i.targetKind === 'country' && i.targetKey === 'BE')).toBe(true);
    const q = await assessor.get('/api/threat-queue');
    expect(q.body.items.some((i: { overdue: boolean }) => i.overdue)).toBe(true);
  });

  it('refuses assessment to users without threat write, changing nothing', async () => {
    const before = await s.platform.db.selectFrom('threat_assessments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const r = await police.post('/api/threat-assessments', { targetKind: 'country', targetKey: 'BE', level: 4, justification: 'Police may not set national levels.' });
    expect(r.status).toBe(403);
    const border = await s.client('border.officer');
    expect((await border.get('/api/threat-levels')).body.items).toEqual([]);
    expect((await border.get('/api/threat-queue')).body.items).toEqual([]);
    expect((await border.get(`/api/threat-assessments?targetKind=country&targetKey=BE`)).body.items).toEqual([]);
    const after = await s.platform.db.selectFrom('threat_assessments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
