/**
 * The prevention pillar over HTTP (LIVC-R): shared professional secrecy per member, retention, the
 * minimum-data rule, stage transitions, the feedback sheet that needs everyone's consent and refuses
 * secrecy-covered text, documented links to intelligence, meetings — with audit entries naming ids.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { auditOf, preventionFixtures, type PreventionFixtures } from './prevention-fixtures.ts';

let s: TestServer;
let fx: PreventionFixtures;
let official: Client, police: Client, social: Client, mayor: Client, east: Client;

beforeAll(async () => {
  s = await startTestServer();
  fx = await preventionFixtures(s);
  [official, police, social, mayor, east] = (await Promise.all(['prevention.official', 'police.livc', 'social.worker', 'mayor.riverside', 'prevention.east'].map((u) => s.client(u)))) as Client[] as [Client, Client, Client, Client, Client];
});
afterAll(async () => s?.close());

const sources = (body: any) => body.contributions.map((n: any) => `${n.orgName}:${n.sharing}`).sort();

describe('shared professional secrecy', () => {
  it("shows each member the cell's notes and their own service's, never another service's own notes", async () => {
    const bySocial = await social.get(`/api/prevention/cases/${fx.c1}`);
    expect(bySocial.status).toBe(200);
    expect(sources(bySocial.body)).toEqual(['Municipal Prevention Service Riverside:cell', 'Riverside Social Services:own_service', 'Riverside Social Services:secrecy']);
    const byPolice = await police.get(`/api/prevention/cases/${fx.c1}`);
    expect(sources(byPolice.body)).toEqual(['Local Police North Zone:own_service', 'Municipal Prevention Service Riverside:cell', 'Riverside Social Services:secrecy']);
    expect(byPolice.body.contributions.some((n: any) => n.text.startsWith('Social file'))).toBe(false);
    expect(bySocial.body.contributions.some((n: any) => n.text.startsWith('Police file'))).toBe(false);
    const byMayor = await mayor.get(`/api/prevention/cases/${fx.c1}`);
    expect(sources(byMayor.body)).toEqual(['Municipal Prevention Service Riverside:cell', 'Riverside Social Services:secrecy']);
    // every contribution carries its source member and organisation
    expect(bySocial.body.contributions[0]).toMatchObject({ memberId: expect.any(String), name: expect.any(String), orgId: expect.any(String), role: expect.any(String) });
  });

  it('puts the case and exactly the released contributions on the record', async () => {
    const r = await social.get(`/api/prevention/cases/${fx.c1}`);
    const audit = await auditOf(s, fx.c1);
    const read = audit.filter((a) => a.action === 'prevention.case-read').at(-1)!;
    expect(read.record_ids.sort()).toEqual([fx.c1, ...r.body.contributions.map((n: any) => n.id)].sort());
  });

  it('answers a member of another cell, a non-participant and a missing id alike (404)', async () => {
    const other = await east.get(`/api/prevention/cases/${fx.c1}`);
    const missing = await east.get('/api/prevention/cases/00000000-0000-4000-8000-000000000000');
    expect(other.status).toBe(404);
    expect(other.body).toEqual(missing.body);
    // the social worker is not invited to case 002
    expect((await social.get(`/api/prevention/cases/${fx.caseId('RIV-2026-002')}`)).status).toBe(404);
    expect((await social.get('/api/prevention/cases')).body.map((c: any) => c.reference).sort()).toEqual(['RIV-2025-014', 'RIV-2026-001']);
    expect((await east.get(`/api/prevention/cells/${fx.cellId}`)).status).toBe(404);
  });
});

describe('retention', () => {
  it('restricts an overdue case to the coordinator until reviewed; the queue lists it', async () => {
    const id = fx.caseId('RIV-2026-003');
    expect((await police.get(`/api/prevention/cases/${id}`)).status).toBe(404);
    expect((await police.get('/api/prevention/cases')).body.some((c: any) => c.id === id)).toBe(false);
    const own = await official.get(`/api/prevention/cases/${id}`);
    expect(own.status).toBe(200);
    expect(own.body.review).toEqual({ due: true, restricted: true });
    const queue = await official.get('/api/prevention/review-queue');
    expect(queue.body.find((q: any) => q.id === id)).toMatchObject({ state: 'restricted' });
    expect((await police.get('/api/prevention/review-queue')).body).toEqual([]);
    expect((await police.post(`/api/prevention/cases/${id}/review`, { nextReviewDate: day(90) })).status).toBe(404);
    const far = await official.post(`/api/prevention/cases/${id}/review`, { nextReviewDate: day(500) });
    expect(far.status).toBe(400);
    expect(far.body.error.field).toBe('nextReviewDate');
    expect((await official.post(`/api/prevention/cases/${id}/review`, { nextReviewDate: day(90) })).status).toBe(200);
    expect((await police.get(`/api/prevention/cases/${id}`)).status).toBe(200);
    expect((await auditOf(s, id)).map((a) => a.action)).toContain('prevention.case-review');
  });
});

function day(offset: number) {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

const newCase = (over: Record<string, unknown> = {}) => ({ reference: `RIV-T-${Math.random().toString(36).slice(2, 8)}`, birthYear: 2007, nisCode: '23088', legalBasis: 'Law of 30 July 2018, art. 3', consent: 'given', ...over });

describe('minimum data', () => {
  it('refuses a name as reference, an extra field without reason and a municipality outside the cell, naming the field', async () => {
    const cases = `/api/prevention/cells/${fx.cellId}/cases`;
    const bad = async (body: unknown) => (await police.post(cases, body)).body.error?.field;
    expect(await bad(newCase({ reference: 'Jan Peeters' }))).toBe('reference');
    expect(await bad(newCase({ birthYear: 2024 }))).toBe('birthYear');
    expect(await bad(newCase({ nisCode: '62063' }))).toBe('nisCode');
    expect(await bad(newCase({ nisCode: '99999' }))).toBe('nisCode');
    expect(await bad(newCase({ fields: [{ field: 'school', value: 'x', reason: 'needed' }] }))).toBe('fields.0.reason');
    expect(await bad(newCase({ fields: [{ field: 'religion', value: 'x', reason: 'this is never a case field' }] }))).toBe('fields.0.field');
    expect(await bad(newCase({ consent: 'not_applicable' }))).toBe('consentNote');
    expect((await east.post(cases, newCase())).status).toBe(404);
    // nothing was opened: the demo's five cases only
    expect((await official.get('/api/prevention/cases')).body.length + 1).toBe(5);
    expect((await s.platform.db.selectFrom('audit_log').select('seq').where('action', '=', 'prevention.case-create').execute()).length).toBe(5);
  });

  it('opens a case with the minimum; the bringer and the core members take part; a further field needs its reason', async () => {
    const r = await police.post(`/api/prevention/cells/${fx.cellId}/cases`, newCase());
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ stage: 'identification', municipality: 'Vilvoorde', fields: [] });
    expect(r.body.participants.map((m: any) => m.role).sort()).toEqual(['mayor', 'police_chief', 'prevention_official']);
    const f = await police.post(`/api/prevention/cases/${r.body.id}/fields`, { field: 'language_needs', value: 'Needs an interpreter for the parents', reason: 'Talks with the family need an interpreter.' });
    expect(f.status).toBe(200);
    expect(f.body.fields).toEqual([expect.objectContaining({ field: 'language_needs', reason: 'Talks with the family need an interpreter.' })]);
    const audit = await auditOf(s, r.body.id);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['prevention.case-create', 'prevention.case-field', 'prevention.case-read']));
    expect(audit.find((a) => a.action === 'prevention.case-create')!.details).toMatchObject({ cellId: fx.cellId, consent: 'given' });
  });
});

describe('stages and plan', () => {
  it('moves step by step; delivery needs a plan; exit needs a reason', async () => {
    const id = (await official.post(`/api/prevention/cells/${fx.cellId}/cases`, newCase())).body.id;
    const move = (to: string, reason?: string) => official.post(`/api/prevention/cases/${id}/stage`, { to, ...(reason ? { reason } : {}) });
    const skip = await move('planning');
    expect(skip.status).toBe(400);
    expect(skip.body.error.field).toBe('to');
    expect((await move('assessment')).body.stage).toBe('assessment');
    expect((await move('planning')).body.nextStages).toEqual(['delivery', 'exit']);
    expect((await move('delivery')).body.error.field).toBe('to');
    const noService = await official.post(`/api/prevention/cases/${id}/plan`, { kind: 'action', text: 'Mentoring', reviewDate: day(30) });
    expect(noService.body.error.field).toBe('responsibleOrgId');
    await official.post(`/api/prevention/cases/${id}/plan`, { kind: 'goal', text: 'Back at school' });
    const local = await fx.orgId('Local Police North Zone');
    const plan = await official.post(`/api/prevention/cases/${id}/plan`, { kind: 'action', text: 'Weekly contact with the neighbourhood officer', responsibleOrgId: local, reviewDate: day(30) });
    expect(plan.body.plan.map((i: any) => i.kind)).toEqual(['goal', 'action']);
    expect(plan.body.plan[1]).toMatchObject({ responsibleOrgName: 'Local Police North Zone', reviewDate: day(30) });
    expect((await move('delivery')).body.stage).toBe('delivery');
    expect((await move('exit')).body.error.field).toBe('reason');
    const done = await move('exit', 'Goals reached, no further concern');
    expect(done.body).toMatchObject({ stage: 'exit', nextStages: [] });
    expect(done.body.stages.map((x: any) => x.to)).toEqual(['identification', 'assessment', 'planning', 'delivery', 'exit']);
    const audit = await auditOf(s, id);
    expect(audit.filter((a) => a.action === 'prevention.case-stage').map((a) => a.details.to)).toEqual(['assessment', 'planning', 'delivery', 'exit']);
    expect((await social.post(`/api/prevention/cases/${id}/stage`, { to: 'assessment' })).status).toBe(404);
  });
});

describe('the feedback sheet to the police', () => {
  it('refuses secrecy-covered content naming the field, and sending without every consent; sends once all consented', async () => {
    const c = (await official.get(`/api/prevention/cases/${fx.c1}`)).body;
    const secrecy = c.contributions.find((n: any) => n.sharing === 'secrecy');
    const conclusion = c.contributions.find((n: any) => n.sharing === 'cell');
    const url = `/api/prevention/cases/${fx.c1}/feedback`;
    const quoted = await official.post(url, { texts: { summary: 'Support continues.', advice: '' }, contributionIds: [conclusion.id, secrecy.id] });
    expect(quoted.status).toBe(400);
    expect(quoted.body.error.field).toBe('contributionIds.1');
    const copied = await official.post(url, { texts: { summary: 'Support continues.', advice: 'Note that the family faces eviction and the father left the household.' }, contributionIds: [] });
    expect(copied.status).toBe(400);
    expect(copied.body.error.field).toBe('texts.advice');
    const draft = await official.post(url, { texts: { summary: 'The person follows a support trajectory at school.', advice: 'No police measure is advised.' }, contributionIds: [conclusion.id] });
    expect(draft.status).toBe(201);
    const sheet = draft.body.feedback.at(-1);
    expect(sheet).toMatchObject({ state: 'draft', problems: [], consents: [] });
    expect(sheet.missing).toHaveLength(4);
    const send = () => official.post(`/api/prevention/feedback/${sheet.id}/send`);
    const early = await send();
    expect(early.status).toBe(409);
    expect(early.body.error.field).toBe('consents');
    for (const who of [official, mayor, police]) expect((await who.post(`/api/prevention/feedback/${sheet.id}/decision`, { decision: 'consent' })).status).toBe(200);
    const three = await send();
    expect(three.status).toBe(409);
    expect(three.body.error.message).toMatch(/missing: .*social-worker|missing: .+\(social\.worker\)/);
    expect((await social.post(`/api/prevention/feedback/${sheet.id}/decision`, { decision: 'refuse' })).status).toBe(200);
    expect((await send()).body.error.message).toMatch(/^Refused by/);
    expect((await social.post(`/api/prevention/feedback/${sheet.id}/decision`, { decision: 'consent' })).status).toBe(200);
    expect((await police.post(`/api/prevention/feedback/${sheet.id}/send`)).status).toBe(403);
    const sent = await send();
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.feedback.find((f: any) => f.id === sheet.id)).toMatchObject({ state: 'sent', missing: [], refused: [] });
    const audit = await auditOf(s, sheet.id);
    expect(audit.map((a) => a.action)).toEqual(['prevention.feedback-draft', 'prevention.feedback-consent', 'prevention.feedback-consent', 'prevention.feedback-consent', 'prevention.feedback-consent', 'prevention.feedback-consent', 'prevention.feedback-send']);
    const refusals = (await auditOf(s, fx.c1)).filter((a) => a.action === 'prevention.feedback-refused');
    expect(refusals.length).toBe(3);
    expect((await send()).status).toBe(409);
  });
});

describe('strictly separate from intelligence', () => {
  it('links a case to a subject only by a documented decision of the coordinator, on the record', async () => {
    const body = { subjectId: fx.subjectId, reason: 'The cell decided the police file must be joined for the safety of the person.', decisionRef: 'Cell meeting, minute 2', decidedBy: fx.memberId('mayor.riverside') };
    expect((await police.post(`/api/prevention/cases/${fx.c1}/intel-links`, body)).status).toBe(403);
    const short = await official.post(`/api/prevention/cases/${fx.c1}/intel-links`, { ...body, reason: 'because' });
    expect(short.body.error.field).toBe('reason');
    const notCore = await official.post(`/api/prevention/cases/${fx.c1}/intel-links`, { ...body, decidedBy: fx.memberId('social.worker') });
    expect(notCore.body.error.field).toBe('decidedBy');
    const ok = await official.post(`/api/prevention/cases/${fx.c1}/intel-links`, body);
    expect(ok.status).toBe(200);
    expect(ok.body.intelLinks).toEqual([expect.objectContaining({ subjectId: fx.subjectId, decisionRef: 'Cell meeting, minute 2' })]);
    const audit = (await auditOf(s, fx.subjectId)).filter((a) => a.action === 'prevention.intel-link');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.record_ids).toContain(fx.c1);
    expect(audit[0]!.details).toMatchObject({ decidedBy: fx.memberId('mayor.riverside') });
  });
});

describe('meetings', () => {
  it('shows agenda, minutes, and a case reference only to its readers', async () => {
    const r = await social.get(`/api/prevention/meetings/${fx.meetingId}`);
    expect(r.status).toBe(200);
    expect(r.body.agenda[0]).toMatchObject({ caseReference: 'RIV-2026-001' });
    const m = await police.post(`/api/prevention/cells/${fx.cellId}/meetings`, { heldOn: day(7), agenda: [{ title: 'New signals', caseId: fx.caseId('RIV-2026-002') }] });
    expect(m.status).toBe(201);
    const seen = await social.get(`/api/prevention/meetings/${m.body.id}`);
    expect(seen.body.agenda[0]).toEqual({ title: 'Case (not shared with you)', caseId: null, caseReference: null, hidden: true });
    const bad = await social.post(`/api/prevention/cells/${fx.cellId}/meetings`, { heldOn: day(7), agenda: [{ title: 'Try a case I do not read', caseId: fx.caseId('RIV-2026-002') }] });
    expect(bad.body.error.field).toBe('agenda.0.caseId');
    const min = await mayor.put(`/api/prevention/meetings/${m.body.id}/minutes`, { minutes: 'The cell heard the new signals and will assess.' });
    expect(min.body.minutes).toMatch(/new signals/);
    expect((await official.get(`/api/prevention/cells/${fx.cellId}/meetings`)).body.length).toBe(2);
    expect((await auditOf(s, m.body.id)).map((a) => a.action)).toEqual(expect.arrayContaining(['prevention.meeting-create', 'prevention.meeting-minutes', 'prevention.meeting-read']));
  });
});
