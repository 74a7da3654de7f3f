/**
 * The signature of a step: a SHA-256 hash over the step's fields chained to the previous step of the
 * same record, together with the maker's id, and an Ed25519 signature of that hash by the server's key
 * (the audit signing key). Two chains use it: the transitions of a special-method authorisation and the
 * dated steps of a judicial cooperation request. Any change to a signed step, or to the order of the
 * chain, changes every hash after it (checkChain finds it).
 */
import { createHash, sign, verify, type KeyObject } from 'node:crypto';

export const FIRST_HASH = '0'.repeat(64);

/** Which chain a step belongs to: it is part of the signed message, so a signature never passes for the other kind's. */
export type ChainKind = 'transition' | 'cooperation-step';

export interface SignedFields {
  /** The authorisation or cooperation request the step belongs to. */
  recordId: string;
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

/** The hash of one step chained to `prevHash`. */
export function transitionHash(prevHash: string, f: SignedFields): string {
  const payload = JSON.stringify([f.recordId, f.seq, f.action, f.fromState, f.toState, f.actorId, f.at, f.reason, f.data]);
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

const MESSAGE_LABEL: Record<ChainKind, string> = { transition: 'vigil legal transition v1', 'cooperation-step': 'vigil legal cooperation step v1' };

/**
 * The Ed25519 signature of a step: the server's key signs the step's hash (which covers every field
 * and, through the chain, every step before it). The message names what it is (an authorisation
 * transition or a cooperation step), so it can never be mistaken for an audit checkpoint signed with
 * the same key, nor for a step of the other chain.
 */
export function signatureMessage(kind: ChainKind, recordId: string, seq: number, hash: string): Buffer {
  return Buffer.from(`${MESSAGE_LABEL[kind]}\n${recordId}\n${seq}\n${hash}`, 'utf8');
}

/** Signs a step's hash (base64 Ed25519 signature). */
export function signStep(key: KeyObject, kind: ChainKind, recordId: string, seq: number, hash: string): string {
  return sign(null, signatureMessage(kind, recordId, seq, hash), key).toString('base64');
}

/** Checks a step's signature against an Ed25519 public key. */
export function verifyStepSignature(key: KeyObject, kind: ChainKind, recordId: string, seq: number, hash: string, signature: string): boolean {
  try {
    return verify(null, signatureMessage(kind, recordId, seq, hash), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

export type ChainProblemKind = 'broken-link' | 'bad-hash' | 'bad-signature' | 'untrusted-key' | 'unsigned';

/** The first thing wrong with a chain: which step, and what. */
export interface ChainProblem { seq: number; kind: ChainProblemKind; detail: string }

/** What a check of one record's chain found. */
export interface ChainCheck { transitions: number; signed: number; unsigned: number; firstBad: ChainProblem | null }

/** A stored step as the check reads it: steps recorded before their chain was hashed carry neither hash nor signature. */
export type StoredStep = SignedFields & { prevHash: string | null; hash: string | null; keyId: string | null; signature: string | null };

/** The hash the next step chains to: the last step's hash (a step stored without one is hashed as it stands). */
export function chainHead(list: readonly StoredStep[]): string {
  return list.reduce((prev, t) => t.hash ?? transitionHash(prev, t), FIRST_HASH);
}

/**
 * Checks a chain in order: each link and hash, and each step's signature against a trusted key
 * (`keyFor` returns the key, or why the key id is not trusted). Steps made before signing began carry
 * no signature: they are accepted only at the start of a chain (hash-checked; a step stored without a
 * hash is hashed as it stands, so the first hashed step after it covers it); an unsigned step after a
 * signed one is a problem, since signing never stops once it has begun.
 */
export function checkChain(kind: ChainKind, list: readonly StoredStep[], keyFor: (keyId: string) => KeyObject | string): ChainCheck {
  let prev = FIRST_HASH;
  let signed = 0;
  let unsigned = 0;
  let hashed = false;
  let firstBad: ChainProblem | null = null;
  const bad = (p: ChainProblem) => {
    firstBad ??= p;
  };
  for (const t of list) {
    if (t.hash === null || t.prevHash === null) {
      unsigned += 1;
      if (hashed) bad({ seq: t.seq, kind: 'unsigned', detail: `step ${t.seq} carries no hash or signature although earlier steps do` });
      prev = transitionHash(prev, t);
      continue;
    }
    hashed = true;
    if (t.prevHash !== prev) bad({ seq: t.seq, kind: 'broken-link', detail: `step ${t.seq} does not follow step ${t.seq - 1} (previous hash differs: a step before it was changed, removed or inserted)` });
    else if (transitionHash(prev, t) !== t.hash) bad({ seq: t.seq, kind: 'bad-hash', detail: `step ${t.seq} was changed after it was signed (hash differs)` });
    if (t.signature && t.keyId) {
      signed += 1;
      const key = keyFor(t.keyId);
      if (typeof key === 'string') bad({ seq: t.seq, kind: 'untrusted-key', detail: key });
      else if (!verifyStepSignature(key, kind, t.recordId, t.seq, t.hash, t.signature)) bad({ seq: t.seq, kind: 'bad-signature', detail: `the signature of step ${t.seq} does not verify with key ${t.keyId}` });
    } else {
      unsigned += 1;
      if (signed > 0) bad({ seq: t.seq, kind: 'unsigned', detail: `step ${t.seq} carries no signature although earlier steps do` });
    }
    prev = t.hash;
  }
  return { transitions: list.length, signed, unsigned, firstBad };
}
