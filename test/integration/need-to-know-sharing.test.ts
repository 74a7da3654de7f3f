/**
 * Need-to-know in sharing (issue #11): every read of the sharing copy passes the door and names what it
 * released (oversight sees that a partner's TAXII pull released subject S); imports never take over a
 * local record; correlation tells only what the policy allows; deleting or narrowing a record revokes
 * it for partners with only a tombstone left; no id of a hidden record leaves in any output.
 */
import { createServer, type Server } from 'node:http';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markings, subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

const TAXII = 'application/taxii+json;version=2.1';
const ALL = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const ROOT = '/taxii2/vigil/collections';
let s: TestServer;
let intel: Client;
let police: Client;
let importer: Client; // police, with write permission on sharing
let partner: Client; // a foreign partner's token
let partnerOrg: string;
let policeOrg: string;
let fake: Server;

const taxii = (c: Client, path: string) => c.req('GET', path, undefined, { accept: TAXII });

async function tokenClient(signed: Client): Promise<Client> {
  const t = await signed.post('/api/tokens', { name: 'taxii' });
  const c = await s.client();
  c.bearer = t.body.token;
  return c;
}

/** Every object of a collection, page by page. */
async function crawl(c: Client, collection: string, query = ''): Promise<any[]> {
  const out: any[] = [];
  let next: string | undefined;
  do {
    const r = await taxii(c, `${ROOT}/${collection}/objects/?limit=200${query}${next ? `&next=${next}` : ''}`);
    expect(r.status).toBe(200);
    out.push(...(r.body.objects ?? []));
    next = r.body.more ? r.body.next : undefined;
  } while (next);
  return out;
}

/** Audit entries of an action by an actor that name `id` among their record ids. */
async function audited(action: string, actor: string, id: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log
    WHERE action = ${action} AND actor_name = ${actor} AND ${id} = ANY(record_ids)`.execute(s.platform.db);
  return rows[0]!.n;
}

beforeAll(async () => {
  s = await startTestServer({ env: { VIGIL_SHARING_INDEX_MS: '200', VIGIL_SHARING_PULL_MS: '200', VIGIL_SHARING_TIMEOUT_MS: '1500', VIGIL_OUTBOUND_ALLOW: '127.0.0.1' } }); // local fake partner
  intel = await s.client('analyst.intel');
  police = await s.client('analyst.police');
  const admin = await s.client('admin');
  const orgs = (await admin.get('/api/organisations')).body as Array<{ id: string; kind: string }>;
  partnerOrg = orgs.find((o) => o.kind === 'foreign-partner')!.id;
  policeOrg = (await police.get('/api/auth/me')).body.organisation.id;
  const u = await admin.post('/api/users', { username: 'partner.x', displayName: 'Partner X', orgId: partnerOrg, clearance: 'secret', roles: { sharing: ['read'] }, password: 'partner-password-long' });
  expect(u.status, JSON.stringify(u.body)).toBe(201);
  const signed = await s.client();
  await signed.login('partner.x', 'partner-password-long');
  partner = await tokenClient(signed);
  const imp = await admin.post('/api/users', { username: 'import.police', displayName: 'Import desk', orgId: policeOrg, clearance: 'secret', roles: { intel: ['read'], sharing: ['read', 'write'] }, password: 'long-enough-password-2' });
  expect(imp.status).toBe(201);
  importer = await s.client();
  await importer.login('import.police', 'long-enough-password-2');
}, 120_000);

afterAll(async () => {
  fake?.closeAllConnections();
  fake?.close();
  await s?.close();
});

const forPartner = (over: Record<string, unknown> = {}) => ({ distribution: 'organisations', sharedWith: [partnerOrg], ...over });

describe('the door of the sharing copy', () => {
  it("names the local record (and the STIX id) a partner's TAXII pull released, once per request", async () => {
    const id = (await intel.post('/api/subjects', subjectBody({ names: ['Door Pulled-Person'] }, forPartner()))).body.id;
    const before = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE actor_name = 'partner.x'`.execute(s.platform.db)).rows[0]!.n;
    const r = await taxii(partner, `${ROOT}/${partnerOrg}/objects/?limit=50`);
    expect(r.body.objects.map((o: any) => o.id)).toContain(`identity--${id}`);
    const after = (await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE actor_name = 'partner.x'`.execute(s.platform.db)).rows[0]!.n;
    expect(after - before).toBe(1);
    expect(await audited('taxii.objects', 'partner.x', id)).toBe(1);
    expect(await audited('taxii.objects', 'partner.x', `identity--${id}`)).toBe(1);
    await taxii(partner, `${ROOT}/${partnerOrg}/manifest/`);
    expect(await audited('taxii.manifest', 'partner.x', id)).toBe(1);
    await taxii(partner, `${ROOT}/${partnerOrg}/objects/identity--${id}/versions/`);
    expect(await audited('taxii.versions', 'partner.x', id)).toBe(1);
    await taxii(partner, `${ROOT}/${partnerOrg}/objects/identity--${id}/`);
    expect(await audited('taxii.objects', 'partner.x', id)).toBe(2);
  });

  it('names the records released by STIX and MISP exports, lists and reads, and none it refused', async () => {
    const shown = (await intel.post('/api/subjects', subjectBody({ names: ['Door Export-Person'] }))).body.id;
    const hidden = (await intel.post('/api/subjects', subjectBody({ names: ['Door Hidden-Person'] }, { distribution: 'organisation' }))).body.id;
    await police.post('/api/sharing/stix/export', { ids: [shown, hidden] });
    await police.post('/api/sharing/misp/export', { ids: [shown, hidden] });
    expect(await audited('sharing.export', 'analyst.police', shown)).toBe(2);
    expect(await audited('sharing.export', 'analyst.police', hidden)).toBe(0);
    expect((await police.get(`/api/sharing/objects/${hidden}`)).status).toBe(404);
    await police.get(`/api/sharing/objects/${shown}`);
    expect(await audited('sharing.read', 'analyst.police', shown)).toBe(1);
    expect(await audited('sharing.read', 'analyst.police', hidden)).toBe(0);
    const list = await police.get('/api/sharing/objects?origin=local&limit=200');
    const ids = list.body.results.map((x: any) => x.id);
    expect(ids).not.toContain(hidden);
    const { rows } = await sql<{ ids: string[] }>`SELECT record_ids AS ids FROM audit_log WHERE action = 'sharing.list' AND actor_name = 'analyst.police' ORDER BY seq DESC LIMIT 1`.execute(s.platform.db);
    expect(rows[0]!.ids).toEqual(expect.arrayContaining(ids));
    expect(rows[0]!.ids).not.toContain(hidden);
  });
});

describe('imports never take over a local record', () => {
  const takeOver = (id: string, name: string) => ({ type: 'identity', spec_version: '2.1', id: `identity--${id}`, created: '2026-01-01T00:00:00.000Z', modified: '2099-01-01T00:00:00.000Z', name, identity_class: 'individual' });

  async function unchanged(id: string, name: string) {
    expect((await intel.get(`/api/subjects/${id}`)).body.names[0]).toBe(name);
    const held = await intel.get(`/api/sharing/objects/${id}`);
    expect(held.body).toMatchObject({ origin: 'local', object: { name }, markings: { distribution: 'organisation' } });
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM sharing_objects WHERE (id = ${id}::uuid OR stix_id = ${`identity--${id}`}) AND origin <> 'local'`.execute(s.platform.db);
    expect(rows[0]!.n).toBe(0);
  }

  it('a STIX bundle: the object reusing a local subject id is refused by name, the rest imported', async () => {
    const id = (await intel.post('/api/subjects', subjectBody({ names: ['Import Target-One'] }, { distribution: 'organisation' }))).body.id;
    await s.app.sharing!.outbox.catchUp();
    const other = { ...takeOver(crypto.randomUUID(), 'Someone Else'), modified: '2026-01-01T00:00:00.000Z' };
    const r = await importer.post('/api/sharing/stix/import', { type: 'bundle', id: `bundle--${crypto.randomUUID()}`, objects: [takeOver(id, 'Hijacked'), other] });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.stored).toBe(1);
    expect(r.body.refused).toEqual([{ id: `identity--${id}`, message: expect.stringContaining('belongs to a record of this instance') }]);
    await unchanged(id, 'Import Target-One');
    expect(await audited('sharing.refuse', 'import.police', `identity--${id}`)).toBe(0); // ids of refused objects are details, not releases
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE action = 'sharing.refuse' AND actor_name = 'import.police'`.execute(s.platform.db);
    expect(rows[0]!.n).toBeGreaterThan(0);
  });

  it('a TAXII POST: the object reusing a local id is a failure of the status resource', async () => {
    const id = (await intel.post('/api/subjects', subjectBody({ names: ['Import Target-Two'] }, { distribution: 'organisation' }))).body.id;
    const token = (await intel.post('/api/tokens', { name: 'post' })).body.token;
    const res = await fetch(`${s.url}${ROOT}/${ALL}/objects/`, { method: 'POST', headers: { accept: TAXII, 'content-type': TAXII, authorization: `Bearer ${token}` }, body: JSON.stringify({ objects: [takeOver(id, 'Hijacked')] }) });
    const body = (await res.json()) as any;
    expect(res.status).toBe(202);
    expect(body).toMatchObject({ success_count: 0, failure_count: 1 });
    expect(body.failures[0]).toMatchObject({ id: `identity--${id}`, message: expect.stringContaining('belongs to a record of this instance') });
    await unchanged(id, 'Import Target-Two');
  });

  it('a MISP event whose uuid is a local report is refused with 409 naming /Event/uuid', async () => {
    const subject = (await intel.post('/api/subjects', subjectBody({ names: ['Misp Target-Subject'] }))).body.id;
    const report = (await intel.post('/api/reports', { title: 'Local report', body: 'Ours.', reportedOn: '2026-02-01', sourceReliability: 'B', infoCredibility: '2', subjectIds: [subject], markings: markings() })).body.id;
    const r = await intel.post('/api/sharing/misp/import', { Event: { uuid: report, info: 'Hijack', date: '2026-03-01', threat_level_id: '2', analysis: '1', Attribute: [] } });
    expect(r.status).toBe(409);
    expect(r.body.error.field).toBe('/Event/uuid');
    expect((await intel.get(`/api/sharing/objects/${report}`)).body).toMatchObject({ origin: 'local', object: { name: 'Local report' } });
  });

  it('a federation pull: the object reusing a local id is rejected and counted, the others stored', async () => {
    const id = (await intel.post('/api/subjects', subjectBody({ names: ['Import Target-Three'] }, { distribution: 'organisation' }))).body.id;
    const fresh = crypto.randomUUID();
    const objects = [takeOver(id, 'Hijacked'), { ...takeOver(fresh, 'Partner Person'), modified: '2026-01-01T00:00:00.000Z' }];
    fake = createServer((req, res) => {
      if (req.url?.includes('/objects/')) res.writeHead(200, { 'content-type': TAXII, 'x-taxii-date-added-last': '2026-01-01T00:00:00.000000Z' }).end(JSON.stringify({ more: false, objects }));
      else res.writeHead(404).end();
    });
    const url = await new Promise<string>((resolve) => fake.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(fake.address() as { port: number }).port}`)));
    const admin = await s.client('admin');
    const p = await admin.post('/api/sharing/partners', { name: 'Fake partner', apiRoot: `${url}/taxii2/x/`, token: 'fake-partner-token', collections: ['c1'], receivingOrgId: (await intel.get('/api/auth/me')).body.organisation.id });
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    let status: any;
    for (let i = 0; i < 80; i++) {
      status = (await admin.get(`/api/sharing/partners/${p.body.id}`)).body.status;
      if (status.objectsRejected > 0 && status.objectsReceived > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toMatchObject({ objectsRejected: 1, objectsReceived: 1 });
    await admin.del(`/api/sharing/partners/${p.body.id}`);
    await unchanged(id, 'Import Target-Three');
    const got = await intel.get(`/api/sharing/objects/${fresh}`);
    expect(got.body.origin, JSON.stringify(got.body)).toBe('partner');
  });
});

describe('correlation tells only what the policy allows', () => {
  async function notices(c: Client, recordId: string) {
    const jobs = s.app.sharing!;
    await jobs.outbox.catchUp();
    await jobs.correlator.idle();
    return ((await c.get('/api/notifications')).body.items as any[]).filter((n) => n.kind === 'sharing.correlation' && n.recordId === recordId);
  }

  it('nothing about a record the caller may not see (no hit/no-hit, or not cleared); details where it may read', async () => {
    // Hidden from police, without hit/no-hit: police hears nothing, not even that it exists.
    const hidden = (await intel.post('/api/subjects', subjectBody({ names: ['Corr Hidden'], documents: [{ type: 'passport', number: 'NK1122334', country: 'BE' }] }, { distribution: 'organisation' }))).body.id;
    const mine = (await police.post('/api/subjects', subjectBody({ names: ['Corr Mine'], documents: [{ type: 'passport', number: 'NK1122334', country: 'BE' }] }, { distribution: 'organisation' }))).body.id;
    // Above a low-cleared reader's clearance, shared with all: analyst.police reads it, the low-cleared user does not.
    const secret = (await intel.post('/api/subjects', subjectBody({ names: ['Corr Secret'], documents: [{ type: 'passport', number: 'SC5566778', country: 'BE' }] }, { classification: 'secret' }))).body.id;
    const admin = await s.client('admin');
    const low = await admin.post('/api/users', { username: 'police.low', displayName: 'Low clearance', orgId: policeOrg, clearance: 'restricted', roles: { intel: ['read', 'write'], sharing: ['read'] }, password: 'long-enough-password-3' });
    expect(low.status).toBe(201);
    const lowC = await s.client();
    await lowC.login('police.low', 'long-enough-password-3');
    const mine2 = (await lowC.post('/api/subjects', subjectBody({ names: ['Corr Mine-Two'], documents: [{ type: 'passport', number: 'SC5566778', country: 'BE' }] }, { classification: 'restricted', distribution: 'organisation' }))).body.id;
    let told: any[] = [];
    for (let i = 0; i < 50 && told.length === 0; i++) {
      told = await notices(police, mine2);
      if (told.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    // analyst.police reads the secret record in full: the id is told.
    expect(told[0].payload.match).toMatchObject({ hit: false, record: expect.stringMatching(/^identity--/) });
    expect((await notices(police, mine)).length).toBe(0);
    const lows = await notices(lowC, mine2);
    expect(lows.length).toBe(0);
    // Intel reads neither police record (organisation only, no hit/no-hit): nothing about them either.
    expect((await notices(intel, hidden)).length).toBe(0);
    expect((await notices(intel, secret)).length).toBe(0);
    const all = JSON.stringify([...(await lowC.get('/api/notifications')).body.items, ...(await police.get('/api/notifications')).body.items]);
    expect(all).not.toContain(hidden);
    expect(JSON.stringify((await lowC.get('/api/notifications')).body)).not.toContain(secret);
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE actor_name IN ('analyst.police', 'police.low') AND (${hidden} = ANY(record_ids))`.execute(s.platform.db);
    expect(rows[0]!.n).toBe(0);
  });
});

describe('revocation: deleting or narrowing a record', () => {
  const EXT = 'extension-definition--7b1c8a52-3f0e-4d6a-9c1b-5e2f4a8d9c31';

  async function onlyTombstone(collection: string, stixId: string, secrets: string[]) {
    const all = await taxii(partner, `${ROOT}/${collection}/objects/${stixId}/?match[version]=all`);
    expect(all.status).toBe(200);
    expect(all.body.objects).toHaveLength(1);
    expect(all.body.objects[0]).toMatchObject({ id: stixId, revoked: true });
    const versions = await taxii(partner, `${ROOT}/${collection}/objects/${stixId}/versions/`);
    expect(versions.body.versions).toEqual([all.body.objects[0].modified]);
    const manifest = await taxii(partner, `${ROOT}/${collection}/manifest/?match[id]=${stixId}&match[version]=all`);
    expect(manifest.body.objects).toHaveLength(1);
    const crawled = await crawl(partner, collection, '&match[version]=all');
    const text = JSON.stringify([all.body, versions.body, manifest.body, crawled]);
    for (const x of secrets) expect(text).not.toContain(x);
    expect(all.body.objects[0].extensions?.[EXT]?.names).toBeUndefined();
  }

  it('a deleted subject: partners pull only a revocation, no content in any version', async () => {
    const id = (await intel.post('/api/subjects', subjectBody({ names: ['Revoke Deleted-Person'], documents: [{ type: 'passport', number: 'RV1000001', country: 'BE' }] }, forPartner()))).body.id;
    await s.app.sharing!.outbox.catchUp();
    await new Promise((r) => setTimeout(r, 5));
    await intel.put(`/api/subjects/${id}`, { ...subjectBody({ names: ['Revoke Deleted-Person', 'R. D. Person'], documents: [{ type: 'passport', number: 'RV1000001', country: 'BE' }] }, forPartner()), version: 1 });
    const before = await taxii(partner, `${ROOT}/${partnerOrg}/objects/identity--${id}/versions/`);
    expect(before.body.versions).toHaveLength(2);
    const del = await intel.del(`/api/subjects/${id}`, { reason: 'entered in error' });
    expect(del.status).toBe(200);
    await onlyTombstone(partnerOrg, `identity--${id}`, ['Revoke Deleted-Person', 'RV1000001']);
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM sharing_objects WHERE stix_id = ${`identity--${id}`} AND NOT revoked`.execute(s.platform.db);
    expect(rows[0]!.n).toBe(0);
  });

  it('a narrowed subject: the partner no longer reached pulls only a revocation; those still reached keep it', async () => {
    const id = (await intel.post('/api/subjects', subjectBody({ names: ['Revoke Narrowed-Person'], documents: [{ type: 'passport', number: 'RV2000002', country: 'BE' }] }))).body.id;
    const report = (await intel.post('/api/reports', { title: 'About the narrowed person', body: 'Seen.', reportedOn: '2026-02-01', sourceReliability: 'B', infoCredibility: '2', subjectIds: [id], markings: markings() })).body.id;
    const first = await crawl(partner, ALL);
    expect(first.map((o) => o.id)).toContain(`identity--${id}`);
    const put = await intel.put(`/api/subjects/${id}`, { ...subjectBody({ names: ['Revoke Narrowed-Person'], documents: [{ type: 'passport', number: 'RV2000002', country: 'BE' }] }, { distribution: 'organisations', sharedWith: [policeOrg] }), version: 1 });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    await onlyTombstone(ALL, `identity--${id}`, ['Revoke Narrowed-Person', 'RV2000002']);
    // Police, still reached, reads the record's current object (under a new STIX id).
    const held = await police.get(`/api/sharing/objects/${id}`);
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ revoked: false, object: { name: 'Revoke Narrowed-Person' } });
    expect(held.body.stixId).not.toBe(`identity--${id}`);
    // References follow: the partner's copy of the report names no subject; police's names the current id.
    const rep = (await crawl(partner, ALL)).find((o) => o.id === `report--${report}`);
    expect(JSON.stringify(rep)).not.toContain(id);
    const exported = await police.post('/api/sharing/stix/export', { ids: [report] });
    expect(exported.body.objects.find((o: any) => o.id === `report--${report}`).object_refs).toEqual([held.body.stixId]);
  });
});

describe('no id of a hidden record leaves', () => {
  it('relationships to hidden subjects are withheld and report references filtered, in TAXII and in STIX/MISP exports', async () => {
    const visible = (await intel.post('/api/subjects', subjectBody({ names: ['Ref Visible-Person'] }))).body.id;
    const hidden = (await intel.post('/api/subjects', subjectBody({ names: ['Ref Hidden-Person'] }, { distribution: 'organisation' }))).body.id;
    const link = (await intel.post('/api/links', { fromSubjectId: visible, toSubjectId: hidden, type: 'associate', markings: markings() })).body.id;
    const report = (await intel.post('/api/reports', { title: 'Both of them', body: 'Met twice.', reportedOn: '2026-02-01', sourceReliability: 'B', infoCredibility: '2', subjectIds: [visible, hidden], markings: markings() })).body.id;
    const pulled = await crawl(partner, ALL, '&match[version]=all');
    const text = JSON.stringify(pulled);
    expect(text).toContain(visible);
    expect(text).not.toContain(hidden);
    expect(pulled.map((o) => o.id)).not.toContain(`relationship--${link}`);
    const rep = pulled.find((o) => o.id === `report--${report}`);
    expect(rep.object_refs).toEqual([`identity--${visible}`]);
    const stix = await police.post('/api/sharing/stix/export', { ids: [visible, hidden, link, report] });
    expect(stix.status, JSON.stringify(stix.body)).toBe(200);
    expect(JSON.stringify(stix.body)).not.toContain(hidden);
    expect(stix.body.objects.map((o: any) => o.id)).toContain(`report--${report}`);
    const misp = await police.post('/api/sharing/misp/export', { ids: [visible, link, report] });
    expect(misp.status).toBe(200);
    expect(JSON.stringify(misp.body)).not.toContain(hidden);
    const list = await police.get('/api/sharing/objects?origin=local&limit=200');
    expect(JSON.stringify(list.body)).not.toContain(hidden);
    // The owner sees everything.
    const own = await intel.post('/api/sharing/stix/export', { ids: [link, report] });
    expect(JSON.stringify(own.body)).toContain(hidden);
  });
});
