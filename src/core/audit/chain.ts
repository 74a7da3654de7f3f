import { createHash, sign, verify, type KeyObject } from 'node:crypto';

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
  return createHash('sha256').update(prevHash).update('\n').update(entryPayload(fields)).digest('hex');
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

/**
 * Walks a chain in order and finds the first broken link. Feed entries with `next`, then `finish`.
 * Detects edited entries (hash mismatch), removed or inserted entries (sequence gap or chain break),
 * reordering (sequence or chain break) and a tail cut behind a signed checkpoint.
 */
export class ChainVerifier {
  private prev = GENESIS_HASH;
  private expectedSeq = 1;
  private count = 0;
  private broken: { seq: number; reason: string } | null = null;
  private readonly hashesAtCheckpoints = new Map<number, string>();

  constructor(private readonly checkpointSeqs: ReadonlySet<number> = new Set()) {}

  /** Feeds the next entry as stored (its stored prev_hash and hash). Returns false once broken. */
  next(fields: AuditFields, storedPrev: string, storedHash: string): boolean {
    if (this.broken) return false;
    this.count++;
    if (fields.seq !== this.expectedSeq) {
      this.broken = {
        seq: fields.seq,
        reason: fields.seq > this.expectedSeq
          ? `entry ${this.expectedSeq} is missing (found ${fields.seq} next)`
          : `entry ${fields.seq} is out of order (expected ${this.expectedSeq})`,
      };
      return false;
    }
    if (storedPrev !== this.prev) {
      this.broken = { seq: fields.seq, reason: `entry ${fields.seq} does not chain to entry ${fields.seq - 1}` };
      return false;
    }
    const h = entryHash(this.prev, fields);
    if (h !== storedHash) {
      this.broken = { seq: fields.seq, reason: `entry ${fields.seq} was altered (its hash does not match its content)` };
      return false;
    }
    if (this.checkpointSeqs.has(fields.seq)) this.hashesAtCheckpoints.set(fields.seq, h);
    this.prev = h;
    this.expectedSeq++;
    return true;
  }

  /** The chain hash at a checkpointed sequence number, once walked past it. */
  hashAt(seq: number): string | undefined {
    return this.hashesAtCheckpoints.get(seq);
  }

  /** The verdict after the last entry. */
  finish(): ChainVerdict {
    if (this.broken) return { ok: false, entries: this.count, firstBrokenSeq: this.broken.seq, reason: this.broken.reason };
    return { ok: true, entries: this.count, checkpoints: this.hashesAtCheckpoints.size, headSeq: this.expectedSeq - 1 };
  }
}
