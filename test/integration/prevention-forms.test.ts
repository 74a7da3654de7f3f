/**
 * What the prevention screens create and change over HTTP: cells covering several municipalities (one
 * cell per municipality), their members, meetings and their agendas, exchanges with donor
 * municipalities under the shared programme-type codes, and a case's legal basis chosen from the legal
 * registry (brought up for review when the registry amends it). Each change is on the audit log with
 * its record ids.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { auditOf, preventionFixtures, type PreventionFixtures } from './prevention-fixtures.ts';

let s: TestServer;
let fx: PreventionFixtures;
let official: Client, mayor: Client, social: Client, east: Client, trainer: Client, analyst: Client, registrar: Client;
const day = (o: number) => new Date(Date.now() + o * 86_400_000).toISOString().slice(0, 10);
const userId = async (username: string) => (await sql<{ id: string }>`SELECT id FROM users WHERE username = ${username}`.execute(s.platform.db)).rows[0]!.id;
const basisId = async (code: string) => (await sql<{ id: string }>`SELECT id FROM legal_registry WHERE code = ${code} ORDER BY version DESC LIMIT 1`.execute(s.platform.db)).rows[0]!.id;

beforeAll(async () => {
  s = await startTestServer();
  fx = await preventionFixtures(s);
  [official, mayor, social, east, trainer, analyst, registrar] = (await Promise.all(['prevention.official', 'mayor.riverside', 'social.worker', 'prevention.east', 'trainer', 'analyst.intel', 'legal.registrar'].map((u) => s.client(u)))) as [Client, Client, Client, Client, Client, Client, Client];
});
afterAll(async () => s?.close());

describe('cells, members and meetings', () => {
  it('offers the municipalities and, to administrators and coordinators, the people with a prevention right', async () => {
    const m = await social.get('/api/prevention/municipalities');
    expect(m.status).toBe(200);
    expect(m.body.length).toBeGreaterThan(500);
    expect(m.body).toContainEqual({ nisCode: '23088', name: 'Vilvoorde' });
    expect((await analyst.get('/api/prevention/municipalities')).status).toBe(403);
    const people = await official.get('/api/prevention/people');
    expect(people.status).toBe(200);
    const socialId = await userId('social.worker');
    expect(people.body).toContainEqual(expect.objectContaining({ userId: socialId, orgName: 'Riverside Social Services' }));
    const analystId = await userId('analyst.intel');
    expect(people.body.some((p: any) => p.userId === analystId)).toBe(false);
    expect((await auditOf(s, socialId)).map((a) => a.action)).toContain('prevention.people-list');
    expect((await mayor.get('/api/prevention/people')).status).toBe(403);
  });

  it('creates a cell shared by two municipalities, refuses a municipality that has a cell, and lets the coordinator change it', async () => {
    const coordinator = await userId('prevention.official');
    const dup = await official.post('/api/prevention/cells', { name: 'LIVC-R Asse', nisCodes: ['23002', '23002'], coordinatorUserId: coordinator });
    expect(dup.body.error.field).toBe('nisCodes.1');
    const taken = await official.post('/api/prevention/cells', { name: 'LIVC-R Vilvoorde again', nisCodes: ['23002', '23088'], coordinatorUserId: coordinator });
    expect(taken.status).toBe(409);
    expect(taken.body.error.field).toBe('nisCodes.1');
    const c = await official.post('/api/prevention/cells', { name: 'LIVC-R Asse–Liedekerke', nisCodes: ['23002', '23044'], coordinatorUserId: coordinator });
    expect(c.status).toBe(201);
    expect(c.body.municipalities).toEqual([{ nisCode: '23002', name: 'Asse' }, { nisCode: '23044', name: 'Liedekerke' }]);
    expect(c.body.me.coordinator).toBe(true);
    const id = c.body.id;

    const changed = await official.put(`/api/prevention/cells/${id}`, { name: 'LIVC-R Asse–Liedekerke–Halle', nisCodes: ['23002', '23044', '23027'] });
    expect(changed.status).toBe(200);
    expect(changed.body.municipalities.map((m: any) => m.name)).toEqual(['Asse', 'Liedekerke', 'Halle']);
    const unknownKey = await official.put(`/api/prevention/cells/${id}`, { name: 'LIVC-R Asse', nisCodes: ['23002'], coordinatorUserId: coordinator });
    expect(unknownKey.status).toBe(400);
    expect(unknownKey.body.error.message).toContain('coordinatorUserId');

    const member = await official.post(`/api/prevention/cells/${id}/members`, { userId: await userId('social.worker'), role: 'social_services' });
    expect(member.status).toBe(201);
    expect(member.body.members.map((m: any) => m.role)).toEqual(['prevention_official', 'social_services']);
    // A member who does not coordinate changes nothing.
    expect((await social.put(`/api/prevention/cells/${id}`, { name: 'Renamed', nisCodes: ['23002'] })).status).toBe(403);
    expect((await auditOf(s, id)).map((a) => a.action)).toEqual(expect.arrayContaining(['prevention.cell-create', 'prevention.cell-change', 'prevention.member-add']));
    const audit = (await auditOf(s, id)).find((a) => a.action === 'prevention.cell-change')!;
    expect(audit.details).toMatchObject({ added: ['23027'], removed: [] });
  });

  it('keeps a municipality that has cases in the cell', async () => {
    const r = await official.put(`/api/prevention/cells/${fx.cellId}`, { name: 'LIVC-R Vilvoorde', nisCodes: ['23088'] });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ field: 'nisCodes', message: expect.stringContaining('Machelen') });
  });

  it('schedules a meeting with an agenda, and an agenda change keeps the items about cases the writer does not read', async () => {
    const created = await official.post(`/api/prevention/cells/${fx.cellId}/meetings`, { heldOn: day(7), agenda: [{ title: 'New referral from the school', caseId: fx.caseId('RIV-2026-002') }, { title: 'Mother Schools: evaluation' }] });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const seen = await social.get(`/api/prevention/meetings/${id}`);
    expect(seen.body.agenda[0]).toMatchObject({ caseId: null, hidden: true });
    const changed = await social.put(`/api/prevention/meetings/${id}/agenda`, { agenda: [{ title: 'Mother Schools: evaluation and next cohort' }, { title: 'Progress of the trajectory', caseId: fx.c1 }] });
    expect(changed.status).toBe(200);
    const full = await official.get(`/api/prevention/meetings/${id}`);
    expect(full.body.agenda.map((a: any) => [a.title, a.caseReference])).toEqual([
      ['Mother Schools: evaluation and next cohort', null],
      ['Progress of the trajectory', 'RIV-2026-001'],
      ['New referral from the school', 'RIV-2026-002'],
    ]);
    const refused = await social.put(`/api/prevention/meetings/${id}/agenda`, { agenda: [{ title: 'Sneak a case in', caseId: fx.caseId('RIV-2026-002') }] });
    expect(refused.body.error.field).toBe('agenda.0.caseId');
    const entry = (await auditOf(s, id)).find((a) => a.action === 'prevention.meeting-agenda')!;
    expect(entry.record_ids).toEqual(expect.arrayContaining([id, fx.c1, fx.caseId('RIV-2026-002')]));
  });
});

describe('exchanges with donor municipalities', () => {
  it('stores the donor municipalities, lists the exchange under each of them and counts them as taking part', async () => {
    const body = { type: 'young-cities', title: 'Young Cities mentoring Vilvoorde', nisCode: '23088', donorNisCodes: ['11002', '62063'], partnerCities: ['Rotterdam'], startsOn: day(5) };
    const x = await official.post('/api/prevention/exchanges', body);
    expect(x.status).toBe(201);
    expect(x.body.donorMunicipalities).toEqual([{ nisCode: '11002', name: 'Antwerpen' }, { nisCode: '62063', name: 'Liège' }]);
    const id = x.body.id;
    const under = await social.get('/api/prevention/exchanges?nisCode=62063');
    expect(under.body.map((e: any) => e.id)).toContain(id);
    expect((await social.get('/api/prevention/exchanges?type=young-cities')).body.find((e: any) => e.id === id).donorMunicipalities).toHaveLength(2);
    const part = await social.get('/api/prevention/participation');
    expect(part.body.find((m: any) => m.nisCode === '62063').programmeTypes).toContain('young-cities');
    expect(part.body.find((m: any) => m.nisCode === '23002').programmeTypes).toEqual(['livc-r']);

    expect((await official.post('/api/prevention/exchanges', { ...body, donorNisCodes: ['23088'] })).body.error.field).toBe('donorNisCodes.0');
    expect((await official.post('/api/prevention/exchanges', { ...body, donorNisCodes: ['99999'] })).body.error.field).toBe('donorNisCodes.0');
    // A field the server does not know is refused by name, never dropped.
    const unknown = await official.post('/api/prevention/exchanges', { ...body, donors: ['11002'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('donors');
    expect((await official.post('/api/prevention/exchanges', { ...body, type: 'city_pair' })).status).toBe(400);

    const fixed = await official.put(`/api/prevention/exchanges/${id}`, { ...body, type: 'strong-cities', donorNisCodes: ['11002'] });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ type: 'strong-cities', donorMunicipalities: [{ nisCode: '11002', name: 'Antwerpen' }] });
    expect((await east.put(`/api/prevention/exchanges/${id}`, body)).status).toBe(403);
    const audit = await auditOf(s, id);
    expect(audit.map((a) => a.action)).toEqual(['prevention.exchange-create', 'prevention.exchange-update']);
    expect(audit[0]!.details).toMatchObject({ donors: ['11002', '62063'] });
    expect(audit[1]!.details).toMatchObject({ previousType: 'young-cities', type: 'strong-cities' });
  });
});

describe("a case's legal basis from the legal registry", () => {
  it('lists the bases for processing in force, from the registry', async () => {
    const r = await official.get('/api/prevention/legal-bases');
    expect(r.status).toBe(200);
    expect(r.body.available).toBe(true);
    expect(r.body.bases).toContainEqual(expect.objectContaining({ code: 'livc-2018', textReference: expect.stringContaining('30 July 2018') }));
    expect(r.body.bases.every((b: any) => b.validTo === null || b.validTo >= day(0))).toBe(true);
    expect((await trainer.get('/api/prevention/legal-bases')).body.bases.map((b: any) => b.id)).toEqual(r.body.bases.map((b: any) => b.id));
    expect((await analyst.get('/api/prevention/legal-bases')).status).toBe(403);
  });

  it('opens a case citing the basis, refuses what is not a basis for processing, and brings the case up for review when the registry amends the basis', async () => {
    const livc = await basisId('livc-2018');
    const base = { reference: 'RIV-2026-101', birthYear: 2007, nisCode: '23088', consent: 'given' };
    expect((await official.post(`/api/prevention/cells/${fx.cellId}/cases`, base)).body.error.field).toBe('legalBasis');
    const offence = (await sql<{ id: string }>`SELECT id FROM legal_registry WHERE kind = 'offence' LIMIT 1`.execute(s.platform.db)).rows[0]!.id;
    expect((await official.post(`/api/prevention/cells/${fx.cellId}/cases`, { ...base, legalBasisId: offence })).body.error.field).toBe('legalBasisId');
    const c = await official.post(`/api/prevention/cells/${fx.cellId}/cases`, { ...base, legalBasisId: livc });
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({ legalBasisId: livc, legalBasis: expect.stringContaining('Law of 30 July 2018') });
    const caseId = c.body.id;
    expect((await auditOf(s, caseId))[0]!.details).toMatchObject({ legalBasisId: livc });

    // The registrar amends the basis from today: the cases citing it come up for review today.
    const amended = await registrar.post(`/api/legal/registry/${livc}/amend`, { title: 'Case consultation in local integrated security cells (amended)', article: 'art. 3–6', textReference: 'Law of 30 July 2018, as amended', validFrom: day(0) });
    expect(amended.status).toBe(201);
    const after = await official.get(`/api/prevention/cases/${caseId}`);
    expect(after.body.reviewDate).toBe(day(0));
    const flagged = (await auditOf(s, caseId)).find((a) => a.action === 'prevention.basis-changed')!;
    expect(flagged.details).toMatchObject({ basisId: livc, successorId: amended.body.id });
    expect((await official.get('/api/prevention/review-queue')).body.map((q: any) => q.id)).toContain(caseId);

    // The old version is no longer in force; the coordinator re-bases the case on the new one.
    expect((await official.post(`/api/prevention/cases/${caseId}/legal-basis`, { legalBasisId: livc })).body.error).toMatchObject({ field: 'legalBasisId', message: expect.stringContaining('current version') });
    expect((await mayor.post(`/api/prevention/cases/${caseId}/legal-basis`, { legalBasisId: amended.body.id })).status).toBe(403);
    const rebased = await official.post(`/api/prevention/cases/${caseId}/legal-basis`, { legalBasisId: amended.body.id });
    expect(rebased.status).toBe(200);
    expect(rebased.body).toMatchObject({ legalBasisId: amended.body.id, legalBasis: expect.stringContaining('as amended') });
    expect((await auditOf(s, caseId)).map((a) => a.action)).toContain('prevention.case-basis');
  });
});
