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
