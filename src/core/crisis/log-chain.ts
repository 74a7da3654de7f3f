/**
 * The incident log's hash chain: each entry's hash covers the previous entry's hash and the entry's
 * canonical content, so a changed, removed or reordered entry breaks every hash after it.
 */
import { createHash } from 'node:crypto';
import { canonicalJson, GENESIS_HASH } from '../audit/chain.ts';

export { GENESIS_HASH };

/** What an entry's hash covers. */
export interface LogContent {
  incidentId: string;
  seq: number;
  kind: string;
  text: string;
  reason: string | null;
  authorId: string | null;
  authorOrgId: string | null;
  at: string;
  correctsId: string | null;
  data: unknown;
}

/** sha256 over the previous hash and the canonical JSON of the content (hex). */
export function logEntryHash(prevHash: string, content: LogContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

/** A stored entry: its content, the hash it chains to, and its own hash. */
export interface ChainedEntry {
  content: LogContent;
  prevHash: string;
  hash: string;
}

/** Checks a whole incident log, in seq order: the first break (seq) or ok. */
export function verifyLogChain(entries: readonly ChainedEntry[]): { ok: true; count: number } | { ok: false; brokenAtSeq: number; reason: string } {
  let prev = GENESIS_HASH;
  let expectSeq = 1;
  for (const e of entries) {
    if (e.content.seq !== expectSeq) return { ok: false, brokenAtSeq: e.content.seq, reason: `entry ${expectSeq} is missing` };
    if (e.prevHash !== prev) return { ok: false, brokenAtSeq: e.content.seq, reason: 'does not chain to the entry before it' };
    if (logEntryHash(prev, e.content) !== e.hash) return { ok: false, brokenAtSeq: e.content.seq, reason: 'its content does not match its hash' };
    prev = e.hash;
    expectSeq += 1;
  }
  return { ok: true, count: entries.length };
}
