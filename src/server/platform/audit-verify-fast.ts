/**
 * The fast verifier: the database recomputes each entry's SHA-256 from its columns and checks the
 * links, in ranges of seq run at once over several connections (on PGlite, one after another). Each
 * range checks its own entries and the link of its first entry to the entry before the range, so the
 * ranges together check every link, as one walk over the whole log would.
 */
import { sql } from 'kysely';
import { GENESIS_HASH, type ChainVerdict } from '../../core/audit/chain.ts';
import { sequenceReason } from '../../core/audit/ranges.ts';
import type { Database } from './db.ts';
import { HASH_OK_SQL, ORDERED_SCAN_SQL, splitRanges } from './audit-verify-sql.ts';

interface BadRow {
  seq: number;
  ok_hash: boolean;
  prev_seq: number | null;
  ok_prev: boolean;
}

/** The first entry in (lo, hi] that is altered, unlinked or out of sequence, if any. */
async function firstBadIn(db: Database, lo: number | null, hi: number): Promise<BadRow | undefined> {
  // For the range's first entry, lag() has nothing: take the entry before the range (or the genesis hash).
  const prevSeq = lo === null ? sql`lag(seq) OVER w` : sql`coalesce(lag(seq) OVER w, (SELECT max(seq) FROM audit_log WHERE seq <= ${lo}))`;
  const prevHash =
    lo === null
      ? sql`coalesce(lag(hash) OVER w, ${GENESIS_HASH})`
      : sql`coalesce(lag(hash) OVER w, (SELECT hash FROM audit_log WHERE seq <= ${lo} ORDER BY seq DESC LIMIT 1), ${GENESIS_HASH})`;
  const where = lo === null ? sql`seq <= ${hi}` : sql`seq > ${lo} AND seq <= ${hi}`;
  return db.transaction().execute(async (tx) => {
    // Walk the primary key in order even on stale statistics, rather than sorting the range's rows on disk.
    await sql.raw(ORDERED_SCAN_SQL).execute(tx);
    const { rows } = await sql<BadRow>`
      SELECT seq, ok_hash, prev_seq, ok_prev FROM (
        SELECT seq, ${sql.raw(HASH_OK_SQL)} AS ok_hash, ${prevSeq} AS prev_seq, prev_hash = ${prevHash} AS ok_prev
        FROM audit_log WHERE ${where} WINDOW w AS (ORDER BY seq)
      ) x
      WHERE NOT ok_hash OR NOT ok_prev OR seq <> coalesce(prev_seq, 0) + 1
      ORDER BY seq LIMIT 1`.execute(tx);
    return rows[0];
  });
}

/**
 * Verifies the entries with seq ≤ head (the head when verification began) in `parallel` ranges.
 * `entries` is the number of entries in the log.
 */
export async function fastChain(db: Database, log: { n: number; min: number | null; head: number | null }, parallel: number): Promise<ChainVerdict> {
  if (log.head === null || log.min === null) return { ok: true, entries: 0, checkpoints: 0, headSeq: 0 };
  const ranges = splitRanges(log.min, log.head, parallel);
  const found = await Promise.all(ranges.map((r) => firstBadIn(db, r.lo, r.hi)));
  const bad = found.find((b) => b !== undefined);
  if (!bad) return { ok: true, entries: log.n, checkpoints: 0, headSeq: log.head };
  const seq = Number(bad.seq);
  const expected = (bad.prev_seq === null ? 0 : Number(bad.prev_seq)) + 1;
  const reason =
    seq !== expected
      ? sequenceReason(seq, expected)
      : !bad.ok_prev
        ? `entry ${seq} does not chain to entry ${seq - 1}`
        : `entry ${seq} was altered (its hash does not match its content)`;
  return { ok: false, entries: log.n, firstBrokenSeq: seq, reason };
}

/** Checkpoints (seq ≤ head) whose entry is absent or whose head hash is not the entry's hash, in order. */
export async function checkpointMismatches(db: Database, head: number): Promise<number[]> {
  const { rows } = await sql<{ seq: number }>`
    SELECT c.seq FROM audit_checkpoints c LEFT JOIN audit_log a ON a.seq = c.seq
    WHERE c.seq <= ${head} AND a.hash IS DISTINCT FROM c.head_hash ORDER BY c.seq`.execute(db);
  return rows.map((r) => Number(r.seq));
}
