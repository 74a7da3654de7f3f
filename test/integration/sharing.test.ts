/**
 * Sharing on one instance: TAXII 2.1 (discovery, collections, pagination, filters, manifest, versions,
 * POST and status, media type and headers, tokens, the policy per partner), STIX and MISP import and
 * export with their round trips and refusals, correlation. Every exported bundle is validated against
 * the OASIS STIX 2.1 JSON Schemas.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markings, subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { interopDir, stixBundleValidator } from '../helpers/stix-schemas.ts';

const TAXII = 'application/taxii+json;version=2.1';
const ALL = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
let s: TestServer;
let intel: Client;
let police: Client;
let importer: Client; // police organisation, with write permission on sharing
const validate = stixBundleValidator();

async function tokenClient(who: string): Promise<{ c: Client; id: string }> {
  const signed = await s.client(who);
  const t = await signed.post('/api/tokens', { name: `taxii ${who}` });
  const c = await s.client();
  c.bearer = t.body.token;
  return { c, id: t.body.id };
}
const taxii = (c: Client, path: string, headers: Record<string, string> = {}) => c.req('GET', path, undefined, { accept: TAXII, ...headers });

beforeAll(async () => {
  s = await startTestServer({ env: { VIGIL_SHARING_INDEX_MS: '200' } });
  intel = await s.client('analyst.intel');
  police = await s.client('analyst.police');
  const admin = await s.client('admin');
  const me = (await police.get('/api/auth/me')).body;
  const u = await admin.post('/api/users', { username: 'sharing.police', displayName: 'Sharing desk', orgId: me.organisation.id, clearance: 'secret', roles: { intel: ['read'], sharing: ['read', 'write'] }, password: 'long-enough-password-1' });
  expect(u.status, JSON.stringify(u.body)).toBe(201);
  importer = await s.client();
  await importer.login('sharing.police', 'long-enough-password-1');
});

/** POST with TAXII media types (the test client always sends application/json). */
async function taxiiPost(token: string, path: string, body: unknown) {
  const res = await fetch(s.url + path, { method: 'POST', headers: { accept: TAXII, 'content-type': TAXII, authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}
afterAll(() => s?.close());

describe('TAXII 2.1', () => {
  it('answers discovery, API root and collections with the TAXII media type', async () => {
    const { c } = await tokenClient('analyst.intel');
    const d = await taxii(c, '/taxii2/');
    expect(d.status).toBe(200);
    expect(d.headers.get('content-type')).toBe(TAXII);
    expect(d.body.api_roots[0]).toMatch(/\/taxii2\/vigil\/$/);
    const root = await taxii(c, '/taxii2/vigil/');
    expect(root.body.versions).toEqual([TAXII]);
    const cols = await taxii(c, '/taxii2/vigil/collections/');
    expect(cols.body.collections.map((x: any) => x.id)).toContain(ALL);
    expect(cols.body.collections.length).toBeGreaterThanOrEqual(2); // all + the Joint Information Box
    expect((await c.req('GET', '/taxii2/', undefined, { accept: 'text/html' })).status).toBe(406);
  });

  it('refuses requests without a valid token, and a revoked token at once', async () => {
    const anon = await s.client();
    expect((await taxii(anon, '/taxii2/')).status).toBe(401);
    anon.bearer = 'vgl_not-a-token';
    expect((await taxii(anon, '/taxii2/')).status).toBe(401);
    const { c, id } = await tokenClient('analyst.intel');
    expect((await taxii(c, `/taxii2/vigil/collections/${ALL}/objects/?limit=1`)).status).toBe(200);
    await intel.del(`/api/tokens/${id}`);
    expect((await taxii(c, `/taxii2/vigil/collections/${ALL}/objects/?limit=1`)).status).toBe(401);
  });

  it('pages a collection with limit/next/more, sets the date-added headers, and serves valid STIX', async () => {
    const { c } = await tokenClient('analyst.intel');
    const seen = new Set<string>();
    let next: string | undefined;
    let pages = 0;
    do {
      const r = await taxii(c, `/taxii2/vigil/collections/${ALL}/objects/?limit=20${next ? `&next=${next}` : ''}`);
      expect(r.status).toBe(200);
      expect(r.body.objects.length).toBeLessThanOrEqual(20);
      expect(r.headers.get('x-taxii-date-added-first')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(r.headers.get('x-taxii-date-added-last')! >= r.headers.get('x-taxii-date-added-first')!).toBe(true);
      for (const o of r.body.objects) {
        expect(seen.has(o.id)).toBe(false);
        seen.add(o.id);
      }
      const bundle = { type: 'bundle', id: 'bundle--6a8e4b6c-1d2f-4e3a-9b5c-7d8e9f0a1b2c', objects: r.body.objects };
      expect(validate(bundle), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      next = r.body.more ? r.body.next : undefined;
      pages++;
    } while (next && pages < 50);
    expect(pages).toBeGreaterThan(1);
    expect(seen.size).toBeGreaterThan(20); // demo records shared with all
    const types = await taxii(c, `/taxii2/vigil/collections/${ALL}/objects/?match[type]=relationship&limit=1000`);
    expect(types.body.objects.every((o: any) => o.type === 'relationship')).toBe(true);
    const last = types.headers.get('x-taxii-date-added-last')!;
    const after = await taxii(c, `/taxii2/vigil/collections/${ALL}/objects/?added_after=${encodeURIComponent(last)}&match[type]=relationship`);
    expect(after.body.objects ?? []).toEqual([]);
    const one = [...seen][0]!;
    const byId = await taxii(c, `/taxii2/vigil/collections/${ALL}/objects/?match[id]=${one}&match[spec_version]=2.1`);
    expect(byId.body.objects.map((o: any) => o.id)).toEqual([one]);
    const manifest = await taxii(c, `/taxii2/vigil/collections/${ALL}/manifest/?limit=5`);
    expect(manifest.body.objects[0]).toMatchObject({ media_type: 'application/stix+json;version=2.1' });
    expect(manifest.body.more).toBe(true);
  });

  it('serves a changed record as a new version (versions, match[version])', async () => {
    const created = await intel.post('/api/subjects', subjectBody({ names: ['Versioned Taxii-Person'] }));
    await s.app.sharing!.outbox.catchUp(); // the outbox projects each state it sees
    await new Promise((r) => setTimeout(r, 5));
    await intel.put(`/api/subjects/${created.body.id}`, { ...subjectBody({ names: ['Versioned Taxii-Person', 'V. T. Person'] }), version: 1 });
    const { c } = await tokenClient('analyst.intel');
    const sid = `identity--${created.body.id}`;
    const versions = await taxii(c, `/taxii2/vigil/collections/${ALL}/objects/${sid}/versions/`);
    expect(versions.status).toBe(200);
    expect(versions.body.versions).toHaveLength(2);
    const all = await taxii(c, `/taxii2/vigil/collections/${ALL}/objects/${sid}/?match[version]=all`);
    expect(all.body.objects).toHaveLength(2);
    const first = await taxii(c, `/taxii2/vigil/collections/${ALL}/objects/${sid}/?match[version]=first`);
    expect(first.body.objects[0].name).toBe('Versioned Taxii-Person');
    const latest = await taxii(c, `/taxii2/vigil/collections/${ALL}/objects/${sid}/`);
    expect(latest.body.objects[0].extensions).toBeDefined();
    expect(latest.body.objects[0].modified).toBe(versions.body.versions[1]);
  });

  it('lets the access policy decide what each partner reads: police never sees a record not distributed to it', async () => {
    const orgOnly = (await intel.post('/api/subjects', subjectBody({ names: ['Hidden Org-Only'] }, { distribution: 'organisation' }))).body.id;
    const { c } = await tokenClient('analyst.police');
    const cols = await taxii(c, '/taxii2/vigil/collections/');
    const policeOrg = { orgId: (await police.get('/api/auth/me')).body.organisation.id };
    for (const col of cols.body.collections) {
      let next: string | undefined;
      do {
        const r = await taxii(c, `/taxii2/vigil/collections/${col.id}/objects/?limit=500${next ? `&next=${next}` : ''}`);
        for (const o of r.body.objects ?? []) {
          expect(o.id).not.toBe(`identity--${orgOnly}`);
          const m = o.extensions['extension-definition--7b1c8a52-3f0e-4d6a-9c1b-5e2f4a8d9c31'].markings;
          const reaches = m.distribution === 'all' || m.owner_org_id === policeOrg.orgId || (m.distribution === 'organisations' && m.shared_org_ids.includes(policeOrg.orgId)) || m.distribution === 'group';
          expect(reaches).toBe(true);
        }
        next = r.body.more ? r.body.next : undefined;
      } while (next);
    }
    const audit = await s.platform.db.selectFrom('audit_log').select(['action', 'actor_name']).where('action', '=', 'taxii.objects').where('actor_name', '=', 'analyst.police').execute();
    expect(audit.length).toBeGreaterThan(0);
    // A collection the caller may not read does not exist for them.
    const border = await tokenClient('border.officer');
    expect((await taxii(border.c, `/taxii2/vigil/collections/${ALL}/objects/`)).status).toBe(404);
    expect((await taxii(border.c, '/taxii2/vigil/collections/')).body.collections).toEqual([]);
  });

  it('accepts POSTed objects with a status resource, and refuses invalid ones with a pointer', async () => {
    const { c } = await tokenClient('analyst.intel');
    const token = c.bearer;
    const indicator = {
      type: 'indicator', spec_version: '2.1', id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z',
      pattern: "[ipv4-addr:value = '198.51.100.1']", pattern_type: 'stix', valid_from: '2026-01-01T00:00:00Z', x_custom: 'kept',
    };
    const post = await taxiiPost(token, `/taxii2/vigil/collections/${ALL}/objects/`, { objects: [indicator] });
    expect(post.status).toBe(202);
    expect(post.body).toMatchObject({ status: 'complete', total_count: 1, success_count: 1 });
    const st = await taxii(c, `/taxii2/vigil/status/${post.body.id}/`);
    expect(st.body.id).toBe(post.body.id);
    const bad = await taxiiPost(token, `/taxii2/vigil/collections/${ALL}/objects/`, { objects: [{ ...indicator, id: 'indicator--x', created: 'yesterday' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.details.field).toBe('/objects/0/id');
    const { c: reader } = await tokenClient('analyst.police');
    const denied = await taxiiPost(reader.bearer, `/taxii2/vigil/collections/${ALL}/objects/`, { objects: [indicator] });
    expect(denied.status).toBe(403);
  });
});

describe('STIX and MISP exchange', () => {
  it('exports any set of records as a bundle that validates against the OASIS schemas, with TLP 2.0 and the Vigil extension', async () => {
    const a = (await intel.post('/api/subjects', subjectBody({ names: ['Export Person-One'], documents: [{ type: 'passport', number: 'EX1234567', country: 'BE' }] }))).body.id;
    const b = (await intel.post('/api/subjects', subjectBody({ kind: 'organisation', names: ['Export Cell'], birthDate: null, gender: null }))).body.id;
    const link = (await intel.post('/api/links', { fromSubjectId: a, toSubjectId: b, type: 'member_of', markings: markings() })).body.id;
    const report = (await intel.post('/api/reports', { title: 'Export report', body: 'Seen at the port.', reportedOn: '2026-02-01', sourceReliability: 'B', infoCredibility: '2', subjectIds: [a, b], markings: markings({ tlp: 'red', handlingCode: 'H2' }) })).body.id;
    const r = await intel.post('/api/sharing/stix/export', { ids: [a, b, link, report] });
    expect(r.status).toBe(200);
    expect(validate(r.body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const byType = (t: string) => r.body.objects.filter((o: any) => o.type === t);
    expect(byType('identity').map((o: any) => o.identity_class)).toEqual(expect.arrayContaining(['individual', 'organization']));
    expect(byType('relationship')[0].relationship_type).toBe('member-of');
    const rep = byType('report')[0];
    expect(rep.object_marking_refs).toEqual(['marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1']);
    const ext = rep.extensions['extension-definition--7b1c8a52-3f0e-4d6a-9c1b-5e2f4a8d9c31'];
    expect(ext).toMatchObject({ grade: 'B2', markings: { handling_code: 'H2' } });
    expect(byType('marking-definition').map((m: any) => m.id)).toContain('marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1');
    // Police cannot export what it cannot read: left out as if missing.
    const other = await police.post('/api/sharing/stix/export', { ids: [(await intel.post('/api/subjects', subjectBody({}, { distribution: 'organisation' }))).body.id] });
    expect(other.body.objects).toEqual([]);
  });

  it('round-trips STIX → Vigil → STIX keeping every modelled field, and keeps unknown objects', async () => {
    const src = readFileSync(`${interopDir}/stix2.1/examples/threat-reports/apt1.json`, 'utf8');
    const apt1 = JSON.parse(src);
    const local = (await intel.post('/api/subjects', subjectBody({ names: ['Round Trip'], birthDate: '1988-03-04', documents: [{ type: 'passport', number: 'RT1234567', country: 'BE' }] }))).body.id;
    // As another Vigil instance would send it: the same object under an id this instance does not hold.
    const a = crypto.randomUUID();
    const exported = JSON.parse(JSON.stringify((await intel.post('/api/sharing/stix/export', { ids: [local] })).body).replaceAll(local, a));
    // Import into the same instance as another organisation (police): received copy, read-only.
    const imp = await importer.post('/api/sharing/stix/import', { ...exported, objects: [...exported.objects, ...apt1.objects.slice(0, 20)] });
    expect(imp.status, JSON.stringify(imp.body)).toBe(201);
    const again = await importer.post('/api/sharing/stix/import', exported);
    expect(again.body.stored).toBe(0);
    const ids = apt1.objects.slice(0, 20).map((o: any) => o.id.split('--')[1]);
    const back = await importer.post('/api/sharing/stix/export', { ids: [a, ...ids] });
    expect(validate(back.body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const orig = exported.objects.find((o: any) => o.id === `identity--${a}`);
    const got = back.body.objects.find((o: any) => o.id === `identity--${a}`);
    const EXT = 'extension-definition--7b1c8a52-3f0e-4d6a-9c1b-5e2f4a8d9c31';
    const strip = (o: any) => ({ ...o, extensions: { ...o.extensions, [EXT]: { ...o.extensions[EXT], markings: undefined, provenance: undefined } } });
    expect(strip(got)).toEqual(strip(orig));
    for (const o of apt1.objects.slice(0, 20)) {
      const g = back.body.objects.find((x: any) => x.id === o.id);
      expect(g, o.id).toBeDefined();
      const { extensions: _e, ...rest } = g;
      expect(rest).toEqual(Object.fromEntries(Object.entries(o).filter(([k]) => k !== 'extensions')));
    }
  });

  it('refuses an invalid bundle with a JSON pointer and imports nothing of it', async () => {
    const before = await importer.get('/api/sharing/objects?origin=import&limit=200');
    const good = { type: 'identity', spec_version: '2.1', id: 'identity--1f0c7d6e-2b3a-4c5d-8e9f-a0b1c2d3e4f5', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', name: 'Fine' };
    const bad = { ...good, id: 'identity--2f0c7d6e-2b3a-4c5d-8e9f-a0b1c2d3e4f5', modified: '2025-01-01T00:00:00.000Z' };
    const r = await importer.post('/api/sharing/stix/import', { type: 'bundle', id: 'bundle--3f0c7d6e-2b3a-4c5d-8e9f-a0b1c2d3e4f5', objects: [good, bad] });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('/objects/1/modified');
    const upstreamBad = JSON.parse(readFileSync(`${interopDir}/stix2.1/tlp2.0/examples/using-tlp2.0-green.json`, 'utf8'));
    const r2 = await importer.post('/api/sharing/stix/import', upstreamBad);
    expect(r2.status).toBe(400);
    expect(r2.body.error.field).toBe('/type');
    const after = await importer.get('/api/sharing/objects?origin=import&limit=200');
    expect(after.body.results.length).toBe(before.body.results.length);
  });

  it('imports MISP events (wrapped and bare) and round-trips MISP → Vigil → MISP', async () => {
    for (const f of ['pymisp-shadow.json', 'pymisp-event_obj_attr_tag.json', 'pymisp-event_tags.json']) {
      const doc = JSON.parse(readFileSync(`${interopDir}/misp/events/${f}`, 'utf8'));
      const r = await intel.post('/api/sharing/misp/import', doc);
      expect(r.status, `${f}: ${JSON.stringify(r.body)}`).toBe(201);
    }
    const ev = {
      Event: {
        uuid: '5a4cb19a-f550-437f-bd29-48ed950d210f', info: 'Recruiter contact details', date: '2026-03-01', threat_level_id: '2', analysis: '1', distribution: '1', published: false,
        timestamp: '1767225600', Orgc: { name: 'Partner CERT', uuid: '55f6ea5e-2c60-40e5-964f-47a8950d210f' },
        Tag: [{ name: 'tlp:amber' }, { name: 'europol-event:terrorism' }],
        Attribute: [
          { uuid: '6a4cb19a-f550-437f-bd29-48ed950d210f', type: 'email-src', category: 'Payload delivery', value: 'recruiter@example.org', comment: 'seen', to_ids: true, timestamp: '1767225600', Tag: [{ name: 'x' }] },
          { uuid: '7a4cb19a-f550-437f-bd29-48ed950d210f', type: 'phone-number', category: 'Person', value: '+32 470 00 00 01', comment: '', to_ids: false },
        ],
        Object: [{ uuid: '8a4cb19a-f550-437f-bd29-48ed950d210f', name: 'person', 'meta-category': 'misc', description: 'A person', template_uuid: 'db36a080-ba0a-4a5c-8bb9-3ec2d0fbbe3a', template_version: '3', Attribute: [{ uuid: '9a4cb19a-f550-437f-bd29-48ed950d210f', type: 'full-name', category: 'Person', value: 'Amir Testperson', object_relation: 'full-name', comment: '', to_ids: false }], ObjectReference: [] }],
      },
    };
    const imp = await intel.post('/api/sharing/misp/import', ev);
    expect(imp.status).toBe(201);
    const out = await intel.post('/api/sharing/misp/export', { ids: ['5a4cb19a-f550-437f-bd29-48ed950d210f'] });
    expect(out.status).toBe(200);
    const norm = (e: any) => ({ ...e, distribution: undefined, threat_level_id: String(e.threat_level_id), analysis: String(e.analysis) });
    expect(norm(out.body.Event)).toEqual(norm(ev.Event));
    // Vigil's own records as a MISP event.
    const subj = (await intel.post('/api/subjects', subjectBody({ names: ['Misp Export-Person'], documents: [{ type: 'passport', number: 'MX7654321', country: 'BE' }] }))).body.id;
    const m = await intel.post('/api/sharing/misp/export', { ids: [subj] });
    expect(m.body.Event.Object[0].Attribute.map((a: any) => a.type)).toEqual(expect.arrayContaining(['full-name', 'passport-number']));
  });

  it('refuses an invalid MISP event with a JSON pointer', async () => {
    const r = await intel.post('/api/sharing/misp/import', { Event: { info: 'x', Attribute: [{ type: 'ip-dst', value: '1.2.3.4' }, { type: 'ip-dst' }] } });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('/Event/Attribute/1/value');
    const r2 = await intel.post('/api/sharing/misp/import', { Event: { info: 'x', threat_level_id: '9' } });
    expect(r2.body.error.field).toBe('/Event/threat_level_id');
  });
});

describe('correlation', () => {
  it('tells both owners when a strong identifier appears in records of two organisations, as hit-no-hit where hidden', async () => {
    // Hidden from police but open to hit/no-hit: police learns only that it exists and whom to ask.
    await intel.post('/api/subjects', subjectBody({ names: ['Corr Person'], documents: [{ type: 'passport', number: 'CR9988776', country: 'BE' }] }, { distribution: 'organisation', hitNoHit: true }));
    await police.post('/api/subjects', subjectBody({ names: ['Other Name'], documents: [{ type: 'passport', number: 'cr 998 8776', country: 'BE' }] }, { distribution: 'organisation' }));
    const jobs = s.app.sharing!;
    let mine: any[] = [];
    for (let i = 0; i < 50 && mine.length === 0; i++) {
      await jobs.outbox.catchUp();
      await jobs.correlator.idle();
      mine = (await police.get('/api/notifications')).body.items.filter((n: any) => n.kind === 'sharing.correlation');
      if (mine.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[0].payload.match).toMatchObject({ hit: true, contact: { organisation: 'Civil Intelligence Service' } });
    expect(JSON.stringify(mine[0].payload)).not.toContain('CR9988776');
  });
});

describe('sharing preview', () => {
  it('says before saving which organisations will see a record, and how', async () => {
    const t = await startTestServer();
    try {
      const c = await t.client('analyst.intel');
      const r = await c.post('/api/sharing/preview', { markings: { classification: 'confidential', tlp: 'amber', distribution: 'organisation', hitNoHit: true, legalBasis: 'art. 7 basis', purpose: 'prevention' } });
      expect(r.status).toBe(200);
      const by = Object.fromEntries(r.body.organisations.map((l: { organisation: string; access: string }) => [l.organisation, l.access]));
      expect(by['Civil Intelligence Service']).toBe('full');
      expect(by['Federal Judicial Police']).toBe('hit');
      expect(by['Intelligence Oversight Committee']).toBe('none');
      const bad = await c.post('/api/sharing/preview', { markings: { classification: 'confidential', tlp: 'amber', distribution: 'group', legalBasis: 'art. 7 basis', purpose: 'prevention' } });
      expect(bad.status).toBe(400);
      expect(bad.body.error.field).toBe('markings.groupIds');
    } finally {
      await t.close();
    }
  });
});
