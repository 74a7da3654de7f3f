/**
 * The audit append in one statement (migration 0035, AuditLog in src/server/platform/audit.ts): each
 * writer chains to the head it last saw and the database checks it under the lock. Two writers on one
 * database (as two Vigil processes), interleaved, concurrent and with a rolled-back transaction, leave one
 * unbroken chain with a checkpoint per append; a writer whose guess is right needs one statement.
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

const actor = { userId: null, username: 'tester', orgId: null, orgName: 'Test' };
const ev = (i: number) => ({ action: 'subject.read', recordType: 'subject', recordId: `r${i}` });
const count = async (table: string) => Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(db)).rows[0]!.n);
/** Entries of this test's writers only (the server's own jobs may append meanwhile). */
const ours = async () => Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE actor_name = ${actor.username}`.execute(db)).rows[0]!.n);

beforeAll(async () => {
  s = await startTestServer({ template: 'empty' });
  db = s.platform.db;
  const counting: KyselyPlugin = {
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
});
