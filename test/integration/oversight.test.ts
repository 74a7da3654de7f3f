/**
 * Oversight sees every access (issue #11, section 2): who read record X and what did Y read are one
 * indexed query each, summarised per person; oversight finds a record by a name or a document number
 * without reading its content; every event kind has its schema.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, AuditSigner } from '../../src/server/platform/audit.ts';
import { subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let intel: Client;
let police: Client;
let overseer: Client;
let subjectId: string;
let otherId: string;

const NAME = 'Ilona Vizsgalt-Proba';
const ALIAS = 'Илона Визсгалт';
const DOC = 'XK 4471902';

beforeAll(async () => {
  s = await startTestServer();
  [intel, police, overseer] = await Promise.all([s.client('analyst.intel'), s.client('analyst.police'), s.client('oversight')]);
  // Organisation-only: the police analyst may not read it.
  const created = await intel.post('/api/subjects', subjectBody({ names: [NAME, ALIAS], documents: [{ type: 'passport', number: DOC, country: 'HU' }] }, { distribution: 'organisation' }));
  expect(created.status).toBe(201);
  subjectId = created.body.id;
  otherId = (await intel.post('/api/subjects', subjectBody({ names: ['Benedek Masik-Szemely'] }))).body.id;
  expect((await intel.req('GET', `/api/subjects/${subjectId}`, undefined, { 'x-vigil-purpose': 'case work' })).status).toBe(200);
  expect((await intel.get(`/api/subjects/${subjectId}`)).status).toBe(200);
  expect((await police.get(`/api/subjects/${subjectId}`)).status).toBe(404);
});
afterAll(() => s?.close());

describe('oversight: who read record X, what did Y read', () => {
  it('indexes the record ids of every event (record_id, recordIds, hitIds) in one column', async () => {
    const partner = { userId: null, username: 'partner.nordic', orgId: null, orgName: 'Nordic Partner Service' };
    // What the read door writes for a partner's TAXII pull: the released ids, no single record id.
    await s.platform.audit.append(partner, [{ action: 'taxii.objects', recordType: 'stix-object', recordIds: [otherId, subjectId], details: { collection: 'c1', count: 2 } }]);
    await s.platform.audit.append(partner, [{ action: 'subject.hit', recordType: 'subject', hitIds: [subjectId] }]);
    const { rows } = await sql<{ action: string }>`SELECT action FROM audit_log WHERE record_ids @> ARRAY[${subjectId}]::text[] ORDER BY seq`.execute(s.platform.db);
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['subject.create', 'subject.read', 'taxii.objects', 'subject.hit']));
    const plan = (await sql<{ 'QUERY PLAN': string }>`EXPLAIN SELECT seq FROM audit_log WHERE record_ids @> ARRAY['x']::text[]`.execute(s.platform.db)).rows.map((r) => Object.values(r)[0]).join('\n');
    expect(plan).toMatch(/audit_log_record_ids|Seq Scan/); // the index exists; a tiny table may still be scanned
    const idx = await sql<{ indexname: string }>`SELECT indexname FROM pg_indexes WHERE tablename = 'audit_log' AND indexname = 'audit_log_record_ids'`.execute(s.platform.db);
    expect(idx.rows).toHaveLength(1);
  });

  it('answers "who read this record" per user or partner: count, first and last access, purpose, then the rows', async () => {
    const r = await overseer.get(`/api/audit/summary?recordId=${subjectId}`);
    expect(r.status).toBe(200);
    expect(r.body.question).toBe('record');
    const byActor = Object.fromEntries(r.body.items.map((i: { actor: string }) => [i.actor, i]));
    expect(byActor['analyst.intel']).toMatchObject({ organisation: 'Civil Intelligence Service', purposes: ['case work'], actions: expect.arrayContaining(['subject.create', 'subject.read']) });
    expect(byActor['analyst.intel'].count).toBeGreaterThanOrEqual(3);
    expect(new Date(byActor['analyst.intel'].first).getTime()).toBeLessThanOrEqual(new Date(byActor['analyst.intel'].last).getTime());
    expect(byActor['partner.nordic']).toMatchObject({ organisation: 'Nordic Partner Service', count: 2, hitAnswers: 1, actions: expect.arrayContaining(['taxii.objects', 'subject.hit']) });
    // The refused read released nothing: the police analyst did not read the record.
    expect(byActor['analyst.police']).toBeUndefined();

    const rows = await overseer.get(`/api/audit?recordId=${subjectId}`);
    const pull = rows.body.find((e: { action: string }) => e.action === 'taxii.objects');
    expect(pull).toMatchObject({ actor: 'partner.nordic', recordIds: expect.arrayContaining([subjectId, otherId]) });

    // Filters: period, organisation, action.
    const onlyPulls = await overseer.get(`/api/audit/summary?recordId=${subjectId}&action=taxii.objects,subject.hit`);
    expect(onlyPulls.body.items.map((i: { actor: string }) => i.actor)).toEqual(['partner.nordic']);
    const future = await overseer.get(`/api/audit/summary?recordId=${subjectId}&from=2999-01-01`);
    expect(future.body.items).toEqual([]);
    const intelOrg = byActor['analyst.intel'].orgId as string;
    const byOrg = await overseer.get(`/api/audit/summary?recordId=${subjectId}&orgId=${intelOrg}`);
    expect(byOrg.body.items.map((i: { actor: string }) => i.actor)).toEqual(['analyst.intel']);

    const csv = await overseer.get(`/api/audit/export?format=csv&recordId=${subjectId}`);
    expect(String(csv.body)).toContain('partner.nordic');
    expect(String(csv.body)).toContain('"case work"');
  });

  it('answers "what did this user, partner or token read" per record', async () => {
    const r = await overseer.get('/api/audit/summary?actor=partner.nordic');
    expect(r.status).toBe(200);
    expect(r.body.question).toBe('actor');
    const ids = r.body.items.map((i: { recordId: string }) => i.recordId);
    expect(ids).toEqual(expect.arrayContaining([subjectId, otherId]));
    expect(r.body.items.find((i: { recordId: string }) => i.recordId === subjectId)).toMatchObject({ count: 2 });
    expect((await overseer.get('/api/audit/summary')).status).toBe(400);
  });

  it('finds a record by a name or a document number, showing only its id, owner and the typed label; the look-up is audited without the name', async () => {
    const byName = await overseer.post('/api/oversight/lookup', { name: 'vizsgalt-proba ilona' });
    expect(byName.status).toBe(200);
    expect(byName.body.items).toEqual([{ id: subjectId, recordType: 'subject', label: 'vizsgalt-proba ilona', organisation: 'Civil Intelligence Service', orgId: expect.any(String) }]);
    const text = JSON.stringify(byName.body);
    for (const secret of [NAME, ALIAS, 'Илона', DOC, '1990-04', 'PVE', 'prevention of terrorism']) expect(text).not.toContain(secret);

    const byDoc = await overseer.post('/api/oversight/lookup', { document: 'xk-4471902' });
    expect(byDoc.body.items.map((i: { id: string }) => i.id)).toEqual([subjectId]);
    expect((await overseer.post('/api/oversight/lookup', { name: 'Ilona Nobody-Else' })).body.items).toEqual([]);
    expect((await overseer.post('/api/oversight/lookup', {})).status).toBe(400);

    const log = await overseer.get('/api/audit?action=oversight.lookup');
    expect(log.body.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(log.body)).not.toMatch(/vizsgalt|4471902/i);
    expect(log.body.some((e: { hitIds: string[] }) => e.hitIds.includes(subjectId))).toBe(true);
  });

  it('refuses the look-up and the questions to analysts and to a plain administrator, revealing nothing', async () => {
    const admin = await s.client('admin');
    for (const c of [police, admin]) {
      const l = await c.post('/api/oversight/lookup', { name: NAME });
      expect(l.status).toBe(403);
      for (const path of [`/api/audit/summary?recordId=${subjectId}`, '/api/audit/summary?actor=analyst.intel', `/api/audit?recordId=${subjectId}`]) {
        const r = await c.get(path);
        expect(r.status).toBe(403);
        expect(JSON.stringify(r.body)).not.toContain(subjectId);
      }
    }
  });
});

describe('audit event schemas', () => {
  it('refuses an unregistered action or detail key in tests, and in production writes it anyway, marked', async () => {
    const actor = { userId: null, username: 'dev', orgId: null, orgName: 'Vigil' };
    await expect(s.platform.audit.append(actor, [{ action: 'subject.peek' }])).rejects.toThrow(/not registered/);
    await expect(s.platform.audit.append(actor, [{ action: 'subject.read', details: { name: 'Jane Roe' } }])).rejects.toThrow(/unknown detail key/);
    const prod = new AuditLog(s.platform.db, AuditSigner.fromFile(s.platform.config.auditKeyFile), false);
    await prod.append(actor, [{ action: 'subject.peek', recordId: otherId, details: { extra: 1 } }]);
    const row = (await sql<{ action: string; details: string }>`SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1`.execute(s.platform.db)).rows[0]!;
    expect(row.action).toBe('subject.peek');
    expect(JSON.parse(row.details)).toMatchObject({ extra: 1, schemaError: expect.stringMatching(/not registered/) });
  });
});
