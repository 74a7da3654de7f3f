/**
 * A subject is created in one statement: the subject, its names, the creator organisation's follow
 * and the create's audit entry go in together outside a transaction (AuditLog.appendWith), so the audit
 * chain's lock is held for that statement only. A create the database refuses leaves neither a subject
 * nor an entry, and the chain stays whole. People are synthetic.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../src/server/platform/audit.ts';
import { trustedAuditKeys } from '../../src/server/platform/audit-keys.ts';
import { subjectBody } from '../helpers/fixtures.ts';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let intel: Client;
const statements: string[] = [];

const entriesFor = async (id: string) =>
  (await sql<{ action: string }>`SELECT action FROM audit_log WHERE record_id = ${id}`.execute(s.platform.db)).rows.map((r) => r.action);

beforeAll(async () => {
  s = await startTestServer({ onQuery: (text) => statements.push(text) });
  intel = await s.client('analyst.intel');
}, 60_000);
afterAll(async () => s?.close());

describe('a subject created in one statement', () => {
  it('writes the subject, its names, the follow and the audit entry together, without a transaction', async () => {
    // The first create may miss the chain's head (the demo load wrote it); the second shows the steady path.
    expect((await intel.post('/api/subjects', subjectBody({ names: ['Warm Upperson'] }))).status).toBe(201);
    // Background jobs (deadlines, reviews, the list sync) run their own transactions at any moment and
    // their statements land in the same log: a create counts as clean when no begin or commit at all
    // came while it ran. A create that opened a transaction would never be clean, so of three tries at
    // least one must be (the jobs are seconds apart; a create takes milliseconds).
    let r = { status: 0, body: {} as { id: string; following?: boolean } };
    let clean = 0;
    for (let i = 0; i < 3 && clean === 0; i++) {
      statements.length = 0;
      r = await intel.post('/api/subjects', subjectBody({ names: [`Hedwig Einmalig-Schrieb ${i}`], birthDate: '1977-04-05' }));
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      const inserts = statements.filter((q) => /insert into "subjects"/i.test(q));
      expect(inserts).toHaveLength(1);
      expect(inserts[0]).toMatch(/insert into "subject_names"/i);
      expect(inserts[0]).toMatch(/insert into "subject_follows"/i);
      expect(inserts[0]).toMatch(/audit_append_or_fail/);
      if (!statements.some((q) => /^\s*(begin|commit)\b/i.test(q))) clean++;
    }
    expect(clean, 'every create ran beside a begin or commit').toBe(1);
    expect(await entriesFor(r.body.id)).toEqual(['subject.create']);
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM subject_names WHERE subject_id = ${r.body.id}`.execute(s.platform.db);
    expect(rows[0]!.n).toBe(1);
    expect(r.body.following).toBe(true);
  });

  it('leaves neither the subject nor an entry when the database refuses the statement', async () => {
    // A create the database refuses: a constraint added for this test.
    await sql`ALTER TABLE subjects ADD CONSTRAINT test_no_refused_names CHECK (coalesce(birth_date::text, '') <> '1901-01-01')`.execute(s.platform.db);
    try {
      const before = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE action = 'subject.create'`.execute(s.platform.db)).rows[0]!.n);
      const r = await intel.post('/api/subjects', subjectBody({ names: ['Refused Createperson'], birthDate: '1901-01-01' }));
      expect(r.status).toBeGreaterThanOrEqual(400);
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM subject_names WHERE name = 'Refused Createperson'`.execute(s.platform.db);
      expect(rows[0]!.n).toBe(0);
      const after = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE action = 'subject.create'`.execute(s.platform.db)).rows[0]!.n);
      expect(after).toBe(before);
    } finally {
      await sql`ALTER TABLE subjects DROP CONSTRAINT test_no_refused_names`.execute(s.platform.db);
    }
    // The writer's next create still finds the chain's head, and the chain verifies.
    const ok = await intel.post('/api/subjects', subjectBody({ names: ['Afterward Createperson'] }));
    expect(ok.status).toBe(201);
    expect(await entriesFor(ok.body.id)).toEqual(['subject.create']);
    const trust = trustedAuditKeys(s.platform.config);
    expect(await verifyAuditLog(s.platform.db, { mode: 'thorough', trust, allSignatures: true })).toMatchObject({ ok: true });
  });
});
