/**
 * Prevention programmes, CVE exchanges and the cultural-competency training over HTTP: enrolments seen
 * only by readers of the case, counts for everybody; cohorts as counts; lessons → follow-up actions →
 * indicator references; the training in three languages, progress per officer, team results withheld
 * under five people.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { auditOf, preventionFixtures, type PreventionFixtures } from './prevention-fixtures.ts';

let s: TestServer;
let fx: PreventionFixtures;
let official: Client, east: Client, social: Client, officer: Client, trainer: Client, analyst: Client;
const day = (o: number) => new Date(Date.now() + o * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  s = await startTestServer();
  fx = await preventionFixtures(s);
  [official, east, social, officer, trainer, analyst] = (await Promise.all(['prevention.official', 'prevention.east', 'social.worker', 'training.officer', 'trainer', 'analyst.intel'].map((u) => s.client(u)))) as Client[] as [Client, Client, Client, Client, Client, Client];
});
afterAll(async () => s?.close());

describe('programmes', () => {
  it('shows counts to every prevention reader and enrolments only to readers of the case', async () => {
    const mine = await official.get(`/api/prevention/programmes/${fx.programmeId}`);
    expect(mine.status).toBe(200);
    expect(mine.body.totals).toMatchObject({ enrolled: 1, active: 1, milestones: { education: 1, work: 0, housing: 0, family: 0 } });
    expect(mine.body.enrolments).toEqual([expect.objectContaining({ reference: 'RIV-2026-001', attended: 2, missed: 1 })]);
    expect(mine.body.partners.map((p: any) => p.kind).sort()).toEqual(['community', 'education', 'religious']);
    const other = await east.get(`/api/prevention/programmes/${fx.programmeId}`);
    expect(other.body.totals.enrolled).toBe(1);
    expect(other.body.enrolments).toEqual([]);
    expect((await analyst.get('/api/prevention/programmes')).status).toBe(403);
    const read = (await auditOf(s, fx.c1)).filter((a) => a.action === 'prevention.enrolment-read');
    expect(read.length).toBe(1);
    expect(read[0]!.record_ids).toContain(fx.programmeId);
  });

  it('creates a programme, adds partners and sessions, enrols a case, records attendance, milestones and the outcome', async () => {
    const p = await official.post('/api/prevention/programmes', { name: 'Bridges', kind: 'deradicalisation', nisCode: '23088' });
    expect(p.status).toBe(201);
    const id = p.body.id;
    expect((await official.post('/api/prevention/programmes', { name: 'Bridges', kind: 'deradicalisation', nisCode: '00000' })).body.error.field).toBe('nisCode');
    const partner = await official.post(`/api/prevention/programmes/${id}/partners`, { name: 'Imams for Dialogue', kind: 'religious' });
    const partnerId = partner.body.partners[0].id;
    const sess = await official.post(`/api/prevention/programmes/${id}/sessions`, { heldOn: day(-1), topic: 'Family session', partnerId });
    expect(sess.body.sessions).toHaveLength(1);
    expect((await official.post(`/api/prevention/programmes/${id}/enrolments`, { caseId: fx.caseId('EAS-2026-001'), enrolledOn: day(-2) })).body.error.field).toBe('caseId');
    const enr = await official.post(`/api/prevention/programmes/${id}/enrolments`, { caseId: fx.caseId('RIV-2026-002'), enrolledOn: day(-2) });
    expect(enr.status).toBe(200);
    const enrolmentId = enr.body.enrolments[0].id;
    const att = await official.post(`/api/prevention/sessions/${sess.body.sessions[0].id}/attendance`, { enrolmentId, present: true });
    expect(att.body.sessions[0]).toMatchObject({ present: 1, absent: 0 });
    expect((await official.post(`/api/prevention/enrolments/${enrolmentId}/milestones`, { domain: 'work', description: 'Placement found', reachedOn: day(5) })).body.error.field).toBe('reachedOn');
    const ms = await official.post(`/api/prevention/enrolments/${enrolmentId}/milestones`, { domain: 'work', description: 'Placement found', reachedOn: day(-1) });
    expect(ms.body.totals.milestones.work).toBe(1);
    const out = await official.post(`/api/prevention/enrolments/${enrolmentId}/outcome`, { outcome: 'completed' });
    expect(out.body.enrolments[0]).toMatchObject({ status: 'completed', outcome: 'completed' });
    const audit = (await auditOf(s, fx.caseId('RIV-2026-002'))).map((a) => a.action);
    expect(audit).toEqual(expect.arrayContaining(['prevention.enrolment-create', 'prevention.attendance', 'prevention.milestone', 'prevention.outcome']));
    expect((await official.get('/api/prevention/programmes')).body.map((x: any) => x.name)).toContain('Bridges');
  });
});

describe('CVE exchanges', () => {
  it('counts participants per cohort and follows a lesson to an action and an indicator', async () => {
    const list = await social.get('/api/prevention/exchanges?type=mother-schools');
    expect(list.body).toEqual([expect.objectContaining({ city: 'Antwerpen', participants: 40, cohorts: 2 })]);
    const x = await official.post('/api/prevention/exchanges', { type: 'father-schools', title: 'Father Schools Vilvoorde', nisCode: '23088', partnerCities: [], startsOn: day(10) });
    expect(x.status).toBe(201);
    expect((await official.post('/api/prevention/exchanges', { type: 'city-pair', title: 'Pair', nisCode: '23088', partnerCities: [], startsOn: day(10) })).body.error.field).toBe('partnerCities');
    const id = x.body.id;
    await official.post(`/api/prevention/exchanges/${id}/cohorts`, { label: 'Cohort 1', year: 2026, participants: 14 });
    await official.post(`/api/prevention/exchanges/${id}/activities`, { heldOn: day(12), description: 'First evening session' });
    const lesson = await official.post(`/api/prevention/exchanges/${id}/lessons`, { text: 'Fathers came when the sessions were held at the football club.' });
    const lessonId = lesson.body.lessons[0].id;
    expect((await official.post(`/api/prevention/lessons/${lessonId}/follow-ups`, { action: 'Hold sessions at sports clubs', indicatorId: 'Not An Id!' })).body.error.field).toBe('indicatorId');
    const f = await official.post(`/api/prevention/lessons/${lessonId}/follow-ups`, { action: 'Hold sessions at sports clubs', indicatorId: 'father-schools-attendance', planRef: 'Plan §2' });
    expect(f.body).toMatchObject({ participants: 14, cohorts: 1 });
    expect(f.body.lessons[0].followUps).toEqual([expect.objectContaining({ indicatorId: 'father-schools-attendance', status: 'planned' })]);
    expect(JSON.stringify(f.body)).not.toMatch(/"name"/);
    expect((await auditOf(s, id)).map((a) => a.action)).toEqual(['prevention.exchange-create', 'prevention.exchange-change', 'prevention.exchange-change', 'prevention.exchange-change', 'prevention.follow-up']);
  });

  it('tells which municipalities take part in which programmes', async () => {
    const r = await social.get('/api/prevention/participation');
    expect(r.status).toBe(200);
    expect(r.body.find((m: any) => m.nisCode === '23088')).toMatchObject({ municipality: 'Vilvoorde', programmeTypes: expect.arrayContaining(['city-pair', 'reintegration', 'strong-cities', 'livc-r']) });
    expect((await analyst.get('/api/prevention/participation')).status).toBe(403);
  });
});

describe('cultural-competency training', () => {
  it('serves modules in Dutch and French, gives feedback per answer, counts first answers', async () => {
    const nl = await officer.get('/api/prevention/training/modules?lang=nl');
    expect(nl.body.map((m: any) => m.title)).toContain('Eerste contact in een diverse wijk');
    const mod = await officer.get(`/api/prevention/training/modules/${fx.moduleId}?lang=fr`);
    expect(mod.body.scenarioList[0].question).toBe('Comment réagissez-vous ?');
    expect(JSON.stringify(mod.body)).not.toMatch(/"feedback"|"correct":(true|false)/);
    const wrong = await officer.post(`/api/prevention/training/modules/${fx.moduleId}/answers?lang=en`, { scenarioId: 'handshake', optionId: 'b' });
    expect(wrong.body).toMatchObject({ correct: false, rightOptionId: 'a', firstAnswer: true, progress: { answered: 1, correct: 0, total: 3 } });
    const again = await officer.post(`/api/prevention/training/modules/${fx.moduleId}/answers`, { scenarioId: 'handshake', optionId: 'a' });
    expect(again.body).toMatchObject({ correct: true, firstAnswer: false, progress: { answered: 1, correct: 0 } });
    expect((await officer.post(`/api/prevention/training/modules/${fx.moduleId}/answers`, { scenarioId: 'nope', optionId: 'a' })).body.error.field).toBe('scenarioId');
    expect((await auditOf(s, fx.moduleId)).filter((a) => a.action === 'prevention.training-answer')).toHaveLength(2);
  });

  it('gives the trainer team aggregates, withholding the score of a team under five', async () => {
    const r = await trainer.get('/api/prevention/training/teams');
    expect(r.status).toBe(200);
    const big = r.body.find((t: any) => t.members >= 5);
    const small = r.body.find((t: any) => t.members < 5);
    expect(big.modules[0]).toMatchObject({ members: 6, completed: 5, scorePercent: expect.any(Number), withheld: null });
    expect(small.modules[0]).toMatchObject({ members: 2, scorePercent: null, withheld: 'team-under-5' });
    expect(JSON.stringify(r.body)).not.toMatch(/userId|username/);
    expect((await officer.get('/api/prevention/training/teams')).status).toBe(403);
  });

  it('publishes a module only with every language, naming the missing field', async () => {
    const t = (s: string) => ({ en: s, nl: s, fr: s });
    const body = { slug: 'de-escalation', title: t('De-escalation'), summary: t('One scenario'), scenarios: [{ id: 's1', situation: t('A situation'), question: t('What now?'), options: [{ id: 'a', text: t('Talk'), correct: true, feedback: t('Yes') }, { id: 'b', text: t('Shout'), correct: false, feedback: { en: 'No', nl: '', fr: 'Non' } }] }] };
    const bad = await official.post('/api/prevention/training/modules', body);
    expect(bad.body.error.field).toBe('scenarios.0.options.1.feedback.nl');
    body.scenarios[0]!.options[1]!.feedback.nl = 'Nee';
    expect((await official.post('/api/prevention/training/modules', body)).status).toBe(201);
    expect((await officer.post('/api/prevention/training/modules', body)).status).toBe(403);
  });
});
