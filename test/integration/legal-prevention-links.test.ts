/**
 * The legal registry and prevention cases (issue #16): a case is classified by offence (PUT/DELETE
 * /api/prevention/cases/:id/offences, audited), the offence's registry page lists the cases classified
 * under it, and the review of an amended basis lists the cases citing it — by registry id, or a basis
 * given as text that matches the citation in normal form. Shared professional secrecy holds throughout:
 * a reader sees and counts only cases they take part in (or whose cell they coordinate), within
 * retention; the others exist but are neither listed nor counted, and the ids released are on the record.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { auditOf, preventionFixtures, type PreventionFixtures } from './prevention-fixtures.ts';

let s: TestServer;
let fx: PreventionFixtures;
let official: Client, police: Client, social: Client, east: Client, headCivil: Client, registrar: Client, intel: Client;
let offenceId: string;
const MISSING = '00000000-0000-4000-8000-000000000000';

type Listed = { module: string; recordType: string; id: string; reference: string; state: string };

beforeAll(async () => {
  s = await startTestServer();
  fx = await preventionFixtures(s);
  // The registry pages need a right on legal: the demo's coordinator holds legal read; these other prevention members get it here.
  await sql`UPDATE users SET roles = roles || '{"legal": ["read"]}'::jsonb WHERE username IN ('police.livc', 'social.worker', 'prevention.east')`.execute(s.platform.db);
  [official, police, social, east, headCivil, registrar, intel] = (await Promise.all(['prevention.official', 'police.livc', 'social.worker', 'prevention.east', 'head.civil', 'legal.registrar', 'analyst.intel'].map((u) => s.client(u)))) as Client[] as [Client, Client, Client, Client, Client, Client, Client];
  offenceId = ((await official.get('/api/legal/offences')).body as Array<{ id: string; code: string }>).find((o) => o.code === 'cc-140')!.id;
});
afterAll(() => s?.close());

const offenceRows = async () => Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM prevention_case_offences`.execute(s.platform.db)).rows[0]!.n);

describe('prevention cases classified by offence', () => {
  it('classifies a case from the registry, audited with the case id', async () => {
    const r = await official.put(`/api/prevention/cases/${fx.c1}/offences`, { codes: ['cc-140', 'cc-140'] });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toEqual({ offences: [{ code: 'cc-140', title: expect.any(String), article: 'art. 140', inForce: true }], editable: true });
    // A participant reads them with the case; one who may not change them is told so.
    expect((await social.get(`/api/prevention/cases/${fx.c1}/offences`)).body.offences.map((o: { code: string }) => o.code)).toEqual(['cc-140']);
    const entry = (await auditOf(s, fx.c1)).filter((a) => a.action === 'prevention.case-classify').at(-1)!;
    expect(entry.details).toMatchObject({ offences: ['cc-140'], added: ['cc-140'], removed: [] });
  });

  it('refuses a code that is no offence of the registry, naming the field', async () => {
    const r = await official.put(`/api/prevention/cases/${fx.c1}/offences`, { codes: ['cc-140', 'no-such-offence'] });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain('codes.1');
  });

  it("lists on the offence's page only the cases the reader takes part in, and counts only those", async () => {
    const own = await official.get(`/api/legal/registry/${offenceId}/cases`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ count: 1, truncated: false, offence: { code: 'cc-140' } });
    expect(own.body.cases).toEqual([{ id: fx.c1, reference: 'RIV-2026-001', stage: 'delivery', cellName: expect.any(String) }]);
    // The case exists, but another cell's official and a reader without prevention rights get nothing.
    for (const c of [east, headCivil]) {
      const r = await c.get(`/api/legal/registry/${offenceId}/cases`);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ cases: [], count: 0 });
    }
    expect((await intel.get(`/api/legal/registry/${offenceId}/cases`)).status).toBe(403);
    const basisId = ((await official.get('/api/legal/registry?kind=basis')).body as Array<{ id: string }>)[0]!.id;
    expect((await official.get(`/api/legal/registry/${basisId}/cases`)).status).toBe(404);
    const lists = (await sql<{ actor: string; ids: string[] }>`SELECT actor_name AS actor, record_ids AS ids FROM audit_log WHERE action = 'prevention.case-legal-list' ORDER BY seq`.execute(s.platform.db)).rows;
    expect(lists.find((x) => x.actor === 'prevention.official')!.ids).toEqual([fx.c1]);
    expect(lists.find((x) => x.actor === 'prevention.east')!.ids).toEqual([]);
  });

  it('clears the classification', async () => {
    const r = await official.del(`/api/prevention/cases/${fx.c1}/offences`);
    expect(r.status).toBe(200);
    expect(r.body.offences).toEqual([]);
    expect(await offenceRows()).toBe(0);
    const entry = (await auditOf(s, fx.c1)).filter((a) => a.action === 'prevention.case-classify').at(-1)!;
    expect(entry.details).toMatchObject({ offences: [], removed: ['cc-140'] });
  });

  it('refuses those who may not: a refused case answers exactly like a missing one, and nothing changes', async () => {
    const before = await offenceRows();
    const refused = await east.put(`/api/prevention/cases/${fx.c1}/offences`, { codes: ['cc-140'] });
    const missing = await east.put(`/api/prevention/cases/${MISSING}/offences`, { codes: ['cc-140'] });
    expect(refused.status).toBe(404);
    expect(refused.body).toEqual(missing.body);
    // social.worker does not take part in RIV-2026-002.
    const hidden = fx.caseId('RIV-2026-002');
    expect((await social.get(`/api/prevention/cases/${hidden}/offences`)).status).toBe(404);
    expect((await social.del(`/api/prevention/cases/${hidden}/offences`)).status).toBe(404);
    // Without a prevention write right (trainer reads only), and without any prevention right.
    const trainer = await s.client('trainer');
    expect((await trainer.put(`/api/prevention/cases/${fx.c1}/offences`, { codes: ['cc-140'] })).status).toBe(403);
    expect((await intel.get(`/api/prevention/cases/${fx.c1}/offences`)).status).toBe(403);
    expect(await offenceRows()).toBe(before);
  });
});

describe('the review of an amended basis lists the prevention cases citing it', () => {
  let textCase: string, otherTextCase: string, typedSubject: string, livcId: string, citation: string;

  beforeAll(async () => {
    const bases = (await official.get('/api/legal/bases')).body as Array<{ id: string; code: string; citation: string; inForce: boolean }>;
    const livc = bases.find((b) => b.code === 'livc-2018' && b.inForce)!;
    livcId = livc.id;
    citation = livc.citation;
    // A case whose basis was typed by hand: the citation with other case, punctuation and "Article" written out.
    const typed = citation.toUpperCase().replace('(ART.', '— Article').replace(', LAW', '; law').replace(/\)$/, '.');
    const open = (reference: string, legalBasis: string) =>
      official.post(`/api/prevention/cells/${fx.cellId}/cases`, { reference, birthYear: 2005, nisCode: '23088', legalBasis, consent: 'given' });
    const a = await open('RIV-2026-901', typed);
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    textCase = a.body.id;
    const b = await open('RIV-2026-902', 'Law of 30 July 2018 on security cells (as remembered)');
    expect(b.status).toBe(201);
    otherTextCase = b.body.id;
    // An intelligence subject whose basis was typed the same way is matched alike (intel's SQL compares the same normal form).
    const subject = await intel.post('/api/subjects', subjectBody({ names: ['Mira Vandenbroucke-Synthetic'] }, { distribution: 'organisation', legalBasis: typed }));
    expect(subject.status, JSON.stringify(subject.body)).toBe(201);
    typedSubject = subject.body.id;
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const amended = await registrar.post(`/api/legal/registry/${livcId}/amend`, { title: 'Case consultation in local integrated security cells', article: 'art. 3–5', textReference: 'Law of 30 July 2018 establishing local integrated security cells (as amended)', validFrom: tomorrow });
    expect(amended.status, JSON.stringify(amended.body)).toBe(201);
  });

  const preventionIds = async (c: Client) => {
    const r = await c.get(`/api/legal/registry/${livcId}/review`);
    expect(r.status).toBe(200);
    return (r.body.records as Listed[]).filter((x) => x.module === 'prevention');
  };

  it("lists to the cell's coordinator every case of the cell citing it, by id or by its citation as text", async () => {
    const rows = await preventionIds(official);
    const ids = rows.map((x) => x.id).sort();
    const cited = ['RIV-2026-001', 'RIV-2026-002', 'RIV-2026-003', 'RIV-2025-014'].map(fx.caseId);
    expect(ids).toEqual([...cited, textCase].sort());
    expect(ids).not.toContain(otherTextCase);
    expect(ids).not.toContain(fx.caseId('EAS-2026-001'));
    expect(rows.find((x) => x.id === textCase)).toMatchObject({ recordType: 'prevention-case', reference: 'RIV-2026-901', state: 'identification' });
    const review = (await sql<{ ids: string[] }>`SELECT record_ids AS ids FROM audit_log WHERE actor_name = 'prevention.official' AND action = 'legal.registry-review' ORDER BY seq DESC LIMIT 1`.execute(s.platform.db)).rows[0]!;
    expect(review.ids).toEqual(expect.arrayContaining([...cited, textCase]));
  });

  it('lists to other members only the cases they take part in, within retention — the others are not counted', async () => {
    // police.livc (a core member, so in the new case too) takes part in RIV-2026-003 as well, but its review date passed long ago: restricted to the coordinator.
    expect((await preventionIds(police)).map((x) => x.id).sort()).toEqual([...['RIV-2026-001', 'RIV-2026-002', 'RIV-2025-014'].map(fx.caseId), textCase].sort());
    expect((await police.get(`/api/prevention/cases/${fx.caseId('RIV-2026-003')}`)).status).toBe(404);
    expect((await preventionIds(social)).map((x) => x.id).sort()).toEqual(['RIV-2026-001', 'RIV-2025-014'].map(fx.caseId).sort());
    expect((await preventionIds(east)).map((x) => x.id)).toEqual([fx.caseId('EAS-2026-001')]);
    expect(await preventionIds(headCivil)).toEqual([]);
    const civil = (await headCivil.get(`/api/legal/registry/${livcId}/review`)).body.records as Listed[];
    expect(civil.filter((x) => x.module === 'intel').map((x) => x.id)).toEqual([typedSubject]);
    const released = (await sql<{ ids: string[] }>`SELECT record_ids AS ids FROM audit_log WHERE actor_name = 'social.worker' AND action = 'prevention.case-legal-list' ORDER BY seq DESC LIMIT 1`.execute(s.platform.db)).rows[0]!;
    expect(released.ids.sort()).toEqual(['RIV-2026-001', 'RIV-2025-014'].map(fx.caseId).sort());
  });
});

describe('the iCalendar export speaks the reader’s language', () => {
  it('names the calendar, the records and the deadlines in the user’s interface language', async () => {
    const texts: Record<string, string> = {};
    for (const [locale, words] of [['nl', ['Vigil juridische termijnen', 'machtiging']], ['fr', ['Vigil délais légaux', 'autorisation']], ['de', ['Vigil gesetzliche Fristen', 'Genehmigung']], ['en', ['Vigil legal deadlines', 'authorisation']]] as const) {
      expect((await headCivil.put('/api/auth/me/locale', { locale })).status).toBe(200);
      const r = await headCivil.get('/api/legal/deadlines.ics?days=366');
      expect(r.status).toBe(200);
      const ics = (r.body as string).replace(/\r\n /g, '');
      for (const w of words) expect(ics, locale).toContain(w);
      texts[locale] = ics;
    }
    expect(texts.nl).not.toContain('Legal reference');
    expect(texts.en).toContain('Legal reference');
  });
});

describe('oversight statistics per offence', () => {
  it('count the judicial cooperation requests recorded under each offence, as the audit log does', async () => {
    const committee = await s.client('committee.member');
    const month = new Date().toISOString().slice(0, 7);
    const count = async () => ((await committee.get(`/api/legal/statistics?from=${month}&to=${month}`)).body.offences as Array<{ offenceId: string; cooperation: number; authorisations: number }>).find((o) => o.offenceId === offenceId);
    const before = (await count())?.cooperation ?? 0;
    const analyst = await s.client('legal.analyst');
    const basisId = ((await analyst.get('/api/legal/registry?kind=basis')).body as Array<{ id: string }>)[0]!.id;
    const made = await analyst.post('/api/legal/cooperation', { kind: 'mla', direction: 'incoming', otherCountry: 'NL', counterpart: 'Public prosecutor, Rotterdam', basisId, offenceIds: [offenceId, offenceId] });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect((await count())!.cooperation).toBe(before + 1);
    const logged = (await sql<{ details: { offenceIds: string[] } }>`SELECT details FROM audit_log WHERE action = 'legal.cooperation-create' AND record_id = ${made.body.id}`.execute(s.platform.db)).rows[0]!;
    const details = typeof logged.details === 'string' ? JSON.parse(logged.details) : logged.details;
    expect(details.offenceIds).toContain(offenceId);
    // The statistics are for the oversight bodies only.
    expect((await analyst.get('/api/legal/statistics')).status).toBe(403);
  });
});
