/**
 * The two questions oversight asks, answered per person before the raw rows:
 * - "who read record X": per user, partner or token (count, first and last access, purposes, actions);
 * - "what did user, partner or token Y read, and when": per record.
 * Both are one query over the indexed record ids of the audit log (migration 0008).
 */
import { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { auditQuery, requireAuditor } from './oversight.service.ts';
import * as repo from './oversight.repository.ts';

export const summaryQuery = auditQuery.omit({ before: true, limit: true });

const MAX_GROUPS = 500;

const list = (v: unknown): string[] => (Array.isArray(v) ? (v as Array<string | null>).filter((x): x is string => typeof x === 'string') : []);
const iso = (v: unknown) => new Date(v as string).toISOString();

/** Who read record X (per actor), or what actor Y read (per record), with the filters of the log. */
export async function summary(p: Platform, ctx: Ctx, q: z.infer<typeof summaryQuery>) {
  requireAuditor(ctx);
  if (!q.recordId && !q.actor && !q.actorId) throw new AppError('INVALID_INPUT', 'Ask about a record (recordId) or a user, partner or token (actor or actorId).', 'recordId');
  const filters = Object.keys(q);
  if (q.recordId) {
    const id = q.recordId;
    const rows = await repo.readersOfRecord(p.db, id, q, MAX_GROUPS);
    await p.record(ctx, [{ action: 'audit.summary', details: { filters, question: 'record', people: rows.length } }]);
    return {
      question: 'record' as const,
      recordId: id,
      items: rows.map((r) => ({
        actorId: r.actor_id,
        actor: r.actor_name,
        orgId: r.org_id,
        organisation: r.org_name,
        count: Number(r.n),
        /** Of which hit/no-hit answers (the record's existence and owner, nothing more). */
        hitAnswers: Number(r.hits),
        first: iso(r.first),
        last: iso(r.last),
        purposes: list(r.purposes),
        actions: list(r.actions),
      })),
    };
  }
  const rows = await repo.recordsReadBy(p.db, q, MAX_GROUPS);
  await p.record(ctx, [{ action: 'audit.summary', details: { filters, question: 'actor', entries: rows.length } }]);
  return {
    question: 'actor' as const,
    actor: q.actor ?? null,
    actorId: q.actorId ?? null,
    items: rows.map((r) => ({
      recordId: r.rid,
      recordTypes: list(r.types),
      count: Number(r.n),
      first: iso(r.first),
      last: iso(r.last),
      purposes: list(r.purposes),
      actions: list(r.actions),
    })),
  };
}
