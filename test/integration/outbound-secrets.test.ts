/**
 * Issue #11 (h) and (i): outbound requests go only where an administrator allowed, and a database
 * dump holds no usable secret.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markings } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let admin: Client;
let receiver: Server;
let received: string[] = [];
let local = '';

beforeAll(async () => {
  // No VIGIL_OUTBOUND_ALLOW: loopback is not allowed.
  s = await startTestServer();
  admin = await s.client('admin');
  receiver = createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    res.end('{}');
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  local = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});

afterAll(async () => {
  receiver?.close();
  await s?.close();
});

let contentApprover: Client | undefined;
/** A content user who may register providers (approve right on content), created once. */
async function providerAdmin(): Promise<Client> {
  if (contentApprover) return contentApprover;
  const orgs = (await admin.get('/api/organisations')).body as Array<{ id: string; name: string }>;
  const org = orgs.find((o) => o.name === 'Civil Intelligence Service')!;
  const r = await admin.post('/api/users', { username: 'outbound.content', displayName: 'Outbound Content', orgId: org.id, clearance: 'secret', roles: { content: ['read', 'write', 'approve'] }, password: 'vigil-demo-outbound' });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  const c = await s.client();
  expect((await c.login('outbound.content', 'vigil-demo-outbound')).status).toBe(200);
  contentApprover = c;
  return c;
}

describe('outbound requests (h)', () => {
  it('refuses a provider webhook on 127.0.0.1 (also written 2130706433 or 0x7f.1) with 400 naming webhookUrl, and sends nothing', async () => {
    const c = await providerAdmin();
    received = [];
    const port = new URL(local).port;
    for (const url of [`${local}/tco`, `http://2130706433:${port}/tco`, `http://0x7f.1:${port}/tco`, `http://localhost:${port}/tco`]) {
      const r = await c.post('/api/content/providers', { name: `Loop ${url}`, country: 'BE', webhookUrl: url });
      expect(r.status, url).toBe(400);
      expect(r.body.error.field).toBe('webhookUrl');
      expect(r.body.error.message).toMatch(/loopback address/);
    }
    const meta = await c.post('/api/content/providers', { name: 'Metadata', country: 'BE', webhookUrl: 'https://169.254.169.254/latest' });
    expect(meta.status).toBe(400);
    expect(meta.body.error.message).toMatch(/metadata address/);
    expect(received).toEqual([]);
  });

  it('refuses a partner API root on 127.0.0.1 with 400 naming apiRoot, and pulls nothing', async () => {
    received = [];
    const r = await admin.post('/api/sharing/partners', { name: 'Loopback partner', apiRoot: `${local}/taxii2/x/`, token: 'loopback-partner-token', collections: ['c1'] });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('apiRoot');
    expect(r.body.error.message).toMatch(/127\.0\.0\.1 is a loopback address/);
    const ten = await admin.post('/api/sharing/partners', { name: 'Private partner', apiRoot: 'https://10.1.2.3/taxii2/x/', token: 'private-partner-token' });
    expect(ten.status).toBe(400);
    expect(ten.body.error.field).toBe('apiRoot');
    await new Promise((res) => setTimeout(res, 300));
    expect(received).toEqual([]);
  });

  it('checks again at every pull: a partner whose address turned loopback is refused and receives no request', async () => {
    const r = await admin.post('/api/sharing/partners', { name: 'Turned partner', apiRoot: 'https://partner.invalid/taxii2/x/', token: 'turned-partner-token', collections: ['c1'] });
    expect(r.status).toBe(201);
    // As if its DNS now pointed at this machine (or the row was changed behind the API).
    await sql`UPDATE sharing_partners SET api_root = ${`${local}/taxii2/x/`} WHERE id = ${r.body.id}::uuid`.execute(s.platform.db);
    received = [];
    const sync = await admin.post(`/api/sharing/partners/${r.body.id}/sync`);
    expect(sync.status).toBe(200);
    expect(sync.body.error).toMatch(/refused: 127\.0\.0\.1 is a loopback address/);
    expect(received).toEqual([]);
  });
  it('checks again at every webhook delivery: a provider whose address turned loopback gets nothing, and the attempt says why', async () => {
    const c = await providerAdmin();
    const pr = await c.post('/api/content/providers', { name: 'Turned host', country: 'BE', webhookUrl: 'https://hooks-turned.invalid/tco' });
    expect(pr.status).toBe(201);
    await sql`UPDATE content_providers SET webhook_url = ${`${local}/tco`} WHERE id = ${pr.body.id}::uuid`.execute(s.platform.db);
    const cs = await c.post('/api/content/cases', {
      url: 'https://video.example/watch?v=outbound1',
      providerId: pr.body.id,
      offence: 'incitement',
      assessment: 'The video glorifies a recent attack and calls on viewers to repeat it.',
      markings: markings({ distribution: 'organisation' }),
    });
    expect(cs.status, JSON.stringify(cs.body)).toBe(201);
    const draft = await c.post(`/api/content/cases/${cs.body.id}/orders`, { kind: 'removal_order', reasons: 'Glorification of a terrorist attack; art. 2(7)(a).' });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    received = [];
    const issued = await c.post(`/api/content/orders/${draft.body.id}/issue`, { acknowledgeDuplicates: true });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    let log: Array<{ error: string | null }> = [];
    for (let i = 0; i < 100 && log.length === 0; i++) {
      await s.app.contentRuntime!.worker.tick();
      log = (await c.get(`/api/content/orders/${draft.body.id}`)).body.deliveries[0]?.log ?? [];
      if (log.length === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(log[0]?.error).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect(received).toEqual([]);
  });
});

describe('secrets at rest (i)', () => {
  it('a dump of every text, bytea, json and array column holds no secret in clear, base64 or hex', async () => {
    const secrets: string[] = [];
    const partnerToken = 'pt_Zk3xQ9vLr2Ws8NbY4HcT7mPa';
    const p = await admin.post('/api/sharing/partners', { name: 'Dump partner', apiRoot: 'https://partner-dump.invalid/taxii2/x/', token: partnerToken, collections: ['c1'] });
    expect(p.status).toBe(201);
    secrets.push(partnerToken);
    const rotated = 'pt_rotated_Jq7Vw2Xe5Rt8Yu1Io4Pa';
    expect((await admin.patch(`/api/sharing/partners/${p.body.id}`, { token: rotated })).status).toBe(200);
    secrets.push(rotated);
    const c = await providerAdmin();
    const hmac = await c.post('/api/content/providers', { name: 'Dump HMAC host', country: 'BE', webhookUrl: 'https://hooks-dump.invalid/tco', signing: 'hmac-sha256' });
    expect(hmac.status).toBe(201);
    secrets.push(hmac.body.secret);
    const rot = await c.patch(`/api/content/providers/${hmac.body.id}`, { rotateSecret: true });
    secrets.push(rot.body.secret);
    const ed = await c.post('/api/content/providers', { name: 'Dump Ed host', country: 'NL', webhookUrl: 'https://hooks-dump.invalid/ed', signing: 'ed25519' });
    expect(ed.status).toBe(201);
    const tok = await admin.post('/api/tokens', { name: 'dump token' });
    expect(tok.status).toBe(201);
    secrets.push(tok.body.token);
    secrets.push(admin.cookie.split('=')[1]!);
    for (const x of secrets) expect(typeof x === 'string' && x.length >= 16, String(x)).toBe(true);

    const forms = secrets.flatMap((x) => {
      const b = Buffer.from(x);
      return [x, b.toString('base64'), b.toString('base64url'), b.toString('hex')];
    });
    const { rows: cols } = await sql<{ table_name: string; column_name: string }>`
      SELECT c.table_name, c.column_name FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND (c.data_type IN ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb') OR c.data_type = 'ARRAY')`.execute(s.platform.db);
    expect(cols.length).toBeGreaterThan(20);
    const leaks: string[] = [];
    let sealed = 0;
    for (const col of cols) {
      const { rows } = await sql<{ v: string }>`SELECT ${sql.ref(col.column_name)}::text AS v FROM ${sql.table(col.table_name)} WHERE ${sql.ref(col.column_name)} IS NOT NULL`.execute(s.platform.db);
      for (const r of rows) {
        if (r.v.startsWith('vigil-enc:v1:')) sealed++;
        if (r.v.includes('PRIVATE KEY')) leaks.push(`${col.table_name}.${col.column_name}: a private key`);
        for (const f of forms) if (r.v.includes(f)) leaks.push(`${col.table_name}.${col.column_name}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(sealed).toBeGreaterThanOrEqual(3);
  });

  it('encrypts clear values left from before at start, once (idempotent)', async () => {
    const { sealStoredSecrets, loadKeyring, unseal } = await import('../../src/server/platform/secrets.ts');
    const ring = loadKeyring(s.platform.config);
    const p = await admin.post('/api/sharing/partners', { name: 'Legacy partner', apiRoot: 'https://legacy.invalid/taxii2/x/', token: 'placeholder-token' });
    await sql`UPDATE sharing_partners SET token = 'legacy-clear-token-123' WHERE id = ${p.body.id}::uuid`.execute(s.platform.db);
    expect(await sealStoredSecrets(s.platform.db, ring)).toBe(1);
    expect(await sealStoredSecrets(s.platform.db, ring)).toBe(0);
    const { rows } = await sql<{ token: string }>`SELECT token FROM sharing_partners WHERE id = ${p.body.id}::uuid`.execute(s.platform.db);
    expect(rows[0]!.token).not.toContain('legacy-clear');
    expect(unseal(ring, 'sharing_partners.token', rows[0]!.token)).toBe('legacy-clear-token-123');
  });
});
