/**
 * Verification in ranges (src/server/platform/audit-verify*.ts): every way of verifying (fast or
 * thorough, one range or several, in this thread or in worker threads on the server) gives the same
 * verdict, also when the damage sits exactly at a boundary between ranges.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryHash } from '../../src/core/audit/chain.ts';
import { verifyAuditLog, type AuditVerdict } from '../../src/server/platform/audit.ts';
import { splitRanges } from '../../src/server/platform/audit-verify-sql.ts';
import type { Database } from '../../src/server/platform/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let db: Database;
let head: number;
let boundary: number; // the last entry of the first of three ranges

beforeAll(async () => {
  s = await startTestServer();
  db = s.platform.db;
  // Text that COPY escapes and JSON.stringify escapes (worker threads hash such rows the slow way), and plain rows.
  const odd = { userId: null, username: 'tëster "q"\ttab\\', orgId: null, orgName: 'Org\u0001 ✓' };
  const plain = { userId: null, username: 'tester', orgId: null, orgName: 'Tést ✓' };
  for (let i = 0; i < 6; i++) {
    await s.platform.audit.append(i % 2 ? odd : plain, Array.from({ length: 10 }, (_, k) => ({
      action: 'subject.read',
      recordId: k % 3 ? `r${i}-${k}` : `r\\${i}\n${k}`,
      purpose: k % 4 ? null : 'line\r\nbreak',
      details: k % 2 ? { n: k, note: 'quote " and \\ and\nnewline' } : { n: k },
    })));
  }
  head = Number((await sql<{ m: number }>`SELECT max(seq) AS m FROM audit_log`.execute(db)).rows[0]!.m);
  boundary = splitRanges(1, head, 3)[0]!.hi;
});
afterAll(() => s?.close());

async function tamper(statement: ReturnType<typeof sql>, table: 'audit_log' | 'audit_checkpoints' = 'audit_log'): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await sql`ALTER TABLE ${sql.table(table)} DISABLE TRIGGER ${sql.ref(`${table}_append_only`)}`.execute(tx);
    await statement.execute(tx);
    await sql`ALTER TABLE ${sql.table(table)} ENABLE TRIGGER ${sql.ref(`${table}_append_only`)}`.execute(tx);
  });
}

/** Every way of verifying; all must agree. Returns the verdict. */
async function verifyAll(extra: { allSignatures?: boolean } = {}): Promise<AuditVerdict> {
  const url = s.platform.config.databaseUrl;
  const ways = [
    { mode: 'fast' as const },
    { mode: 'fast' as const, parallel: 3 },
    { mode: 'thorough' as const },
    { mode: 'thorough' as const, parallel: 3, batch: 7 },
    ...(s.platform.backend === 'postgres' && url ? [{ mode: 'thorough' as const, parallel: 3, batch: 7, databaseUrl: url }] : []),
  ];
  const verdicts = [];
  for (const w of ways) verdicts.push(await verifyAuditLog(db, { ...w, ...extra }));
  const brief = (v: AuditVerdict) => (v.ok ? { ok: true } : { ok: false, at: v.firstBrokenSeq, reason: v.reason });
  for (const v of verdicts.slice(1)) expect(brief(v)).toEqual(brief(verdicts[0]!));
  return verdicts[0]!;
}

const rowAt = async (seq: number) => (await sql<Record<string, unknown>>`SELECT * FROM audit_log WHERE seq = ${seq}`.execute(db)).rows[0]!;
const putBack = (row: Record<string, unknown>) => tamper(sql`INSERT INTO audit_log SELECT * FROM json_populate_record(NULL::audit_log, ${JSON.stringify(row)}::json)`);

describe('audit verification in ranges', () => {
  it('agrees on an intact log, with every checkpoint', async () => {
    const cps = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_checkpoints`.execute(db)).rows[0]!.n);
    expect(cps).toBeGreaterThan(6);
    expect(await verifyAll()).toMatchObject({ ok: true, entries: head, headSeq: head, checkpoints: cps });
  });

  it('finds an edit, a broken link, a deletion and a swap at the boundary between ranges', async () => {
    const first = await rowAt(boundary + 1);
    await tamper(sql`UPDATE audit_log SET action = 'nothing.happened' WHERE seq = ${boundary + 1}`);
    expect(await verifyAll()).toMatchObject({ ok: false, firstBrokenSeq: boundary + 1, reason: expect.stringMatching(/altered/) });
    await tamper(sql`UPDATE audit_log SET action = ${first.action as string} WHERE seq = ${boundary + 1}`);
    expect((await verifyAll()).ok).toBe(true);

    await tamper(sql`UPDATE audit_log SET prev_hash = ${'f'.repeat(64)} WHERE seq = ${boundary + 1}`);
    expect(await verifyAll()).toMatchObject({ ok: false, firstBrokenSeq: boundary + 1, reason: expect.stringMatching(/does not chain/) });
    await tamper(sql`UPDATE audit_log SET prev_hash = ${first.prev_hash as string} WHERE seq = ${boundary + 1}`);

    for (const seq of [boundary, boundary + 1]) {
      const row = await rowAt(seq);
      await tamper(sql`DELETE FROM audit_log WHERE seq = ${seq}`);
      expect(await verifyAll()).toMatchObject({ ok: false, firstBrokenSeq: seq + 1, reason: `entry ${seq} is missing (found ${seq + 1} next)` });
      await putBack(row);
    }

    const swap = async () => {
      await tamper(sql`UPDATE audit_log SET seq = -5 WHERE seq = ${boundary}`);
      await tamper(sql`UPDATE audit_log SET seq = ${boundary} WHERE seq = ${boundary + 1}`);
      await tamper(sql`UPDATE audit_log SET seq = ${boundary + 1} WHERE seq = -5`);
    };
    await swap();
    expect(await verifyAll()).toMatchObject({ ok: false, firstBrokenSeq: boundary });
    await swap();
    expect((await verifyAll()).ok).toBe(true);
  });

  it('finds an entry moved before the first one', async () => {
    await tamper(sql`UPDATE audit_log SET seq = 0 WHERE seq = 1`);
    expect(await verifyAll()).toMatchObject({ ok: false, firstBrokenSeq: 0, reason: 'entry 0 is out of order (expected 1)' });
    await tamper(sql`UPDATE audit_log SET seq = 1 WHERE seq = 0`);
    expect((await verifyAll()).ok).toBe(true);
  });

  it('finds a correctly chained entry forged onto the end, and a cut tail', async () => {
    const last = await rowAt(head);
    const at = new Date().toISOString();
    const f = { seq: head + 1, at, actorId: null, actorName: 'x', orgId: null, orgName: 'x', action: 'forged', recordType: null, recordId: null, purpose: null, requestId: null, details: '{}' };
    const hash = entryHash(last.hash as string, f);
    await tamper(sql`INSERT INTO audit_log (seq, at, actor_name, org_name, action, details, prev_hash, hash) VALUES (${head + 1}, ${at}, 'x', 'x', 'forged', '{}', ${last.hash as string}, ${hash})`);
    expect(await verifyAll()).toMatchObject({ ok: false, firstBrokenSeq: head + 1, reason: expect.stringMatching(/not covered by a signed checkpoint/) });
    await tamper(sql`DELETE FROM audit_log WHERE seq = ${head + 1}`);

    await tamper(sql`DELETE FROM audit_log WHERE seq = ${head}`);
    expect(await verifyAll()).toMatchObject({ ok: false, firstBrokenSeq: head, reason: `entries ${head}–${head} are missing (a signed checkpoint covers entry ${head})` });
    await putBack(last);
    expect((await verifyAll()).ok).toBe(true);
  });

  it('checks checkpoints against the chain, and their signatures', async () => {
    const cps = (await sql<{ seq: number; head_hash: string; signature: string }>`SELECT seq, head_hash, signature FROM audit_checkpoints ORDER BY seq`.execute(db)).rows;
    const early = cps[1]!;
    const latest = cps[cps.length - 1]!;
    const other = cps[0]!.signature;

    await tamper(sql`UPDATE audit_checkpoints SET head_hash = ${'a'.repeat(64)} WHERE seq = ${early.seq}`, 'audit_checkpoints');
    expect(await verifyAll()).toMatchObject({ ok: false, firstBrokenSeq: Number(early.seq), reason: `checkpoint at entry ${early.seq} does not match the chain` });
    await tamper(sql`UPDATE audit_checkpoints SET head_hash = ${early.head_hash} WHERE seq = ${early.seq}`, 'audit_checkpoints');

    await tamper(sql`UPDATE audit_checkpoints SET signature = ${other} WHERE seq = ${latest.seq}`, 'audit_checkpoints');
    expect(await verifyAll()).toMatchObject({ ok: false, firstBrokenSeq: Number(latest.seq), reason: `checkpoint at entry ${latest.seq} has an invalid signature` });
    await tamper(sql`UPDATE audit_checkpoints SET signature = ${latest.signature} WHERE seq = ${latest.seq}`, 'audit_checkpoints');

    // An earlier signature vouches for nothing the latest one does not; only allSignatures looks at it.
    await tamper(sql`UPDATE audit_checkpoints SET signature = ${other} WHERE seq = ${early.seq}`, 'audit_checkpoints');
    expect((await verifyAll()).ok).toBe(true);
    expect(await verifyAll({ allSignatures: true })).toMatchObject({ ok: false, firstBrokenSeq: Number(early.seq), reason: `checkpoint at entry ${early.seq} has an invalid signature` });
    await tamper(sql`UPDATE audit_checkpoints SET signature = ${early.signature} WHERE seq = ${early.seq}`, 'audit_checkpoints');
    expect((await verifyAll({ allSignatures: true })).ok).toBe(true);
  });
});
