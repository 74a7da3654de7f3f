/**
 * The read door: every marked record that leaves a service passes here. The door applies the access
 * policy (src/core/access/policy.ts) to each record, keeps what the caller may read in full, turns
 * what the policy grants as hit/no-hit into "exists, contact organisation X" (nothing else), drops the
 * rest as if it did not exist, and writes one audit event naming the ids it released and the ids it
 * answered hit/no-hit about. Nothing is released without its audit entry being durable.
 *
 * Services call `passDoor` (lists, searches, exports, pulls) or `passDoorOne` (a single record, where a
 * refusal must look exactly like a missing id).
 */
import { canAccess, type Action, type RecordMarkings } from '../../core/access/policy.ts';
import type { Module } from '../../core/vocab.ts';
import type { Ctx } from './context.ts';
import type { Database } from './db.ts';
import { notFound } from './errors.ts';
import type { Platform } from './platform.ts';
import { policyCtx, policyMarkings, type MarkingRow } from './records.ts';
import type { AuditDetails, HeldEvents } from './audit.ts';

/** What a hit/no-hit answer reveals: the record exists, and whom to ask. */
export interface HitAnswer {
  id: string;
  hit: true;
  contact: { organisationId: string; organisation: string };
}

/** One pass through the door. */
export interface DoorRequest<R> {
  /** The module whose read right applies (intel, threat, sharing, screening, content…). */
  module: Module;
  /** The kind of record, as the audit log names it (subject, report, stix-object, bank…). */
  recordType: string;
  /** The audit action, e.g. "subject.read", "subject.search", "taxii.objects". */
  action: string;
  rows: readonly R[];
  /** The policy's view of a row; defaults to the marking columns of a MarkingRow. */
  markings?: (row: R) => RecordMarkings;
  /**
   * Whether this read may answer hit/no-hit for rows that opt in. Only direct look-ups and name
   * searches do; lists, counts, queues, exports and pulls never reveal what they leave out.
   */
  hits?: boolean;
  /** Policy action; reads by default. */
  policyAction?: Action;
  /**
   * Records the read is about besides those it releases (e.g. the subject whose threat history is
   * read), named on the audit record with them, so "who read record X" finds the read. The caller must
   * already have passed them through the door.
   */
  about?: readonly string[];
  /** Typed references and counts for the audit event (never content). */
  details?: AuditDetails;
  /**
   * Write the audit event inside this transaction (a change and its read commit together), or hold it
   * for the caller's own statement (HeldEvents, AuditLog.appendWith).
   */
  tx?: Database | HeldEvents;
  /** Skip the audit event (only where the caller records the same ids itself in the same transaction). */
  audit?: false;
}

/** What came through: the rows the caller reads in full, and hit/no-hit answers for the others. */
export interface DoorResult<R> {
  full: R[];
  hits: HitAnswer[];
}

function defaultMarkings(row: unknown): RecordMarkings {
  return policyMarkings(row as MarkingRow);
}

/** Applies the policy to rows without writing anything (for callers that only count what they pass). */
export function sortAtDoor<R>(p: Platform, ctx: Ctx, req: Omit<DoorRequest<R>, 'action' | 'recordType'>): { full: R[]; hitRows: R[] } {
  const pctx = policyCtx(ctx, req.module, p.config.retentionGraceDays);
  const toMarkings = req.markings ?? defaultMarkings;
  const full: R[] = [];
  const hitRows: R[] = [];
  for (const row of req.rows) {
    const d = canAccess(ctx.actor, toMarkings(row), req.policyAction ?? 'read', pctx);
    if (d === 'full') full.push(row);
    else if (d === 'hit' && req.hits === true) hitRows.push(row);
  }
  return { full, hitRows };
}

/**
 * Passes rows through the door: policy per row, one audit event with the released ids (and the ids
 * answered hit/no-hit), then the rows the caller may read and the hit answers.
 */
export async function passDoor<R>(p: Platform, ctx: Ctx, req: DoorRequest<R>): Promise<DoorResult<R>> {
  const toMarkings = req.markings ?? defaultMarkings;
  const { full, hitRows } = sortAtDoor(p, ctx, req);
  if (hitRows.length > 0) await p.orgs.fresh();
  const hits: HitAnswer[] = hitRows.map((r) => {
    const m = toMarkings(r);
    return { id: m.id, hit: true, contact: { organisationId: m.ownerOrgId, organisation: p.orgs.name(m.ownerOrgId) } };
  });
  if (req.audit !== false) {
    const recordIds = [...new Set([...(req.about ?? []), ...full.map((r) => toMarkings(r).id)])];
    await p.record(
      ctx,
      [
        {
          action: req.action,
          recordType: req.recordType,
          recordId: recordIds.length === 1 && hits.length === 0 ? recordIds[0]! : null,
          recordIds,
          hitIds: hits.map((h) => h.id),
          ...(req.details ? { details: req.details } : {}),
        },
      ],
      req.tx,
    );
  }
  return { full, hits };
}

/** The answer for one record: the record, a hit/no-hit answer, or 404 exactly as for a missing id. */
export type DoorOne<R> = { kind: 'full'; row: R } | { kind: 'hit'; hit: HitAnswer };

/**
 * Passes one record (or its absence) through the door. A refused record and a missing one give the
 * same 404 (`notFound(recordType)`); a hit/no-hit grant answers "exists, contact X" when `hits` is set.
 */
export async function passDoorOne<R>(p: Platform, ctx: Ctx, req: Omit<DoorRequest<R>, 'rows'> & { row: R | undefined | null }): Promise<DoorOne<R>> {
  if (!req.row) throw notFound(req.recordType);
  const { full, hits } = await passDoor(p, ctx, { ...req, rows: [req.row] });
  if (full.length === 1) return { kind: 'full', row: full[0]! };
  if (hits.length === 1) return { kind: 'hit', hit: hits[0]! };
  throw notFound(req.recordType);
}

/** Passes one record that must be readable in full (no hit/no-hit answer), or 404. */
export async function passDoorFull<R>(p: Platform, ctx: Ctx, req: Omit<DoorRequest<R>, 'rows' | 'hits'> & { row: R | undefined | null }): Promise<R> {
  const one = await passDoorOne(p, ctx, { ...req, hits: false });
  if (one.kind !== 'full') throw notFound(req.recordType);
  return one.row;
}
