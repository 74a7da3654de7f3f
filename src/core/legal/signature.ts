/**
 * The signature of a transition: a SHA-256 hash over the transition's fields chained to the previous
 * transition of the same authorisation, together with the maker's id, and an Ed25519 signature of that hash
 * by the server's key (the audit signing key). Any change to a signed
 * transition, or to the order of the chain, changes every hash after it (verifyChain finds it).
 */
import { createHash, sign, verify, type KeyObject } from 'node:crypto';

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

/**
 * The Ed25519 signature of a transition: the server's key signs the transition's hash (which covers
 * every field and, through the chain, every step before it). The message names what it is, so it can
 * never be mistaken for an audit checkpoint signed with the same key.
 */
export function signatureMessage(authorisationId: string, seq: number, hash: string): Buffer {
  return Buffer.from(`vigil legal transition v1\n${authorisationId}\n${seq}\n${hash}`, 'utf8');
}

/** Signs a transition's hash (base64 Ed25519 signature). */
export function signTransition(key: KeyObject, authorisationId: string, seq: number, hash: string): string {
  return sign(null, signatureMessage(authorisationId, seq, hash), key).toString('base64');
}

/** Checks a transition's signature against an Ed25519 public key. */
export function verifyTransitionSignature(key: KeyObject, authorisationId: string, seq: number, hash: string, signature: string): boolean {
  try {
    return verify(null, signatureMessage(authorisationId, seq, hash), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

export type ChainProblemKind = 'broken-link' | 'bad-hash' | 'bad-signature' | 'untrusted-key' | 'unsigned';

/** The first thing wrong with a chain: which step, and what. */
export interface ChainProblem { seq: number; kind: ChainProblemKind; detail: string }

/** What a check of one authorisation's chain found. */
export interface ChainCheck { transitions: number; signed: number; unsigned: number; firstBad: ChainProblem | null }

/**
 * Checks a chain in order: each link and hash, and each transition's signature against a trusted key
 * (`keyFor` returns the key, or why the key id is not trusted). Transitions made before signing began
 * carry no signature: they are accepted only at the start of a chain (hash-checked); an unsigned step
 * after a signed one is a problem, since signing never stops once it has begun.
 */
export function checkChain(
  list: ReadonlyArray<SignedFields & { prevHash: string; hash: string; keyId: string | null; signature: string | null }>,
  keyFor: (keyId: string) => KeyObject | string,
): ChainCheck {
  let prev = FIRST_HASH;
  let signed = 0;
  let unsigned = 0;
  let firstBad: ChainProblem | null = null;
  const bad = (p: ChainProblem) => {
    firstBad ??= p;
  };
  for (const t of list) {
    if (t.prevHash !== prev) bad({ seq: t.seq, kind: 'broken-link', detail: `step ${t.seq} does not follow step ${t.seq - 1} (previous hash differs)` });
    else if (transitionHash(prev, t) !== t.hash) bad({ seq: t.seq, kind: 'bad-hash', detail: `step ${t.seq} was changed after it was signed (hash differs)` });
    if (t.signature && t.keyId) {
      signed += 1;
      const key = keyFor(t.keyId);
      if (typeof key === 'string') bad({ seq: t.seq, kind: 'untrusted-key', detail: key });
      else if (!verifyTransitionSignature(key, t.authorisationId, t.seq, t.hash, t.signature)) bad({ seq: t.seq, kind: 'bad-signature', detail: `the signature of step ${t.seq} does not verify with key ${t.keyId}` });
    } else {
      unsigned += 1;
      if (signed > 0) bad({ seq: t.seq, kind: 'unsigned', detail: `step ${t.seq} carries no signature although earlier steps do` });
    }
    prev = t.hash;
  }
  return { transitions: list.length, signed, unsigned, firstBad };
}
