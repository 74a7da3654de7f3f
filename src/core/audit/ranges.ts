/**
 * Verification of the audit chain in ranges of sequence numbers, so the ranges can be read and hashed
 * in parallel. Each range checks its own entries (hash over the stored prev_hash and the fields, link to
 * the entry before it in the range, consecutive numbers); joinRanges then checks the boundaries (the
 * first entry of a range against the last of the range before it). Together this is exactly the walk
 * from entry 1 through the head: the same first broken entry and the same reason.
 */
import { hash } from 'node:crypto';
import { GENESIS_HASH, type ChainVerdict } from './chain.ts';

/**
 * One stored entry as verification reads it: seq, at (ISO text with milliseconds, UTC), actor_id,
 * actor_name, org_id, org_name, action, record_type, record_id, purpose, request_id, details,
 * prev_hash, hash. The first eleven are, in order, the fields entryPayload() serialises.
 */
export type AuditRow = [
  number, string, string | null, string, string | null, string, string, string | null, string | null, string | null, string | null,
  string, string, string,
];

/** What one range found. `count` includes a broken entry; the walk stops there. */
export interface RangeResult {
  count: number;
  first: { seq: number; prevHash: string } | null;
  last: { seq: number; hash: string } | null;
  broken: { seq: number; reason: string } | null;
  /** Checkpoints (by seq) in this range whose head hash the chain reproduced. */
  checkpointsMatched: number;
  /** Checkpoints in this range whose entry is absent or whose head hash differs from the chain. */
  checkpointMisses: number[];
}

/** The reason for an unexpected sequence number (the walk expected `expected`). */
export function sequenceReason(seq: number, expected: number): string {
  return seq > expected ? `entry ${expected} is missing (found ${seq} next)` : `entry ${seq} is out of order (expected ${expected})`;
}

/** The SHA-256 (hex) of a stored row chained to `prevHash`: entryHash() over the row's fields. */
export function rowHash(prevHash: string, r: AuditRow): string {
  const fields = JSON.stringify([r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10]]);
  return hash('sha256', `${prevHash}\n${fields}\n${r[11]}`, 'hex');
}

/** Checks the rows of one range, fed in order of seq. */
export class RangeChecker {
  private readonly result: RangeResult = { count: 0, first: null, last: null, broken: null, checkpointsMatched: 0, checkpointMisses: [] };
  private readonly checkpoints: Map<number, string>;
  private prevSeq = 0;
  private prevHash = '';

  /** `checkpoints`: seq and head hash of every checkpoint whose seq lies in this range. */
  constructor(checkpoints: Iterable<readonly [number, string]> = []) {
    this.checkpoints = new Map(checkpoints);
  }

  /** Feeds the next row; returns false once the range is broken (feed no more). */
  feed(r: AuditRow): boolean {
    return this.feedHashed(r[0], r[12], r[13], rowHash(r[12], r));
  }

  /**
   * Feeds the next row given its seq, stored prev_hash and hash, and `computed`: rowHash() of the row
   * over its stored prev_hash. Returns false once the range is broken (feed no more).
   */
  feedHashed(seq: number, storedPrev: string, storedHash: string, computed: string): boolean {
    const res = this.result;
    if (res.broken) return false;
    res.count++;
    if (res.first === null) {
      // The boundary (number and link) is joinRanges()'s to check.
      res.first = { seq, prevHash: storedPrev };
    } else if (seq !== this.prevSeq + 1) {
      res.broken = { seq, reason: sequenceReason(seq, this.prevSeq + 1) };
      return false;
    } else if (storedPrev !== this.prevHash) {
      res.broken = { seq, reason: `entry ${seq} does not chain to entry ${seq - 1}` };
      return false;
    }
    if (computed !== storedHash) {
      res.broken = { seq, reason: `entry ${seq} was altered (its hash does not match its content)` };
      return false;
    }
    const cp = this.checkpoints.get(seq);
    if (cp !== undefined) {
      if (cp === computed) res.checkpointsMatched++;
      this.checkpoints.delete(seq);
      if (cp !== computed) res.checkpointMisses.push(seq);
    }
    this.prevSeq = seq;
    this.prevHash = computed;
    return true;
  }

  /** The result; checkpoints never reached count as misses. */
  finish(): RangeResult {
    const res = this.result;
    res.last = res.first === null ? null : { seq: this.prevSeq, hash: this.prevHash };
    res.checkpointMisses.push(...this.checkpoints.keys());
    this.checkpoints.clear();
    res.checkpointMisses.sort((a, b) => a - b);
    return res;
  }
}

/** Joins the results of consecutive ranges (in order, covering every seq) into the verdict of the whole chain. */
export function joinRanges(results: readonly RangeResult[]): ChainVerdict & { checkpointMisses: number[] } {
  let expected = 1;
  let prev = GENESIS_HASH;
  let entries = 0;
  let checkpoints = 0;
  const checkpointMisses: number[] = [];
  for (const r of results) {
    if (r.first === null) continue;
    const broken =
      r.first.seq !== expected
        ? { seq: r.first.seq, reason: sequenceReason(r.first.seq, expected), count: 1 }
        : r.first.prevHash !== prev
          ? { seq: r.first.seq, reason: `entry ${r.first.seq} does not chain to entry ${r.first.seq - 1}`, count: 1 }
          : r.broken
            ? { ...r.broken, count: r.count }
            : null;
    if (broken) return { ok: false, entries: entries + broken.count, firstBrokenSeq: broken.seq, reason: broken.reason, checkpointMisses };
    entries += r.count;
    checkpoints += r.checkpointsMatched;
    checkpointMisses.push(...r.checkpointMisses);
    prev = r.last!.hash;
    expected = r.last!.seq + 1;
  }
  return { ok: true, entries, checkpoints, headSeq: expected - 1, checkpointMisses };
}
