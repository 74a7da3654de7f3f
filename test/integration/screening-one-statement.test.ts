/**
 * A traveller screened at the desk is written in one statement (issue #15, single screen under load):
 * the batch of one, its traveller, its hits and the screening's audit entry go in together, outside a
 * transaction (AuditLog.appendWith, migration 0042). When another writer moved the audit chain's head
 * in between, the statement is undone whole and sent again: one batch, one entry, an unbroken chain.
 * A screen that must tell an owner of an encounter keeps its transaction. People are synthetic.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, AuditSigner, verifyAuditLog } from '../../src/server/platform/audit.ts';
import { trustedAuditKeys } from '../../src/server/platform/audit-keys.ts';
import { subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let border: Client;
let intel: Client;
const statements: Array<{ sql: string; error: unknown }> = [];

const traveller = { name: 'Ottilie Brennwald-Onestep', birthDate: '1981-06-23', nationality: 'DE' };

/** Statements of one screen: those that write its batch, and every audit append among them. */
async function screen(body: Record<string, unknown>) {
  statements.length = 0;
  const r = await border.post('/api/screening/screen', body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  const writes = statements.filter((x) => /insert into "screening_batches"/i.test(x.sql));
  const appends = statements.filter((x) => /audit_append/.test(x.sql));
  return { r, writes, appends };
}

/** Rows of a screening table whose `column` is `id`. */
async function rowsOf<R = { id: string }>(table: string, column: string, id: string): Promise<R[]> {
  return (await sql<R>`SELECT * FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${id}`.execute(s.platform.db)).rows;
}

/** The screening's audit entries naming this batch. */
async function entriesOf(batchId: string) {
  const rows = await s.platform.db.selectFrom('audit_log').select(['details']).where('action', '=', 'screening.screen').execute();
  return rows.map((e) => JSON.parse(e.details) as { batchId?: string; recordIds?: string[]; hitIds?: string[] }).filter((d) => d.batchId === batchId);
}

beforeAll(async () => {
  s = await startTestServer({ onQuery: (sql, error) => statements.push({ sql, error }) });
  border = await s.client('border.officer');
  intel = await s.client('analyst.intel');
}, 60_000);
afterAll(async () => s?.close());

describe('a single screen in one statement', () => {
  let subjectId = '';

  it('writes the batch, traveller, hits and audit entry in one statement', async () => {
    const created = await intel.post('/api/subjects', subjectBody({ names: [traveller.name], birthDate: traveller.birthDate, nationalities: ['DE'] }, { distribution: 'all' }));
    expect(created.status).toBe(201);
    subjectId = created.body.id;
    // A subject change reaches screening within about a second.
    let got = await screen(traveller);
    for (let i = 0; i < 100 && got.r.body.hits.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      got = await screen(traveller);
    }
    const { r, writes, appends } = got;
    expect(r.body.hits).toHaveLength(1);
    expect(r.body.hits[0]).toMatchObject({ view: 'full', source: 'national', subjectId, status: 'open' });
    expect(writes).toHaveLength(1);
    expect(writes[0]!.sql).toContain('audit_append_or_fail');
    expect(writes[0]!.sql).toMatch(/insert into "screening_hits"/i);
    // No other append: the entry went in with the rows.
    expect(appends).toEqual(writes);
    const stored = await rowsOf<{ id: string; score: number }>('screening_hits', 'batch_id', r.body.batch.id);
    expect(stored.map((h) => h.id)).toEqual([r.body.hits[0].id]);
    // The answer shows the score as stored.
    expect(r.body.hits[0].score).toBe(stored[0]!.score);
    const entries = await entriesOf(r.body.batch.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.recordIds).toEqual([subjectId]);
  });

  it('a screen with no hit is one statement too', async () => {
    const { r, writes, appends } = await screen({ name: 'Quirinus Nobodyhere-Vanterpool', birthDate: '1990-01-01' });
    expect(r.body.hits).toEqual([]);
    expect(writes).toHaveLength(1);
    expect(appends).toEqual(writes);
    expect(await entriesOf(r.body.batch.id)).toHaveLength(1);
  });

  it('sends the statement again, whole, when another writer moved the audit head in between', async () => {
    const other = new AuditLog(s.platform.db, AuditSigner.fromFile(s.platform.config.auditKeyFile), true);
    const missed0 = s.platform.audit.stats().missed;
    await other.append({ userId: null, username: 'another process', orgId: null, orgName: 'Test' }, [{ action: 'subject.read', recordType: 'subject', recordId: 'x' }]);
    const { r, writes } = await screen(traveller);
    expect(r.body.hits).toHaveLength(1);
    // The first missed the head and was undone; the second wrote everything.
    expect(writes).toHaveLength(2);
    expect((writes[0]!.error as { code?: string }).code).toBe('VG409');
    expect(writes[1]!.error).toBeUndefined();
    expect(s.platform.audit.stats().missed).toBe(missed0 + 1);
    expect(await rowsOf('screening_batches', 'id', r.body.batch.id)).toHaveLength(1);
    expect(await rowsOf('screening_travellers', 'batch_id', r.body.batch.id)).toHaveLength(1);
    expect(await rowsOf('screening_hits', 'batch_id', r.body.batch.id)).toHaveLength(1);
    expect(await entriesOf(r.body.batch.id)).toHaveLength(1);
    const trust = trustedAuditKeys(s.platform.config);
    expect(await verifyAuditLog(s.platform.db, { mode: 'thorough', trust, allSignatures: true })).toMatchObject({ ok: true });
  });

  it('keeps the transaction for a screen that tells an owner of an encounter', async () => {
    const hidden = { name: 'Wendeline Harrowgate-Unseen', birthDate: '1979-11-02', nationality: 'BE' };
    const created = await intel.post('/api/subjects', subjectBody({ names: [hidden.name], birthDate: hidden.birthDate, nationalities: ['BE'] }, { distribution: 'organisation', hitNoHit: false, classification: 'secret' }));
    expect(created.status).toBe(201);
    let got = await screen(hidden);
    for (let i = 0; i < 100 && got.r.body.hits.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      got = await screen(hidden);
    }
    expect(got.r.body.hits[0]).toMatchObject({ view: 'hit', listed: true });
    expect(got.writes).toHaveLength(1);
    expect(got.writes[0]!.sql).not.toContain('audit_append_or_fail');
    // The encounter and the screening on the record, inside the transaction.
    expect(got.appends.length).toBeGreaterThanOrEqual(1);
    expect(await entriesOf(got.r.body.batch.id)).toHaveLength(1);
    const rows = await s.platform.db.selectFrom('audit_log').select(['action', 'details']).where('action', 'in', ['screening.screen', 'screening.encounter']).execute();
    const named = rows.map((e) => ({ action: e.action, ...(JSON.parse(e.details) as { batchId?: string; hitIds?: string[] }) }));
    // Answered "listed" under the encounter rule, and the owner told, both naming the subject.
    expect(named.some((e) => e.action === 'screening.screen' && e.hitIds?.includes(created.body.id))).toBe(true);
    expect(named.some((e) => e.action === 'screening.encounter' && e.batchId === got.r.body.batch.id && e.hitIds?.includes(created.body.id))).toBe(true);
  });
});
