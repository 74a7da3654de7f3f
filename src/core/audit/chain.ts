import { hash, sign, verify, type KeyObject } from 'node:crypto';

/** The fields of an audit entry that its hash covers; `details` is canonical JSON text. */
export interface AuditFields {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string;
  orgId: string | null;
  orgName: string;
  action: string;
  recordType: string | null;
  recordId: string | null;
  purpose: string | null;
  requestId: string | null;
  details: string;
}

/** The hash the first entry chains to. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so equal values hash equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** The exact text an entry's hash covers: its fields in a fixed order, then its details. */
export function entryPayload(f: AuditFields): string {
  return `${JSON.stringify([f.seq, f.at, f.actorId, f.actorName, f.orgId, f.orgName, f.action, f.recordType, f.recordId, f.purpose, f.requestId])}\n${f.details}`;
}

/** SHA-256 (hex) of an entry chained to the previous entry's hash. */
export function entryHash(prevHash: string, fields: AuditFields): string {
  // One-shot hash of the UTF-8 text: the same digest as hashing prevHash, '\n' and the payload in turn.
  return hash('sha256', `${prevHash}\n${entryPayload(fields)}`, 'hex');
}

/** The message a checkpoint signs: the chain head at a sequence number. */
export function checkpointMessage(seq: number, headHash: string): Buffer {
  return Buffer.from(`vigil-audit-checkpoint\n${seq}\n${headHash}`, 'utf8');
}

/** Signs a checkpoint with an Ed25519 private key; returns base64. */
export function signCheckpoint(key: KeyObject, seq: number, headHash: string): string {
  return sign(null, checkpointMessage(seq, headHash), key).toString('base64');
}

/** Checks a checkpoint signature against an Ed25519 public key. */
export function verifyCheckpoint(key: KeyObject, seq: number, headHash: string, signature: string): boolean {
  return verify(null, checkpointMessage(seq, headHash), key, Buffer.from(signature, 'base64'));
}

/** The outcome of verifying a chain: ok, or the first entry where it breaks and why. */
export type ChainVerdict =
  | { ok: true; entries: number; checkpoints: number; headSeq: number }
  | { ok: false; entries: number; firstBrokenSeq: number; reason: string };
