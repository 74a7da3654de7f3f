/**
 * Verification of the audit log. Two ways, same verdicts:
 * - "fast" (default): the database recomputes each entry's SHA-256 from its columns and checks the
 *   links to the previous entry in one pass (pg_catalog.sha256, a window over seq), then Node checks the
 *   checkpoints against the chain and the signature of the latest one.
 * - "thorough": Node reads every entry and recomputes the chain itself (trusting nothing the database
 *   computes), and checks every checkpoint signature.
 * Both name the first broken entry: edited, removed, inserted or moved, or a tail cut behind a checkpoint.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { sql } from 'kysely';
import { ChainVerifier, GENESIS_HASH, verifyCheckpoint, type AuditFields, type ChainVerdict } from '../../core/audit/chain.ts';
import type { Database } from './db.ts';

export type AuditVerdict = ChainVerdict & { checkpointProblems?: string[]; mode?: 'fast' | 'thorough' };

const AT_ISO = sql<string>`to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const j = (col: string) => sql`coalesce(to_json(${sql.ref(col)})::text, 'null')`;
// The SQL twin of entryPayload() in src/core/audit/chain.ts: the same text, byte for byte.
const PAYLOAD = sql`'[' || seq::text || ',' || to_json(${AT_ISO})::text || ',' || coalesce(to_json(actor_id::text)::text, 'null') || ',' || ${j('actor_name')}
  || ',' || coalesce(to_json(org_id::text)::text, 'null') || ',' || ${j('org_name')} || ',' || ${j('action')} || ',' || ${j('record_type')}
  || ',' || ${j('record_id')} || ',' || ${j('purpose')} || ',' || ${j('request_id')} || ']' || E'\\n' || details`;

async function publicKeys(db: Database, trustedPem?: string): Promise<(keyId: string) => KeyObject | undefined> {
  if (trustedPem) {
    const k = createPublicKey(trustedPem);
    return () => k;
  }
  const keys = new Map<string, KeyObject>();
  for (const k of await db.selectFrom('audit_keys').selectAll().execute()) keys.set(k.key_id, createPublicKey(k.public_key));
  return (id) => keys.get(id);
}

/** Verifies the audit log; see the file comment for the two modes. */
export async function verifyAuditLog(
  db: Database,
  opts: { mode?: 'fast' | 'thorough'; batch?: number; trustedPublicKeyPem?: string } = {},
): Promise<AuditVerdict> {
  const verdict = opts.mode === 'thorough' ? await thorough(db, opts) : await fast(db, opts);
  return { ...verdict, mode: opts.mode ?? 'fast' };
}

async function fast(db: Database, opts: { trustedPublicKeyPem?: string }): Promise<AuditVerdict> {
  const { rows } = await sql<{ seq: number; ok_hash: boolean; prev_seq: number | null; ok_prev: boolean }>`
    SELECT seq, ok_hash, prev_seq, ok_prev FROM (
      SELECT seq,
             hash = encode(pg_catalog.sha256(convert_to(prev_hash || E'\\n' || ${PAYLOAD}, 'UTF8')), 'hex') AS ok_hash,
             lag(seq) OVER w AS prev_seq,
             prev_hash = coalesce(lag(hash) OVER w, ${GENESIS_HASH}) AS ok_prev
      FROM audit_log WINDOW w AS (ORDER BY seq)
    ) x
    WHERE NOT ok_hash OR NOT ok_prev OR seq <> coalesce(prev_seq, 0) + 1
    ORDER BY seq LIMIT 1`.execute(db);
  const stats = (await sql<{ n: number; head: number | null }>`SELECT count(*)::int AS n, max(seq)::int AS head FROM audit_log`.execute(db)).rows[0]!;
  const entries = Number(stats.n);
  const bad = rows[0];
  if (bad) {
    const expected = (bad.prev_seq ?? 0) + 1;
    const reason =
      bad.seq > expected
        ? `entry ${expected} is missing (found ${bad.seq} next)`
        : bad.seq < expected
          ? `entry ${bad.seq} is out of order (expected ${expected})`
          : !bad.ok_prev
            ? `entry ${bad.seq} does not chain to entry ${bad.seq - 1}`
            : `entry ${bad.seq} was altered (its hash does not match its content)`;
    return { ok: false, entries, firstBrokenSeq: bad.seq, reason };
  }
  const head = stats.head ?? 0;
  // Checkpoints: each must match the chain at its entry; the latest must carry a valid signature.
  const cps = (
    await sql<{ seq: number; head_hash: string; key_id: string; signature: string; hash: string | null }>`
      SELECT c.seq, c.head_hash, c.key_id, c.signature, a.hash FROM audit_checkpoints c LEFT JOIN audit_log a ON a.seq = c.seq ORDER BY c.seq`.execute(db)
  ).rows;
  const keyOf = await publicKeys(db, opts.trustedPublicKeyPem);
  const problems: string[] = [];
  for (const c of cps) {
    if (c.seq > head) {
      return { ok: false, entries, firstBrokenSeq: head + 1, reason: `entries ${head + 1}–${c.seq} are missing (a signed checkpoint covers entry ${c.seq})` };
    }
    if (c.hash !== c.head_hash) problems.push(`checkpoint at entry ${c.seq} does not match the chain`);
  }
  const last = cps[cps.length - 1];
  if (last) {
    const key = keyOf(last.key_id);
    if (!key || !verifyCheckpoint(key, last.seq, last.head_hash, last.signature)) problems.push(`checkpoint at entry ${last.seq} has an invalid signature`);
  }
  if (problems.length > 0) {
    const first = Number(/entry (\d+)/.exec(problems[0]!)?.[1] ?? 0);
    return { ok: false, entries, firstBrokenSeq: first, reason: problems[0]!, checkpointProblems: problems };
  }
  return { ok: true, entries, checkpoints: cps.length, headSeq: head };
}

async function thorough(db: Database, opts: { batch?: number; trustedPublicKeyPem?: string }): Promise<AuditVerdict> {
  const batch = opts.batch ?? 20_000;
  const keyOf = await publicKeys(db, opts.trustedPublicKeyPem);
  const checkpoints = await db.selectFrom('audit_checkpoints').selectAll().orderBy('seq').execute();
  const problems: string[] = [];
  for (const c of checkpoints) {
    const key = keyOf(c.key_id);
    if (!key || !verifyCheckpoint(key, c.seq, c.head_hash, c.signature)) problems.push(`checkpoint at entry ${c.seq} has an invalid signature`);
  }
  const verifier = new ChainVerifier(new Set(checkpoints.map((c) => c.seq)));
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .select(['seq', 'actor_id', 'actor_name', 'org_id', 'org_name', 'action', 'record_type', 'record_id', 'purpose', 'request_id', 'details', 'prev_hash', 'hash', AT_ISO.as('at_iso')])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(batch)
      .execute();
    if (rows.length === 0) break;
    let goOn = true;
    for (const r of rows) {
      const fields: AuditFields = {
        seq: r.seq, at: r.at_iso, actorId: r.actor_id, actorName: r.actor_name, orgId: r.org_id, orgName: r.org_name, action: r.action,
        recordType: r.record_type, recordId: r.record_id, purpose: r.purpose, requestId: r.request_id, details: r.details,
      };
      if (!verifier.next(fields, r.prev_hash, r.hash)) {
        goOn = false;
        break;
      }
    }
    if (!goOn) break;
    after = rows[rows.length - 1]!.seq;
  }
  const verdict = verifier.finish();
  if (!verdict.ok) return { ...verdict, checkpointProblems: problems };
  for (const c of checkpoints) {
    if (c.seq > verdict.headSeq) {
      return { ok: false, entries: verdict.entries, firstBrokenSeq: verdict.headSeq + 1, reason: `entries ${verdict.headSeq + 1}–${c.seq} are missing (a signed checkpoint covers entry ${c.seq})`, checkpointProblems: problems };
    }
    if (verifier.hashAt(c.seq) !== c.head_hash) problems.push(`checkpoint at entry ${c.seq} does not match the chain`);
  }
  if (problems.length > 0) {
    const first = Number(/entry (\d+)/.exec(problems[0]!)?.[1] ?? 0);
    return { ok: false, entries: verdict.entries, firstBrokenSeq: first, reason: problems[0]!, checkpointProblems: problems };
  }
  return verdict;
}
