/**
 * Issue #17, content orders: a failed webhook delivery is shown as failed (with the reason) on the order
 * and on the case, and the issuing authority can retry it, pass on a fresh portal link, or mark it as
 * delivered by other means (the note on the audit record). Cross-border orders name the user-facing
 * field, and the competent authorities of a member state can be listed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markings } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { organisationIds, untilJob, userClient as makeUser } from './content-fixtures.ts';

let s: TestServer;
let civil: Client;
let police: Client;
let reader: Client;
const orgs: Record<string, string> = {};

const rt = () => s.app.contentRuntime!;
const until = (done: () => Promise<boolean>, tries?: number) => untilJob(s, done, tries);
const userClient = (username: string, org: string, roles: Record<string, string[]>) => makeUser(s, username, orgs[org], roles);

beforeAll(async () => {
  s = await startTestServer({ env: { VIGIL_OUTBOUND_ALLOW: '127.0.0.1', VIGIL_PUBLIC_URL: 'https://vigil.example.org/' } });
  rt().worker.options.retryDelaysMs = []; // the first failed attempt is final
  Object.assign(orgs, await organisationIds(s));
  const all = { content: ['read', 'write', 'approve'] };
  civil = await userClient('delivery.civil', 'Civil Intelligence Service', all);
  police = await userClient('delivery.police', 'Federal Judicial Police', all);
  reader = await userClient('delivery.reader', 'Civil Intelligence Service', { content: ['read'] });
});
afterAll(async () => {
  await s?.close();
});

describe('failed deliveries of content orders', () => {
  it('shows a failed delivery with its reason on the order and the case; retry, portal link and delivered by other means', async () => {
    // Nothing listens on port 1: every attempt fails ("fetch failed" / connection refused).
    const prov = await civil.post('/api/content/providers', { name: 'DeadHook BE', country: 'BE', webhookUrl: 'http://127.0.0.1:1/hook', signing: 'hmac-sha256' });
    expect(prov.status, JSON.stringify(prov.body)).toBe(201);
    const c = (await civil.post('/api/content/cases', { url: 'https://deadhook.example/v/1', providerId: prov.body.id, offence: 'incitement', assessment: 'Calls for attacks on a named public figure.', signals: [], markings: markings({ distribution: 'organisation' }) })).body;
    const d = (await civil.post(`/api/content/cases/${c.id}/orders`, { kind: 'removal_order', reasons: 'Incitement to commit a terrorist offence; art. 2(7)(a).' })).body;
    expect((await civil.post(`/api/content/orders/${d.id}/issue`, {})).status).toBe(200);
    await until(async () => (await civil.get(`/api/content/orders/${d.id}`)).body.delivery?.state === 'failed');

    const o = (await civil.get(`/api/content/orders/${d.id}`)).body;
    expect(o.delivery).toMatchObject({ state: 'failed', attempts: 1 });
    expect(o.delivery.lastError).toBeTruthy();
    const cs = (await civil.get(`/api/content/cases/${c.id}`)).body;
    expect(cs.failedDeliveries).toEqual([{ orderId: d.id, error: o.delivery.lastError }]);
    expect(cs.orders[0].delivery.state).toBe('failed');
    expect((await civil.get('/api/content/orders')).body.items.find((x: any) => x.id === d.id).delivery.state).toBe('failed');

    // Read-only users and other organisations cannot act on it (the other organisation does not learn it exists).
    expect((await reader.post(`/api/content/orders/${d.id}/delivery/retry`, {})).status).toBe(403);
    const foreign = await police.post(`/api/content/orders/${d.id}/delivery/retry`, {});
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(foreign.body)).not.toContain(d.id);
    expect((await police.post(`/api/content/orders/${d.id}/portal-link`, {})).status).toBe(404);

    // Retry: one more attempt, which fails again.
    const retry = await civil.post(`/api/content/orders/${d.id}/delivery/retry`, {});
    expect(retry.status, JSON.stringify(retry.body)).toBe(200);
    await until(async () => (await civil.get(`/api/content/orders/${d.id}`)).body.delivery?.attempts === 2);
    expect((await civil.get(`/api/content/orders/${d.id}`)).body.delivery.state).toBe('failed');

    // A fresh portal link opens the provider's portal.
    const link = await civil.post(`/api/content/orders/${d.id}/portal-link`, {});
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    // The link is built on VIGIL_PUBLIC_URL, not on the address the request came to.
    expect(String(link.body.url)).toMatch(/^https:\/\/vigil\.example\.org\//);
    const token = String(link.body.url).split('#token=')[1]!;
    const anon = await s.client();
    const view = await anon.req('GET', `/api/portal/orders/${d.id}`, undefined, { 'x-portal-token': token });
    expect(view.status, JSON.stringify(view.body)).toBe(200);

    // Delivered by other means: a note is required; it is on the order and in the audit.
    expect((await civil.post(`/api/content/orders/${d.id}/delivery/other-means`, { note: '' })).status).toBe(400);
    const other = await civil.post(`/api/content/orders/${d.id}/delivery/other-means`, { note: 'Read the order to the provider legal desk by telephone at 10:05.' });
    expect(other.status, JSON.stringify(other.body)).toBe(200);
    const after = (await civil.get(`/api/content/orders/${d.id}`)).body;
    expect(after.delivery).toMatchObject({ state: 'other_means', note: 'Read the order to the provider legal desk by telephone at 10:05.' });
    expect((await civil.get(`/api/content/cases/${c.id}`)).body.failedDeliveries).toEqual([]);
    expect((await civil.post(`/api/content/orders/${d.id}/delivery/retry`, {})).status).toBe(409);
    const audit = await s.platform.db.selectFrom('audit_log' as never).selectAll().where('action' as never, '=', 'content.order.delivered_other_means' as never).execute();
    expect(JSON.stringify(audit)).toContain('legal desk by telephone');
  });

  it('names the user-facing field when a cross-border order lacks its scrutinising authority, and lists authorities', async () => {
    // Austria: no competent authority set up (the demo sets up DE, FR, IE and NL).
    const de = await civil.post('/api/content/providers', { name: 'StreamHaus AT', country: 'AT', webhookUrl: 'http://127.0.0.1:1/at', signing: 'hmac-sha256' });
    expect(de.status, JSON.stringify(de.body)).toBe(201);
    const c = (await civil.post('/api/content/cases', { url: 'https://streamhaus.example/v/9', providerId: de.body.id, offence: 'incitement', assessment: 'Calls for attacks on a named public figure.', signals: [], markings: markings({ distribution: 'organisation' }) })).body;
    const d = (await civil.post(`/api/content/cases/${c.id}/orders`, { kind: 'removal_order', reasons: 'Incitement to commit a terrorist offence; art. 2(7)(a).' })).body;
    const r = await civil.post(`/api/content/orders/${d.id}/issue`, {});
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^Scrutinising authority: /);
    expect(r.body.error.message).not.toContain('scrutinyAuthorityId');
    expect(r.body.error.message).toContain('AT');
    const wrong = await civil.post(`/api/content/orders/${d.id}/issue`, { scrutinyAuthorityId: orgs['Civil Intelligence Service'] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(/^Scrutinising authority: /);
    // The demo's authorities of other member states (synthetic) are there to choose from.
    expect((await civil.get('/api/content/authorities?country=DE')).body.items.map((x: any) => x.name)).toEqual(['Online Content Authority Rhineland']);
    const nl = await civil.get('/api/content/authorities?country=nl');
    expect(nl.status).toBe(200);
    expect(nl.body.items.map((x: any) => x.name)).toContain('Partner Service Lowlands');
    expect((await civil.get('/api/content/authorities?country=Netherlands')).status).toBe(400);
  });
});
