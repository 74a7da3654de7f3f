import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ env: { VIGIL_LOGIN_ATTEMPTS: '5' } });
});
afterAll(() => s?.close());

describe('sign-in, sessions, CSRF, API tokens', () => {
  it('signs in, sets an httpOnly SameSite cookie and returns a CSRF token', async () => {
    const c = await s.client();
    const r = await c.login('analyst.intel', 'vigil-demo');
    expect(r.status).toBe(200);
    expect(typeof r.body.csrfToken).toBe('string');
    const cookie = r.headers.getSetCookie().find((h) => h.startsWith('vigil_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect((await c.get('/api/auth/me')).body.username).toBe('analyst.intel');
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const a = await (await s.client()).login('analyst.intel', 'wrong-password');
    const b = await (await s.client()).login('nobody.here', 'wrong-password');
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(a.body).toEqual(b.body);
  });

  it('throttles repeated attempts on one account', async () => {
    const c = await s.client();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await c.login('analyst.police', `bad-${i}`)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[6]).toBe(429);
  });

  it('reserves each attempt before verifying: 50 parallel wrong guesses get at most the limit of verifications', async () => {
    // A wrong password is verified (401); a refused attempt is not (429). The limit here is 5.
    const c = await s.client();
    const statuses = await Promise.all(Array.from({ length: 50 }, (_, i) => c.login('oversight', `parallel-guess-${i}`)));
    const verified = statuses.filter((r) => r.status === 401).length;
    expect(verified).toBeLessThanOrEqual(5);
    expect(verified).toBeGreaterThan(0);
    expect(statuses.filter((r) => r.status === 429).length).toBe(50 - verified);
  });

  it('ignores X-Forwarded-For when no proxy is trusted (the default)', async () => {
    const c = await s.client();
    for (let i = 0; i < 5; i++) expect((await c.req('POST', '/api/auth/login', { username: 'proxy.probe', password: `bad-${i}` }, { 'x-forwarded-for': '198.51.100.7' })).status).toBe(401);
    // Another forwarded address is still the same client: refused.
    expect((await c.req('POST', '/api/auth/login', { username: 'proxy.probe', password: 'bad-x' }, { 'x-forwarded-for': '198.51.100.8' })).status).toBe(429);
    const rows = await s.platform.db.selectFrom('audit_log').select('details').where('actor_name', '=', 'proxy.probe').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.details).join()).not.toContain('198.51.100.');
    expect(JSON.parse(rows[0]!.details).client).toMatch(/127\.0\.0\.1|::1/);
  });

  it('audits a flood of 1,000 failed sign-ins in aggregate: a bounded number of entries', async () => {
    const count = async () =>
      Number((await s.platform.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', 'in', ['auth.login_failed', 'auth.login_throttled']).executeTakeFirstOrThrow()).n);
    const before = await count();
    const c = await s.client();
    for (let batch = 0; batch < 10; batch++) {
      const rs = await Promise.all(Array.from({ length: 100 }, (_, i) => c.login('flood.user', `flood-${batch}-${i}`)));
      expect(rs.every((r) => r.status === 401 || r.status === 429)).toBe(true);
    }
    // At most: the opening entry of this username's failure window and of the client's throttled window.
    expect((await count()) - before).toBeLessThanOrEqual(2);
    const opened = await s.platform.db.selectFrom('audit_log').select('details').where('actor_name', '=', 'flood.user').where('action', '=', 'auth.login_failed').execute();
    expect(opened).toHaveLength(1);
    expect(JSON.parse(opened[0]!.details)).toMatchObject({ count: 1, phase: 'start' });
  });

  it('refuses a cookie write without the CSRF token', async () => {
    const c = await s.client('analyst.intel');
    c.csrf = '';
    const r = await c.post('/api/tokens', { name: 'x' });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('CSRF');
  });

  it('creates an API token shown once, usable as Bearer, scoped, and revocable at once', async () => {
    const c = await s.client('analyst.intel');
    const t = await c.post('/api/tokens', { name: 'sync', scopes: ['intel'] });
    expect(t.status).toBe(201);
    expect(t.body.token).toMatch(/^vgl_/);
    const list = await c.get('/api/tokens');
    expect(JSON.stringify(list.body)).not.toContain(t.body.token);
    const bot = await s.client();
    bot.bearer = t.body.token;
    expect((await bot.get('/api/subjects?limit=1')).status).toBe(200);
    // Scope: the token carries intel only, not threat.
    const assess = await bot.post('/api/threat-assessments', { targetKind: 'country', targetKey: 'BE', level: 2, justification: 'token scope test justification' });
    expect(assess.status).toBe(403);
    // A token cannot mint tokens.
    expect((await bot.post('/api/tokens', { name: 'child' })).status).toBe(403);
    expect((await c.del(`/api/tokens/${t.body.id}`)).status).toBe(200);
    expect((await bot.get('/api/subjects?limit=1')).status).toBe(401);
  });

  it("cannot revoke someone else's token", async () => {
    const a = await s.client('analyst.intel');
    const t = await a.post('/api/tokens', { name: 'mine' });
    // (analyst.police is throttled by the test above)
    const b = await s.client('analyst.threat');
    expect((await b.del(`/api/tokens/${t.body.id}`)).status).toBe(404);
    const row = await s.platform.db.selectFrom('api_tokens').select('revoked_at').where('id', '=', t.body.id).executeTakeFirstOrThrow();
    expect(row.revoked_at).toBeNull();
  });

  it('signs out', async () => {
    const c = await s.client('analyst.intel');
    expect((await c.post('/api/auth/logout')).status).toBe(200);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  it('sends security headers', async () => {
    const r = await fetch(`${s.url}/api/health`);
    expect(await r.json()).toEqual({ status: 'ok' });
    expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('publishes the OpenAPI document', async () => {
    const r = await fetch(`${s.url}/api/openapi.json`);
    const doc = (await r.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/subjects');
    expect((await fetch(`${s.url}/api/docs`)).status).toBeLessThan(400);
  });
});

describe('behind a reverse proxy (VIGIL_TRUST_PROXY=1)', () => {
  let p: TestServer;
  beforeAll(async () => {
    p = await startTestServer({ env: { VIGIL_LOGIN_ATTEMPTS: '3', VIGIL_TRUST_PROXY: '1' } });
  });
  afterAll(() => p?.close());

  it('takes the client address from X-Forwarded-For: throttling and the audit are per real client', async () => {
    const c = await p.client();
    const as = (ip: string, password: string) => c.req('POST', '/api/auth/login', { username: 'analyst.intel', password }, { 'x-forwarded-for': ip });
    for (let i = 0; i < 3; i++) expect((await as('198.51.100.7', `bad-${i}`)).status).toBe(401);
    expect((await as('198.51.100.7', 'bad-4')).status).toBe(429);
    // Another client behind the same proxy is not throttled by the first one's failures.
    expect((await as('198.51.100.8', 'bad-5')).status).toBe(401);
    expect((await as('198.51.100.8', 'vigil-demo')).status).toBe(200);
    const rows = await p.platform.db.selectFrom('audit_log').select(['action', 'details']).where('action', 'in', ['auth.login_failed', 'auth.login_throttled']).execute();
    const clients = rows.map((r) => JSON.parse(r.details).client);
    expect(clients).toContain('198.51.100.7');
    expect(clients).toContain('198.51.100.8');
    expect(clients.filter((x) => /127\.0\.0\.1|::1/.test(x))).toEqual([]);
  });
});
