/**
 * Cell membership after the cell was formed (issue #14): a member's role or organisation changes, a
 * member leaves. Only the coordinator (or a prevention administrator) does it; the last mayor, police
 * chief or prevention official never goes silently; a removed member loses the cell and its cases from
 * then on while what they said stays theirs; every change is audited and kept in the cell's history.
 * Also programme corrections after creation (name, kind, dates, partners, sessions).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { auditOf, preventionFixtures, type PreventionFixtures } from './prevention-fixtures.ts';

let s: TestServer;
let fx: PreventionFixtures;
let official: Client, social: Client, police: Client, east: Client;
const day = (o: number) => new Date(Date.now() + o * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  s = await startTestServer();
  fx = await preventionFixtures(s);
  [official, social, police, east] = (await Promise.all(['prevention.official', 'social.worker', 'police.livc', 'prevention.east'].map((u) => s.client(u)))) as [Client, Client, Client, Client];
});
afterAll(async () => s?.close());

describe('cell members', () => {
  it('only the coordinator or an administrator changes members', async () => {
    const r = await police.put(`/api/prevention/members/${fx.memberId('social.worker')}`, { role: 'youth_services', orgId: await fx.orgId('Riverside Social Services') });
    expect(r.status).toBe(403);
    expect((await social.post(`/api/prevention/members/${fx.memberId('mayor.riverside')}/removal`, { reason: 'Not mine to decide' })).status).toBe(403);
  });

  it("changes a member's role and organisation, kept in the history and audited", async () => {
    const memberId = fx.memberId('social.worker');
    const youthOrg = await fx.orgId('Local Police North Zone');
    expect((await official.put(`/api/prevention/members/${memberId}`, { role: 'social_services', orgId: (await official.get(`/api/prevention/cells/${fx.cellId}`)).body.members.find((m: any) => m.id === memberId).orgId })).body.error.field).toBe('role');
    expect((await official.put(`/api/prevention/members/${memberId}`, { role: 'youth_services', orgId: '00000000-0000-4000-8000-000000000000' })).body.error.field).toBe('orgId');
    const r = await official.put(`/api/prevention/members/${memberId}`, { role: 'youth_services', orgId: youthOrg, reason: 'Moved to the youth service of the zone' });
    expect(r.status).toBe(200);
    expect(r.body.members.find((m: any) => m.id === memberId)).toMatchObject({ role: 'youth_services', orgId: youthOrg, core: false });
    expect(r.body.history[0]).toMatchObject({ memberId, kind: 'changed', fromRole: 'social_services', toRole: 'youth_services', toOrgName: 'Local Police North Zone', reason: 'Moved to the youth service of the zone' });
    const audit = (await auditOf(s, fx.cellId)).filter((a) => a.action === 'prevention.member-change');
    expect(audit.at(-1)!.details).toMatchObject({ memberId, fromRole: 'social_services', toRole: 'youth_services', toOrgId: youthOrg, vacancies: [] });
  });

  it('the last mayor is not removed without confirmation; the vacancy is on the record', async () => {
    const mayor = fx.memberId('mayor.riverside');
    const silent = await official.post(`/api/prevention/members/${mayor}/removal`, { reason: 'Term of office ended' });
    expect(silent.status).toBe(409);
    expect(silent.body.error.field).toBe('confirmVacancy');
    // Changing the last mayor's role away is the same vacancy.
    expect((await official.put(`/api/prevention/members/${mayor}`, { role: 'other', orgId: (await official.get(`/api/prevention/cells/${fx.cellId}`)).body.members.find((m: any) => m.id === mayor).orgId })).status).toBe(409);
    expect((await official.post(`/api/prevention/members/${mayor}/removal`, { reason: 'x' })).status).toBe(400);
    const r = await official.post(`/api/prevention/members/${mayor}/removal`, { reason: 'Term of office ended', confirmVacancy: true });
    expect(r.status).toBe(200);
    expect(r.body.members.some((m: any) => m.id === mayor)).toBe(false);
    expect(r.body.formerMembers).toEqual([expect.objectContaining({ id: mayor, role: 'mayor' })]);
    expect(r.body.history[0]).toMatchObject({ kind: 'removed', memberId: mayor, vacancies: ['mayor'], reason: 'Term of office ended' });
    const audit = (await auditOf(s, fx.cellId)).filter((a) => a.action === 'prevention.member-remove');
    expect(audit.at(-1)!.details).toMatchObject({ memberId: mayor, vacancies: ['mayor'] });
    expect(audit.at(-1)!.record_ids).toContain(fx.c1);
  });

  it('a coordinator who is not an administrator cannot leave the cell without a coordinator', async () => {
    const cell = await east.get(`/api/prevention/cells/${fx.eastCellId}`);
    const r = await east.post(`/api/prevention/members/${cell.body.me.memberId}/removal`, { reason: 'Leaving the service', confirmVacancy: true });
    expect(r.status).toBe(403);
    expect((await east.get(`/api/prevention/cells/${fx.eastCellId}`)).body.members).toHaveLength(1);
  });

  it('a removed member loses the cell and its cases from then on; what they said stays, their consent is no longer asked', async () => {
    const memberId = fx.memberId('social.worker');
    expect((await social.get(`/api/prevention/cases/${fx.c1}`)).status).toBe(200);
    const before = await official.get(`/api/prevention/cases/${fx.c1}`);
    expect(before.body.feedback[0].missing).toContain(memberId);
    expect((await official.post(`/api/prevention/members/${memberId}/removal`, { reason: 'Left the service' })).status).toBe(200);
    const cold = await social.get(`/api/prevention/cases/${fx.c1}`);
    expect(cold.status).toBe(404);
    expect(cold.body).toEqual((await social.get('/api/prevention/cases/00000000-0000-4000-8000-000000000000')).body);
    expect((await social.get(`/api/prevention/cells/${fx.cellId}`)).status).toBe(404);
    expect((await social.get('/api/prevention/cases')).body).toEqual([]);
    expect((await social.get('/api/prevention/cells')).body).toEqual([]);
    const after = await official.get(`/api/prevention/cases/${fx.c1}`);
    expect(after.body.participants.some((m: any) => m.memberId === memberId)).toBe(false);
    expect(after.body.feedback[0].missing).not.toContain(memberId);
    // The plan item they wrote and their conclusions stay on the case (the official sees cell-level contributions only).
    expect(after.body.plan).toHaveLength(before.body.plan.length);
    // Removed twice: no such member any more.
    expect((await official.post(`/api/prevention/members/${memberId}/removal`, { reason: 'Left the service' })).status).toBe(404);
    // Added again: a new membership, without the old one's cases.
    const again = await official.post(`/api/prevention/cells/${fx.cellId}/members`, { userId: (before.body.participants.find((m: any) => m.memberId === memberId)).userId, role: 'social_services' });
    expect(again.status).toBe(201);
    const fresh = again.body.members.find((m: any) => m.role === 'social_services');
    expect(fresh.id).not.toBe(memberId);
    expect((await social.get(`/api/prevention/cells/${fx.cellId}`)).status).toBe(200);
    expect((await social.get(`/api/prevention/cases/${fx.c1}`)).status).toBe(404);
  });
});

describe('programme corrections', () => {
  it('changes name, kind and dates; refuses dates out of order and a partial body', async () => {
    const base = { name: 'Reintegration Riverside (renamed)', kind: 'reintegration', nisCode: '23088', description: 'Corrected', startsOn: day(-200), endsOn: day(100) };
    expect((await official.put(`/api/prevention/programmes/${fx.programmeId}`, { ...base, endsOn: day(-300) })).body.error.field).toBe('endsOn');
    expect((await official.put(`/api/prevention/programmes/${fx.programmeId}`, { name: 'X only', kind: 'reintegration', nisCode: '23088' })).status).toBe(400);
    const r = await official.put(`/api/prevention/programmes/${fx.programmeId}`, base);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ name: base.name, startsOn: base.startsOn, endsOn: base.endsOn, description: 'Corrected' });
    expect((await official.get('/api/prevention/programmes')).body.find((x: any) => x.id === fx.programmeId)).toMatchObject({ startsOn: base.startsOn });
    expect((await auditOf(s, fx.programmeId)).map((a) => a.action)).toContain('prevention.programme-update');
  });

  it('corrects a partner and a session; a partner who led a session stays', async () => {
    const p = (await official.get(`/api/prevention/programmes/${fx.programmeId}`)).body;
    const partner = p.partners[0];
    const changed = await official.put(`/api/prevention/partners/${partner.id}`, { name: `${partner.name} vzw`, kind: partner.kind, contact: 'info@example.org' });
    expect(changed.body.partners.find((x: any) => x.id === partner.id)).toMatchObject({ name: `${partner.name} vzw`, contact: 'info@example.org' });
    const session = p.sessions[0];
    const moved = await official.put(`/api/prevention/sessions/${session.id}`, { heldOn: session.heldOn, topic: 'Corrected topic', partnerId: partner.id });
    expect(moved.body.sessions.find((x: any) => x.id === session.id)).toMatchObject({ topic: 'Corrected topic', partnerId: partner.id, present: session.present });
    const refused = await official.del(`/api/prevention/partners/${partner.id}`);
    expect(refused.status).toBe(409);
    const spare = await official.post(`/api/prevention/programmes/${fx.programmeId}/partners`, { name: 'Spare partner', kind: 'other' });
    const spareId = spare.body.partners.find((x: any) => x.name === 'Spare partner').id;
    const gone = await official.del(`/api/prevention/partners/${spareId}`);
    expect(gone.status).toBe(200);
    expect(gone.body.partners.some((x: any) => x.id === spareId)).toBe(false);
    expect((await official.put(`/api/prevention/sessions/${session.id}`, { heldOn: session.heldOn, topic: 'Led elsewhere', partnerId: spareId })).body.error.field).toBe('partnerId');
  });
});

describe('exchanges with partner cities abroad', () => {
  it('takes partner cities as free text beside Belgian municipalities by NIS code', async () => {
    const r = await official.post('/api/prevention/exchanges', { type: 'city-pair', title: 'City Pair Vilvoorde–Columbus', nisCode: '23088', donorNisCodes: ['23047'], partnerCities: ['Columbus, Ohio (United States)', 'Montréal (Canada)'], startsOn: day(3) });
    expect(r.status).toBe(201);
    expect(r.body.partnerCities).toEqual(['Columbus, Ohio (United States)', 'Montréal (Canada)']);
    expect(r.body.donorMunicipalities).toEqual([{ nisCode: '23047', name: 'Machelen' }]);
  });
});
