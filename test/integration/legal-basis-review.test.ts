/**
 * Legal bases from the registry in every record's markings (issue #16): any signed-in user reads the
 * bases for processing with the citation a record carries; when a basis is amended (or expires), its
 * registry entry lists the records citing it — the legal module's own and intelligence subjects and
 * reports — each only if the reader may read it: records that exist but are refused are neither listed
 * nor counted, and the ids released are on the record.
 */
import { faker } from '@faker-js/faker';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { markings, reportBody, subjectBody } from '../helpers/fixtures.ts';

let s: TestServer;
let intelCivil: Client, police: Client, headCivil: Client, headMilitary: Client, registrar: Client;
let basis: { id: string; citation: string; article: string };
let civilSubject: string, civilReport: string, policeSubject: string, spacedSubject: string;

faker.seed(20261604);
const name = () => `${faker.person.firstName()} ${faker.person.lastName()}-Synthetic`;

beforeAll(async () => {
  s = await startTestServer();
  [intelCivil, police, headCivil, headMilitary, registrar] = (await Promise.all(['analyst.intel', 'analyst.police', 'head.civil', 'head.military', 'legal.registrar'].map((u) => s.client(u)))) as [Client, Client, Client, Client, Client];
  const bases = (await intelCivil.get('/api/legal/bases')).body as Array<{ id: string; code: string; citation: string; article: string; inForce: boolean }>;
  basis = bases.find((b) => b.code === 'pnr-2016' && b.inForce)!;
  const own = (text: string) => markings({ distribution: 'organisation', legalBasis: text });
  civilSubject = (await intelCivil.post('/api/subjects', subjectBody({ names: [name()] }, { distribution: 'organisation', legalBasis: basis.citation }))).body.id;
  spacedSubject = (await intelCivil.post('/api/subjects', subjectBody({ names: [name()] }, { distribution: 'organisation', legalBasis: `  ${basis.citation.toUpperCase().replace(/ /g, '  ')} ` }))).body.id;
  civilReport = (await intelCivil.post('/api/reports', reportBody([civilSubject], { markings: own(basis.citation) }))).body.id;
  // The police's own record citing the same basis: it exists, but no civil reader may read it.
  policeSubject = (await police.post('/api/subjects', subjectBody({ names: [name()] }, { distribution: 'organisation', legalBasis: basis.citation }))).body.id;
  // A record with a free-text basis that is not the citation.
  await intelCivil.post('/api/subjects', subjectBody({ names: [name()] }, { distribution: 'organisation', legalBasis: 'Law of 25 December 2016, art. 8 (as remembered)' }));
  for (const id of [civilSubject, spacedSubject, civilReport, policeSubject]) expect(id).toMatch(/^[0-9a-f-]{36}$/);
});
afterAll(() => s?.close());

describe('legal: bases from the registry in the markings', () => {
  it('gives any signed-in user the bases for processing with the citation a record carries', async () => {
    const r = await intelCivil.get('/api/legal/bases');
    expect(r.status).toBe(200);
    expect(basis).toMatchObject({ article: 'art. 8' });
    expect(basis.citation).toBe('Processing of passenger data (art. 8, Law of 25 December 2016 on the processing of passenger data)');
    expect((r.body as Array<{ scope: string }>).every((b) => b.scope === 'processing')).toBe(true);
    expect((await s.client().then((c) => c.get('/api/legal/bases'))).status).toBe(401);
  });
});

describe('legal: records citing an amended basis, for review', () => {
  let oldId: string;

  beforeAll(async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const amended = await registrar.post(`/api/legal/registry/${basis.id}/amend`, { title: 'Processing of passenger data', article: 'art. 8 §1', textReference: 'Law of 25 December 2016 on the processing of passenger data (as amended)', validFrom: tomorrow });
    expect(amended.status, JSON.stringify(amended.body)).toBe(201);
    oldId = basis.id;
    const entry = (await headCivil.get(`/api/legal/registry/${oldId}`)).body;
    expect(entry.successorId).toBe(amended.body.id);
  });

  it("lists the reader's own records citing it, and neither lists nor counts the others", async () => {
    const r = await headCivil.get(`/api/legal/registry/${oldId}/review`);
    expect(r.status).toBe(200);
    expect(r.body.citation).toBe(basis.citation);
    const intel = (r.body.records as Array<{ module: string; recordType: string; id: string }>).filter((x) => x.module === 'intel');
    expect(intel.map((x) => x.id).sort()).toEqual([civilSubject, spacedSubject, civilReport].sort());
    expect(intel.find((x) => x.id === civilReport)!.recordType).toBe('report');
    expect(JSON.stringify(r.body)).not.toContain(policeSubject);
    expect(r.body.truncated).toBe(false);

    // The military head may read neither service's records: nothing listed, nothing counted.
    const m = await headMilitary.get(`/api/legal/registry/${oldId}/review`);
    expect(m.status).toBe(200);
    expect(m.body.records.filter((x: { module: string }) => x.module === 'intel')).toEqual([]);
    // The registrar holds no intel right.
    expect((await registrar.get(`/api/legal/registry/${oldId}/review`)).body.records).toEqual([]);
  });

  it('puts the ids released on the record, and none of the refused ones', async () => {
    const rows = (await sql<{ action: string; ids: string[]; details: unknown }>`SELECT action, record_ids AS ids, details FROM audit_log WHERE actor_name = 'head.civil' AND action IN ('subject.list', 'report.list', 'legal.registry-review') ORDER BY seq DESC LIMIT 3`.execute(s.platform.db)).rows;
    const byAction = new Map(rows.map((x) => [x.action, x]));
    expect(byAction.get('subject.list')!.ids.sort()).toEqual([civilSubject, spacedSubject].sort());
    expect(byAction.get('report.list')!.ids).toEqual([civilReport]);
    expect(byAction.get('legal.registry-review')!.ids).toEqual(expect.arrayContaining([civilSubject, spacedSubject, civilReport]));
    for (const x of rows) expect(x.ids).not.toContain(policeSubject);
    const military = (await sql<{ ids: string[] }>`SELECT record_ids AS ids FROM audit_log WHERE actor_name = 'head.military' AND action IN ('subject.list', 'report.list')`.execute(s.platform.db)).rows;
    for (const x of military) expect(x.ids).toEqual([]);
  });

  it('is refused to a user without legal rights (403), and a missing entry answers 404', async () => {
    expect((await intelCivil.get(`/api/legal/registry/${oldId}/review`)).status).toBe(403);
    expect((await headCivil.get('/api/legal/registry/00000000-0000-4000-8000-000000000000/review')).status).toBe(404);
  });
});
