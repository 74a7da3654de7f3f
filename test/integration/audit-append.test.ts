/**
 * The audit append in one statement (migration 0035, AuditLog in src/server/platform/audit.ts): each
 * writer chains to the head it last saw and the database checks it under the lock. Two writers on one
 * database (as two Vigil processes), interleaved, concurrent and with a rolled-back transaction, leave one
 * unbroken chain with a checkpoint per append; a writer whose guess is right needs one statement.
 * One writer's appends inside concurrent transactions are sent in order and never miss the head; a
 * transaction that holds the lock never waits for that order, a group written alone takes its turn too,
 * an urgent append goes before the ordinary ones waiting, and nothing waits on a stuck append.
 */
import { sql, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, AuditSigner, verifyAuditLog } from '../../src/server/platform/audit.ts';
import { trustedAuditKeys } from '../../src/server/platform/audit-keys.ts';
import type { Database } from '../../src/server/platform/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let db: Database;
let statements = 0;
let a: AuditLog;
let b: AuditLog;
let counting: KyselyPlugin;

const actor = { userId: null, username: 'tester', orgId: null, orgName: 'Test' };
const ev = (i: number) => ({ action: 'subject.read', recordType: 'subject', recordId: `r${i}` });
const count = async (table: string) => Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(db)).rows[0]!.n);
/** Entries of this test's writers only (the server's own jobs may append meanwhile). */
const ours = async () => Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE actor_name = ${actor.username}`.execute(db)).rows[0]!.n);

beforeAll(async () => {
  s = await startTestServer({ template: 'empty' });
  db = s.platform.db;
  counting = {
    transformQuery: (args) => {
      statements++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const signer = AuditSigner.fromFile(s.platform.config.auditKeyFile);
  a = new AuditLog(db, signer, true);
  b = new AuditLog(db.withPlugin(counting) as Database, signer, true);
});
afterAll(() => s?.close());

describe('audit append', () => {
  it('two writers on one database keep one chain: interleaved, concurrent, after a rollback', async () => {
    const entries0 = await ours();
    const checkpoints0 = await count('audit_checkpoints');
    // Interleaved: every append of one writer misses the head the other just moved.
    for (let i = 0; i < 4; i++) {
      await a.append(actor, [ev(i)]);
      await b.append(actor, [ev(i), ev(i + 100)]);
    }
    // Concurrent, alone (group commit) and inside callers' transactions.
    await Promise.all(
      Array.from({ length: 24 }, (_, i) => {
        const w = i % 2 ? a : b;
        return i % 3 ? w.append(actor, [ev(i)]) : db.transaction().execute((tx) => w.append(actor, [ev(i)], tx));
      }),
    );
    // A rolled-back append leaves its writer guessing a head that never committed.
    await expect(
      db.transaction().execute(async (tx) => {
        await b.append(actor, [ev(999)], tx);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await b.append(actor, [ev(1000)]);
    await a.append(actor, [ev(1001)]);

    expect(await ours()).toBe(entries0 + 4 * 3 + 24 + 2);
    expect(await count('audit_checkpoints')).toBeGreaterThan(checkpoints0 + 8);
    const gaps = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log l WHERE l.seq > 1 AND NOT EXISTS (SELECT 1 FROM audit_log p WHERE p.seq = l.seq - 1 AND p.hash = l.prev_hash)`.execute(db);
    expect(gaps.rows[0]!.n).toBe(0);
    const trust = trustedAuditKeys(s.platform.config);
    for (const mode of ['fast', 'thorough'] as const) {
      expect(await verifyAuditLog(db, { mode, trust, allSignatures: true })).toMatchObject({ ok: true, entries: await count('audit_log') });
    }
  });

  it('takes one statement when the head is the one the writer last saw, two when another moved it', async () => {
    await b.append(actor, [ev(1)]);
    statements = 0;
    await b.append(actor, [ev(2), ev(3)]);
    expect(statements).toBe(1);
    await a.append(actor, [ev(4)]);
    statements = 0;
    await b.append(actor, [ev(5)]);
    expect(statements).toBe(2);
    statements = 0;
    await db.transaction().execute((tx) => b.append(actor, [ev(6)], tx.withPlugin({ transformQuery: (x) => (statements++, x.node), transformResult: async (x) => x.result }) as unknown as Database));
    expect(statements).toBe(1);
  });

  it('sends one writer\'s appends in concurrent transactions in order: one waits for the lock, none misses the head', async () => {
    const c = new AuditLog(db, AuditSigner.fromFile(s.platform.config.auditKeyFile), true);
    const before = c.stats();
    const concurrent = () => Promise.all(Array.from({ length: 16 }, (_, i) => db.transaction().execute((tx) => c.append(actor, [ev(i)], tx))));
    if (s.platform.backend !== 'postgres') {
      // One connection: transactions run one after the other.
      await concurrent();
      expect(c.stats().missed - before.missed).toBeLessThanOrEqual(1);
      return;
    }
    let sixteen: Promise<unknown> | undefined;
    let waiting = 0;
    await db.transaction().execute(async (tx) => {
      // This transaction holds the lock while sixteen others append.
      await c.append(actor, [ev(0)], tx);
      sixteen = concurrent();
      // Asked on this transaction's connection: the others may take every other one.
      const waitingNow = async () => Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`.execute(tx)).rows[0]!.n);
      while ((waiting = await waitingNow()) === 0) await new Promise((res) => setTimeout(res, 5));
      await new Promise((res) => setTimeout(res, 30));
      waiting = await waitingNow();
    });
    await sixteen;
    // Sent together, all sixteen would wait for the lock chained to the same head, and all but one miss
    // it. In order, the next is sent when the one before comes back (sooner when one waited out).
    const waitedOut = c.stats().waitedOut - before.waitedOut;
    expect(waiting).toBeLessThanOrEqual(1 + waitedOut);
    expect(c.stats().missed - before.missed).toBeLessThanOrEqual(1 + waitedOut);
  });

  it('a transaction holding the lock appends again at once; an append behind a stuck one is sent anyway', async () => {
    const c = new AuditLog(db, AuditSigner.fromFile(s.platform.config.auditKeyFile), true);
    const waitingForLock = async (tx: Database) => {
      if (s.platform.backend !== 'postgres') return;
      for (;;) {
        const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`.execute(tx);
        if (r.rows[0]!.n > 0) return;
        await new Promise((res) => setTimeout(res, 10));
      }
    };
    const entries0 = await ours();
    let late: Promise<unknown> | undefined;
    await db.transaction().execute(async (tx) => {
      await c.append(actor, [ev(1)], tx);
      // Another transaction's append is sent next and waits for this transaction's lock (a server).
      late = db.transaction().execute((t2) => c.append(actor, [ev(2)], t2));
      await waitingForLock(tx);
      // This transaction holds the lock: its next append must not wait behind the one waiting for it.
      await c.append(actor, [ev(3)], tx);
      expect(c.stats().waitedOut).toBe(0);
      if (s.platform.backend === 'postgres') {
        // A third append queues behind the one stuck on the lock, and is sent after ORDER_WAIT_MS.
        const third = db.transaction().execute((t3) => c.append(actor, [ev(4)], t3));
        while (c.stats().waitedOut === 0) await new Promise((res) => setTimeout(res, 20));
        late = Promise.all([late, third]);
      }
    });
    await late;
    expect(await ours()).toBe(entries0 + (s.platform.backend === 'postgres' ? 4 : 3));
    const trust = trustedAuditKeys(s.platform.config);
    expect(await verifyAuditLog(db, { mode: 'fast', trust, allSignatures: true })).toMatchObject({ ok: true });
  });

  it('sends a group written alone in its turn, after an append inside a transaction that is out', async () => {
    if (s.platform.backend !== 'postgres') return; // one connection: no two transactions at once
    const c = new AuditLog(db, AuditSigner.fromFile(s.platform.config.auditKeyFile), true);
    let before = c.stats();
    let others: Promise<unknown> | undefined;
    let waiting = 0;
    await db.transaction().execute(async (tx) => {
      // This transaction holds the lock (a new writer's first append may miss the head); an append of
      // another transaction is out, waiting for it.
      await c.append(actor, [ev(0)], tx);
      before = c.stats();
      const first = db.transaction().execute((t) => c.append(actor, [{ ...ev(1), recordId: 'in-transaction' }], t));
      while (Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`.execute(tx)).rows[0]!.n) === 0) await new Promise((res) => setTimeout(res, 5));
      // A group (read events, no transaction) waits its turn in Vigil instead of racing it to the lock.
      const group = c.append(actor, [{ ...ev(2), recordId: 'alone' }]);
      const until = Date.now() + 150;
      while ((waiting = c.stats().waiting) === 0 && Date.now() < until) await new Promise((res) => setTimeout(res, 5));
      others = Promise.all([first, group]);
    });
    await others;
    expect(waiting).toBe(1);
    expect(c.stats().missed - before.missed).toBe(0);
    const seqs = await sql<{ record_id: string; seq: number }>`SELECT record_id, seq FROM audit_log WHERE record_id IN ('in-transaction', 'alone') AND actor_name = ${actor.username}`.execute(db);
    const at = new Map(seqs.rows.map((r) => [r.record_id, Number(r.seq)]));
    expect(at.get('alone')).toBeGreaterThan(at.get('in-transaction')!);
  });

  it('sends an urgent append (a traveller screened at the desk) before the ordinary ones waiting their turn', async () => {
    if (s.platform.backend !== 'postgres') return; // one connection: no two transactions at once
    const c = new AuditLog(db, AuditSigner.fromFile(s.platform.config.auditKeyFile), true);
    const done: string[] = [];
    let others: Promise<unknown> | undefined;
    await db.transaction().execute(async (tx) => {
      // This transaction holds the lock; the first ordinary append waits for it in the database, the
      // next two in Vigil, then the urgent one comes.
      await c.append(actor, [ev(0)], tx);
      const append = (name: string, urgent: boolean) =>
        db.transaction().execute(async (t) => {
          await c.append(actor, [{ ...ev(1), recordId: name }], t, { urgent });
          done.push(name);
        });
      const first = append('ordinary-1', false);
      while (Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`.execute(tx)).rows[0]!.n) === 0) await new Promise((res) => setTimeout(res, 5));
      const second = append('ordinary-2', false);
      while (c.stats().waiting < 1) await new Promise((res) => setTimeout(res, 5));
      const third = append('ordinary-3', false);
      while (c.stats().waiting < 2) await new Promise((res) => setTimeout(res, 5));
      const urgent = append('urgent', true);
      while (c.stats().waiting < 3) await new Promise((res) => setTimeout(res, 5));
      others = Promise.all([first, second, third, urgent]);
    });
    await others;
    expect(done).toEqual(['ordinary-1', 'urgent', 'ordinary-2', 'ordinary-3']);
    expect(c.stats().waitedOut).toBe(0);
  });
});
