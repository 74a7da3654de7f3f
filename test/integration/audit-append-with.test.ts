/**
 * An audit append written with the caller's own statement (AuditLog.appendWith, migration 0042): the
 * caller's rows and the audit entries commit together in one statement outside a transaction, or not at
 * all. A missed head undoes the statement and it is sent again; after a second miss, inside a
 * transaction holding the chain's lock. A statement that fails for its own reason leaves nothing on the
 * record, and the writer's next append still finds the head.
 */
import { sql, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, AuditSigner, HeldEvents, verifyAuditLog } from '../../src/server/platform/audit.ts';
import { trustedAuditKeys } from '../../src/server/platform/audit-keys.ts';
import type { Database } from '../../src/server/platform/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let db: Database;
let statements = 0;
let w: AuditLog;
let other: AuditLog;

const actor = { userId: null, username: 'with-tester', orgId: null, orgName: 'Test' };
const otherActor = { ...actor, username: 'other-process' };
const held = (...ids: string[]) => {
  const h = new HeldEvents();
  h.items.push(...ids.map((id) => ({ actor, event: { action: 'subject.read', recordType: 'subject', recordId: id } })));
  return h;
};
/** The caller's statement: a row of its own and the held entries, together. */
const insertRow = (id: string) => (ex: Database, append: ReturnType<typeof sql>) =>
  sql<{ head: number }>`WITH r AS (INSERT INTO with_rows (id) VALUES (${id}) RETURNING id) SELECT ${append} AS head FROM r`.execute(ex);
const rowsNamed = async (id: string) => Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM with_rows WHERE id = ${id}`.execute(db)).rows[0]!.n);
const entriesFor = async (id: string) => Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE record_id = ${id} AND actor_name = ${actor.username}`.execute(db)).rows[0]!.n);
const chainOk = async () => {
  const trust = trustedAuditKeys(s.platform.config);
  expect(await verifyAuditLog(db, { mode: 'thorough', trust, allSignatures: true })).toMatchObject({ ok: true });
};

beforeAll(async () => {
  s = await startTestServer({ template: 'empty' });
  db = s.platform.db;
  await sql`CREATE TABLE with_rows (id text PRIMARY KEY)`.execute(db);
  const counting: KyselyPlugin = {
    transformQuery: (args) => {
      statements++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const signer = AuditSigner.fromFile(s.platform.config.auditKeyFile);
  w = new AuditLog(db.withPlugin(counting) as Database, signer, true);
  other = new AuditLog(db, signer, true);
});
afterAll(() => s?.close());

describe('audit append with the caller\'s statement', () => {
  it('writes the row and its entries in one statement once the writer knows the head', async () => {
    await w.appendWith(held('warm'), insertRow('warm'));
    const missed = w.stats().missed;
    statements = 0;
    const r = await w.appendWith(held('a1', 'a2'), insertRow('a1'));
    expect(statements).toBe(1);
    expect(Number(r.rows[0]!.head)).toBeGreaterThan(0);
    expect(w.stats().missed).toBe(missed);
    expect(await rowsNamed('a1')).toBe(1);
    expect(await entriesFor('a1')).toBe(1);
    expect(await entriesFor('a2')).toBe(1);
    await chainOk();
  });

  it('undoes the whole statement on a missed head and sends it again', async () => {
    await other.append(otherActor, [{ action: 'subject.read', recordType: 'subject', recordId: 'moved' }]);
    const missed = w.stats().missed;
    statements = 0;
    await w.appendWith(held('b1'), insertRow('b1'));
    expect(statements).toBe(2);
    expect(w.stats().missed).toBe(missed + 1);
    expect(await rowsNamed('b1')).toBe(1);
    expect(await entriesFor('b1')).toBe(1);
    await chainOk();
  });

  it('after a second miss, writes inside a transaction that takes the lock first', async () => {
    const missed = w.stats().missed;
    let calls = 0;
    await w.appendWith(held('c1'), async (ex, append) => {
      // The first two tries each find the head moved by another process.
      if (++calls <= 2) await other.append(otherActor, [{ action: 'subject.read', recordType: 'subject', recordId: `moved-${calls}` }]);
      return insertRow('c1')(ex, append);
    });
    expect(calls).toBe(3);
    expect(w.stats().missed).toBe(missed + 2);
    expect(await rowsNamed('c1')).toBe(1);
    expect(await entriesFor('c1')).toBe(1);
    await chainOk();
  });

  it('a statement that fails for its own reason leaves nothing on the record, and the next append finds the head', async () => {
    await expect(w.appendWith(held('dup'), insertRow('a1'))).rejects.toThrow(/duplicate key|unique/i);
    expect(await entriesFor('dup')).toBe(0);
    const missed = w.stats().missed;
    statements = 0;
    await w.appendWith(held('d1'), insertRow('d1'));
    expect(statements).toBe(1);
    expect(w.stats().missed).toBe(missed);
    await w.append(actor, [{ action: 'subject.read', recordType: 'subject', recordId: 'd2' }]);
    expect(w.stats().missed).toBe(missed);
    expect(await entriesFor('d1')).toBe(1);
    await chainOk();
  });

  it('an urgent request\'s held events go before the ordinary appends waiting their turn', async () => {
    if (s.platform.backend !== 'postgres') return; // one connection: no two transactions at once
    const c = new AuditLog(db, AuditSigner.fromFile(s.platform.config.auditKeyFile), true);
    const urgent = held('urgent-held');
    await c.append(actor, [{ action: 'subject.read', recordType: 'subject', recordId: 'urgent-held' }], urgent, { urgent: true });
    expect(urgent.items).toHaveLength(2);
    expect(urgent.urgent).toBe(true);
    let others: Promise<unknown> | undefined;
    await db.transaction().execute(async (tx) => {
      // This transaction holds the lock; one ordinary append waits for it in the database, one in Vigil.
      await c.append(actor, [{ action: 'subject.read', recordType: 'subject', recordId: 'holder' }], tx);
      const ordinary = (id: string) => db.transaction().execute((t) => c.append(actor, [{ action: 'subject.read', recordType: 'subject', recordId: id }], t));
      const first = ordinary('ordinary-1');
      while (Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`.execute(tx)).rows[0]!.n) === 0) await new Promise((res) => setTimeout(res, 5));
      const second = ordinary('ordinary-2');
      while (c.stats().waiting < 1) await new Promise((res) => setTimeout(res, 5));
      const write = c.appendWith(urgent, insertRow('urgent-held'));
      while (c.stats().waiting < 2) await new Promise((res) => setTimeout(res, 5));
      others = Promise.all([first, second, write]);
    });
    await others;
    const seqs = await sql<{ record_id: string; seq: number }>`SELECT record_id, min(seq)::int AS seq FROM audit_log WHERE record_id IN ('ordinary-1', 'ordinary-2', 'urgent-held') GROUP BY record_id ORDER BY 2`.execute(db);
    expect(seqs.rows.map((r) => r.record_id)).toEqual(['ordinary-1', 'urgent-held', 'ordinary-2']);
    expect(await rowsNamed('urgent-held')).toBe(1);
    await chainOk();
  });

  it('held events are only kept until written', async () => {
    const h = new HeldEvents();
    await w.append(actor, [{ action: 'subject.read', recordType: 'subject', recordId: 'e1' }], h);
    expect(h.items).toHaveLength(1);
    expect(await entriesFor('e1')).toBe(0);
    await w.appendWith(h, insertRow('e1'));
    expect(await entriesFor('e1')).toBe(1);
  });
});
