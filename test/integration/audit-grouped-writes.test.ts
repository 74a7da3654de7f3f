/**
 * Group commit of statements written with their audit entries (audit-groups.ts): callers that arrive
 * while one waits for the chain's turn are written with it, in one statement with all their entries; a
 * caller whose rows are refused fails alone, the others are written; urgent and ordinary callers never
 * share a group. Concurrent single screens over HTTP each keep their own batch, traveller, hits and
 * audit entry, and the chain verifies.
 */
import { sql, type KyselyPlugin, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupedWrites } from '../../src/server/platform/audit-groups.ts';
import { AuditLog, AuditSigner, HeldEvents, verifyAuditLog } from '../../src/server/platform/audit.ts';
import { trustedAuditKeys } from '../../src/server/platform/audit-keys.ts';
import type { Database } from '../../src/server/platform/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let db: Database;
let statements = 0;
let audit: AuditLog;

const actor = { userId: null, username: 'group-tester', orgId: null, orgName: 'Test' };
const held = (id: string, urgent = false) => {
  const h = new HeldEvents();
  h.urgent = urgent;
  h.items.push({ actor, event: { action: 'subject.read', recordType: 'subject', recordId: id } });
  return h;
};
/** One statement for all the callers' rows and their entries; each caller's id back, in order. */
const writeRows = async (ex: Database, ids: string[], append: RawBuilder<unknown>) => {
  const { rows } = await sql<{ id: string }>`WITH r AS (INSERT INTO grouped_rows (id) SELECT unnest(${ids}::text[]) RETURNING id), a AS (SELECT ${append} AS head)
    SELECT r.id FROM r, a`.execute(ex);
  const stored = new Set(rows.map((r) => r.id));
  return ids.map((id) => (stored.has(id) ? id : 'missing'));
};
const rowsNamed = async (ids: string[]) => Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM grouped_rows WHERE id = ANY(${ids}::text[])`.execute(db)).rows[0]!.n);
const entriesFor = async (ids: string[]) =>
  Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE record_id = ANY(${ids}::text[]) AND actor_name = ${actor.username}`.execute(db)).rows[0]!.n);
const chainOk = async () => {
  const trust = trustedAuditKeys(s.platform.config);
  expect(await verifyAuditLog(db, { mode: 'thorough', trust, allSignatures: true })).toMatchObject({ ok: true });
};

beforeAll(async () => {
  s = await startTestServer({ template: 'demo' });
  db = s.platform.db;
  await sql`CREATE TABLE grouped_rows (id text PRIMARY KEY)`.execute(db);
  const counting: KyselyPlugin = {
    transformQuery: (args) => {
      statements++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  audit = new AuditLog(db.withPlugin(counting) as Database, AuditSigner.fromFile(s.platform.config.auditKeyFile), true);
  // The writer learns the head once (a first append may miss it: another writer, the server, wrote before).
  await audit.appendWith(held('warm'), (ex, append) => writeRows(ex, ['warm'], append));
});
afterAll(() => s?.close());

describe('grouped writes with their audit entries', () => {
  it('writes callers that arrive together in one statement, each getting its own result', async () => {
    const g = new GroupedWrites(audit, writeRows);
    statements = 0;
    const ids = ['g1', 'g2', 'g3', 'g4'];
    const out = await Promise.all(ids.map((id) => g.add(id, held(id))));
    expect(out).toEqual(ids);
    expect(statements).toBe(1);
    expect(g.stats()).toEqual({ groups: 1, written: 4, alone: 0 });
    expect(await rowsNamed(ids)).toBe(4);
    expect(await entriesFor(ids)).toBe(4);
    await chainOk();
  });

  it('starts the next group for callers that come once the turn was taken', async () => {
    const g = new GroupedWrites(audit, writeRows);
    const first = g.add('n1', held('n1'));
    // The first one's turn comes (and its group closes) before these arrive.
    await new Promise((r) => setTimeout(r, 0));
    const later = ['n2', 'n3'].map((id) => g.add(id, held(id)));
    expect(await Promise.all([first, ...later])).toEqual(['n1', 'n2', 'n3']);
    expect(g.stats().written).toBe(3);
    expect(g.stats().groups).toBeGreaterThanOrEqual(2);
    expect(await entriesFor(['n1', 'n2', 'n3'])).toBe(3);
  });

  it('writes the others alone when one caller\'s rows are refused, and fails only that one', async () => {
    const g = new GroupedWrites(audit, writeRows);
    await sql`INSERT INTO grouped_rows (id) VALUES ('taken')`.execute(db);
    const results = await Promise.allSettled(['ok1', 'taken', 'ok2'].map((id) => g.add(id, held(id))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/duplicate key/);
    expect(g.stats()).toMatchObject({ groups: 0, alone: 3 });
    expect(await rowsNamed(['ok1', 'ok2'])).toBe(2);
    // The refused caller's entry is not on the record (its read did not happen); the others' are.
    expect(await entriesFor(['ok1', 'ok2'])).toBe(2);
    expect(await entriesFor(['taken'])).toBe(0);
    await chainOk();
  });

  it('never puts an urgent caller in an ordinary group or the other way round', async () => {
    const g = new GroupedWrites(audit, writeRows);
    statements = 0;
    await Promise.all([g.add('o1', held('o1')), g.add('u1', held('u1', true)), g.add('o2', held('o2')), g.add('u2', held('u2', true))]);
    expect(g.stats()).toEqual({ groups: 2, written: 4, alone: 0 });
    expect(statements).toBe(2);
    await chainOk();
  });
});

describe('single screens at once over HTTP', () => {
  it('gives each screen its own batch, traveller, hits and audit entry', async () => {
    const border = await s.client('border.officer');
    const names = ['Alpha Testperson', 'Bravo Testperson', 'Charlie Testperson', 'Delta Testperson', 'Echo Testperson', 'Foxtrot Testperson'];
    const answers = await Promise.all(names.map((name) => border.req('POST', '/api/screening/screen', { name, birthDate: '1971-02-03' })));
    expect(answers.map((a) => a.status)).toEqual(names.map(() => 201));
    const ids = answers.map((a) => a.body.batch.id as string);
    expect(new Set(ids).size).toBe(names.length);
    for (const [i, a] of answers.entries()) {
      expect(a.body.traveller.name).toBe(names[i]);
      const { rows } = await sql<{ name: string; n: number }>`SELECT traveller->>'name' AS name, (SELECT count(*)::int FROM screening_travellers x WHERE x.batch_id = t.batch_id) AS n
        FROM screening_travellers t WHERE t.batch_id = ${a.body.batch.id}`.execute(db);
      expect(rows).toEqual([{ name: names[i], n: 1 }]);
    }
    const { rows: entries } = await sql<{ batch: string }>`SELECT details::jsonb->>'batchId' AS batch FROM audit_log WHERE action = 'screening.screen' AND details::jsonb->>'batchId' = ANY(${ids}::text[])`.execute(db);
    expect(entries.map((e) => e.batch).sort()).toEqual([...ids].sort());
    await chainOk();
  });
});
