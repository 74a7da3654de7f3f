/**
 * Verification of the audit log. Two ways, same verdicts:
 * - "fast" (default): the database recomputes each entry's SHA-256 from its columns and checks the
 *   links to the previous entry, in ranges of seq at once over several connections
 *   (audit-verify-fast.ts); the database matches the checkpoints against the chain.
 * - "thorough": Vigil reads every entry and recomputes the chain itself, trusting no hash the
 *   database computes, in ranges at once in worker threads on the server (audit-verify-thorough.ts);
 *   Vigil matches every checkpoint against the chain it computed.
 * Both check every checkpoint's signature (only the latest with `allSignatures: false`) against a key
 * given OUTSIDE the database (`trust`: audit-keys.ts), never against a key only audit_keys vouches
 * for; and both name the first broken entry: edited, removed, inserted or moved, a tail cut behind a
 * checkpoint, or entries past the latest checkpoint (every append ends with a checkpoint of the new head).
 *
 * Why the latest signature would be enough for the entries: every checkpoint must equal the chain at
 * its entry, and the chain is verified link by link, so a valid signature over the latest head hash
 * vouches (through SHA-256) for every entry up to it. Checking every signature also finds a signature
 * column tampered with, or a checkpoint re-signed by a foreign key; it runs on all cores (WebCrypto).
 *
 * Only the entries and checkpoints up to the head at the start are verified, so appends made during a
 * verification are not mistaken for damage.
 */
import { createPublicKey } from 'node:crypto';
import { sql } from 'kysely';
import type { ChainVerdict } from '../../core/audit/chain.ts';
import type { Database } from './db.ts';
import { checkpointMismatches, fastChain } from './audit-verify-fast.ts';
import { thoroughChain } from './audit-verify-thorough.ts';
import { checkSignatures, trustedKeyLookup, type TrustedAuditKeys } from './audit-keys.ts';

export type AuditVerdict = ChainVerdict & { checkpointProblems?: string[]; mode?: 'fast' | 'thorough' };

export interface VerifyOptions {
  mode?: 'fast' | 'thorough';
  /**
   * The keys to trust, from outside the database (trustedAuditKeys() of the settings). Without it (and
   * without trustedPublicKeyPem) the keys registered in audit_keys are trusted: benches only.
   */
  trust?: TrustedAuditKeys;
  /** Verify only with this Ed25519 public key (PEM). */
  trustedPublicKeyPem?: string;
  /** Check every checkpoint's signature (default), or only the latest one's (false). */
  allSignatures?: boolean;
  /** Ranges verified at once (connections, or worker threads in thorough mode). */
  parallel?: number;
  /** thorough: the PostgreSQL server's URL, so worker threads can open their own connections. */
  databaseUrl?: string;
  /** thorough: rows per read. */
  batch?: number;
}

/** Ranges at once in fast mode on a large log (the pool has 10 connections; PGlite runs them in turn). */
const FAST_PARALLEL = 4;

/** The log at the start, in one snapshot: entries, lowest and highest seq, checkpoints, the first checkpoint past the head. */
async function snapshot(db: Database) {
  const r = (
    await sql<{ n: number; min: number | null; head: number | null; cps: number; last_cp: number | null; beyond: number | null }>`
      WITH l AS (SELECT count(*)::int AS n, min(seq) AS min, max(seq) AS head FROM audit_log)
      SELECT l.n, l.min, l.head, (SELECT count(*)::int FROM audit_checkpoints WHERE seq <= coalesce(l.head, 0)) AS cps,
             (SELECT max(seq) FROM audit_checkpoints WHERE seq <= coalesce(l.head, 0)) AS last_cp,
             (SELECT min(seq) FROM audit_checkpoints WHERE seq > coalesce(l.head, 0)) AS beyond
      FROM l`.execute(db)
  ).rows[0]!;
  const num = (v: number | null) => (v === null ? null : Number(v));
  return { n: Number(r.n), min: num(r.min), head: num(r.head), cps: Number(r.cps), lastCp: num(r.last_cp) ?? 0, beyond: num(r.beyond) };
}

/** Checkpoint signature problems: the latest checkpoint (seq ≤ head), or all with `all`. */
async function badSignatures(db: Database, head: number, all: boolean, opts: VerifyOptions): Promise<Array<{ seq: number; text: string }>> {
  const trust: TrustedAuditKeys = opts.trust ??
    (opts.trustedPublicKeyPem
      ? { source: 'the given public key', keys: [createPublicKey(opts.trustedPublicKeyPem)], fingerprints: [] }
      : { source: 'audit_keys', keys: (await db.selectFrom('audit_keys').select('public_key').execute()).map((k) => createPublicKey(k.public_key)), fingerprints: [] });
  const lookup = await trustedKeyLookup(db, trust);
  let q = db.selectFrom('audit_checkpoints').select(['seq', 'head_hash', 'key_id', 'signature']).where('seq', '<=', head).orderBy('seq', 'desc');
  if (!all) q = q.limit(1);
  return checkSignatures(await q.execute(), lookup);
}

/** Verifies the audit log; see the file comment for the two modes. */
export async function verifyAuditLog(db: Database, opts: VerifyOptions = {}): Promise<AuditVerdict> {
  const mode = opts.mode ?? 'fast';
  const log = await snapshot(db);
  const head = log.head ?? 0;
  const signatures = badSignatures(db, head, opts.allSignatures ?? true, opts);
  signatures.catch(() => undefined);
  let chain: ChainVerdict;
  let mismatched: number[];
  if (mode === 'fast') {
    const parallel = opts.parallel ?? (log.n >= 10_000 ? FAST_PARALLEL : 1);
    [chain, mismatched] = await Promise.all([fastChain(db, log, parallel), checkpointMismatches(db, head)]);
  } else {
    const cps = await db.selectFrom('audit_checkpoints').select(['seq', 'head_hash']).where('seq', '<=', head).orderBy('seq').execute();
    const checkpoints = cps.map((c): [number, string] => [Number(c.seq), c.head_hash]);
    const joined = await thoroughChain(db, log, checkpoints, opts);
    chain = joined;
    mismatched = joined.checkpointMisses;
  }
  const badSigs = await signatures;
  if (!chain.ok) return { ...chain, mode };
  if (log.beyond !== null) {
    const reason = `entries ${head + 1}–${log.beyond} are missing (a signed checkpoint covers entry ${log.beyond})`;
    return { ok: false, entries: chain.entries, firstBrokenSeq: head + 1, reason, mode };
  }
  if (log.lastCp < head) {
    // Every append ends with a checkpoint of its last entry, so the head always has one: entries past
    // the latest checkpoint were added without the key (e.g. forged entries chained on at the end).
    const reason = `entries ${log.lastCp + 1}–${head} are not covered by a signed checkpoint (the latest covers entry ${log.lastCp})`;
    return { ok: false, entries: chain.entries, firstBrokenSeq: log.lastCp + 1, reason, mode };
  }
  const problems = [
    ...mismatched.map((seq) => ({ seq, text: `checkpoint at entry ${seq} does not match the chain` })),
    ...badSigs,
  ].sort((a, b) => a.seq - b.seq);
  if (problems.length > 0) {
    const texts = problems.map((p) => p.text);
    return { ok: false, entries: chain.entries, firstBrokenSeq: problems[0]!.seq, reason: texts[0]!, checkpointProblems: texts, mode };
  }
  return { ok: true, entries: chain.entries, checkpoints: log.cps, headSeq: head, mode };
}
