/**
 * Federation between two Vigil instances, each on its own port and data folder, over real HTTP:
 * B pulls from A with a partner token of A; records arrive within seconds with their scope stepped
 * down and their provenance; organisation-only records never leave A; a changed record arrives as a
 * new version; a partner that answers garbage or goes silent is visible on its status page and does
 * not stop the others; a revoked token stops the flow. Plus the permission-denied cases of /taxii2.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

const TAXII = 'application/taxii+json;version=2.1';
let a: TestServer;
let b: TestServer;
let intelA: Client;
let adminB: Client;
let intelB: Client;
let policeB: Client;
let partnerA: Client; // the partner account B uses on A
let tokenId: string;
let partnerId: string;
let garbage: Server;
let silent: Server;

async function waitFor<T>(fn: () => Promise<T | undefined>, ms = 8000): Promise<T | undefined> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v !== undefined || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}
const onB = (c: Client, id: string) => async () => {
  const r = await c.get(`/api/sharing/objects/${id}`);
  return r.status === 200 ? r.body : undefined;
};
const listen = (srv: Server) => new Promise<string>((resolve) => srv.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(srv.address() as { port: number }).port}`)));

beforeAll(async () => {
  const env = { VIGIL_SHARING_INDEX_MS: '100', VIGIL_SHARING_PULL_MS: '200', VIGIL_SHARING_LONGPOLL_S: '3', VIGIL_SHARING_TIMEOUT_MS: '1500', VIGIL_OUTBOUND_ALLOW: '127.0.0.1' };
  [a, b] = await Promise.all([startTestServer({ env }), startTestServer({ env })]);
  intelA = await a.client('analyst.intel');
  const adminA = await a.client('admin');
  const orgs = (await adminA.get('/api/organisations')).body as Array<{ id: string; name: string; kind: string }>;
  const partnerOrg = orgs.find((o) => o.kind === 'foreign-partner')!;
  const u = await adminA.post('/api/users', { username: 'instance.b', displayName: 'Instance B', orgId: partnerOrg.id, clearance: 'secret', roles: { sharing: ['read'] }, password: 'partner-password-long' });
  expect(u.status).toBe(201);
  partnerA = await a.client();
  await partnerA.login('instance.b', 'partner-password-long');
  const t = await partnerA.post('/api/tokens', { name: 'instance B' });
  tokenId = t.body.id;
  adminB = await b.client('admin');
  intelB = await b.client('analyst.intel');
  policeB = await b.client('analyst.police');
  const civilB = (await intelB.get('/api/auth/me')).body.organisation.id;
  garbage = createServer((_req, res) => res.writeHead(200, { 'content-type': TAXII }).end('{"objects": [{"type": "indicator", "id": "nonsense"}]}'));
  silent = createServer(() => undefined); // accepts, never answers
  const [gUrl, sUrl] = await Promise.all([listen(garbage), listen(silent)]);
  const p = await adminB.post('/api/sharing/partners', { name: 'Instance A', apiRoot: `${a.url}/taxii2/vigil/`, token: t.body.token, receivingOrgId: civilB });
  expect(p.status, JSON.stringify(p.body)).toBe(201);
  partnerId = p.body.id;
  await adminB.post('/api/sharing/partners', { name: 'Garbage', apiRoot: `${gUrl}/taxii2/x/`, token: 'whatever-token', collections: ['c1'] });
  await adminB.post('/api/sharing/partners', { name: 'Silent', apiRoot: `${sUrl}/taxii2/x/`, token: 'whatever-token', collections: ['c1'] });
}, 120_000);

afterAll(async () => {
  garbage?.closeAllConnections();
  silent?.closeAllConnections();
  garbage?.close();
  silent?.close();
  await Promise.all([a?.close(), b?.close()]);
});

describe('federation A → B', () => {
  let shared: string;
  let forPartner: string;
  let orgOnly: string;

  it('a record shared with all appears in B within seconds, scope stepped down, provenance kept, read-only', async () => {
    orgOnly = (await intelA.post('/api/subjects', subjectBody({ names: ['Never Leaves-A'] }, { distribution: 'organisation' }))).body.id;
    const t0 = Date.now();
    shared = (await intelA.post('/api/subjects', subjectBody({ names: ['Federated Person'] }, { distribution: 'all', tlp: 'green' }))).body.id;
    const got = await waitFor(onB(intelB, shared));
    expect(got, 'did not arrive').toBeDefined();
    expect(Date.now() - t0).toBeLessThan(8000);
    expect(got).toMatchObject({ origin: 'partner', scope: 'community', readOnly: true, markings: { distribution: 'all', hitNoHit: false, tlp: 'green' } });
    expect(got.provenance).toMatchObject({ organisation: 'Civil Intelligence Service', instance: `${a.url}/taxii2/vigil/` });
    // community: every organisation of B reads it.
    expect((await policeB.get(`/api/sharing/objects/${shared}`)).status).toBe(200);
    // B never passes it on: it is not in B's TAXII collections.
    const tokenB = (await intelB.post('/api/tokens', { name: 'b' })).body.token;
    const res = await fetch(`${b.url}/taxii2/vigil/collections/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f/objects/?match[id]=identity--${shared}`, { headers: { accept: TAXII, authorization: `Bearer ${tokenB}` } });
    expect(((await res.json()) as any).objects ?? []).toEqual([]);
  });

  it('a record distributed to the partner organisation only arrives as organisation-only at B', async () => {
    const orgs = (await intelA.get('/api/organisations')).body as Array<{ id: string; kind: string }>;
    const partnerOrg = orgs.find((o) => o.kind === 'foreign-partner')!.id;
    forPartner = (await intelA.post('/api/subjects', subjectBody({ names: ['Named Recipient'] }, { distribution: 'organisations', sharedWith: [partnerOrg] }))).body.id;
    const got = await waitFor(onB(intelB, forPartner));
    expect(got).toMatchObject({ scope: 'organisation', markings: { distribution: 'organisation' } });
    expect((await policeB.get(`/api/sharing/objects/${forPartner}`)).status).toBe(404);
  });

  it('an organisation-only record never leaves A', async () => {
    await waitFor(onB(intelB, forPartner));
    expect((await intelB.get(`/api/sharing/objects/${orgOnly}`)).status).toBe(404);
    const { rows } = await (await import('kysely')).sql<{ n: number }>`SELECT count(*)::int AS n FROM sharing_objects WHERE id = ${orgOnly}::uuid`.execute(b.platform.db);
    expect(rows[0]!.n).toBe(0);
  });

  it('a changed record arrives as a new version', async () => {
    await intelA.put(`/api/subjects/${shared}`, { ...subjectBody({ names: ['Federated Person', 'F. Person'] }, { distribution: 'all', tlp: 'green' }), version: 1 });
    const got = await waitFor(async () => {
      const r = await onB(intelB, shared)();
      return r && r.versions.length === 2 ? r : undefined;
    });
    expect(got, 'the new version did not arrive').toBeDefined();
    expect(got.object.name).toBe('Federated Person');
    expect(got.object.extensions['extension-definition--7b1c8a52-3f0e-4d6a-9c1b-5e2f4a8d9c31'].names).toEqual(['Federated Person', 'F. Person']);
  });

  it('a record deleted on A reaches B as a revocation, and only the tombstone stays on B (no version keeps content)', async () => {
    const id = (await intelA.post('/api/subjects', subjectBody({ names: ['Revoked Across'], documents: [{ type: 'passport', number: 'RA4455667', country: 'BE' }] }, { distribution: 'all' }))).body.id;
    expect(await waitFor(onB(intelB, id))).toBeDefined();
    expect((await intelA.del(`/api/subjects/${id}`, { reason: 'entered in error' })).status).toBe(200);
    const got = await waitFor(async () => {
      const r = await onB(intelB, id)();
      return r && r.revoked ? r : undefined;
    });
    expect(got, 'the revocation did not arrive').toBeDefined();
    expect(got.versions).toHaveLength(1);
    expect(JSON.stringify(got)).not.toContain('Revoked Across');
    expect(JSON.stringify(got)).not.toContain('RA4455667');
  });

  it("shows failing partners on their status page while the flow from A goes on", async () => {
    const list = await waitFor(async () => {
      const r = (await adminB.get('/api/sharing/partners')).body.partners as any[];
      return r.filter((x) => x.status.state === 'failing').length === 2 ? r : undefined;
    }, 15_000);
    expect(list, `failures not recorded: ${JSON.stringify((await adminB.get('/api/sharing/partners')).body)}`).toBeDefined();
    const g = list!.find((x) => x.name === 'Garbage');
    expect(g.status.lastError).toMatch(/invalid STIX at \/objects\/0\/id/);
    expect(list!.find((x) => x.name === 'Silent').status.lastError).toMatch(/timed out/);
    const ok = (await adminB.get(`/api/sharing/partners/${partnerId}`)).body;
    expect(ok.status).toMatchObject({ state: 'ok', consecutiveFailures: 0 });
    expect(ok.status.objectsReceived).toBeGreaterThan(0);
    expect(ok).not.toHaveProperty('token');
  });

  it('revoking the token stops the flow at once', async () => {
    expect((await partnerA.del(`/api/tokens/${tokenId}`)).status).toBe(200);
    const after = (await intelA.post('/api/subjects', subjectBody({ names: ['After Revocation'] }, { distribution: 'all' }))).body.id;
    const sync = await adminB.post(`/api/sharing/partners/${partnerId}/sync`);
    expect(sync.body.error).toMatch(/401/);
    expect(await waitFor(onB(intelB, after), 1500)).toBeUndefined();
    const st = (await adminB.get(`/api/sharing/partners/${partnerId}`)).body.status;
    expect(st.state).toBe('failing');
  });
});

describe('TAXII permission-denied cases (changes nothing)', () => {
  const ALL = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
  const paths = ['/taxii2/', '/taxii2/vigil/', '/taxii2/vigil/collections/', `/taxii2/vigil/collections/${ALL}/`, `/taxii2/vigil/collections/${ALL}/objects/`, `/taxii2/vigil/collections/${ALL}/manifest/`, `/taxii2/vigil/collections/${ALL}/objects/identity--6a8e4b6c-1d2f-4e3a-9b5c-7d8e9f0a1b2c/`, `/taxii2/vigil/collections/${ALL}/objects/identity--6a8e4b6c-1d2f-4e3a-9b5c-7d8e9f0a1b2c/versions/`, `/taxii2/vigil/status/6a8e4b6c-1d2f-4e3a-9b5c-7d8e9f0a1b2c/`];
  it.each(paths)('GET %s without a token is 401', async (path) => {
    const r = await fetch(a.url + path, { headers: { accept: TAXII } });
    expect(r.status).toBe(401);
  });
  it('a collection the caller may not read is 404, and POST without write is 403 and stores nothing', async () => {
    const border = await a.client('border.officer');
    const t = (await border.post('/api/tokens', { name: 'x' })).body.token;
    expect((await fetch(`${a.url}/taxii2/vigil/collections/${ALL}/objects/`, { headers: { accept: TAXII, authorization: `Bearer ${t}` } })).status).toBe(404);
    const police = await a.client('analyst.police');
    const pt = (await police.post('/api/tokens', { name: 'x' })).body.token;
    const { sql } = await import('kysely');
    const count = async () => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM sharing_objects WHERE origin <> 'local'`.execute(a.platform.db)).rows[0]!.n;
    const before = await count();
    const obj = { type: 'identity', spec_version: '2.1', id: 'identity--7a8e4b6c-1d2f-4e3a-9b5c-7d8e9f0a1b2c', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', name: 'x' };
    const r = await fetch(`${a.url}/taxii2/vigil/collections/${ALL}/objects/`, { method: 'POST', headers: { accept: TAXII, 'content-type': TAXII, authorization: `Bearer ${pt}` }, body: JSON.stringify({ objects: [obj] }) });
    expect(r.status).toBe(403);
    expect(await count()).toBe(before);
  });
});
