/**
 * The signature of a transition: a SHA-256 hash over the transition's fields chained to the previous
 * transition of the same authorisation, together with the maker's id. Any change to a signed
 * transition, or to the order of the chain, changes every hash after it (verifyChain finds it).
 */
import { createHash } from 'node:crypto';

export const FIRST_HASH = '0'.repeat(64);

export interface SignedFields {
  authorisationId: string;
  seq: number;
  action: string;
  fromState: string | null;
  toState: string;
  actorId: string;
  /** ISO timestamp. */
  at: string;
  reason: string;
  /** Canonical JSON of the transition's data (dates, destruction record…). */
  data: string;
}

/** The hash of one transition chained to `prevHash`. */
export function transitionHash(prevHash: string, f: SignedFields): string {
  const payload = JSON.stringify([f.authorisationId, f.seq, f.action, f.fromState, f.toState, f.actorId, f.at, f.reason, f.data]);
  return createHash('sha256').update(`${prevHash}\n${payload}`).digest('hex');
}

/** Checks a chain in order; returns the seq of the first broken link, or null when every hash holds. */
export function verifyChain(list: ReadonlyArray<SignedFields & { prevHash: string; hash: string }>): number | null {
  let prev = FIRST_HASH;
  for (const t of list) {
    if (t.prevHash !== prev || transitionHash(prev, t) !== t.hash) return t.seq;
    prev = t.hash;
  }
  return null;
}

/** JSON with keys sorted, so equal data hashes equally. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const o = value as Record<string, unknown>;
  return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
}
