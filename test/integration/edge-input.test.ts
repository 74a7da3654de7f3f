/**
 * The edge of the HTTP server: request logs hold no personal data or tokens (no query strings, no path
 * values, no credentials), and odd input (NUL characters, lone surrogates, deep nesting, oversized
 * imports, a non-UUID subject key, a taken organisation name) answers 4xx naming the problem, never 5xx.
 */
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/platform/config.ts';
import { startServer, type RunningServer } from '../../src/server/server.ts';
import { DEMO_PASSWORD, freshDatabase, ROOT } from '../helpers/backend.ts';
import { subjectBody } from '../helpers/fixtures.ts';
import { Client } from '../helpers/server.ts';

const TAXII = 'application/taxii+json;version=2.1';
const ALL = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const logLines: string[] = [];
let server: RunningServer;
let drop: () => Promise<void>;
let intel: Client;
let admin: Client;

async function signIn(username: string): Promise<Client> {
  const c = new Client(server.url);
  const r = await c.login(username, DEMO_PASSWORD);
  expect(r.status).toBe(200);
  return c;
}

beforeAll(async () => {
  const db = await freshDatabase('demo');
  drop = db.drop;
  const config = {
    ...loadConfig({ PORT: '0', LOG_LEVEL: 'info', VIGIL_WEB_DIR: join(ROOT, 'dist', 'web'), VIGIL_LOGIN_ATTEMPTS: '1000' }),
    dataDir: db.dataDir,
    databaseUrl: db.databaseUrl,
    auditKeyFile: join(db.dataDir, 'keys', 'audit-ed25519.pem'),
  };
  const logStream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  server = await startServer(config, { quiet: true, logStream });
  intel = await signIn('analyst.intel');
  admin = await signIn('admin');
});
afterAll(async () => {
  await server?.close();
  await drop?.();
});

/** A raw request (the test client would JSON-encode strings and drop NUL-free checks). */
async function raw(method: string, path: string, body: string | undefined, headers: Record<string, string> = {}, as?: Client) {
  const h: Record<string, string> = { 'content-type': 'application/json', ...headers };
  if (as) {
    h.cookie = as.cookie;
    h['x-csrf-token'] = as.csrf;
  }
  const res = await fetch(server.url + path, { method, headers: h, body });
  const text = await res.text();
  let parsed: any = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed };
}

describe('request logs (issue #11 n)', () => {
  it('log neither query strings, portal tokens, path values, nor credentials', async () => {
    const name = 'Quirinus-Testperson-Wexford';
    const docNo = 'ZX4471190';
    const portalToken = 'portal-token-5f3b9c0e7a21d4e8';
    const bearer = 'vigil_bearer_9a8b7c6d5e4f';
    const before = logLines.length;
    expect((await intel.get(`/api/subjects?q=${encodeURIComponent(name)}`)).status).toBe(200);
    await intel.post('/api/oversight/lookup', { document: docNo });
    const orderId = crypto.randomUUID();
    await fetch(`${server.url}/api/portal/orders/${orderId}?token=${portalToken}`);
    await fetch(`${server.url}/api/portal/orders/${orderId}`, { headers: { 'x-portal-token': portalToken } });
    await fetch(`${server.url}/portal/orders/${orderId}?token=${portalToken}`);
    await fetch(`${server.url}/api/no-such-route/${name}/${portalToken}?q=${docNo}`);
    await fetch(`${server.url}/api/subjects?q=${docNo}`, { headers: { authorization: `Bearer ${bearer}` } });
    await fetch(`${server.url}/api/subjects/${encodeURIComponent(name)}`, { headers: { cookie: intel.cookie } });
    const lines = logLines.slice(before);
    expect(lines.length).toBeGreaterThan(8);
    const all = lines.join('\n');
    for (const secret of [name, docNo, portalToken, bearer, orderId, intel.cookie.split('=')[1]!, 'token=', '?q=']) {
      expect(all, `the log holds ${secret}`).not.toContain(secret);
    }
    // What is logged instead: the route pattern, or the path with its values replaced.
    const urls = lines.map((l) => (JSON.parse(l) as { req?: { url?: string } }).req?.url).filter(Boolean);
    expect(urls).toContain('/api/subjects');
    expect(urls).toContain('/api/portal/orders/:id');
    expect(urls).toContain('/api/:?/:?/:?');
  });
});

describe('odd input never breaks the server (issue #11 p)', () => {
  it('refuses NUL characters and lone surrogates in body values and keys, naming a JSON pointer', async () => {
    const nul = await raw('POST', '/api/subjects', JSON.stringify(subjectBody({ names: ['Ilse Nul\u0000Testperson'] })), {}, intel);
    expect(nul.status).toBe(400);
    expect(nul.body.error).toMatchObject({ code: 'INVALID_INPUT', field: '/names/0' });
    expect(nul.body.error.message).toMatch(/NUL/);
    const lone = await raw('POST', '/api/subjects', JSON.stringify(subjectBody({ names: ['Ilse \ud800Testperson'] })), {}, intel);
    expect(lone.status).toBe(400);
    expect(lone.body.error).toMatchObject({ field: '/names/0' });
    expect(lone.body.error.message).toMatch(/surrogate/);
    // As JSON escapes, the way an outside client sends them.
    const escaped = await raw('POST', '/api/subjects', JSON.stringify(subjectBody()).replace('"gender"', '"gen\\u0000der"'), {}, intel);
    expect(escaped.status).toBe(400);
    expect(escaped.body.error.field).toBe('/gen\\u0000der');
  });

  it('refuses NUL in query strings and path parameters, naming the field', async () => {
    const q = await intel.get('/api/subjects?q=Ilse%00Testperson');
    expect(q.status).toBe(400);
    expect(q.body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'query.q' });
    const p = await intel.get('/api/subjects/abc%00def');
    expect(p.status).toBe(400);
    expect(p.body.error).toMatchObject({ field: 'params.id' });
  });

  it('refuses NUL, lone surrogates and deep nesting in STIX, MISP and TAXII imports', async () => {
    const ind = (pattern: string) => ({
      type: 'indicator', spec_version: '2.1', id: 'indicator--0f9d3a55-8a6e-4b63-9f53-1d2c3b4a5e6f', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z',
      pattern, pattern_type: 'stix', valid_from: '2026-01-01T00:00:00Z',
    });
    const bundle = (o: unknown) => ({ type: 'bundle', id: 'bundle--6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', objects: [o] });
    const stixNul = await raw('POST', '/api/sharing/stix/import', JSON.stringify(bundle(ind("[ipv4-addr:value = '198.51.100.7\u0000']"))), {}, intel);
    expect(stixNul.status).toBe(400);
    expect(stixNul.body.error.field).toBe('/objects/0/pattern');
    const stixLone = await raw('POST', '/api/sharing/stix/import', JSON.stringify(bundle({ ...ind("[ipv4-addr:value = '198.51.100.8']"), name: 'x\udc00' })), {}, intel);
    expect(stixLone.status).toBe(400);
    expect(stixLone.body.error.field).toBe('/objects/0/name');
    // Written as text: building it as an object would overflow the test's own stack in JSON.stringify.
    const deep = '{"x":'.repeat(5000) + '"bottom"' + '}'.repeat(5000);
    const withDeep = (o: object) => JSON.stringify(o).replace(/\}$/, `,"x_nested":${deep}}`);
    const stixDeep = await raw('POST', '/api/sharing/stix/import', JSON.stringify(bundle({})).replace('"objects":[{}]', `"objects":[${withDeep(ind("[ipv4-addr:value = '198.51.100.9']"))}]`), {}, intel);
    expect(stixDeep.status).toBe(400);
    expect(stixDeep.body.error.message).toMatch(/nested more than 64 levels/);
    const misp = await raw('POST', '/api/sharing/misp/import', JSON.stringify({ Event: { info: 'x\u0000', Attribute: [] } }), {}, intel);
    expect(misp.status).toBe(400);
    expect(misp.body.error.field).toBe('/Event/info');
    const t = await raw('POST', '/api/tokens', JSON.stringify({ name: 'edge taxii' }), {}, intel);
    const taxiiHeaders = { accept: TAXII, 'content-type': TAXII, authorization: `Bearer ${t.body.token}` };
    const tNul = await raw('POST', `/taxii2/vigil/collections/${ALL}/objects/`, JSON.stringify({ objects: [ind("[ipv4-addr:value = '198.51.100.10\u0000']")] }), taxiiHeaders);
    expect(tNul.status).toBe(400);
    const tDeep = await raw('POST', `/taxii2/vigil/collections/${ALL}/objects/`, `{"objects":[${withDeep(ind("[ipv4-addr:value = '198.51.100.11']"))}]}`, taxiiHeaders);
    expect(tDeep.status).toBe(400);
    // The server still answers, and a good import still works.
    const ok = await raw('POST', '/api/sharing/stix/import', JSON.stringify(bundle(ind("[ipv4-addr:value = '198.51.100.12']"))), {}, intel);
    expect(ok.status, JSON.stringify(ok.body)).toBeLessThan(300);
  });

  it('answers 413 naming the limit for an import larger than the import limit', async () => {
    const big = JSON.stringify({ type: 'bundle', id: 'bundle--6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', objects: [], pad: 'x'.repeat(21 * 1024 * 1024) });
    const r = await raw('POST', '/api/sharing/stix/import', big, {}, intel);
    expect(r.status).toBe(413);
    expect(r.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(r.body.error.message).toMatch(/limit of 20 MB/);
  });

  it('refuses a subject threat assessment whose targetKey is not a subject id (400, not 500)', async () => {
    const analyst = await signIn('analyst.threat');
    const r = await analyst.post('/api/threat-assessments', { targetKind: 'subject', targetKey: 'not-a-uuid', level: 2, justification: 'A justification long enough.' });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'targetKey' });
    const h = await analyst.get('/api/threat-assessments?targetKind=subject&targetKey=not-a-uuid');
    expect(h.status).toBe(400);
    expect(h.body.error.field).toBe('targetKey');
    // Other kinds keep free-text keys.
    expect((await analyst.get('/api/threat-assessments?targetKind=sector&targetKey=transport')).status).toBe(200);
  });

  it('answers 409 naming the field when an organisation is renamed to a name that is taken', async () => {
    const orgs = (await admin.get('/api/organisations')).body as Array<{ id: string; name: string }>;
    expect(orgs.length).toBeGreaterThan(1);
    const r = await admin.patch(`/api/organisations/${orgs[0]!.id}`, { name: orgs[1]!.name });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect(r.body.error.message).not.toContain(orgs[1]!.name);
    expect((await admin.get('/api/organisations')).body).toEqual(orgs);
  });
});
