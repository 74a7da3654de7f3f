/**
 * Subjects classified by offence (issue #16 item 1): a subject carries offence codes chosen from the
 * legal registry (read through the legal module's exported service); setting and clearing them needs
 * write access to the subject and is audited with its id; the subject read returns them; the registry
 * entry of an offence lists the subjects classified under it that the reader may read — a subject the
 * reader may not read is neither listed nor counted.
 */
import { faker } from '@faker-js/faker';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DENIED_INTEL } from './denied/intel.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { subjectBody } from '../helpers/fixtures.ts';

let s: TestServer;
let intelCivil: Client, police: Client, headCivil: Client, headMilitary: Client, registrar: Client;
let civilSubject: string, secondCivil: string, policeSubject: string;
let offences: Array<{ id: string; code: string; title: string; article: string; inForce: boolean }>;
const MISSING = '00000000-0000-4000-8000-000000000000';

faker.seed(20261630);
const name = () => `${faker.person.firstName()} ${faker.person.lastName()}-Synthetic`;
const entryId = (code: string) => offences.find((o) => o.code === code)!.id;
/** Audit details as stored (jsonb, or its text on some drivers). */
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

async function classified(subjectId: string): Promise<string[]> {
  const r = await sql<{ code: string }>`SELECT offence_code AS code FROM subject_offences WHERE subject_id = ${subjectId} ORDER BY offence_code`.execute(s.platform.db);
  return r.rows.map((x) => x.code);
}

beforeAll(async () => {
  s = await startTestServer();
  [intelCivil, police, headCivil, headMilitary, registrar] = (await Promise.all(['analyst.intel', 'analyst.police', 'head.civil', 'head.military', 'legal.registrar'].map((u) => s.client(u)))) as [Client, Client, Client, Client, Client];
  civilSubject = (await intelCivil.post('/api/subjects', subjectBody({ names: [name()] }, { distribution: 'organisation' }))).body.id;
  secondCivil = (await intelCivil.post('/api/subjects', subjectBody({ names: [name()] }, { distribution: 'organisation' }))).body.id;
  // The police's own subject: it exists, but no civil reader may read it.
  policeSubject = (await police.post('/api/subjects', subjectBody({ names: [name()] }, { distribution: 'organisation' }))).body.id;
  for (const id of [civilSubject, secondCivil, policeSubject]) expect(id).toMatch(/^[0-9a-f-]{36}$/);
  offences = (await intelCivil.get('/api/legal/offences')).body;
});
afterAll(() => s?.close());

describe('subjects classified by offence', () => {
  it("offers the registry's offences to any signed-in user (an intel analyst holds no legal right)", async () => {
    expect(offences.map((o) => o.code)).toEqual(expect.arrayContaining(['cc-137', 'cc-140', 'cc-141']));
    expect(offences.every((o) => o.inForce)).toBe(true);
    expect((await (await s.client()).get('/api/legal/offences')).status).toBe(401);
  });

  it('sets the offences of a subject, returns them with the subject, and audits the change with its id', async () => {
    const r = await intelCivil.put(`/api/subjects/${civilSubject}/offences`, { codes: ['cc-141', 'cc-140', 'cc-140'] });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.offences.map((o: { code: string }) => o.code)).toEqual(['cc-140', 'cc-141']);
    const subject = (await intelCivil.get(`/api/subjects/${civilSubject}`)).body;
    expect(subject.offences).toEqual([
      { code: 'cc-140', title: 'Participation in the activities of a terrorist group', article: 'art. 140', inForce: true },
      expect.objectContaining({ code: 'cc-141', article: 'art. 141', inForce: true }),
    ]);
    const audit = (await sql<{ id: string; details: { offences: string[]; added: string[]; removed: string[] } }>`SELECT record_id AS id, details FROM audit_log WHERE action = 'subject.classify' ORDER BY seq DESC LIMIT 1`.execute(s.platform.db)).rows[0]!;
    expect(audit.id).toBe(civilSubject);
    expect(json(audit.details)).toMatchObject({ offences: ['cc-140', 'cc-141'], added: ['cc-140', 'cc-141'], removed: [] });

    // Replacing: one removed, one added.
    const again = await intelCivil.put(`/api/subjects/${civilSubject}/offences`, { codes: ['cc-140', 'cc-137'] });
    expect(again.body.offences.map((o: { code: string }) => o.code)).toEqual(['cc-137', 'cc-140']);
    const last = (await sql<{ details: { added: string[]; removed: string[] } }>`SELECT details FROM audit_log WHERE action = 'subject.classify' ORDER BY seq DESC LIMIT 1`.execute(s.platform.db)).rows[0]!;
    expect(json(last.details)).toMatchObject({ added: ['cc-137'], removed: ['cc-141'] });
  });

  it('refuses a code that is not an offence of the registry, naming the field', async () => {
    const basis = (await headCivil.get('/api/legal/registry?kind=basis')).body[0].code as string;
    for (const [codes, field] of [[['cc-140', 'no-such-offence'], 'codes.1'], [[basis], 'codes.0']] as const) {
      const r = await intelCivil.put(`/api/subjects/${civilSubject}/offences`, { codes });
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.body)).toContain(field);
    }
    expect(await classified(civilSubject)).toEqual(['cc-137', 'cc-140']);
  });

  it('gives a user without write access to an existing subject the answer for a missing one, and changes nothing', async () => {
    expect(DENIED_INTEL).toEqual(['PUT /api/subjects/:id/offences', 'DELETE /api/subjects/:id/offences']);
    for (const [method, body] of [['PUT', { codes: ['cc-141'] }], ['DELETE', undefined]] as const) {
      const refused = await police.req(method, `/api/subjects/${civilSubject}/offences`, body);
      const missing = await police.req(method, `/api/subjects/${MISSING}/offences`, body);
      expect(refused.status).toBe(404);
      expect(refused.body).toEqual(missing.body);
    }
    // A user without any intel write right is refused before the record is looked up.
    expect((await headMilitary.put(`/api/subjects/${civilSubject}/offences`, { codes: [] })).status).toBe(403);
    expect(await classified(civilSubject)).toEqual(['cc-137', 'cc-140']);
  });

  it("lists under an offence only the subjects the reader may read, and counts only those", async () => {
    expect((await police.put(`/api/subjects/${policeSubject}/offences`, { codes: ['cc-140'] })).status).toBe(200);
    expect((await intelCivil.put(`/api/subjects/${secondCivil}/offences`, { codes: ['cc-140'] })).status).toBe(200);

    const r = await headCivil.get(`/api/legal/registry/${entryId('cc-140')}/subjects`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.subjects.map((x: { id: string }) => x.id).sort()).toEqual([civilSubject, secondCivil].sort());
    expect(r.body.count).toBe(2);
    expect(r.body.truncated).toBe(false);
    expect(JSON.stringify(r.body)).not.toContain(policeSubject);
    // The read is on the record with the ids released, and not the refused one.
    const audit = (await sql<{ ids: string[]; details: { filters: string[] } }>`SELECT record_ids AS ids, details FROM audit_log WHERE actor_name = 'head.civil' AND action = 'subject.list' ORDER BY seq DESC LIMIT 1`.execute(s.platform.db)).rows[0]!;
    expect(audit.ids.sort()).toEqual([civilSubject, secondCivil].sort());
    expect(json(audit.details).filters).toEqual(['offence']);

    // The military head reads neither service's subjects: nothing listed, nothing counted.
    const m = await headMilitary.get(`/api/legal/registry/${entryId('cc-140')}/subjects`);
    expect(m.body).toMatchObject({ subjects: [], count: 0 });
    // The registrar holds no intel right.
    expect((await registrar.get(`/api/legal/registry/${entryId('cc-140')}/subjects`)).body).toMatchObject({ subjects: [], count: 0 });
    // The police analyst holds no legal right.
    expect((await police.get(`/api/legal/registry/${entryId('cc-140')}/subjects`)).status).toBe(403);
    // A basis is no offence.
    const basisId = (await headCivil.get('/api/legal/registry?kind=basis')).body[0].id;
    expect((await headCivil.get(`/api/legal/registry/${basisId}/subjects`)).status).toBe(404);
  });

  it('keeps the classification across an amendment of the offence (classified by code)', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const amended = await registrar.post(`/api/legal/registry/${entryId('cc-140')}/amend`, { title: 'Participation in the activities of a terrorist group', article: 'art. 140 §1', textReference: 'Criminal Code, Book II, Title I ter (as amended)', validFrom: tomorrow });
    expect(amended.status, JSON.stringify(amended.body)).toBe(201);
    const r = await headCivil.get(`/api/legal/registry/${amended.body.id}/subjects`);
    expect(r.body.count).toBe(2);
    const subject = (await intelCivil.get(`/api/subjects/${civilSubject}`)).body;
    expect(subject.offences.find((o: { code: string }) => o.code === 'cc-140')).toMatchObject({ article: 'art. 140 §1' });
  });

  it('clears the offences of a subject', async () => {
    const r = await intelCivil.del(`/api/subjects/${civilSubject}/offences`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.offences).toEqual([]);
    expect((await intelCivil.get(`/api/subjects/${civilSubject}`)).body.offences).toEqual([]);
    expect(await classified(civilSubject)).toEqual([]);
  });

  it('drops the classification with the subject', async () => {
    expect((await intelCivil.req('DELETE', `/api/subjects/${secondCivil}`, { reason: 'test of deletion' })).status).toBe(200);
    expect(await classified(secondCivil)).toEqual([]);
  });
});
