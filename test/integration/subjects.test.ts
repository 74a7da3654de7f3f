import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { reportBody, subjectBody } from '../helpers/fixtures.ts';

let s: TestServer;
let intel: Client;
let police: Client;
let border: Client;
let oversight: Client;

beforeAll(async () => {
  s = await startTestServer();
  [intel, police, border, oversight] = (await Promise.all(['analyst.intel', 'analyst.police', 'border.officer', 'oversight'].map((u) => s.client(u)))) as [Client, Client, Client, Client];
});
afterAll(() => s?.close());

describe('subjects', () => {
  it('creates a subject with the contract fields and reads it back', async () => {
    const r = await intel.post('/api/subjects', subjectBody());
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ kind: 'person', names: ['Zoltan Kővári-Testperson', 'Золтан Ковари'], birthDate: '1990-04', nationalities: ['BE', 'HU'], category: 'PVE' });
    expect(r.body.markings).toMatchObject({ classification: 'restricted', tlp: 'amber', distribution: 'all', reviewDate: '2030-01-01' });
    const g = await intel.get(`/api/subjects/${r.body.id}`);
    expect(g.status).toBe(200);
    expect(g.body.id).toBe(r.body.id);
  });

  it('names the offending field on bad input', async () => {
    const r = await intel.post('/api/subjects', subjectBody({ birthDate: '1990-13-01' }));
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'birthDate' });
    const m = await intel.post('/api/subjects', subjectBody({}, { distribution: 'organisations', sharedWith: [] }));
    expect(m.status).toBe(400);
    expect(m.body.error.field).toBe('markings.sharedWith');
    const r2 = await intel.post('/api/reports', reportBody([], { markings: { ...subjectBody().markings, distribution: 'organisations', sharedWith: [crypto.randomUUID()] } }));
    expect(r2.status).toBe(400);
    expect(r2.body.error.field).toBe('markings.sharedWith');
    const c = await intel.post('/api/subjects', subjectBody({}, { classification: 'top_secret' }));
    expect(c.status).toBe(400);
    expect(c.body.error.field).toBe('markings.classification');
  });

  it('finds subjects by fuzzy name: accents, case, typos, other scripts', async () => {
    const created = await intel.post('/api/subjects', subjectBody({ names: ['Ḱaterina Dřevíková', 'Катерина Древикова'] }));
    for (const q of ['katerina drevikova', 'KATERINA DREVIKOVA', 'Katerina Drevikowa', 'drevikova', 'Катерина Древикова']) {
      const r = await intel.get(`/api/subjects?q=${encodeURIComponent(q)}`);
      expect(r.status, q).toBe(200);
      expect(r.body.results.map((x: { id: string }) => x.id), q).toContain(created.body.id);
    }
  });

  it('answers a refused read exactly like a missing record', async () => {
    const secret = await intel.post('/api/subjects', subjectBody({ names: ['Orsolya Nemlathato'] }, { distribution: 'organisation' }));
    const refused = await police.get(`/api/subjects/${secret.body.id}`);
    const missing = await police.get(`/api/subjects/${crypto.randomUUID()}`);
    expect(refused.status).toBe(404);
    expect(refused.body).toEqual(missing.body);
    const search = await police.get('/api/subjects?q=Orsolya%20Nemlathato');
    expect(search.body.results).toHaveLength(0);
    expect(search.body.hits).toHaveLength(0);
  });

  it('gives hit-no-hit where the record opts in: that it exists and whom to ask, nothing else', async () => {
    const rec = await intel.post('/api/subjects', subjectBody({ names: ['Bertalan Rejtettnev'] }, { distribution: 'organisation', hitNoHit: true }));
    const r = await police.get(`/api/subjects/${rec.body.id}`);
    expect(r.status).toBe(200);
    expect(Object.keys(r.body).sort()).toEqual(['contact', 'hit', 'id']);
    expect(r.body.contact.organisation).toBe('Civil Intelligence Service');
    const search = await police.get('/api/subjects?q=Bertalan%20Rejtettnev');
    expect(search.body.results).toHaveLength(0);
    expect(search.body.hits).toHaveLength(1);
    expect(JSON.stringify(search.body.hits)).not.toContain('Bertalan');
  });

  it('updates with optimistic concurrency and refuses a stale version', async () => {
    const c = await intel.post('/api/subjects', subjectBody({ names: ['Veronika Probaverzio'] }));
    const u = await intel.put(`/api/subjects/${c.body.id}`, { ...subjectBody({ names: ['Veronika Probaverzio', 'Vera P.'] }), version: 1 });
    expect(u.status).toBe(200);
    expect(u.body.version).toBe(2);
    const stale = await intel.put(`/api/subjects/${c.body.id}`, { ...subjectBody({ names: ['Other'] }), version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.field).toBe('version');
  });

  it('lets another organisation read a shared record but not change it', async () => {
    const c = await intel.post('/api/subjects', subjectBody({ names: ['Gaspar Megosztott'] }));
    expect((await police.get(`/api/subjects/${c.body.id}`)).status).toBe(200);
    const u = await police.put(`/api/subjects/${c.body.id}`, { ...subjectBody({ names: ['Changed'] }), version: 1 });
    expect(u.status).toBe(403);
    expect((await intel.get(`/api/subjects/${c.body.id}`)).body.names[0]).toBe('Gaspar Megosztott');
  });

  it('deletes with a tombstone: the record is gone, the fact is on the record', async () => {
    const c = await intel.post('/api/subjects', subjectBody({ names: ['Tivadar Torlendo'] }));
    const d = await intel.del(`/api/subjects/${c.body.id}`, { reason: 'retention period over' });
    expect(d.status).toBe(200);
    expect((await intel.get(`/api/subjects/${c.body.id}`)).status).toBe(404);
    const tomb = await s.platform.db.selectFrom('tombstones').selectAll().where('record_id', '=', c.body.id).executeTakeFirst();
    expect(tomb).toMatchObject({ record_type: 'subject', reason: 'retention period over' });
    const overseer = await s.client('oversight'); // the audit log is oversight's, not a plain administrator's
    const audit = await overseer.get(`/api/audit?recordId=${c.body.id}`);
    expect(audit.body.map((e: { action: string }) => e.action)).toContain('subject.delete');
    expect(JSON.stringify(audit.body)).not.toContain('Tivadar');
  });

  it('restricts a record to its owner once the review date plus grace has passed, until reviewed', async () => {
    const c = await intel.post('/api/subjects', subjectBody({ names: ['Ilona Lejartszemle'] }));
    await s.platform.db.updateTable('subjects').set({ review_date: '2020-01-01' }).where('id', '=', c.body.id).execute();
    expect((await police.get(`/api/subjects/${c.body.id}`)).status).toBe(404);
    const own = await intel.get(`/api/subjects/${c.body.id}`);
    expect(own.body.flags).toEqual({ reviewDue: true, restricted: true });
    const queue = await intel.get('/api/review-queue');
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(c.body.id);
    const rv = await intel.post(`/api/subjects/${c.body.id}/review`, { nextReviewDate: '2029-01-01' });
    expect(rv.status).toBe(200);
    expect((await police.get(`/api/subjects/${c.body.id}`)).status).toBe(200);
  });

  it('keeps reports as a timeline, a link graph, and full-text search within the policy', async () => {
    const a = await intel.post('/api/subjects', subjectBody({ names: ['Attila Grafpont'] }));
    const b = await intel.post('/api/subjects', subjectBody({ names: ['Bence Grafel'] }, { distribution: 'organisation' }));
    const rep = await intel.post('/api/reports', reportBody([a.body.id], { body: 'Szemlélő látta a kikötőben — unique-token-quokka' }));
    expect(rep.status).toBe(201);
    expect(rep.body.grade).toBe('B2');
    const link = await intel.post('/api/links', { fromSubjectId: a.body.id, toSubjectId: b.body.id, type: 'associate', markings: { classification: 'restricted', tlp: 'amber', distribution: 'all', legalBasis: 'art. 7', purpose: 'prevention' } });
    expect(link.status).toBe(201);
    const tl = await intel.get(`/api/subjects/${a.body.id}/reports`);
    expect(tl.body.map((r: { id: string }) => r.id)).toEqual([rep.body.id]);
    const g = await intel.get(`/api/subjects/${a.body.id}/graph`);
    expect(g.body.nodes).toHaveLength(2);
    expect(g.body.edges).toHaveLength(1);
    // The police may read A and the link, but not B: the graph hides B and the edge.
    const pg = await police.get(`/api/subjects/${a.body.id}/graph`);
    expect(pg.body.nodes).toHaveLength(1);
    expect(pg.body.edges).toHaveLength(0);
    const rv = await intel.post(`/api/reports/${rep.body.id}/review`, { nextReviewDate: '2029-06-01' });
    expect(rv.status).toBe(200);
    expect((await intel.get(`/api/reports/${rep.body.id}`)).body.markings.reviewDate).toBe('2029-06-01');
    expect((await police.post(`/api/reports/${rep.body.id}/review`, { nextReviewDate: '2029-06-01' })).status).toBe(403);
    const fts = await intel.get('/api/reports?q=szemlelo%20kikotoben');
    expect(fts.body.results.map((r: { id: string }) => r.id)).toContain(rep.body.id);
  });

  it('refuses each intel endpoint to users without the right, changing nothing', async () => {
    const before = await s.platform.db.selectFrom('subjects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const anon = await s.client();
    expect((await anon.get('/api/subjects?q=x')).status).toBe(401);
    expect((await anon.post('/api/subjects', subjectBody())).status).toBe(401);
    expect((await border.post('/api/subjects', subjectBody())).status).toBe(403);
    expect((await oversight.get('/api/subjects?q=a')).body.results).toEqual([]);
    expect((await border.post('/api/reports', reportBody([]))).status).toBe(403);
    expect((await border.post('/api/links', { fromSubjectId: crypto.randomUUID(), toSubjectId: crypto.randomUUID(), type: 'family', markings: { classification: 'restricted', tlp: 'amber', distribution: 'all', legalBasis: 'x-basis', purpose: 'x-purpose' } })).status).toBe(403);
    const after = await s.platform.db.selectFrom('subjects').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
