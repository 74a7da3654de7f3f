/**
 * Need-to-know in the online-content pillar (issue #11), over real HTTP with records that EXIST and
 * are refused by the policy:
 * - the read door: hash banks (TLP rule in the policy), entries, lookups/matches, cases, orders, the
 *   scrutiny inbox and the transparency figures leave through passDoor with one audit event naming the
 *   released ids; lists and counts filter by the policy in SQL;
 * - (j) an agency cannot redirect another agency's provider or act on another agency's orders;
 * - (k) image inputs have a pixel limit: a decompression bomb gets 413 and the server stays up.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markings } from '../helpers/fixtures.ts';
import { bombPng } from '../helpers/png.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

const PASSWORD = 'content-ntk-password-1';
/** The pixel limit of this server (VIGIL_IMAGE_MAX_PIXELS): one megapixel. */
const MAX_PIXELS = 1_000_000;

let s: TestServer;
let civil: Client; // Civil Intelligence Service (BE): content read/write/approve
let civilLow: Client; // Civil Intelligence Service, cleared only to "unclassified": content read/write/approve
let civilReader: Client; // Civil Intelligence Service: content read only
let police: Client; // Federal Judicial Police (BE): content read/write/approve
const orgs: Record<string, string> = {};
let receiver: Server;
let hookUrl = '';

/** POSTs or PUTs a raw body (an upload) with the client's session. */
async function upload(c: Client, path: string, body: Buffer, method = 'POST') {
  const res = await fetch(c.base + path, { method, headers: { 'content-type': 'application/octet-stream', cookie: c.cookie, 'x-csrf-token': c.csrf }, body: new Uint8Array(body) });
  const text = await res.text();
  return { status: res.status, text, body: (text ? JSON.parse(text) : null) as any };
}

async function userClient(username: string, org: string, clearance: string, roles: Record<string, string[]>) {
  const admin = await s.client('admin');
  const r = await admin.post('/api/users', { username, displayName: username, orgId: orgs[org], clearance, roles, password: PASSWORD });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  const c = await s.client();
  expect((await c.login(username, PASSWORD)).status).toBe(200);
  return c;
}

/** The last audit event of `action` by `username`, with its details (recordIds, hitIds…). */
async function lastEvent(action: string, username: string) {
  const row = await s.platform.db.selectFrom('audit_log').select(['details', 'record_type']).where('action', '=', action).where('actor_name', '=', username).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  expect(row, `${action} by ${username}`).toBeDefined();
  const d = (typeof row!.details === 'string' ? JSON.parse(row!.details) : row!.details) as Record<string, any>;
  return { ...d, recordIds: (d.recordIds ?? []) as string[], recordType: row!.record_type } as Record<string, any> & { recordIds: string[] };
}

async function rowJson(table: string, id: string) {
  return JSON.stringify((await sql`SELECT * FROM ${sql.table(table)} WHERE id = ${id}`.execute(s.platform.db)).rows[0] ?? null);
}

async function countOf(table: string, column: string, value: string) {
  return Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${value}`.execute(s.platform.db)).rows[0]!.n);
}

/** A synthetic image (Gaussian noise: PDQ quality 100). */
function noise(width: number, height: number, mean = 128) {
  return sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean, sigma: 60 } } }).png().toBuffer();
}

const caseBody = (providerId: string, url: string, mark: Record<string, unknown> = {}) => ({
  url,
  providerId,
  offence: 'incitement',
  assessment: 'Calls for attacks on a named public event; incitement under art. 3(1).',
  signals: [],
  markings: markings({ classification: 'unclassified', distribution: 'all', ...mark }),
});

beforeAll(async () => {
  s = await startTestServer({ env: { VIGIL_IMAGE_MAX_PIXELS: String(MAX_PIXELS), VIGIL_OUTBOUND_ALLOW: '127.0.0.1' } });
  const admin = await s.client('admin');
  for (const o of (await admin.get('/api/organisations')).body) orgs[o.name] = o.id;
  const all = { content: ['read', 'write', 'approve'] };
  civil = await userClient('ntk.civil', 'Civil Intelligence Service', 'secret', all);
  civilLow = await userClient('ntk.civil.low', 'Civil Intelligence Service', 'unclassified', all);
  civilReader = await userClient('ntk.civil.reader', 'Civil Intelligence Service', 'secret', { content: ['read'] });
  police = await userClient('ntk.police', 'Federal Judicial Police', 'secret', all);
  receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/tco`;
});
afterAll(async () => {
  await new Promise((r) => receiver?.close(r));
  await s?.close();
});

describe('hash banks and matches through the read door (TLP rule in the policy)', () => {
  let red: any;
  let green: any;
  let redEntry: any;
  let greenEntry: any;
  let greenImage: Buffer;

  beforeAll(async () => {
    red = (await civil.post('/api/content/banks', { name: 'Civil red bank', sourceOrg: 'Civil Intelligence Service', tlp: 'red' })).body;
    green = (await civil.post('/api/content/banks', { name: 'Civil green bank', sourceOrg: 'GIFCT', tlp: 'green' })).body;
    const r = await upload(civil, `/api/content/banks/${red.id}/entries?label=red-secret-label`, await noise(160, 120));
    expect(r.status, r.text).toBe(201);
    redEntry = r.body;
    greenImage = await noise(160, 120, 100);
    const g = await upload(civil, `/api/content/banks/${green.id}/entries?label=green-label`, greenImage);
    expect(g.status, g.text).toBe(201);
    greenEntry = g.body;
    expect(redEntry.signals.quality).toBeGreaterThanOrEqual(50);
  });

  it('another organisation neither lists nor reads a red bank; the list names released banks only in its audit event', async () => {
    const list = await police.get('/api/content/banks');
    expect(list.status).toBe(200);
    const text = JSON.stringify(list.body);
    expect(text).not.toContain(red.id);
    expect(text).not.toContain('Civil red bank');
    expect(text).toContain(green.id);
    const ev = await lastEvent('content.bank.list', 'ntk.police');
    expect(ev.recordIds).toContain(green.id);
    expect(ev.recordIds).not.toContain(red.id);
    const own = await lastEventAfter(() => civil.get('/api/content/banks'), 'content.bank.list', 'ntk.civil');
    expect(own.recordIds).toEqual(expect.arrayContaining([red.id, green.id]));
  });

  it('a red bank of another organisation answers exactly like a missing one (read, entries, export)', async () => {
    const missing = crypto.randomUUID();
    for (const suffix of ['', '/entries', '/export']) {
      const refused = await police.get(`/api/content/banks/${red.id}${suffix}`);
      const absent = await police.get(`/api/content/banks/${missing}${suffix}`);
      expect(refused.status, suffix).toBe(404);
      expect(JSON.stringify(refused.body)).toBe(JSON.stringify(absent.body));
    }
    expect((await civil.get(`/api/content/banks/${red.id}/entries`)).body.items.map((e: any) => e.id)).toEqual([redEntry.entry.id]);
    const ev = await lastEvent('content.entry.list', 'ntk.civil');
    expect(ev.recordIds).toEqual([red.id]);
  });

  it('a lookup matching an entry of a bank the caller may not read reveals nothing of it', async () => {
    const { pdq, sha256 } = redEntry.signals;
    for (const body of [{ pdq }, { sha256 }, { pdq, sha256, maxDistance: 128 }]) {
      const r = await police.post('/api/content/lookup', body);
      expect(r.status).toBe(200);
      const text = JSON.stringify(r.body);
      for (const secret of [red.id, redEntry.entry.id, 'red-secret-label', 'Civil red bank']) expect(text, JSON.stringify(body)).not.toContain(secret);
    }
    const ev = await lastEvent('content.lookup', 'ntk.police');
    expect(ev.recordIds).not.toContain(red.id);
    expect(JSON.stringify(ev)).not.toContain(redEntry.entry.id);
    // The owner organisation matches the same hash, and the door names the bank it released.
    const own = await civil.post('/api/content/lookup', { sha256 });
    expect(own.body.matches.map((m: any) => m.entryId)).toEqual([redEntry.entry.id]);
    const ownEv = await lastEvent('content.lookup', 'ntk.civil');
    expect(ownEv.recordIds).toEqual([red.id]);
    expect(ownEv.matches).toEqual([redEntry.entry.id]);
  });

  it('hashing an upload matches only readable banks, and the audit event names the released bank', async () => {
    const r = await upload(police, '/api/content/hash', greenImage);
    expect(r.status, r.text).toBe(200);
    expect(r.body.matches.map((m: any) => m.bankId)).toEqual([green.id]);
    expect(r.text).not.toContain(red.id);
    const ev = await lastEvent('content.hash', 'ntk.police');
    expect(ev.recordIds).toEqual([green.id]);
    expect(ev.matches).toEqual([greenEntry.entry.id]);
  });

  it("a bank name used by another organisation's red bank is not revealed by a name conflict", async () => {
    const r = await police.post('/api/content/banks', { name: 'Civil red bank', sourceOrg: 'Federal Judicial Police', tlp: 'amber' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const again = await police.post('/api/content/banks', { name: 'Civil red bank', sourceOrg: 'Federal Judicial Police', tlp: 'amber' });
    expect(again.status).toBe(409);
    expect(again.body.error.field).toBe('name');
  });
});

/** Runs `f`, then returns the newest matching audit event. */
async function lastEventAfter(f: () => Promise<unknown>, action: string, username: string) {
  await f();
  return lastEvent(action, username);
}

describe('cases, orders, scrutiny and transparency through the read door', () => {
  let provider: any;
  let openCase: any; // distribution all, unclassified
  let orgOnlyCase: any; // civil only
  let secretCase: any; // distribution all, secret: not for civilLow
  let secretOrder: any;
  let openOrder: any;

  beforeAll(async () => {
    provider = (await civil.post('/api/content/providers', { name: 'NTK Video Host', country: 'BE', contact: 'legal@ntk-video.example', webhookUrl: hookUrl })).body;
    expect(provider.id).toBeDefined();
    openCase = (await civil.post('/api/content/cases', caseBody(provider.id, 'https://ntk-video.example/v/open'))).body;
    orgOnlyCase = (await civil.post('/api/content/cases', caseBody(provider.id, 'https://ntk-video.example/v/org-only', { distribution: 'organisation' }))).body;
    secretCase = (await civil.post('/api/content/cases', caseBody(provider.id, 'https://ntk-video.example/v/secret', { classification: 'secret' }))).body;
    for (const c of [openCase, orgOnlyCase, secretCase]) expect(c.id, JSON.stringify(c)).toBeDefined();
    const reasons = 'The video calls for attacks on a named public event.';
    openOrder = (await civil.post(`/api/content/cases/${openCase.id}/orders`, { kind: 'removal_order', reasons })).body;
    secretOrder = (await civil.post(`/api/content/cases/${secretCase.id}/orders`, { kind: 'removal_order', reasons })).body;
    for (const o of [openOrder, secretOrder]) expect((await civil.post(`/api/content/orders/${o.id}/issue`, { acknowledgeDuplicates: true })).status).toBe(200);
  });

  it('lists hold only readable cases and orders (clearance included), and the audit event names exactly those', async () => {
    const cases = await civilLow.get('/api/content/cases?limit=200');
    const ids = cases.body.items.map((c: any) => c.id);
    expect(ids).toEqual(expect.arrayContaining([openCase.id, orgOnlyCase.id]));
    expect(ids).not.toContain(secretCase.id);
    expect((await lastEvent('content.case.list', 'ntk.civil.low')).recordIds.sort()).toEqual([...ids].sort());

    const orders = await civilLow.get('/api/content/orders?limit=200');
    const orderIds = orders.body.items.map((o: any) => o.id);
    expect(orderIds).toContain(openOrder.id);
    expect(JSON.stringify(orders.body)).not.toContain(secretOrder.id);
    expect(JSON.stringify(orders.body)).not.toContain(secretCase.id);
    expect((await lastEvent('content.order.list', 'ntk.civil.low')).recordIds.sort()).toEqual([...orderIds].sort());

    // Another agency: the organisation-only case is not there; the shared one is.
    const pc = (await police.get('/api/content/cases?limit=200')).body.items.map((c: any) => c.id);
    expect(pc).toContain(openCase.id);
    expect(pc).not.toContain(orgOnlyCase.id);
  });

  it('refused cases and orders answer exactly like missing ones; reads are audited with the released id', async () => {
    const missing = crypto.randomUUID();
    const same = async (c: Client, path: (id: string) => string, id: string) => {
      const refused = await c.get(path(id));
      const absent = await c.get(path(missing));
      expect(refused.status, path(id)).toBe(404);
      expect(JSON.stringify(refused.body)).toBe(JSON.stringify(absent.body));
    };
    await same(police, (id) => `/api/content/cases/${id}`, orgOnlyCase.id);
    await same(civilLow, (id) => `/api/content/cases/${id}`, secretCase.id);
    await same(civilLow, (id) => `/api/content/orders/${id}`, secretOrder.id);
    await same(civilLow, (id) => `/api/content/cases/${id}/evidence`, secretCase.id);
    expect((await civil.get(`/api/content/orders/${secretOrder.id}`)).status).toBe(200);
    expect((await lastEvent('content.order.read', 'ntk.civil')).recordIds).toEqual([secretOrder.id]);
    expect((await civil.get(`/api/content/cases/${openCase.id}`)).status).toBe(200);
    expect((await lastEvent('content.case.read', 'ntk.civil')).recordIds).toEqual([openCase.id]);
  });

  it('transparency figures count only orders the reader may read, and the audit event names them', async () => {
    const full = (await civil.get('/api/content/transparency')).body;
    const low = (await civilLow.get('/api/content/transparency')).body;
    expect(full.removalOrders.issued).toBe(2);
    expect(low.removalOrders.issued).toBe(1);
    expect(JSON.stringify(low)).not.toContain(secretOrder.id);
    expect((await lastEvent('content.transparency', 'ntk.civil.low')).recordIds).toEqual([openOrder.id]);
    expect((await lastEvent('content.transparency', 'ntk.civil')).recordIds.sort()).toEqual([openOrder.id, secretOrder.id].sort());
  });

  it("a duplicate on another agency's order the caller may not read says whom to contact, not which order", async () => {
    const url = 'https://ntk-video.example/v/duplicate';
    const theirs = (await police.post('/api/content/cases', caseBody(provider.id, url, { distribution: 'organisation' }))).body;
    const theirOrder = (await police.post(`/api/content/cases/${theirs.id}/orders`, { kind: 'removal_order', reasons: 'The video calls for attacks on a named public event.' })).body;
    expect((await police.post(`/api/content/orders/${theirOrder.id}/issue`, { acknowledgeDuplicates: true })).status).toBe(200);
    const mine = (await civil.post('/api/content/cases', caseBody(provider.id, url))).body;
    const draft = await civil.post(`/api/content/cases/${mine.id}/orders`, { kind: 'removal_order', reasons: 'The video calls for attacks on a named public event.' });
    expect(draft.status).toBe(201);
    expect(draft.body.duplicates).toEqual([expect.objectContaining({ orderId: null, status: null, issuingAuthority: 'Federal Judicial Police', reason: 'url' })]);
    for (const path of [`/api/content/orders/${draft.body.id}`, `/api/content/cases/${mine.id}`, '/api/content/orders?limit=200']) {
      const r = await civil.get(path);
      expect(r.status).toBe(200);
      expect(JSON.stringify(r.body), path).not.toContain(theirOrder.id);
      expect(JSON.stringify(r.body), path).not.toContain(theirs.id);
    }
    // Withdraw, so the transparency figures above are not disturbed.
    expect((await civil.post(`/api/content/orders/${draft.body.id}/withdraw`, { reason: 'already ordered by the police' })).status).toBe(200);
  });

  it('the scrutiny inbox holds only orders sent to the caller for scrutiny, named in its audit event', async () => {
    const r = await police.get('/api/content/scrutiny');
    expect(r.status).toBe(200);
    expect(r.body.items).toEqual([]);
    expect((await lastEvent('content.scrutiny.list', 'ntk.police')).recordIds).toEqual([]);
  });

  describe("(j) an agency cannot change another agency's provider or orders", () => {
    it("another agency's approver cannot redirect a provider (webhook URL, signing key, contact, name): 403, nothing changed", async () => {
      const before = await rowJson('content_providers', provider.id);
      for (const patch of [{ webhookUrl: 'https://attacker.example/hook' }, { rotateSecret: true }, { contact: 'attacker@example.org' }, { name: 'Taken over', country: 'NL' }]) {
        const r = await police.patch(`/api/content/providers/${provider.id}`, patch);
        expect(r.status, JSON.stringify(patch)).toBe(403);
        expect(JSON.stringify(r.body)).not.toMatch(/whsec_|BEGIN/);
      }
      // The owner organisation's reader (no approve right) cannot either.
      expect((await civilReader.patch(`/api/content/providers/${provider.id}`, { contact: 'someone@example.org' })).status).toBe(403);
      expect(await rowJson('content_providers', provider.id)).toBe(before);
      // The registering organisation's approver can.
      const own = await civil.patch(`/api/content/providers/${provider.id}`, { contact: 'abuse@ntk-video.example' });
      expect(own.status).toBe(200);
      expect(own.body.contact).toBe('abuse@ntk-video.example');
      expect(own.body.ownerOrgId).toBe(orgs['Civil Intelligence Service']);
    });

    it("another agency cannot draft, issue, withdraw, revoke or appeal orders on a case it can read: 403, nothing changed", async () => {
      const draft = (await civil.post(`/api/content/cases/${openCase.id}/orders`, { kind: 'referral', reasons: 'Glorifies a recent attack; check against your terms.' })).body;
      const watched = [draft.id, openOrder.id];
      const before = await Promise.all(watched.map((id) => rowJson('content_orders', id)));
      const ordersBefore = await countOf('content_orders', 'case_id', openCase.id);
      const deliveriesBefore = await Promise.all(watched.map((id) => countOf('content_deliveries', 'order_id', id)));
      expect((await police.get(`/api/content/cases/${openCase.id}`)).status).toBe(200);
      const attempts: Array<[string, unknown]> = [
        [`/api/content/cases/${openCase.id}/orders`, { kind: 'removal_order', reasons: 'An order in the name of another agency.' }],
        [`/api/content/orders/${draft.id}/issue`, { acknowledgeDuplicates: true }],
        [`/api/content/orders/${draft.id}/withdraw`, { reason: 'not ours to withdraw' }],
        [`/api/content/orders/${openOrder.id}/withdraw`, { reason: 'not ours to revoke' }],
        [`/api/content/orders/${openOrder.id}/appeal`, { status: 'lodged', note: 'not ours to appeal' }],
      ];
      for (const [path, body] of attempts) {
        const r = await police.post(path, body);
        expect(r.status, path).toBe(403);
      }
      expect(await Promise.all(watched.map((id) => rowJson('content_orders', id)))).toEqual(before);
      expect(await countOf('content_orders', 'case_id', openCase.id)).toBe(ordersBefore);
      expect(await Promise.all(watched.map((id) => countOf('content_deliveries', 'order_id', id)))).toEqual(deliveriesBefore);
      // The issuing authority can withdraw its own draft.
      expect((await civil.post(`/api/content/orders/${draft.id}/withdraw`, { reason: 'sent as a removal order instead' })).status).toBe(200);
    });
  });
});

describe('(k) image inputs have a pixel limit; a decompression bomb gets 413 and the server stays up', () => {
  it('answers 413 with a clear message to a tiny PNG declaring 50,000 × 50,000 pixels, and keeps serving', async () => {
    const bomb = bombPng(50_000, 50_000);
    expect(bomb.length).toBeLessThan(10_000);
    const r = await upload(civil, '/api/content/hash', bomb);
    expect(r.status, r.text).toBe(413);
    expect(r.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(r.body.error.message).toContain('50000 × 50000 pixels');
    expect(r.body.error.message).toContain('VIGIL_IMAGE_MAX_PIXELS');
    expect(r.body.error.field).toBe('body');
    // Several at once, then ordinary requests still answer.
    const many = await Promise.all(Array.from({ length: 6 }, () => upload(civil, '/api/content/hash', bomb)));
    expect(many.map((x) => x.status)).toEqual(Array(6).fill(413));
    expect((await civil.get('/api/auth/me')).status).toBe(200);
    const ok = await upload(civil, '/api/content/hash?match=false', await noise(64, 64));
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.signals.kind).toBe('image');
  });

  it('applies the VIGIL_IMAGE_MAX_PIXELS setting to bank uploads and evidence screenshots; nothing is stored', async () => {
    const bank = (await civil.post('/api/content/banks', { name: 'Pixel limit bank', sourceOrg: 'GIFCT', tlp: 'green' })).body;
    const big = await noise(1200, 1000); // 1.2 MP, over this server's 1 MP
    const r = await upload(civil, `/api/content/banks/${bank.id}/entries`, big);
    expect(r.status, r.text).toBe(413);
    expect(r.body.error.message).toContain('1,000,000');
    expect((await upload(civil, `/api/content/banks/${bank.id}/entries`, bombPng(50_000, 50_000))).status).toBe(413);
    expect(await countOf('content_bank_entries', 'bank_id', bank.id)).toBe(0);
    const within = await upload(civil, `/api/content/banks/${bank.id}/entries`, await noise(1000, 1000));
    expect(within.status, within.text).toBe(201);

    const providers = (await civil.get('/api/content/providers')).body.items;
    const c = (await civil.post('/api/content/cases', caseBody(providers[0].id, 'https://ntk-video.example/v/evidence'))).body;
    const ev = await upload(civil, `/api/content/cases/${c.id}/evidence`, bombPng(50_000, 50_000), 'PUT');
    expect(ev.status, ev.text).toBe(413);
    expect((await civil.get(`/api/content/cases/${c.id}`)).body.evidence).toBeNull();
    expect((await civil.get('/api/auth/me')).status).toBe(200);
  });
});
