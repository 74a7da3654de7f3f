/**
 * Every intelligence-record route answers its success status with the shape its response schema
 * declares (a field the schema does not know would be dropped, one of the wrong type fails the answer):
 * one walk through subjects, reports, links, the graph and the review queue, checking the fields the
 * web's screens read, including those only some answers carry (hit-no-hit, scores, follow state).
 * People are synthetic.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markings, reportBody, subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type Res, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let intel: Client;
let police: Client;

/** The field paths of a JSON value (array items merged). */
function paths(v: unknown, at = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) for (const x of v) paths(x, `${at}[]`, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, at ? `${at}.${k}` : k, out.add(at ? `${at}.${k}` : k));
  return out;
}

function ok(route: string, r: Res, status: number, expected: string[]): Res {
  expect(r.status, `${route}: ${JSON.stringify(r.body).slice(0, 300)}`).toBe(status);
  const got = paths(r.body);
  expect(expected.filter((f) => !got.has(f)), `${route}: fields missing`).toEqual([]);
  return r;
}

const SUBJECT = ['id', 'kind', 'names', 'birthDate', 'nationalities', 'gender', 'category', 'followUp', 'documents', 'documents[].type', 'documents[].number', 'documents[].country', 'notes', 'threatLevel', 'version', 'createdAt', 'updatedAt', 'flags.reviewDue', 'flags.restricted', 'markings.ownerOrgId', 'markings.ownerOrgName', 'markings.classification', 'markings.tlp', 'markings.distribution', 'markings.sharedWith', 'markings.groupIds', 'markings.handlingCode', 'markings.hitNoHit', 'markings.legalBasis', 'markings.purpose', 'markings.reviewDate'];
const REPORT = ['id', 'title', 'body', 'reportedOn', 'sourceOrganisation.id', 'sourceOrganisation.name', 'grade', 'sourceReliability', 'infoCredibility', 'subjectIds', 'createdAt', 'markings.ownerOrgName', 'markings.classification'];
const each = (prefix: string, fields: string[]) => fields.map((f) => `${prefix}.${f}`);

beforeAll(async () => {
  s = await startTestServer();
  intel = await s.client('analyst.intel');
  police = await s.client('analyst.police');
}, 60_000);
afterAll(async () => s?.close());

describe('intelligence records answer with their declared shape', () => {
  it('every route answers its success status', async () => {
    const doc = { documents: [{ type: 'passport', number: 'WIRE0001', country: 'BE' }], notes: 'wire walk' };
    const a = ok('POST subject', await intel.post('/api/subjects', subjectBody({ names: ['Ottilie Wirewalker'], ...doc })), 201, [...SUBJECT, 'following']);
    expect(a.body.following).toBe(true);
    const b = ok('POST subject', await intel.post('/api/subjects', subjectBody({ names: ['Casimir Wirehidden'] }, { distribution: 'organisation', hitNoHit: true })), 201, SUBJECT.filter((f) => !f.startsWith('documents[]')));
    ok('GET subject', await intel.get(`/api/subjects/${a.body.id}`), 200, [...SUBJECT, 'following']);
    // Another agency learns only that the record exists, and whom to ask.
    const hit = ok('GET subject (hit)', await police.get(`/api/subjects/${b.body.id}`), 200, ['hit', 'contact.organisationId', 'contact.organisation']);
    expect(hit.body.names).toBeUndefined();
    const found = ok('GET subjects', await intel.get('/api/subjects?q=Ottilie%20Wirewalker'), 200, [...each('results[]', SUBJECT), 'results[].score', 'results[].matchedName', 'hits']);
    expect(found.body.results[0].matchedName).toBe('Ottilie Wirewalker');
    expect(typeof found.body.results[0].score).toBe('number');
    const hits = ok('GET subjects (hit)', await police.get('/api/subjects?q=Casimir%20Wirehidden'), 200, ['results', 'hits[].hit', 'hits[].contact.organisationId', 'hits[].contact.organisation']);
    expect(hits.body.hits[0].id).toBeUndefined();
    ok('PUT subject', await intel.put(`/api/subjects/${a.body.id}`, { ...subjectBody({ names: ['Ottilie Wirewalker'], ...doc }), version: 1 }), 200, [...SUBJECT, 'following']);
    ok('POST subject review', await intel.post(`/api/subjects/${a.body.id}/review`, { nextReviewDate: '2027-06-01' }), 200, [...SUBJECT, 'following']);
    expect((await intel.del(`/api/subjects/${a.body.id}/follow`)).body).toEqual({ following: false });
    expect((await intel.put(`/api/subjects/${a.body.id}/follow`)).body).toEqual({ following: true });

    const r = ok('POST report', await intel.post('/api/reports', reportBody([a.body.id, b.body.id], { title: 'Wirewalk observation' })), 201, REPORT);
    expect(r.body.subjectIds.sort()).toEqual([a.body.id, b.body.id].sort());
    ok('GET report', await intel.get(`/api/reports/${r.body.id}`), 200, REPORT);
    ok('GET subject reports', await intel.get(`/api/subjects/${a.body.id}/reports`), 200, each('[]', REPORT));
    ok('GET reports', await intel.get('/api/reports?q=wirewalk'), 200, [...each('results[]', REPORT), 'results[].rank']);
    expect((await intel.post(`/api/reports/${r.body.id}/review`, { nextReviewDate: '2027-06-01' })).body).toEqual({ id: r.body.id, reviewDate: '2027-06-01' });

    const link = ok('POST link', await intel.post('/api/links', { fromSubjectId: a.body.id, toSubjectId: b.body.id, type: 'associate', description: 'met twice', markings: markings() }), 201, ['id', 'fromSubjectId', 'toSubjectId', 'type', 'description', 'markings.classification', 'markings.sharedWith', 'markings.hitNoHit']);
    ok('GET graph', await intel.get(`/api/subjects/${a.body.id}/graph`), 200, ['nodes[].id', 'nodes[].label', 'nodes[].kind', 'nodes[].category', 'nodes[].threatLevel', 'edges[].id', 'edges[].from', 'edges[].to', 'edges[].type', 'edges[].description']);
    expect((await intel.del(`/api/links/${link.body.id}`)).body).toEqual({ ok: true });

    await intel.post('/api/subjects', subjectBody({ names: ['Ludmila Wiredue'] }, { reviewDate: '2026-01-01' }));
    ok('GET review queue', await intel.get('/api/review-queue'), 200, ['items[].recordType', 'items[].id', 'items[].label', 'items[].reviewDate', 'items[].classification', 'items[].reviewDue', 'items[].restricted']);
    expect((await intel.del(`/api/subjects/${b.body.id}`, { reason: 'wire walk over' })).body).toEqual({ ok: true });
  });
});
