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
  // (sharing module cases below this line)
  // (screening module cases below this line)
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

  it('covers every route the server has', () => {
    const routes = new Set(
      s.app
        .printRoutes({ commonPrefix: false })
        .split('\n')
        .map((l) => l.replace(/^[\s│├└─]+/, ''))
        .filter((l) => l.startsWith('/api/') && !l.startsWith('/api/docs') && !l.startsWith('/api/health') && !l.startsWith('/api/openapi')),
    );
    expect(routes.size).toBeGreaterThan(30);
    const tested = new Set(cases.map((c) => c[2]().split('?')[0]!.replace(/[0-9a-f-]{36}/g, ':id')));
    for (const r of routes) {
      const path = r.split(' (')[0]!.replace(/:\w+/g, ':id');
      if (path === '/api/auth/login') continue; // public by design
      expect(tested, `no permission-denied case for ${path}`).toContain(path);
    }
  });
});
