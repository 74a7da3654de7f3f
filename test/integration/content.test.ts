/**
 * Online content over HTTP: hash banks (CRUD, CSV import/export, uploads), signals and matching,
 * bad input, and the TCO workflow (case → order → duplicate check → signed webhook with retry →
 * provider portal → closed case; overdue escalation; cross-border scrutiny; transparency report).
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBody } from '../../src/server/modules/content/webhook.ts';
import { markings } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { organisationIds, untilJob, upload, userClient as makeUser, webhookReceiver } from './content-fixtures.ts';
import { REFERENCE as SHARED_DATA } from '../helpers/reference-data.ts';

const PDQ_DIR = SHARED_DATA + 'pdq/data';
const img = (f: string) => readFileSync(`${PDQ_DIR}/${f}`);

let s: TestServer;
let civil: Client; // Civil Intelligence Service (BE): content read/write/approve
let police: Client; // Federal Judicial Police (BE): content read/write/approve
let partner: Client; // Partner Service Lowlands (NL): the host member state's authority
let reader: Client; // civil, content read only
let intel: Client; // analyst.intel: no content role
const orgs: Record<string, string> = {};

let hook: Awaited<ReturnType<typeof webhookReceiver>>;

const rt = () => s.app.contentRuntime!;
const until = (done: () => Promise<boolean>, tries?: number) => untilJob(s, done, tries);
const userClient = (username: string, org: string, roles: Record<string, string[]>) => makeUser(s, username, orgs[org], roles);

beforeAll(async () => {
  s = await startTestServer({ env: { VIGIL_OUTBOUND_ALLOW: '127.0.0.1' } }); // local webhook receiver
  rt().worker.options.retryDelaysMs = [100, 100, 100];
  Object.assign(orgs, await organisationIds(s));
  const all = { content: ['read', 'write', 'approve'] };
  civil = await userClient('content.civil', 'Civil Intelligence Service', all);
  police = await userClient('content.police', 'Federal Judicial Police', all);
  partner = await userClient('content.partner', 'Partner Service Lowlands', all);
  reader = await userClient('content.reader', 'Civil Intelligence Service', { content: ['read'] });
  intel = await s.client('analyst.intel');
  hook = await webhookReceiver();
});
afterAll(async () => {
  await hook?.close();
  await s?.close();
});

describe('hash banks', () => {
  it('creates, lists, changes and deletes banks; only the owner organisation changes them', async () => {
    const b = await civil.post('/api/content/banks', { name: 'ISIL propaganda', sourceOrg: 'GIFCT', tlp: 'amber' });
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    expect(b.body).toMatchObject({ threshold: 31, enabled: true, entries: 0, canEdit: true });
    expect((await civil.post('/api/content/banks', { name: 'ISIL propaganda', sourceOrg: 'GIFCT', tlp: 'amber' })).status).toBe(409);
    expect((await police.get('/api/content/banks')).body.items.map((x: any) => x.name)).toContain('ISIL propaganda');
    const patched = await civil.patch(`/api/content/banks/${b.body.id}`, { threshold: 20, enabled: false, description: 'Official releases' });
    expect(patched.body).toMatchObject({ threshold: 20, enabled: false });
    expect((await police.patch(`/api/content/banks/${b.body.id}`, { threshold: 64 })).status).toBe(403);
    expect((await reader.post('/api/content/banks', { name: 'Reader bank', sourceOrg: 'Xyz', tlp: 'green' })).status).toBe(403);
    expect((await intel.get('/api/content/banks')).status).toBe(403);
    const red = await civil.post('/api/content/banks', { name: 'Red bank', sourceOrg: 'Partner', tlp: 'red' });
    expect((await police.get(`/api/content/banks/${red.body.id}`)).status).toBe(404);
    expect((await police.get('/api/content/banks')).body.items.map((x: any) => x.name)).not.toContain('Red bank');
    expect((await civil.del(`/api/content/banks/${red.body.id}`)).status).toBe(200);
    expect((await civil.get(`/api/content/banks/${red.body.id}`)).status).toBe(404);
  });

  it('imports CSV all or nothing, reporting malformed lines by number; exports CSV', async () => {
    const b = (await civil.post('/api/content/banks', { name: 'CSV bank', sourceOrg: 'Europol IRU', tlp: 'green' })).body;
    const good = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
    const bad = `hash,label,source\n${good},bridge,test\nnot-a-hash,x,y\n${good.slice(0, 60)},short,y\n`;
    const r = await upload(civil, `/api/content/banks/${b.id}/import`, bad, 'text/csv');
    expect(r.status).toBe(400);
    expect(r.body.error.lines.map((l: any) => l.line)).toEqual([3, 4]);
    expect(r.body.error.message).toMatch(/line 3/);
    expect((await civil.get(`/api/content/banks/${b.id}`)).body.entries).toBe(0);
    const low = '1f811b9d267fbc6693c0c7f30e041f9df49b836303e10f067fcdfc12c02d01f9';
    const ok = await upload(civil, `/api/content/banks/${b.id}/import`, `hash,label,source,quality\n${good},"bridge, original",GIFCT,\n${low},pen,Europol,30\n`, 'text/csv');
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toEqual({ imported: 2, lowQuality: 1 });
    const bank = (await civil.get(`/api/content/banks/${b.id}`)).body;
    expect(bank).toMatchObject({ entries: 2, lowQualityEntries: 1 });
    const flagged = (await civil.get(`/api/content/banks/${b.id}/entries?lowQuality=true`)).body.items;
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({ pdq: low, quality: 30, lowQuality: true });
    // Low quality: kept, never matched.
    expect((await civil.post('/api/content/lookup', { pdq: low })).body.matches).toEqual([]);
    expect((await civil.post('/api/content/lookup', { pdq: good })).body.matches[0]).toMatchObject({ bankName: 'CSV bank', label: 'bridge, original', source: 'GIFCT', distance: 0 });
    const exp = await civil.get(`/api/content/banks/${b.id}/export`);
    expect(exp.headers.get('content-type')).toMatch(/text\/csv/);
    expect(exp.body).toBe(`hash,quality,label,source\r\n${good},100,"bridge, original",GIFCT\r\n${low},30,pen,Europol\r\n`);
    // The export imports again as it is.
    const copy = (await civil.post('/api/content/banks', { name: 'CSV copy', sourceOrg: 'Europol IRU', tlp: 'green' })).body;
    expect((await upload(civil, `/api/content/banks/${copy.id}/import`, exp.body, 'text/csv')).body).toEqual({ imported: 2, lowQuality: 1 });
    expect((await upload(police, `/api/content/banks/${b.id}/import`, `hash\n${good}\n`, 'text/csv')).status).toBe(403);
    await civil.del(`/api/content/banks/${copy.id}`);
    await civil.del(`/api/content/banks/${b.id}`);
  });
});

describe('signals and matching', () => {
  let bankId: string;
  let entryId: string;

  it('adds an upload to a bank and matches variants within the bank threshold', async () => {
    bankId = (await civil.post('/api/content/banks', { name: 'Bridge bank', sourceOrg: 'Test unit', tlp: 'amber' })).body.id;
    const e = await upload(civil, `/api/content/banks/${bankId}/entries?label=bridge&source=upload`, img('bridge-mods/aaa-orig.jpg'));
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    expect(e.body.entry).toMatchObject({ pdq: 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22', quality: 100, lowQuality: false, label: 'bridge' });
    entryId = e.body.entry.id;
    const blur = await upload(police, '/api/content/hash', img('bridge-mods/blur-a-lot.jpg'));
    expect(blur.status).toBe(200);
    expect(blur.body.signals).toMatchObject({ kind: 'image', quality: 100, lowQuality: false, width: 1600, height: 1004 });
    expect(blur.body.signals.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(blur.body.matches).toEqual([expect.objectContaining({ bankId, entryId, signalType: 'pdq', distance: 4, threshold: 31, label: 'bridge' })]);
    expect((await upload(police, '/api/content/hash', img('bridge-mods/square-128x128.jpg'))).body.matches[0].distance).toBe(10);
    expect((await upload(police, '/api/content/hash', img('reg-test-input/pen-and-coaster.png'))).body.matches).toEqual([]);
    // Per-bank threshold, then the enable switch.
    await civil.patch(`/api/content/banks/${bankId}`, { threshold: 5 });
    expect((await upload(police, '/api/content/hash', img('bridge-mods/square-128x128.jpg'))).body.matches).toEqual([]);
    expect((await upload(police, '/api/content/hash', img('bridge-mods/blur-a-lot.jpg'))).body.matches).toHaveLength(1);
    await civil.patch(`/api/content/banks/${bankId}`, { enabled: false });
    expect((await upload(police, '/api/content/hash', img('bridge-mods/blur-a-lot.jpg'))).body.matches).toEqual([]);
    await civil.patch(`/api/content/banks/${bankId}`, { enabled: true, threshold: 31 });
    // Exact digests and HMA-style lookups.
    const sha = e.body.entry.sha256;
    expect((await police.post('/api/content/lookup', { sha256: sha })).body.matches[0]).toMatchObject({ entryId, signalType: 'sha256', distance: 0 });
    expect((await police.post('/api/content/lookup', { pdq: blur.body.signals.pdq, maxDistance: 3 })).body.matches).toEqual([]);
    expect((await police.post('/api/content/lookup', { pdq: 'xyz' })).status).toBe(400);
    expect((await police.post('/api/content/lookup', {})).status).toBe(400);
    expect((await upload(intel, '/api/content/hash', img('bridge-mods/blur-a-lot.jpg'))).status).toBe(403);
  });

  it('answers bad files with a clear 400 and keeps serving', async () => {
    const text = await upload(civil, '/api/content/hash', 'this is not an image at all');
    expect(text.status).toBe(400);
    expect(text.body.error.message).toMatch(/not an image/);
    const truncated = await upload(civil, '/api/content/hash', img('bridge-mods/aaa-orig.jpg').subarray(0, 150_000));
    expect(truncated.status).toBe(400);
    expect(truncated.body.error.message).toMatch(/truncated/);
    const tiny = await sharp({ create: { width: 4, height: 4, channels: 3, background: { r: 200, g: 10, b: 10 } } }).png().toBuffer();
    const t = await upload(civil, '/api/content/hash', tiny);
    expect(t.status).toBe(400);
    expect(t.body.error.message).toMatch(/4×4 pixels.*quality 0/);
    expect((await upload(civil, `/api/content/banks/${bankId}/entries`, tiny)).status).toBe(400);
    expect((await upload(civil, '/api/content/hash', Buffer.alloc(0))).status).toBe(400);
    expect((await civil.req('POST', '/api/content/hash', { not: 'binary' })).status).toBe(400);
    // A readable image of quality < 50: hashed, flagged, kept in a bank but never matched.
    const low = await upload(civil, '/api/content/hash', img('misc-images/small.jpg'));
    expect(low.status).toBe(200);
    expect(low.body.signals).toMatchObject({ quality: 0, lowQuality: true });
    expect(low.body.warning).toMatch(/below 50/);
    const kept = await upload(civil, `/api/content/banks/${bankId}/entries?label=low`, img('misc-images/small.jpg'));
    expect(kept.status).toBe(201);
    expect(kept.body.entry.lowQuality).toBe(true);
    expect((await civil.post('/api/content/lookup', { pdq: kept.body.entry.pdq })).body.matches).toEqual([]);
    expect((await civil.get(`/api/content/banks/${bankId}/entries?lowQuality=true`)).body.items.map((x: any) => x.id)).toEqual([kept.body.entry.id]);
    expect((await civil.del(`/api/content/banks/${bankId}/entries/${kept.body.entry.id}`)).status).toBe(200);
    // Concurrent uploads queue for the hasher; each gets its own answer.
    const many = await Promise.all([img('bridge-mods/blur-a-lot.jpg'), Buffer.from('junk'), tiny, img('bridge-mods/shrink-a-lot.jpg'), img('bridge-mods/aaa-orig.jpg').subarray(0, 9000)].map((b) => upload(police, '/api/content/hash', b)));
    expect(many.map((r) => r.status)).toEqual([200, 400, 400, 200, 400]);
    expect((await civil.get('/api/health')).status).toBe(200);
  });

  it('rebuilds the index from the database (as at start) with the same answers', async () => {
    const before = (await police.post('/api/content/lookup', { pdq: 'f8f8f0cee0f4a84f0637022a038f67f0b36e26d596621e1d33e6b39c4e9c9b22' })).body.matches;
    await rt().matcher.load();
    expect((await police.post('/api/content/lookup', { pdq: 'f8f8f0cee0f4a84f0637022a038f67f0b36e26d596621e1d33e6b39c4e9c9b22' })).body.matches).toEqual(before);
    // Another process changing banks moves the generation on: this one notices and rebuilds.
    await s.platform.db.updateTable('content_index_state' as never).set({ generation: 999 } as never).execute();
    expect(await rt().matcher.refreshIfStale()).toBe(true);
    expect(await rt().matcher.refreshIfStale()).toBe(false);
  });
});

describe('referrals and removal orders (TCO)', () => {
  let provider: any; // BE provider, HMAC
  let nlProvider: any; // NL provider, Ed25519: cross-border
  const bridge = { pdq: 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22', quality: 100 };
  const caseBody = (over: Record<string, unknown> = {}) => ({
    url: 'https://video.example/watch?v=abc123',
    providerId: provider.id,
    offence: 'incitement',
    assessment: 'The video glorifies a recent attack and calls on viewers to repeat it.',
    signals: [bridge],
    markings: markings({ distribution: 'organisation' }),
    ...over,
  });
  const deliveredFor = (orderId: string, event: string) => hook.received.filter((r) => r.body.order?.id === orderId && r.body.event === event);

  it('registers providers; the HMAC secret is shown once', async () => {
    const r = await civil.post('/api/content/providers', { name: 'VideoHost BE', country: 'BE', webhookUrl: hook.url, signing: 'hmac-sha256', contact: 'legal@videohost.example' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.secret).toMatch(/^whsec_/);
    provider = r.body;
    const ed = await civil.post('/api/content/providers', { name: 'ClipShare NL', country: 'NL', webhookUrl: hook.url, signing: 'ed25519' });
    expect(ed.body.publicKey).toMatch(/BEGIN PUBLIC KEY/);
    expect(ed.body.secret).toBeUndefined();
    nlProvider = ed.body;
    const list = (await reader.get('/api/content/providers')).body.items;
    expect(list.every((x: any) => x.secret === undefined)).toBe(true);
    expect((await civil.post('/api/content/providers', { name: 'Plain', country: 'BE', webhookUrl: 'http://evil.example/hook' })).status).toBe(400);
    expect((await reader.post('/api/content/providers', { name: 'Nope', country: 'BE', webhookUrl: 'https://x.example/' })).status).toBe(403);
  });

  it('runs a removal order end to end: duplicate flagged, signed webhook retried, removal confirmed in the portal, case closed', async () => {
    // Another authority (police) already ordered this content.
    const first = (await police.post('/api/content/cases', caseBody())).body;
    const pDraft = (await police.post(`/api/content/cases/${first.id}/orders`, { kind: 'removal_order', reasons: 'Glorification of a terrorist attack; art. 2(7)(a).' })).body;
    expect(pDraft).toMatchObject({ status: 'draft', state: 'draft', duplicates: [] });
    const pIssued = await police.post(`/api/content/orders/${pDraft.id}/issue`, {});
    expect(pIssued.status, JSON.stringify(pIssued.body)).toBe(200);
    await until(async () => deliveredFor(pDraft.id, 'removal_order.issued').length > 0);

    // Civil opens a case on the same content (URL written differently).
    const c = await civil.post('/api/content/cases', caseBody({ url: 'https://www.VIDEO.example/watch?v=abc123#t=30', signals: [{ pdq: 'f8f8f0cee0f4a84f0637022a038f67f0b36e26d596621e1d33e6b39c4e9c9b22', quality: 100 }] }));
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    expect(c.body).toMatchObject({ status: 'open', offence: 'incitement', orders: [] });
    expect((await police.get(`/api/content/cases/${c.body.id}`)).status).toBe(404);
    const shot = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 20, g: 20, b: 20 } } }).png().toBuffer();
    const ev = await fetch(`${civil.base}/api/content/cases/${c.body.id}/evidence`, { method: 'PUT', headers: { 'content-type': 'image/png', cookie: civil.cookie, 'x-csrf-token': civil.csrf }, body: new Uint8Array(shot) });
    expect(ev.status).toBe(200);
    const evGet = await fetch(`${civil.base}/api/content/cases/${c.body.id}/evidence`, { headers: { cookie: civil.cookie } });
    expect(evGet.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await evGet.arrayBuffer()).equals(shot)).toBe(true);

    const draft = (await civil.post(`/api/content/cases/${c.body.id}/orders`, { kind: 'removal_order', reasons: 'Glorification of a terrorist attack, calls to repeat it.' })).body;
    // The police case is organisation-only: civil learns that the police ordered it (whom to contact), not which order (issue #11).
    expect(draft.duplicates.map((d: any) => [d.orderId, d.reason])).toEqual(expect.arrayContaining([[null, 'url']]));
    expect(JSON.stringify(draft.duplicates)).not.toContain(pDraft.id);
    expect(draft.duplicates[0].issuingAuthority).toBe('Federal Judicial Police');
    expect((await reader.post(`/api/content/orders/${draft.id}/issue`, {})).status).toBe(403);
    const refused = await civil.post(`/api/content/orders/${draft.id}/issue`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/Federal Judicial Police/);
    expect(deliveredFor(draft.id, 'removal_order.issued')).toHaveLength(0);

    hook.failNext = 1; // the provider's endpoint fails once
    const issued = await civil.post(`/api/content/orders/${draft.id}/issue`, { acknowledgeDuplicates: true });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    expect(issued.body).toMatchObject({ status: 'issued', state: 'pending', duplicatesAcknowledged: true, scrutiny: null });
    expect(issued.body.countdown.secondsLeft).toBeGreaterThan(3590);
    expect(new Date(issued.body.countdown.dueAt).getTime() - new Date(issued.body.issuedAt).getTime()).toBe(3_600_000);
    await until(async () => (await civil.get(`/api/content/orders/${draft.id}`)).body.deliveries[0]?.status === 'delivered');
    const o = (await civil.get(`/api/content/orders/${draft.id}`)).body;
    expect(o.deliveries[0].log.map((a: any) => a.statusCode)).toEqual([500, 204]);
    const hooks = deliveredFor(draft.id, 'removal_order.issued');
    expect(hooks).toHaveLength(2);
    for (const h of hooks) {
      expect(verifyBody('hmac-sha256', provider.secret, String(h.headers['x-vigil-timestamp']), h.raw, String(h.headers['x-vigil-signature']))).toBe(true);
      expect(verifyBody('hmac-sha256', 'whsec_wrong', String(h.headers['x-vigil-timestamp']), h.raw, String(h.headers['x-vigil-signature']))).toBe(false);
    }
    const last = hooks[1]!.body;
    expect(last.order).toMatchObject({ url: 'https://www.VIDEO.example/watch?v=abc123#t=30', offence: 'incitement', kind: 'removal_order' });
    expect(last.order.reasons).toMatch(/Glorification/);
    expect(JSON.stringify(last)).not.toMatch(/viewers to repeat/); // the internal assessment stays home
    expect(last.portal.url).toContain(`/portal/orders/${draft.id}#token=`);

    // The provider's portal: a wrong token is a 404; the right one opens the order.
    const anon = await s.client();
    expect((await anon.get(`/api/portal/orders/${draft.id}?token=wrong`)).status).toBe(404);
    const view = await anon.req('GET', `/api/portal/orders/${draft.id}`, undefined, { 'x-portal-token': hooks[0]!.body.portal.token });
    expect(view.status, JSON.stringify(view.body)).toBe(200);
    expect(view.body).toMatchObject({ kind: 'removal_order', state: 'pending', issuingAuthority: 'Civil Intelligence Service', canAnswer: true });
    expect(view.body.secondsLeft).toBeGreaterThan(3500);
    // The provider's read is on the record naming the order and its case ("who read case X" finds it).
    const portalRead = await s.platform.db.selectFrom('audit_log').select(['actor_name', 'details']).where('action', '=', 'content.portal.read').where('record_id', '=', draft.id).executeTakeFirstOrThrow();
    expect(portalRead.actor_name).toMatch(/^provider:/);
    const readDetails = (typeof portalRead.details === 'string' ? JSON.parse(portalRead.details) : portalRead.details) as { recordIds: string[] };
    expect(readDetails.recordIds.sort()).toEqual([draft.id, c.body.id].sort());
    expect((await anon.req('POST', `/api/portal/orders/${draft.id}?token=${last.portal.token}`, { action: 'declined' })).status).toBe(400);
    const done = await anon.req('POST', `/api/portal/orders/${draft.id}`, { action: 'removed', note: 'Removed in all EU member states.' }, { 'x-portal-token': last.portal.token });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ state: 'removed', canAnswer: false });
    expect((await anon.req('POST', `/api/portal/orders/${draft.id}`, { action: 'removed' }, { 'x-portal-token': last.portal.token })).status).toBe(409);

    const closed = (await civil.get(`/api/content/cases/${c.body.id}`)).body;
    expect(closed.status).toBe('closed');
    expect(closed.timeToRemovalSeconds).toBeGreaterThanOrEqual(0);
    expect(closed.timeToRemovalSeconds).toBeLessThan(120);
    expect(closed.orders[0]).toMatchObject({ state: 'removed', outcome: { action: 'removed' } });
    expect((await civil.get('/api/notifications')).body.items.some((n: any) => n.kind === 'content.order_answered' && n.recordId === c.body.id)).toBe(true);
  });

  it('escalates an overdue removal order to the case owner organisation', async () => {
    const c = (await civil.post('/api/content/cases', caseBody({ url: 'https://video.example/watch?v=late', signals: [] }))).body;
    const d = (await civil.post(`/api/content/cases/${c.id}/orders`, { kind: 'removal_order', reasons: 'Instructions for making explosives; art. 2(7)(d).' })).body;
    await civil.post(`/api/content/orders/${d.id}/issue`, {});
    await until(async () => deliveredFor(d.id, 'removal_order.issued').length > 0);
    await s.platform.db.updateTable('content_orders' as never).set({ due_at: new Date(Date.now() - 60_000) } as never).where('id' as never, '=', d.id as never).execute();
    const tick = await rt().worker.tick();
    expect(tick.escalated).toBe(1);
    expect((await rt().worker.tick()).escalated).toBe(0); // once only
    const o = (await civil.get(`/api/content/orders/${d.id}`)).body;
    expect(o.state).toBe('overdue');
    expect(o.countdown.overdue).toBe(true);
    expect(o.countdown.secondsLeft).toBeLessThan(0);
    expect(o.countdown.escalatedAt).toBeTruthy();
    expect((await civil.get('/api/content/orders?state=overdue')).body.items.map((x: any) => x.id)).toContain(d.id);
    const n = (await reader.get('/api/notifications')).body.items;
    expect(n.some((x: any) => x.kind === 'content.order_overdue' && x.recordId === c.id)).toBe(true);
    expect((await police.get('/api/notifications')).body.items.some((x: any) => x.kind === 'content.order_overdue' && x.recordId === c.id)).toBe(false);
  });

  it('sends cross-border orders to the host member state for scrutiny within 72 hours', async () => {
    const c = (await civil.post('/api/content/cases', caseBody({ url: 'https://clips.example/v/77', providerId: nlProvider.id, offence: 'participation', signals: [] }))).body;
    const d = (await civil.post(`/api/content/cases/${c.id}/orders`, { kind: 'removal_order', reasons: 'Recruitment video for a terrorist group; art. 2(7)(c).' })).body;
    const o = (await civil.post(`/api/content/orders/${d.id}/issue`, {})).body;
    expect(o.scrutiny).toMatchObject({ authority: { name: 'Partner Service Lowlands' }, state: 'pending' });
    expect(new Date(o.scrutiny.dueAt).getTime() - new Date(o.issuedAt).getTime()).toBe(72 * 3_600_000);
    await until(async () => deliveredFor(d.id, 'removal_order.issued').length > 0);
    const h = deliveredFor(d.id, 'removal_order.issued')[0]!;
    expect(verifyBody('ed25519', nlProvider.publicKey, String(h.headers['x-vigil-timestamp']), h.raw, String(h.headers['x-vigil-signature']))).toBe(true);
    expect(h.body.order.crossBorder).toBe(true);
    const inbox = (await partner.get('/api/content/scrutiny')).body.items;
    expect(inbox.map((x: any) => x.id)).toContain(d.id);
    expect(inbox[0].url).toBe('https://clips.example/v/77');
    expect((await partner.get('/api/notifications')).body.items.some((x: any) => x.kind === 'content.scrutiny_requested' && x.recordId === d.id)).toBe(true);
    expect((await partner.get(`/api/content/orders/${d.id}`)).status).toBe(404); // the copy, not the case file
    expect((await police.post(`/api/content/orders/${d.id}/scrutiny`, { decision: 'infringement', reasoning: 'Not our member state.' })).status).toBe(404);
    const dec = await partner.post(`/api/content/orders/${d.id}/scrutiny`, { decision: 'no_infringement', reasoning: 'The order is well founded.' });
    expect(dec.status, JSON.stringify(dec.body)).toBe(200);
    expect((await civil.get(`/api/content/orders/${d.id}`)).body.scrutiny).toMatchObject({ state: 'decided', decision: 'no_infringement' });

    // A second order: the period ends without a decision.
    const c2 = (await civil.post('/api/content/cases', caseBody({ url: 'https://clips.example/v/78', providerId: nlProvider.id, signals: [] }))).body;
    const d2 = (await civil.post(`/api/content/cases/${c2.id}/orders`, { kind: 'removal_order', reasons: 'Threat to commit a terrorist offence; art. 2(7)(e).' })).body;
    await civil.post(`/api/content/orders/${d2.id}/issue`, {});
    await s.platform.db.updateTable('content_orders' as never).set({ scrutiny_due_at: new Date(Date.now() - 1000) } as never).where('id' as never, '=', d2.id as never).execute();
    expect((await civil.get(`/api/content/orders/${d2.id}`)).body.scrutiny.state).toBe('expired');
    expect((await partner.post(`/api/content/orders/${d2.id}/scrutiny`, { decision: 'infringement', reasoning: 'Too late to decide this.' })).status).toBe(409);

    // A third: infringement found, the order is revoked and the provider told.
    const c3 = (await civil.post('/api/content/cases', caseBody({ url: 'https://clips.example/v/79', providerId: nlProvider.id, signals: [] }))).body;
    const d3 = (await civil.post(`/api/content/cases/${c3.id}/orders`, { kind: 'removal_order', reasons: 'Solicitation to commit terrorist offences.' })).body;
    await civil.post(`/api/content/orders/${d3.id}/issue`, {});
    const inf = await partner.post(`/api/content/orders/${d3.id}/scrutiny`, { decision: 'infringement', reasoning: 'Journalistic reporting, protected expression.' });
    expect(inf.body).toMatchObject({ decision: 'infringement', status: 'revoked' });
    await until(async () => deliveredFor(d3.id, 'removal_order.revoked').length > 0);
  });

  it('handles a contested order and its appeal; referrals can be declined', async () => {
    const c = (await civil.post('/api/content/cases', caseBody({ url: 'https://video.example/watch?v=contest', signals: [] }))).body;
    const d = (await civil.post(`/api/content/cases/${c.id}/orders`, { kind: 'removal_order', reasons: 'Incitement to terrorist offences in the description.' })).body;
    await civil.post(`/api/content/orders/${d.id}/issue`, {});
    await until(async () => deliveredFor(d.id, 'removal_order.issued').length > 0);
    const token = deliveredFor(d.id, 'removal_order.issued')[0]!.body.portal.token;
    const anon = await s.client();
    expect((await anon.req('POST', `/api/portal/orders/${d.id}?token=${token}`, { action: 'contested', note: 'short' })).status).toBe(400);
    const con = await anon.req('POST', `/api/portal/orders/${d.id}?token=${token}`, { action: 'contested', note: 'This is a news report about the attack, not incitement.' });
    expect(con.body.state).toBe('contested');
    expect((await civil.get(`/api/content/orders/${d.id}`)).body.appeal).toMatchObject({ status: 'lodged' });
    const up = await civil.post(`/api/content/orders/${d.id}/appeal`, { status: 'upheld', note: 'Reviewed: the description incites.' });
    expect(up.body).toMatchObject({ state: 'pending', appeal: { status: 'upheld' } });
    expect((await civil.post(`/api/content/orders/${d.id}/appeal`, { status: 'overturned', note: 'Second thoughts.' })).status).toBe(409);

    const rc = (await civil.post('/api/content/cases', caseBody({ url: 'https://video.example/watch?v=ref', signals: [] }))).body;
    const ref = (await civil.post(`/api/content/cases/${rc.id}/orders`, { kind: 'referral', reasons: 'Propaganda against your terms of service.' })).body;
    const refIssued = (await reader.post(`/api/content/orders/${ref.id}/issue`, {}));
    expect(refIssued.status).toBe(403);
    expect((await civil.post(`/api/content/orders/${ref.id}/issue`, {})).body).toMatchObject({ kind: 'referral', countdown: null, state: 'pending' });
    await until(async () => deliveredFor(ref.id, 'referral.issued').length > 0);
    const rtok = deliveredFor(ref.id, 'referral.issued')[0]!.body.portal.token;
    expect((await anon.req('POST', `/api/portal/orders/${ref.id}?token=${rtok}`, { action: 'contested', note: 'We do not agree at all.' })).status).toBe(400);
    expect((await anon.req('POST', `/api/portal/orders/${ref.id}?token=${rtok}`, { action: 'declined', note: 'Within our terms.' })).body.state).toBe('declined');
    const wd = (await civil.post(`/api/content/cases/${rc.id}/orders`, { kind: 'referral', reasons: 'A second referral that we withdraw.' }));
    expect(wd.status).toBe(409); // the case closed with the declined referral
  });

  it('reports the year in JSON and CSV', async () => {
    const r = await civil.get('/api/content/transparency');
    expect(r.status).toBe(200);
    expect(r.body.authority.name).toBe('Civil Intelligence Service');
    expect(r.body.removalOrders).toMatchObject({ issued: 6, removed: 1, overdue: 1, escalated: 1, revoked: 1, crossBorder: 3, flaggedDuplicates: 1 });
    expect(r.body.removalOrders.byOffence).toEqual({ incitement: 5, participation: 1 });
    // Each issued order in exactly one outcome (issue #17: a pending order was also counted as not removed).
    const ro = r.body.removalOrders;
    expect(ro).toMatchObject({ pending: 3, contested: 0, notRemoved: 0 });
    expect(ro.removed + ro.pending + ro.overdue + ro.contested + ro.revoked + ro.notRemoved).toBe(ro.issued);
    expect(r.body.timeToRemoval).toMatchObject({ removals: 1, withinOneHour: 1, withinOneHourShare: 1 });
    expect(r.body.referrals).toMatchObject({ issued: 1, declined: 1 });
    expect(r.body.scrutiny).toMatchObject({ ordersSentForScrutiny: 3, infringementFound: 1, noInfringement: 1, periodEndedWithoutDecision: 1 });
    expect(r.body.appeals).toMatchObject({ lodged: 1, upheld: 1, overturned: 0, pending: 0 });
    expect((await partner.get('/api/content/transparency')).body.scrutiny).toMatchObject({ receivedAsHostAuthority: 3, decidedAsHostAuthority: 2, infringementFoundAsHostAuthority: 1 });
    const csv = await civil.get(`/api/content/transparency?format=csv&year=${new Date().getUTCFullYear()}`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.body).toMatch(/^section,metric,value\r\n/);
    expect(csv.body).toContain('removalOrders,issued,6\r\n');
    expect(csv.body).toContain('timeToRemoval,withinOneHour,1\r\n');
    expect((await civil.get('/api/content/transparency?year=2023')).body.removalOrders.issued).toBe(0);
    expect((await intel.get('/api/content/transparency')).status).toBe(403);
  });

  it('audits reads and changes', async () => {
    const rows = await s.platform.db.selectFrom('audit_log').select(['action']).where('action', 'like', 'content.%').execute();
    const actions = new Set(rows.map((r) => r.action));
    for (const a of ['content.bank.create', 'content.bank.import', 'content.hash', 'content.lookup', 'content.case.create', 'content.case.read', 'content.order.issue', 'content.order.delivered', 'content.portal.read', 'content.portal.removed', 'content.order.escalate', 'content.order.scrutiny', 'content.transparency']) {
      expect(actions, a).toContain(a);
    }
  });
});
