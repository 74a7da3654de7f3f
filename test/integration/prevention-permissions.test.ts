/**
 * Every prevention route refused on records that exist (test/integration/denied/prevention.ts lists
 * them): a refused record answers exactly like a missing one (404, same body), a refused action 403,
 * and nothing changes — no row, no stage, no minutes, no consent.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preventionModule } from '../../src/server/modules/prevention/prevention.module.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { DENIED_PREVENTION } from './denied/prevention.ts';
import { preventionFixtures, type PreventionFixtures } from './prevention-fixtures.ts';

let s: TestServer;
let fx: PreventionFixtures;
const clients: Record<string, Client> = {};
const MISSING = '00000000-0000-4000-8000-000000000000';
const day = (o: number) => new Date(Date.now() + o * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  s = await startTestServer();
  fx = await preventionFixtures(s);
  for (const u of ['prevention.official', 'police.livc', 'social.worker', 'prevention.east', 'training.officer', 'trainer', 'analyst.intel', 'oversight']) clients[u] = await s.client(u);
});
afterAll(async () => s?.close());

interface Refusal {
  who: string;
  /** The id the path's :id takes (an existing record). */
  id?: (f: PreventionFixtures) => string;
  body?: (f: PreventionFixtures) => unknown;
  status: 403 | 404 | 400;
  /** For 400: the field the refusal names (as for a missing record). */
  field?: string;
  /** The body naming a missing record instead, on the same path (when the refused record is in the body). */
  missingBody?: (f: PreventionFixtures) => unknown;
}

const t3 = (x: string) => ({ en: x, nl: x, fr: x });
const CASES: Record<string, Refusal> = {
  'GET /api/prevention/cells': { who: 'analyst.intel', status: 403 },
  'POST /api/prevention/cells': { who: 'social.worker', body: (f) => ({ name: 'A cell', nisCodes: ['23088'], coordinatorUserId: MISSING }), status: 403 },
  'GET /api/prevention/cells/:id': { who: 'prevention.east', id: (f) => f.cellId, status: 404 },
  'PUT /api/prevention/cells/:id': { who: 'prevention.east', id: (f) => f.cellId, body: () => ({ name: 'Taken over', nisCodes: ['23088'] }), status: 404 },
  'GET /api/prevention/municipalities': { who: 'analyst.intel', status: 403 },
  // A member who coordinates no cell (and is no administrator) picks no members.
  'GET /api/prevention/people': { who: 'social.worker', status: 403 },
  'GET /api/prevention/legal-bases': { who: 'analyst.intel', status: 403 },
  'PUT /api/prevention/meetings/:id/agenda': { who: 'prevention.east', id: (f) => f.meetingId, body: () => ({ agenda: [{ title: 'Overwritten by another cell' }] }), status: 404 },
  'POST /api/prevention/cases/:id/legal-basis': { who: 'prevention.east', id: (f) => f.c1, body: () => ({ legalBasis: 'Another basis, as text' }), status: 404 },
  'PUT /api/prevention/exchanges/:id': { who: 'prevention.east', id: (f) => f.exchangeId, body: () => ({ type: 'mother-schools', title: 'Taken over', nisCode: '63079', donorNisCodes: [], partnerCities: [], startsOn: day(1) }), status: 403 },
  'POST /api/prevention/cells/:id/members': { who: 'prevention.east', id: (f) => f.cellId, body: () => ({ userId: MISSING, role: 'other' }), status: 404 },
  // Membership changes (coordinator or administrator); a member who does not coordinate: prevention-members.test.ts.
  'PUT /api/prevention/members/:id': { who: 'prevention.east', id: (f) => f.memberId('social.worker'), body: () => ({ role: 'other', orgId: MISSING }), status: 404 },
  'POST /api/prevention/members/:id/removal': { who: 'prevention.east', id: (f) => f.memberId('social.worker'), body: () => ({ reason: 'Not ours to remove' }), status: 404 },
  'GET /api/prevention/cells/:id/meetings': { who: 'prevention.east', id: (f) => f.cellId, status: 404 },
  'POST /api/prevention/cells/:id/meetings': { who: 'prevention.east', id: (f) => f.cellId, body: () => ({ heldOn: day(3), agenda: [{ title: 'Item' }] }), status: 404 },
  'GET /api/prevention/meetings/:id': { who: 'prevention.east', id: (f) => f.meetingId, status: 404 },
  'PUT /api/prevention/meetings/:id/minutes': { who: 'prevention.east', id: (f) => f.meetingId, body: () => ({ minutes: 'Overwritten by another cell' }), status: 404 },
  'GET /api/prevention/cases': { who: 'analyst.intel', status: 403 },
  'POST /api/prevention/cells/:id/cases': { who: 'prevention.east', id: (f) => f.cellId, body: () => ({ reference: 'EAS-X-001', birthYear: 2006, nisCode: '23088', legalBasis: 'Law of 30 July 2018', consent: 'given' }), status: 404 },
  'GET /api/prevention/review-queue': { who: 'analyst.intel', status: 403 },
  'GET /api/prevention/cases/:id': { who: 'social.worker', id: (f) => f.caseId('RIV-2026-002'), status: 404 },
  'POST /api/prevention/cases/:id/fields': { who: 'social.worker', id: (f) => f.caseId('RIV-2026-002'), body: () => ({ field: 'school', value: 'x', reason: 'a reason long enough here' }), status: 404 },
  'POST /api/prevention/cases/:id/participants': { who: 'prevention.east', id: (f) => f.c1, body: (f) => ({ memberId: f.memberId('prevention.east') }), status: 404 },
  'POST /api/prevention/cases/:id/stage': { who: 'social.worker', id: (f) => f.caseId('RIV-2026-002'), body: () => ({ to: 'planning' }), status: 404 },
  'POST /api/prevention/cases/:id/plan': { who: 'prevention.east', id: (f) => f.c1, body: () => ({ kind: 'goal', text: 'A goal' }), status: 404 },
  'POST /api/prevention/cases/:id/consent': { who: 'prevention.east', id: (f) => f.c1, body: () => ({ consent: 'withdrawn' }), status: 404 },
  'POST /api/prevention/cases/:id/review': { who: 'prevention.east', id: (f) => f.caseId('RIV-2026-003'), body: () => ({ nextReviewDate: day(60) }), status: 404 },
  'POST /api/prevention/cases/:id/contributions': { who: 'social.worker', id: (f) => f.caseId('RIV-2026-002'), body: () => ({ sharing: 'cell', kind: 'note', text: 'Should not land' }), status: 404 },
  'POST /api/prevention/cases/:id/feedback': { who: 'prevention.east', id: (f) => f.c1, body: () => ({ texts: { summary: 'x', advice: '' }, contributionIds: [] }), status: 404 },
  'POST /api/prevention/feedback/:id/decision': { who: 'prevention.east', id: (f) => f.sheetId, body: () => ({ decision: 'consent' }), status: 404 },
  'POST /api/prevention/feedback/:id/send': { who: 'prevention.east', id: (f) => f.sheetId, status: 404 },
  'POST /api/prevention/cases/:id/intel-links': { who: 'prevention.east', id: (f) => f.c1, body: (f) => ({ subjectId: f.subjectId, reason: 'A long enough reason for the link here', decisionRef: 'Minute 1', decidedBy: f.memberId('prevention.east') }), status: 404 },
  // A case's offences (issue #16): read and changed as the case is; more refusals in legal-prevention-links.test.ts.
  'GET /api/prevention/cases/:id/offences': { who: 'social.worker', id: (f) => f.caseId('RIV-2026-002'), status: 404 },
  'PUT /api/prevention/cases/:id/offences': { who: 'prevention.east', id: (f) => f.c1, body: () => ({ codes: ['cc-140'] }), status: 404 },
  'DELETE /api/prevention/cases/:id/offences': { who: 'prevention.east', id: (f) => f.c1, status: 404 },
  'GET /api/prevention/programmes': { who: 'analyst.intel', status: 403 },
  'POST /api/prevention/programmes': { who: 'trainer', body: () => ({ name: 'Nope', kind: 'reintegration', nisCode: '23088' }), status: 403 },
  'GET /api/prevention/programmes/:id': { who: 'analyst.intel', id: (f) => f.programmeId, status: 403 },
  'POST /api/prevention/programmes/:id/partners': { who: 'prevention.east', id: (f) => f.programmeId, body: () => ({ name: 'Nope', kind: 'community' }), status: 403 },
  'PUT /api/prevention/programmes/:id': { who: 'prevention.east', id: (f) => f.programmeId, body: () => ({ name: 'Nope', kind: 'reintegration', nisCode: '23088', description: '', startsOn: null, endsOn: null }), status: 403 },
  'GET /api/prevention/programmes/:id/theory': { who: 'analyst.intel', id: (f) => f.programmeId, status: 403 },
  'PUT /api/prevention/programmes/:id/theory': { who: 'prevention.east', id: (f) => f.programmeId, body: () => ({ version: 0, activities: ['Nope'], outputs: [], outcomes: [], indicatorIds: [] }), status: 403 },
  'GET /api/prevention/programmes/:id/theory/history': { who: 'analyst.intel', id: (f) => f.programmeId, status: 403 },
  'PUT /api/prevention/partners/:id': { who: 'prevention.east', id: (f) => f.partnerId, body: () => ({ name: 'Nope', kind: 'community' }), status: 403 },
  'DELETE /api/prevention/partners/:id': { who: 'prevention.east', id: (f) => f.partnerId, status: 403 },
  'PUT /api/prevention/sessions/:id': { who: 'prevention.east', id: (f) => f.sessionId, body: () => ({ heldOn: day(-1), topic: 'Nope' }), status: 403 },
  'POST /api/prevention/programmes/:id/sessions': { who: 'prevention.east', id: (f) => f.programmeId, body: () => ({ heldOn: day(-1), topic: 'Nope' }), status: 403 },
  'POST /api/prevention/programmes/:id/enrolments': { who: 'prevention.east', id: (f) => f.programmeId, body: (f) => ({ caseId: f.c1, enrolledOn: day(-1) }), missingBody: () => ({ caseId: MISSING, enrolledOn: day(-1) }), status: 400, field: 'caseId' },
  'POST /api/prevention/sessions/:id/attendance': { who: 'prevention.east', id: (f) => f.sessionId, body: (f) => ({ enrolmentId: f.enrolmentId, present: true }), missingBody: () => ({ enrolmentId: MISSING, present: true }), status: 404 },
  'POST /api/prevention/enrolments/:id/milestones': { who: 'prevention.east', id: (f) => f.enrolmentId, body: () => ({ domain: 'work', description: 'Nope', reachedOn: day(-1) }), status: 404 },
  'POST /api/prevention/enrolments/:id/outcome': { who: 'prevention.east', id: (f) => f.enrolmentId, body: () => ({ outcome: 'dropped_out' }), status: 404 },
  'GET /api/prevention/exchanges': { who: 'analyst.intel', status: 403 },
  'POST /api/prevention/exchanges': { who: 'trainer', body: () => ({ type: 'diversity-training', title: 'Nope', nisCode: '23088', partnerCities: [], startsOn: day(1) }), status: 403 },
  'GET /api/prevention/exchanges/:id': { who: 'analyst.intel', id: (f) => f.exchangeId, status: 403 },
  'POST /api/prevention/exchanges/:id/cohorts': { who: 'prevention.east', id: (f) => f.exchangeId, body: () => ({ label: 'Nope', year: 2026, participants: 3 }), status: 403 },
  'POST /api/prevention/exchanges/:id/activities': { who: 'prevention.east', id: (f) => f.exchangeId, body: () => ({ heldOn: day(1), description: 'Nope' }), status: 403 },
  'POST /api/prevention/exchanges/:id/lessons': { who: 'prevention.east', id: (f) => f.exchangeId, body: () => ({ text: 'Not our lesson to add' }), status: 403 },
  'POST /api/prevention/lessons/:id/follow-ups': { who: 'prevention.east', id: (f) => f.lessonId, body: () => ({ action: 'Not our plan' }), status: 403 },
  'GET /api/prevention/participation': { who: 'analyst.intel', status: 403 },
  'GET /api/prevention/training/modules': { who: 'oversight', status: 403 },
  'POST /api/prevention/training/modules': { who: 'training.officer', body: () => ({ slug: 'nope', title: t3('x'), summary: t3('x'), scenarios: [] }), status: 403 },
  'GET /api/prevention/training/modules/:id': { who: 'oversight', id: (f) => f.moduleId, status: 403 },
  'POST /api/prevention/training/modules/:id/answers': { who: 'oversight', id: (f) => f.moduleId, body: () => ({ scenarioId: 'handshake', optionId: 'a' }), status: 403 },
  'GET /api/prevention/training/teams': { who: 'training.officer', status: 403 },
};

/** Everything a refused call could have changed. */
async function snapshot(): Promise<string> {
  const counts = await Promise.all(preventionModule.tables.map(async (t) => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(t)}`.execute(s.platform.db)).rows[0]!.n));
  const state = await sql<{ h: string }>`SELECT
      (SELECT string_agg(id || stage || review_date || consent || version || legal_basis || coalesce(legal_basis_id, ''), ',' ORDER BY id) FROM prevention_cases)
      || (SELECT string_agg(id || name || municipalities::text, ',' ORDER BY id) FROM prevention_cells)
      || (SELECT string_agg(id || role || org_id || coalesce(removed_at::text, ''), ',' ORDER BY id) FROM prevention_members)
      || (SELECT string_agg(id || name || kind || nis_code || coalesce(starts_on::text, ''), ',' ORDER BY id) FROM prevention_programmes)
      || (SELECT string_agg(id || name || kind, ',' ORDER BY id) FROM prevention_partners)
      || (SELECT string_agg(id || topic || held_on, ',' ORDER BY id) FROM prevention_sessions)
      || (SELECT string_agg(id || type || title || nis_code || donor_municipalities::text, ',' ORDER BY id) FROM prevention_exchanges)
      || (SELECT string_agg(id || minutes || agenda::text, ',' ORDER BY id) FROM prevention_meetings)
      || (SELECT string_agg(id || state, ',' ORDER BY id) FROM prevention_feedback_sheets)
      || (SELECT string_agg(id || status || coalesce(outcome, ''), ',' ORDER BY id) FROM prevention_enrolments) AS h`.execute(s.platform.db);
  return JSON.stringify(counts) + state.rows[0]!.h;
}

describe('prevention routes refuse on existing records', () => {
  it('lists every route of the module', () => {
    const routes = s.routes.filter((r) => r.module === 'prevention' && r.url.startsWith('/api/')).map((r) => `${r.method} ${r.url}`);
    expect([...routes].sort()).toEqual([...DENIED_PREVENTION].sort());
  });

  it('serves the training app files without a session, and nothing else outside /api', async () => {
    const outside = s.routes.filter((r) => r.module === 'prevention' && !r.url.startsWith('/api/')).map((r) => r.url).sort();
    expect(outside).toEqual(['/training-app/icon-192.png', '/training-app/icon-512.png', '/training-app/manifest.webmanifest', '/training-app/sw.js']);
    const anonymous = await s.client();
    const m = await anonymous.get('/training-app/manifest.webmanifest');
    expect(m.status).toBe(200);
    expect(m.body).toMatchObject({ scope: '/training', start_url: '/training' });
    const sw = await anonymous.get('/training-app/sw.js');
    expect(sw.headers.get('service-worker-allowed')).toBe('/training');
    expect(sw.body).toContain("caches.match('/training')");
    const icon = await fetch(`${s.url}/training-app/icon-192.png`);
    expect(icon.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await icon.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
  });

  for (const route of DENIED_PREVENTION) {
    it(route, async () => {
      const c = CASES[route];
      expect(c, `no refusal case for ${route}`).toBeDefined();
      const [method, pattern] = route.split(' ') as [string, string];
      const path = pattern.replace(':id', c!.id ? c!.id(fx) : MISSING);
      const before = await snapshot();
      const r = await clients[c!.who]!.req(method, path, c!.body ? c!.body(fx) : method === 'GET' ? undefined : {});
      expect(r.status, JSON.stringify(r.body)).toBe(c!.status);
      if (c!.field) expect(r.body.error.field).toBe(c!.field);
      expect(await snapshot()).toBe(before);
      if (c!.status === 404 || c!.status === 400) {
        // exactly the answer for a missing record
        const missingPath = c!.missingBody ? path : pattern.replace(':id', MISSING);
        const body = c!.missingBody ? c!.missingBody(fx) : c!.body?.(fx);
        const m = await clients[c!.who]!.req(method, missingPath, body ?? (method === 'GET' ? undefined : {}));
        expect(m.status).toBe(c!.status);
        expect(m.body).toEqual(r.body);
      }
    });
  }
});
