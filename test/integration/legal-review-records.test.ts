/**
 * Issue #16: the review of an amended legal basis lists every kind of record carrying one — here the
 * threat assessments (by registry id, or an older one's text), the content cases and the sharing
 * objects received from partners (by their text being the citation) — each asked of its module through
 * its exported service and passed through its read door: records that exist but that the reviewer may
 * not read are neither listed nor counted, and the ids released are on the record. Threat assessments
 * cite the registry: a new one names its basis from it (or gets the threat-analysis basis), a basis out
 * of force or outside the registry is refused with the field named.
 */
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertVersions, type ObjectIn } from '../../src/server/modules/sharing/objects.repository.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import { openPlatform } from '../../src/server/platform/platform.ts';
import { freshDatabase } from '../helpers/backend.ts';
import { markings } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let headCivil: Client, registrar: Client, threat: Client, content: Client, police: Client;
type Basis = { id: string; code: string; citation: string; inForce: boolean; scope: string };
let bases: Basis[];
let basis: Basis;
let ocam: Basis;
const ids: Record<string, string> = {};
type Listed = { module: string; recordType: string; id: string; reference: string; state: string; date: string | null; level: number | null };

const orgId = async (name: string) => (await sql<{ id: string }>`SELECT id FROM organisations WHERE name = ${name}`.execute(s.platform.db)).rows[0]!.id;

function received(owner: string, name: string, legalBasis: string, origin: 'partner' | 'local' = 'partner'): ObjectIn {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  return {
    stix_id: `indicator--${id}`, stix_type: 'indicator', version_at: now, record_type: null, revoked: false,
    object: { type: 'indicator', spec_version: '2.1', id: `indicator--${id}`, created: now, modified: now, name, pattern: "[ipv4-addr:value = '203.0.113.7']", pattern_type: 'stix', valid_from: now },
    origin, origin_instance: 'https://partner.example', origin_org_id: null, origin_org_name: 'Partner Service Lowlands', partner_id: null, scope: 'community',
    id, owner_org_id: owner, classification: 'restricted', tlp: 'amber', distribution: 'organisation', shared_org_ids: [], group_ids: [], handling_code: 'H0', hit_no_hit: false,
    legal_basis: legalBasis, purpose: 'as stated by the sender', review_date: null,
  };
}

beforeAll(async () => {
  s = await startTestServer();
  // The reviewer holds read rights on threat, content and sharing besides legal; the registrar holds none of them.
  await sql`UPDATE users SET roles = roles || '{"threat": ["read"], "content": ["read"], "sharing": ["read"]}'::jsonb WHERE username = 'head.civil'`.execute(s.platform.db);
  [headCivil, registrar, threat, content, police] = (await Promise.all(['head.civil', 'legal.registrar', 'analyst.threat', 'content.officer', 'analyst.police'].map((u) => s.client(u)))) as [Client, Client, Client, Client, Client];
  bases = (await threat.get('/api/legal/bases')).body as Basis[];
  basis = bases.find((b) => b.code === 'dpa-2018-t3' && b.inForce)!;
  ocam = bases.find((b) => b.code === 'ocam-2006' && b.inForce)!;
  expect(ocam.citation).toBe('Threat analysis by the Coordination Unit for Threat Analysis (art. 8, Law of 10 July 2006 on threat analysis)');

  const assess = async (key: string, extra: Record<string, unknown>) => {
    const r = await threat.post('/api/threat-assessments', { targetKind: 'sector', targetKey: key, level: 2, justification: 'Synthetic level for the legal review test.', ...extra });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as { id: string; legalBasisId: string; markings?: { legalBasis: string } };
  };
  // Shared with all: the civil head may read it. Organisation only: it exists, but only the Threat Analysis Unit reads it.
  ids.threatShared = (await assess('review-shared', { legalBasisId: basis.id })).id;
  const hidden = await assess('review-hidden', { legalBasisId: basis.id, markings: markings({ distribution: 'organisation' }) });
  expect(hidden.legalBasisId).toBe(basis.id);
  expect(hidden.markings!.legalBasis).toBe(basis.citation);
  ids.threatHidden = hidden.id;
  // An older assessment (from before migration 0036) without a registry id, whose text is the citation typed otherwise.
  ids.threatOlder = (await assess('review-older', {})).id;
  await sql`UPDATE threat_assessments SET legal_basis_id = NULL, legal_basis = ${basis.citation.toUpperCase().replace('(ART.', '— Article')} WHERE id = ${ids.threatOlder}`.execute(s.platform.db);

  const providerId = ((await content.get('/api/content/providers')).body as Array<{ id: string }> | { items: Array<{ id: string }> });
  const provider = Array.isArray(providerId) ? providerId[0]!.id : providerId.items[0]!.id;
  const kase = async (url: string, distribution: string) => {
    const r = await content.post('/api/content/cases', { url, providerId: provider, offence: 'incitement', assessment: 'Synthetic case for the legal review test.', signals: [], markings: markings({ distribution, legalBasis: basis.citation }) });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as string;
  };
  ids.caseShared = await kase('https://clips.example/v/review-1', 'all');
  ids.caseHidden = await kase('https://clips.example/v/review-2', 'organisation');

  const civil = await orgId('Civil Intelligence Service');
  const fjp = await orgId('Federal Judicial Police');
  const civilObject = received(civil, 'Synthetic indicator, civil copy', basis.citation);
  const policeObject = received(fjp, 'Synthetic indicator, police copy', basis.citation);
  const localObject = received(civil, 'Synthetic projection', basis.citation, 'local');
  await s.platform.db.transaction().execute((tx) => insertVersions(tx, [civilObject, policeObject, localObject]));
  ids.objectCivil = civilObject.id;
  ids.objectPolice = policeObject.id;
  ids.objectLocal = localObject.id;

  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const amended = await registrar.post(`/api/legal/registry/${basis.id}/amend`, { title: 'Protection of personal data processed by the intelligence services', article: 'Title 3', textReference: 'Law of 30 July 2018 on the protection of natural persons (as amended)', validFrom: tomorrow });
  expect(amended.status, JSON.stringify(amended.body)).toBe(201);
});
afterAll(() => s?.close());

describe('the review of an amended basis lists threat assessments, content cases and sharing objects', () => {
  it('lists those the reviewer may read — by registry id or by citation — and neither lists nor counts the others', async () => {
    const r = await headCivil.get(`/api/legal/registry/${basis.id}/review`);
    expect(r.status).toBe(200);
    const records = r.body.records as Listed[];
    const of = (m: string) => records.filter((x) => x.module === m).map((x) => x.id).sort();
    expect(of('threat')).toEqual([ids.threatShared, ids.threatOlder].sort());
    expect(of('content')).toEqual([ids.caseShared]);
    expect(of('sharing')).toEqual([ids.objectCivil]);
    for (const hidden of [ids.threatHidden, ids.caseHidden, ids.objectPolice, ids.objectLocal]) expect(JSON.stringify(r.body)).not.toContain(hidden);
    // The state is a code with its level and day (the screen words it in the reader's language), never an English sentence.
    expect(records.find((x) => x.id === ids.threatShared)).toMatchObject({ recordType: 'threat_assessment', reference: 'review-shared', state: 'level', level: expect.any(Number), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(records.find((x) => x.id === ids.caseShared)).toMatchObject({ recordType: 'content_case', reference: 'https://clips.example/v/review-1' });
    expect(records.find((x) => x.id === ids.objectCivil)).toMatchObject({ recordType: 'sharing-object', reference: 'Synthetic indicator, civil copy' });
    expect(r.body.truncated).toBe(false);
    // The registrar holds no right on threat, content or sharing: none of their records.
    const reg = (await registrar.get(`/api/legal/registry/${basis.id}/review`)).body.records as Listed[];
    expect(reg.filter((x) => ['threat', 'content', 'sharing'].includes(x.module))).toEqual([]);
  });

  it('puts the ids released on the record, and none of the refused ones', async () => {
    const rows = (await sql<{ action: string; ids: string[] }>`SELECT action, record_ids AS ids FROM audit_log WHERE actor_name = 'head.civil' AND action IN ('threat.read', 'content.case.list', 'sharing.list', 'legal.registry-review') ORDER BY seq DESC LIMIT 4`.execute(s.platform.db)).rows;
    const by = new Map(rows.map((x) => [x.action, x.ids]));
    expect(by.get('threat.read')!.sort()).toEqual([ids.threatShared, ids.threatOlder].sort());
    expect(by.get('content.case.list')).toEqual([ids.caseShared]);
    expect(by.get('sharing.list')).toEqual([ids.objectCivil]);
    expect(by.get('legal.registry-review')).toEqual(expect.arrayContaining([ids.threatShared, ids.threatOlder, ids.caseShared, ids.objectCivil]));
    for (const x of rows) for (const hidden of [ids.threatHidden, ids.caseHidden, ids.objectPolice]) expect(x.ids).not.toContain(hidden);
  });
});

describe('threat assessments cite the legal registry', () => {
  it('cites the threat-analysis basis when none is named, and shows it with the assessment', async () => {
    const r = await threat.post('/api/threat-assessments', { targetKind: 'place', targetKey: 'review-default', level: 1, justification: 'Synthetic level with the default basis.' });
    expect(r.status).toBe(201);
    expect(r.body.legalBasisId).toBe(ocam.id);
    const h = await threat.get('/api/threat-assessments?targetKind=place&targetKey=review-default');
    expect(h.body.items[0]).toMatchObject({ legalBasisId: ocam.id, legalBasisReview: false, markings: { legalBasis: ocam.citation } });
  });

  it('refuses a basis out of force, for a method, or outside the registry, naming the field, and records nothing', async () => {
    const count = async () => Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM threat_assessments`.execute(s.platform.db)).rows[0]!.n);
    const before = await count();
    const body = { targetKind: 'place', targetKey: 'review-refused', level: 1, justification: 'Synthetic level that is refused.' };
    const method = ((await registrar.get('/api/legal/registry?kind=basis&scope=method')).body as Array<{ id: string }>)[0]!.id;
    const repealed = bases.find((b) => b.code === 'kb-cdb-2016')!.id;
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await registrar.post(`/api/legal/registry/${repealed}/expire`, { validTo: yesterday })).status).toBe(200);
    for (const [extra, field] of [
      [{ legalBasisId: repealed }, 'legalBasisId'], // no longer in force
      [{ legalBasisId: method }, 'legalBasisId'],
      [{ legalBasisId: '00000000-0000-4000-8000-000000000000' }, 'legalBasisId'],
      [{ markings: markings({ legalBasis: 'A law as remembered, art. 1' }) }, 'markings.legalBasis'],
    ] as const) {
      const r = await threat.post('/api/threat-assessments', { ...body, ...extra });
      expect(r.status, JSON.stringify(extra)).toBe(400);
      expect(JSON.stringify(r.body)).toContain(field);
    }
    // Without a write right on threat assessment, whatever the basis (analyst.police reads only).
    expect((await police.post('/api/threat-assessments', { ...body, legalBasisId: ocam.id })).status).toBe(403);
    expect(await count()).toBe(before);
  });
});

describe('migration 0036: existing threat assessments mapped to the registry', () => {
  it('maps texts that are a registry citation (and the former fixed text) to their entry, and flags the others for review', async () => {
    const db = await freshDatabase('empty');
    const config = () => ({ ...loadConfig({ LOG_LEVEL: 'silent' }), dataDir: db.dataDir, databaseUrl: db.databaseUrl, auditKeyFile: join(db.dataDir, 'keys', 'audit-ed25519.pem') });
    try {
      // The database as it stood before 0036: no registry id on assessments, the migration not applied.
      let p = await openPlatform(config());
      await sql`DROP INDEX threat_legal_basis`.execute(p.db);
      await sql`ALTER TABLE threat_assessments DROP COLUMN legal_basis_id, DROP COLUMN legal_basis_review`.execute(p.db);
      await sql`DELETE FROM schema_migrations WHERE name = '0036_threat_legal_basis.sql'`.execute(p.db);
      const org = crypto.randomUUID();
      const user = crypto.randomUUID();
      await sql`INSERT INTO organisations (id, name, kind) VALUES (${org}, 'Synthetic Threat Unit', 'threat-assessment')`.execute(p.db);
      await sql`INSERT INTO users (id, username, display_name, org_id, clearance, password_hash) VALUES (${user}, 'synthetic.assessor', 'Synthetic assessor', ${org}, 'secret', 'x')`.execute(p.db);
      const pnr = (await sql<{ id: string }>`SELECT id FROM legal_registry WHERE code = 'pnr-2016'`.execute(p.db)).rows[0]!.id;
      const texts = {
        fixed: 'Act of 10 July 2006 on threat analysis',
        typed: 'PROCESSING OF PASSENGER DATA — Article 8; law of 25 December 2016 on the processing of passenger data.',
        free: 'Organic Act of 30 November 1998, art. 7',
      };
      const row: Record<string, string> = {};
      for (const [k, text] of Object.entries(texts)) {
        row[k] = crypto.randomUUID();
        await sql`INSERT INTO threat_assessments (id, target_kind, target_key, target_label, level, justification, assessor_id, next_review_due, owner_org_id, classification, tlp, distribution, legal_basis, purpose)
          VALUES (${row[k]}, 'country', 'BE', 'Belgium', 2, 'Synthetic justification text.', ${user}, '2030-01-01', ${org}, 'restricted', 'amber', 'all', ${text}, 'threat assessment')`.execute(p.db);
      }
      await p.close();
      p = await openPlatform(config());
      try {
        const ocamId = (await sql<{ id: string }>`SELECT id FROM legal_registry WHERE code = 'ocam-2006'`.execute(p.db)).rows;
        expect(ocamId).toHaveLength(1); // shipped once, not again
        const got = new Map((await sql<{ id: string; legal_basis_id: string | null; legal_basis_review: boolean; legal_basis: string }>`SELECT id, legal_basis_id, legal_basis_review, legal_basis FROM threat_assessments`.execute(p.db)).rows.map((r) => [r.id, r]));
        expect(got.get(row.fixed!)).toMatchObject({ legal_basis_id: ocamId[0]!.id, legal_basis_review: false, legal_basis: texts.fixed });
        expect(got.get(row.typed!)).toMatchObject({ legal_basis_id: pnr, legal_basis_review: false });
        expect(got.get(row.free!)).toMatchObject({ legal_basis_id: null, legal_basis_review: true, legal_basis: texts.free });
      } finally {
        await p.close();
      }
    } finally {
      await db.drop();
    }
  });
});
