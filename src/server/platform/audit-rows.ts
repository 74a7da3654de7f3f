/**
 * The audit chain's rows as the writer sends them (AuditLog in audit.ts): each event's fields in their
 * canonical form, hashed onto the entry before it, and the signed checkpoint of the new head. Pure: no
 * database work.
 */
import { GENESIS_HASH, canonicalJson, entryHash, type AuditFields } from '../../core/audit/chain.ts';
import { canonicalNullable, canonicalText, canonicalValue } from '../../core/audit/canonical.ts';
import type { AuditActor, AuditDetails, AuditEvent } from './audit.ts';

/** One event and who did it. */
export interface AuditItem {
  actor: AuditActor;
  event: AuditEvent;
}

/** The chain's last entry (seq and hash). */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** What signs a checkpoint of the chain head. */
export interface CheckpointSigner {
  readonly keyId: string;
  sign(seq: number, headHash: string): string;
}

/** The entries of `items` chained onto `from` (the empty chain when null), their checkpoint and the head they leave. */
export function chainRows(items: AuditItem[], details: AuditDetails[], at: string, from: ChainHead | null, signer: CheckpointSigner) {
  const start = from ?? { seq: 0, hash: GENESIS_HASH };
  let prev = start.hash;
  let seq = start.seq;
  const rows = items.map(({ actor, event: e }, i) => {
    seq++;
    // Every text in its canonical form (canonical.ts) BEFORE hashing and storing: the database keeps
    // exactly the text the hash covers, whatever the input (lone surrogates, NUL).
    const fields: AuditFields = {
      seq,
      at,
      actorId: canonicalNullable(actor.userId),
      actorName: canonicalText(actor.username),
      orgId: canonicalNullable(actor.orgId),
      orgName: canonicalText(actor.orgName),
      action: canonicalText(e.action),
      recordType: canonicalNullable(e.recordType ?? null),
      recordId: canonicalNullable(e.recordId ?? null),
      purpose: canonicalNullable(e.purpose ?? null),
      requestId: canonicalNullable(e.requestId ?? null),
      details: canonicalJson(canonicalValue(details[i])),
    };
    const hash = entryHash(prev, fields);
    const row = {
      seq,
      at,
      actor_id: fields.actorId,
      actor_name: fields.actorName,
      org_id: fields.orgId,
      org_name: fields.orgName,
      action: fields.action,
      record_type: fields.recordType,
      record_id: fields.recordId,
      purpose: fields.purpose,
      request_id: fields.requestId,
      details: fields.details,
      prev_hash: prev,
      hash,
    };
    prev = hash;
    return row;
  });
  const checkpoint = { seq, head_hash: prev, at, key_id: signer.keyId, signature: signer.sign(seq, prev) };
  return { from: start, rows, checkpoint, head: { seq, hash: prev } satisfies ChainHead };
}

/** The details an entry's hash covers, with the record ids the event released and answered about. */
export function withRefs(e: AuditEvent): AuditDetails {
  const d: AuditDetails = { ...(e.details ?? {}) };
  if (e.recordIds && e.recordIds.length > 0) d.recordIds = [...e.recordIds];
  if (e.hitIds && e.hitIds.length > 0) d.hitIds = [...e.hitIds];
  return d;
}
