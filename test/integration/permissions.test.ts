/**
 * A permission-denied test for every endpoint: each is called by someone who may not, and must
 * answer 401, 403 or 404 (or an empty result where the policy filters a list) and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markings, reportBody, subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let intel: Client;
let subjectId: string;
let reportId: string;
let linkId: string;
let tokenId: string;
let notificationId: string;

/** Row counts of every table a request could change (the audit log aside: refusals are logged). */
async function snapshot(): Promise<Record<string, number>> {
  const tables = ['organisations', 'users', 'sessions', 'api_tokens', 'sharing_groups', 'sharing_group_members', 'subjects', 'subject_names', 'reports', 'links', 'subject_follows', 'tombstones', 'threat_assessments', 'notifications', 'oversight_grants'] as const;
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = Number((await s.platform.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const subj = await s.platform.db.selectFrom('subjects').select(['version', 'review_date']).where('id', '=', subjectId).executeTakeFirst();
  out.subjectVersion = subj?.version ?? -1;
  out.readNotifications = Number((await s.platform.db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('read_at', 'is not', null).executeTakeFirstOrThrow()).n);
  out.revokedTokens = Number((await s.platform.db.selectFrom('api_tokens').select((eb) => eb.fn.countAll<number>().as('n')).where('revoked_at', 'is not', null).executeTakeFirstOrThrow()).n);
  return out;
}

beforeAll(async () => {
  s = await startTestServer();
  intel = await s.client('analyst.intel');
  subjectId = (await intel.post('/api/subjects', subjectBody({ names: ['Aladar Vedett'] }, { distribution: 'organisation' }))).body.id;
  const other = (await intel.post('/api/subjects', subjectBody({ names: ['Bela Vedett'] }, { distribution: 'organisation' }))).body.id;
  reportId = (await intel.post('/api/reports', reportBody([subjectId], { markings: markings({ distribution: 'organisation' }) }))).body.id;
  linkId = (await intel.post('/api/links', { fromSubjectId: subjectId, toSubjectId: other, type: 'family', markings: markings({ distribution: 'organisation' }) })).body.id;
  tokenId = (await intel.post('/api/tokens', { name: 'mine' })).body.id;
  await (await s.client('analyst.threat')).post('/api/threat-assessments', { targetKind: 'country', targetKey: 'BE', level: 3, justification: 'Seed a notification for the test.' });
  await intel.post('/api/threat-assessments', { targetKind: 'subject', targetKey: subjectId, level: 2, justification: 'Level for permission tests.' });
  const n = await s.platform.db.selectFrom('notifications').select('id').limit(1).executeTakeFirst();
  notificationId = n?.id ?? crypto.randomUUID();
});
afterAll(() => s?.close());

/** Whether a concrete tested path (ids replaced) fits a route pattern with :params. */
function matches(route: string, tested: string): boolean {
  const [m1, p1] = route.split(' ');
  const [m2, p2] = tested.split(' ');
  if (m1 !== m2) return false;
  const a = p1!.split('/');
  const b = p2!.split('/');
  return a.length === b.length && a.every((seg, i) => seg.startsWith(':') || seg === b[i]);
}

type Case = [who: string | null, method: string, path: () => string, body: unknown, expected: number[]];
const ANY_ID = crypto.randomUUID();

const cases: Case[] = [
  [null, 'POST', () => '/api/auth/logout', {}, [401]],
  [null, 'GET', () => '/api/auth/me', undefined, [401]],
  [null, 'PUT', () => '/api/auth/me/locale', { locale: 'nl' }, [401]],
  [null, 'POST', () => '/api/tokens', { name: 'x' }, [401]],
  [null, 'GET', () => '/api/tokens', undefined, [401]],
  ['analyst.police', 'DELETE', () => `/api/tokens/${tokenId}`, undefined, [404]],
  [null, 'GET', () => '/api/organisations', undefined, [401]],
  ['analyst.police', 'POST', () => '/api/organisations', { name: 'Nope Unit', kind: 'police' }, [403]],
  ['analyst.police', 'PATCH', () => `/api/organisations/${ANY_ID}`, { name: 'Nope' }, [403]],
  ['analyst.police', 'GET', () => '/api/users', undefined, [403]],
  ['analyst.police', 'POST', () => '/api/users', { username: 'nope.user', displayName: 'N', orgId: ANY_ID, clearance: 'restricted', password: 'long-enough-password' }, [403]],
  ['analyst.police', 'PATCH', () => `/api/users/${ANY_ID}`, { disabled: true }, [403]],
  [null, 'GET', () => '/api/groups', undefined, [401]],
  ['analyst.police', 'POST', () => '/api/groups', { name: 'Nope group' }, [403]],
  ['analyst.police', 'PUT', () => `/api/groups/${ANY_ID}/members`, { orgIds: [] }, [403]],
  [null, 'GET', () => '/api/subjects?q=Aladar', undefined, [401]],
  ['border.officer', 'POST', () => '/api/subjects', subjectBody(), [403]],
  ['analyst.police', 'GET', () => `/api/subjects/${subjectId}`, undefined, [404]],
  ['analyst.police', 'PUT', () => `/api/subjects/${subjectId}`, { ...subjectBody(), version: 1 }, [404]],
  ['analyst.police', 'DELETE', () => `/api/subjects/${subjectId}`, { reason: 'not mine to delete' }, [404]],
  ['analyst.police', 'POST', () => `/api/subjects/${subjectId}/review`, { nextReviewDate: '2029-01-01' }, [404]],
  ['analyst.police', 'PUT', () => `/api/subjects/${subjectId}/follow`, undefined, [404]],
  ['analyst.police', 'DELETE', () => `/api/subjects/${subjectId}/follow`, undefined, [404]],
  ['analyst.police', 'GET', () => `/api/subjects/${subjectId}/reports`, undefined, [404]],
  ['analyst.police', 'GET', () => `/api/subjects/${subjectId}/graph`, undefined, [404]],
  [null, 'GET', () => '/api/reports?q=parcel', undefined, [401]],
  ['border.officer', 'POST', () => '/api/reports', reportBody([]), [403]],
  ['analyst.police', 'GET', () => `/api/reports/${reportId}`, undefined, [404]],
  ['analyst.police', 'POST', () => `/api/reports/${reportId}/review`, { nextReviewDate: '2029-01-01' }, [404]],
  ['border.officer', 'POST', () => '/api/links', () => ({ fromSubjectId: subjectId, toSubjectId: ANY_ID, type: 'family', markings: markings() }), [403]],
  ['analyst.police', 'DELETE', () => `/api/links/${linkId}`, undefined, [404]],
  [null, 'GET', () => '/api/review-queue', undefined, [401]],
  ['analyst.police', 'POST', () => '/api/threat-assessments', { targetKind: 'country', targetKey: 'BE', level: 1, justification: 'not allowed to assess' }, [403]],
  ['analyst.police', 'GET', () => `/api/threat-assessments?targetKind=subject&targetKey=${subjectId}`, undefined, [404]],
  [null, 'GET', () => '/api/threat-levels', undefined, [401]],
  [null, 'GET', () => '/api/threat-queue', undefined, [401]],
  [null, 'GET', () => '/api/notifications', undefined, [401]],
  ['oversight', 'POST', () => `/api/notifications/${notificationId}/read`, undefined, [404]],
  [null, 'POST', () => '/api/notifications/read-all', undefined, [401]],
  ['analyst.intel', 'GET', () => '/api/audit', undefined, [403]],
  ['analyst.intel', 'GET', () => '/api/audit/export', undefined, [403]],
  ['analyst.intel', 'GET', () => '/api/audit/stats', undefined, [403]],
  ['analyst.intel', 'GET', () => '/api/audit/verify', undefined, [403]],
  ['analyst.intel', 'POST', () => '/api/oversight/grants', () => ({ userId: ANY_ID, recordId: subjectId, reason: 'not an administrator' }), [403]],
  // (content module cases below this line)
  ['analyst.intel', 'GET', () => '/api/content/banks', undefined, [403]],
  ['analyst.intel', 'POST', () => '/api/content/banks', { name: 'Nope bank', sourceOrg: 'Nope', tlp: 'amber' }, [403]],
  [null, 'GET', () => `/api/content/banks/${ANY_ID}`, undefined, [401]],
  ['analyst.intel', 'PATCH', () => `/api/content/banks/${ANY_ID}`, { enabled: false }, [403]],
  ['analyst.intel', 'DELETE', () => `/api/content/banks/${ANY_ID}`, undefined, [403]],
  ['analyst.intel', 'GET', () => `/api/content/banks/${ANY_ID}/entries`, undefined, [403]],
  ['analyst.intel', 'POST', () => `/api/content/banks/${ANY_ID}/entries`, {}, [403]],
  ['analyst.intel', 'DELETE', () => `/api/content/banks/${ANY_ID}/entries/${ANY_ID}`, undefined, [403]],
  ['analyst.intel', 'POST', () => `/api/content/banks/${ANY_ID}/import`, {}, [403]],
  ['analyst.intel', 'GET', () => `/api/content/banks/${ANY_ID}/export`, undefined, [403]],
  ['analyst.intel', 'POST', () => '/api/content/hash', {}, [403]],
  [null, 'POST', () => '/api/content/lookup', { sha256: 'a'.repeat(64) }, [401]],
  ['analyst.intel', 'POST', () => '/api/content/lookup', { pdq: 'f'.repeat(64) }, [403]],
  ['analyst.intel', 'GET', () => '/api/content/providers', undefined, [403]],
  ['analyst.intel', 'POST', () => '/api/content/providers', { name: 'Nope host', country: 'BE', webhookUrl: 'https://hooks.example/tco' }, [403]],
  ['analyst.intel', 'PATCH', () => `/api/content/providers/${ANY_ID}`, { rotateSecret: true }, [403]],
  ['analyst.intel', 'GET', () => '/api/content/cases', undefined, [403]],
  ['analyst.intel', 'POST', () => '/api/content/cases', { url: 'https://video.example/x', providerId: ANY_ID, offence: 'incitement', assessment: 'Not allowed to open content cases.', markings: markings() }, [403]],
  [null, 'GET', () => `/api/content/cases/${ANY_ID}`, undefined, [401]],
  ['analyst.intel', 'PUT', () => `/api/content/cases/${ANY_ID}/evidence`, {}, [403]],
  ['analyst.intel', 'GET', () => `/api/content/cases/${ANY_ID}/evidence`, undefined, [403]],
  ['analyst.intel', 'POST', () => `/api/content/cases/${ANY_ID}/orders`, { kind: 'removal_order', reasons: 'Not allowed to draft removal orders.' }, [403]],
  ['analyst.intel', 'GET', () => '/api/content/orders', undefined, [403]],
  ['analyst.intel', 'GET', () => `/api/content/orders/${ANY_ID}`, undefined, [403]],
  ['analyst.intel', 'POST', () => `/api/content/orders/${ANY_ID}/issue`, {}, [403]],
  ['analyst.intel', 'POST', () => `/api/content/orders/${ANY_ID}/withdraw`, { reason: 'not mine' }, [403]],
  ['analyst.intel', 'POST', () => `/api/content/orders/${ANY_ID}/appeal`, { status: 'lodged', note: 'not mine' }, [403]],
  ['analyst.intel', 'GET', () => '/api/content/scrutiny', undefined, [403]],
  ['analyst.intel', 'POST', () => `/api/content/orders/${ANY_ID}/scrutiny`, { decision: 'infringement', reasoning: 'Not our authority.' }, [403]],
  ['analyst.intel', 'GET', () => '/api/content/transparency', undefined, [403]],
  [null, 'GET', () => `/api/portal/orders/${ANY_ID}?token=wrong-token`, undefined, [404]],
  [null, 'POST', () => `/api/portal/orders/${ANY_ID}?token=wrong-token`, { action: 'removed' }, [404]],
  // (sharing module cases below this line)
  [null, 'POST', () => '/api/sharing/preview', { markings: markings() }, [401]],
  [null, 'GET', () => '/api/sharing/objects', undefined, [401]],
  ['analyst.police', 'GET', () => `/api/sharing/objects/${subjectId}`, undefined, [404]],
  [null, 'POST', () => '/api/sharing/stix/export', { ids: [ANY_ID] }, [401]],
  ['analyst.police', 'POST', () => '/api/sharing/stix/import', { type: 'bundle', id: 'bundle--6a8e4b6c-1d2f-4e3a-9b5c-7d8e9f0a1b2c', objects: [] }, [403]],
  ['analyst.police', 'POST', () => '/api/sharing/misp/export', () => ({ ids: [subjectId] }), [404]],
  ['analyst.police', 'POST', () => '/api/sharing/misp/import', { Event: { info: 'not allowed' } }, [403]],
  ['analyst.intel', 'GET', () => '/api/sharing/partners', undefined, [403]],
  ['analyst.intel', 'POST', () => '/api/sharing/partners', { name: 'Nope partner', apiRoot: 'http://127.0.0.1:9/taxii2/x/', token: 'not-a-real-token' }, [403]],
  ['analyst.intel', 'GET', () => `/api/sharing/partners/${ANY_ID}`, undefined, [403]],
  ['analyst.intel', 'PATCH', () => `/api/sharing/partners/${ANY_ID}`, { enabled: false }, [403]],
  ['analyst.intel', 'DELETE', () => `/api/sharing/partners/${ANY_ID}`, undefined, [403]],
  ['analyst.intel', 'POST', () => `/api/sharing/partners/${ANY_ID}/sync`, undefined, [403]],
  ['oversight', 'GET', () => '/api/sharing/events?wait=0', undefined, [403]],
  // (screening module cases below this line)
  [null, 'GET', () => '/api/screening/lists', undefined, [401]],
  ['analyst.intel', 'POST', () => `/api/screening/lists/${ANY_ID}/import`, { content: '<CONSOLIDATED_LIST></CONSOLIDATED_LIST>' }, [403]],
  ['analyst.intel', 'POST', () => '/api/screening/lists/national/rebuild', {}, [403]],
  ['analyst.intel', 'POST', () => `/api/screening/lists/${ANY_ID}/delist`, { entryIds: ['x:1'], reason: 'not mine to delist' }, [403]],
  [null, 'GET', () => `/api/screening/lists/${ANY_ID}/versions`, undefined, [401]],
  [null, 'GET', () => `/api/screening/versions/${ANY_ID}`, undefined, [401]],
  [null, 'GET', () => '/api/screening/entries?source=un', undefined, [401]],
  ['analyst.intel', 'POST', () => '/api/screening/screen', { name: 'Aladar Vedett' }, [403]],
  ['analyst.intel', 'POST', () => '/api/screening/batches', { format: 'jsonl', content: '{"id":"1","name":"Aladar Vedett"}' }, [403]],
  [null, 'GET', () => '/api/screening/batches', undefined, [401]],
  ['analyst.police', 'GET', () => `/api/screening/batches/${ANY_ID}`, undefined, [404]],
  ['analyst.police', 'GET', () => `/api/screening/batches/${ANY_ID}/results`, undefined, [404]],
  ['analyst.police', 'GET', () => `/api/screening/batches/${ANY_ID}/hits`, undefined, [404]],
  ['analyst.police', 'GET', () => `/api/screening/hits/${ANY_ID}`, undefined, [404]],
  ['analyst.intel', 'POST', () => `/api/screening/hits/${ANY_ID}/decision`, { decision: 'true_match' }, [403]],
  [null, 'GET', () => '/api/screening/suppressions', undefined, [401]],
  ['analyst.intel', 'POST', () => `/api/screening/suppressions/${ANY_ID}/revoke`, { reason: 'not mine to revoke' }, [403]],
  [null, 'GET', () => '/api/screening/referrals', undefined, [401]],
  ['analyst.threat', 'GET', () => '/api/screening/lists', undefined, [403]],
];

describe('every endpoint refuses those who may not call it, and changes nothing', () => {
  it.each(cases.map((c) => [`${c[1]} ${c[2].toString().replace(/^\(\) => /, '')} as ${c[0] ?? 'anonymous'}`, c] as const))('%s', async (_name, [who, method, path, body, expected]) => {
    const before = await snapshot();
    const c = await s.client(who ?? undefined);
    const r = await c.req(method, path(), typeof body === 'function' ? body() : body);
    expect(expected, JSON.stringify(r.body)).toContain(r.status);
    expect(r.body.error.code).toMatch(/UNAUTHENTICATED|FORBIDDEN|NOT_FOUND/);
    const after = await snapshot();
    // Signing in opens a session; nothing else may change.
    expect({ ...after, sessions: 0 }).toEqual({ ...before, sessions: 0 });
  });

  it('covers every route the server has', async () => {
    // Every documented route (the OpenAPI document lists them all, nested ones included).
    const doc = (await (await fetch(`${s.url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/'))
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{\w+\}/g, ':id')}`));
    expect(routes.length).toBeGreaterThan(30);
    const tested = new Set(cases.map((c) => `${c[1]} ${c[2]().split('?')[0]!.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id')}`));
    const publicRoutes = new Set(['POST /api/auth/login']);
    const missing = routes.filter((r) => !publicRoutes.has(r) && !tested.has(r) && ![...tested].some((t) => matches(r, t)));
    expect(missing, 'routes without a permission-denied case').toEqual([]);
  });
});
