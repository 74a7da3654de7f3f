/**
 * Verification in ranges (src/server/platform/audit-verify*.ts): every way of verifying (fast or
 * thorough, one range or several, in this thread or in worker threads on the server) gives the same
 * verdict, also when the damage sits exactly at a boundary between ranges.
 */
import { sql } from 'kysely';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalText } from '../../src/core/audit/canonical.ts';
import { generateKeyPairSync } from 'node:crypto';
import { entryHash, signCheckpoint } from '../../src/core/audit/chain.ts';
import { AuditLog, AuditSigner, verifyAuditLog, type AuditVerdict } from '../../src/server/platform/audit.ts';
import { checkSignatures, keyFingerprint, keyIdOf, trustedAuditKeys, trustedKeyLookup } from '../../src/server/platform/audit-keys.ts';
import { putBackSql } from '../helpers/audit.ts';
import { splitRanges } from '../../src/server/platform/audit-verify-sql.ts';
import type { Database } from '../../src/server/platform/db.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let db: Database;
let head: number;
let boundary: number; // the last entry of the first of three ranges

beforeAll(async () => {
  // Nothing may append while entries are forged: no reminder jobs on test servers, and the content job
  // (its webhook retries append delivery failures of the demo orders) and partner pulls wait an hour.
  s = await startTestServer({ env: { VIGIL_CONTENT_JOB_INTERVAL_MS: '3600000', VIGIL_SHARING_PULL_MS: '3600000' } });
  db = s.platform.db;
  // Text that COPY escapes and JSON.stringify escapes (worker threads hash such rows the slow way), and plain rows.
  const odd = { userId: null, username: 'tëster "q"\ttab\\', orgId: null, orgName: 'Org\u0001 ✓' };
  const plain = { userId: null, username: 'tester', orgId: null, orgName: 'Tést ✓' };
  for (let i = 0; i < 6; i++) {
    await s.platform.audit.append(i % 2 ? odd : plain, Array.from({ length: 10 }, (_, k) => ({
      action: k % 2 ? 'sharing.partner-failure' : 'subject.update',
      recordId: k % 3 ? `r${i}-${k}` : `r\\${i}\n${k}`,
      purpose: k % 4 ? null : 'line\r\nbreak',
      details: k % 2 ? { message: `${k}: quote " and \\ and\nnewline` } : { version: k },
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
  const trust = trustedAuditKeys(s.platform.config);
  for (const w of ways) verdicts.push(await verifyAuditLog(db, { ...w, trust, ...extra }));
  const brief = (v: AuditVerdict) => (v.ok ? { ok: true } : { ok: false, at: v.firstBrokenSeq, reason: v.reason });
  for (const v of verdicts.slice(1)) expect(brief(v)).toEqual(brief(verdicts[0]!));
  return verdicts[0]!;
}

const rowAt = async (seq: number) => (await sql<Record<string, unknown>>`SELECT * FROM audit_log WHERE seq = ${seq}`.execute(db)).rows[0]!;
const putBack = (row: Record<string, unknown>) => tamper(putBackSql(row));

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

    // Every signature is checked by default; allSignatures: false looks at the latest one only.
    await tamper(sql`UPDATE audit_checkpoints SET signature = ${other} WHERE seq = ${early.seq}`, 'audit_checkpoints');
    expect((await verifyAll({ allSignatures: false })).ok).toBe(true);
    expect(await verifyAll()).toMatchObject({ ok: false, firstBrokenSeq: Number(early.seq), reason: `checkpoint at entry ${early.seq} has an invalid signature` });
    await tamper(sql`UPDATE audit_checkpoints SET signature = ${early.signature} WHERE seq = ${early.seq}`, 'audit_checkpoints');
    expect((await verifyAll()).ok).toBe(true);
  });

  it('trusts only the key given outside the database: a forged key with re-signed checkpoints fails, naming the key', async () => {
    await expect(sql`UPDATE audit_keys SET public_key = 'x'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_keys`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_keys`.execute(db)).rejects.toThrow(/append-only/);

    const forged = generateKeyPairSync('ed25519');
    const forgedId = keyIdOf(forged.publicKey);
    await sql`INSERT INTO audit_keys (key_id, public_key) VALUES (${forgedId}, ${forged.publicKey.export({ type: 'spki', format: 'pem' }).toString()})`.execute(db);
    const cps = (await sql<{ seq: number; head_hash: string; key_id: string; signature: string }>`SELECT seq, head_hash, key_id, signature FROM audit_checkpoints ORDER BY seq`.execute(db)).rows;
    const resign = async (rows: typeof cps, forge: boolean) => {
      for (const c of rows) {
        const sig = forge ? signCheckpoint(forged.privateKey, Number(c.seq), c.head_hash) : c.signature;
        await tamper(sql`UPDATE audit_checkpoints SET key_id = ${forge ? forgedId : c.key_id}, signature = ${sig} WHERE seq = ${c.seq}`, 'audit_checkpoints');
      }
    };
    await resign(cps, true);
    // The database alone vouches for the forged key: the old verification (trusting audit_keys) passes.
    expect((await verifyAuditLog(db)).ok).toBe(true);
    const fail = { ok: false, firstBrokenSeq: Number(cps[0]!.seq), reason: expect.stringContaining(`key ${forgedId}`) };
    expect(await verifyAll()).toMatchObject(fail);
    expect(JSON.stringify(await verifyAll())).toMatch(/not the trusted audit key/);
    // Trust by fingerprint (VIGIL_AUDIT_KEY_FINGERPRINT): the stored forged key does not match it.
    const real = trustedAuditKeys(s.platform.config).keys[0]!;
    const byFingerprint = trustedAuditKeys({ ...s.platform.config, auditKeyFingerprint: `SHA256:${keyFingerprint(real)}` });
    expect(await verifyAuditLog(db, { trust: byFingerprint })).toMatchObject(fail);
    // Only the latest signature (forged too) still fails.
    expect(await verifyAll({ allSignatures: false })).toMatchObject({ ok: false, reason: expect.stringContaining(forgedId) });
    await resign(cps, false);
    expect((await verifyAll()).ok).toBe(true);
    expect((await verifyAuditLog(db, { trust: byFingerprint })).ok).toBe(true);
  });
});

describe('canonical text of the audit log', () => {
  // Any text: lone surrogates, NUL, noncharacters, controls, very long strings.
  const odd = fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    fc.constantFrom('\uD800', 'a\uDC00b', '\uDBFF\uDFFF', '\u0000', 'x\u0000\uD83D', '\uFFFE\uFFFF\u{1FFFF}\u{10FFFF}', '\u2028\u2029\u007f\u0085', '"\\\t\n\r\b\f\v\u0001'),
    fc.string({ unit: 'binary', minLength: 20_000, maxLength: 60_000 }),
  );

  it('an untampered log verifies after a sign-in whose username holds a lone surrogate (one unauthenticated request)', async () => {
    const anon = await s.client();
    const r = await anon.req('POST', '/api/auth/login', '{"username":"\\ud800ghost","password":"nope-nope-nope"}');
    expect(r.status).toBeLessThan(500);
    expect(await verifyAll()).toMatchObject({ ok: true });
    // The entry that sign-in writes (whether or not the edge already refuses such a username).
    await s.platform.audit.append({ userId: null, username: '\uD800ghost\u0000', orgId: null, orgName: '' }, [{ action: 'auth.login_failed', requestId: 'req-1' }]);
    const row = (await sql<{ actor_name: string }>`SELECT actor_name FROM audit_log WHERE action = 'auth.login_failed' ORDER BY seq DESC LIMIT 1`.execute(db)).rows[0]!;
    expect(row.actor_name).toBe('\uFFFDghost\\u0000');
    expect(await verifyAll()).toMatchObject({ ok: true });
  });

  it('writer and both verifiers agree on any Unicode in every field and detail (property)', async () => {
    const signer = AuditSigner.fromFile(s.platform.config.auditKeyFile);
    // Not strict: arbitrary detail keys go through the production path (written with schemaError).
    const lenient = new AuditLog(db, signer, false);
    await fc.assert(
      fc.asyncProperty(odd, odd, odd, odd, odd, fc.dictionary(odd, fc.oneof(odd, fc.integer(), fc.array(odd, { maxLength: 3 })), { maxKeys: 3 }), async (user, org, purpose, recordId, message, extra) => {
        const actor = { userId: null, username: user, orgId: null, orgName: org };
        await s.platform.audit.append(actor, [{ action: 'sharing.partner-failure', recordId, purpose, requestId: message.slice(0, 50), details: { message: message.slice(0, 1000) } }]);
        await lenient.append(actor, [{ action: 'subject.read', recordIds: [recordId], details: extra }]);
        const last = (await sql<{ actor_name: string; org_name: string; details: string }>`SELECT actor_name, org_name, details FROM audit_log ORDER BY seq DESC LIMIT 1`.execute(db)).rows[0]!;
        expect(last.actor_name).toBe(canonicalText(user));
        expect(last.org_name).toBe(canonicalText(org));
      }),
      { numRuns: 40, seed: 1104, endOnFailure: true },
    );
    const v = await verifyAll();
    expect(v).toMatchObject({ ok: true });
  }, 180_000);
});

describe('checkpoint signatures in worker threads', () => {
  it('finds the same bad signature and untrusted key in worker threads as in this thread', async () => {
    const good = generateKeyPairSync('ed25519');
    const other = generateKeyPairSync('ed25519');
    const rows = Array.from({ length: 60 }, (_, i) => {
      const head = (i + 1).toString(16).padStart(64, '0');
      const key = i === 40 ? other : good;
      return { seq: i + 1, head_hash: head, key_id: keyIdOf(key.publicKey), signature: signCheckpoint(key.privateKey, i + 1, head) };
    });
    rows[17] = { ...rows[17]!, signature: rows[18]!.signature };
    const lookup = await trustedKeyLookup(db, { source: 'test', keys: [good.publicKey], fingerprints: [] });
    const inThread = await checkSignatures(rows, lookup, 0);
    expect(inThread.map((p) => p.seq)).toEqual([18, 41]);
    expect(inThread[0]!.text).toBe('checkpoint at entry 18 has an invalid signature');
    expect(inThread[1]!.text).toContain(`key ${keyIdOf(other.publicKey)} is not the trusted audit key`);
    expect(await checkSignatures(rows, lookup, 2)).toEqual(inThread);
  }, 60_000);
});
