/** The wire shapes of oversight's answers (zod, the routes' response schemas) and the row → wire functions. */
import { z } from 'zod';
import { iso } from '../../platform/markings.presenter.ts';
import type { auditEntries } from './oversight.repository.ts';

export const auditEntryWire = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  actorId: z.string().nullable(),
  organisation: z.string(),
  orgId: z.string().nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  /** Every record the event names (released, answered hit/no-hit, or acted on). */
  recordIds: z.array(z.string()),
  /** The records answered hit/no-hit (their existence and owner, nothing more). */
  hitIds: z.array(z.string()),
  purpose: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type AuditEntryWire = z.infer<typeof auditEntryWire>;
export const auditListWire = z.array(auditEntryWire);
/** A page of the audit table with its total (counted up to a cap; `capped` when there are more). */
export const auditTableWire = z.object({ results: z.array(auditEntryWire), total: z.number().int(), capped: z.boolean() });

/** A download (CSV or JSON text); documented here, sent as is. */
export const downloadWire = z.string().describe('the CSV or JSON file');

const periodWire = { count: z.number(), first: z.string(), last: z.string(), purposes: z.array(z.string()), actions: z.array(z.string()) };

export const summaryWire = z.discriminatedUnion('question', [
  z.object({
    question: z.literal('record'),
    recordId: z.string(),
    items: z.array(
      z.object({
        actorId: z.string().nullable(),
        actor: z.string(),
        orgId: z.string().nullable(),
        organisation: z.string(),
        ...periodWire,
        /** Of which hit/no-hit answers (the record's existence and owner, nothing more). */
        hitAnswers: z.number(),
      }),
    ),
  }),
  z.object({
    question: z.literal('actor'),
    actor: z.string().nullable(),
    actorId: z.string().nullable(),
    items: z.array(z.object({ recordId: z.string(), recordTypes: z.array(z.string()), ...periodWire })),
  }),
]);

export const statsWire = z.object({ items: z.array(z.object({ organisation: z.string(), action: z.string(), count: z.number(), users: z.number() })) });

/** The verdict on the hash chain and the checkpoint signatures. */
export const verdictWire = z.object({
  ok: z.boolean(),
  entries: z.number(),
  checkpoints: z.number().optional(),
  headSeq: z.number().optional(),
  firstBrokenSeq: z.number().optional(),
  reason: z.string().optional(),
  checkpointProblems: z.array(z.string()).optional(),
  mode: z.enum(['fast', 'thorough']).optional(),
});

/** A look-up's answer: ids, kinds and owners only; the label is the text oversight typed. */
export const lookupWire = z.object({
  more: z.boolean(),
  items: z.array(z.object({ id: z.string(), recordType: z.literal('subject'), label: z.string(), organisation: z.string(), orgId: z.string() })),
});

export const grantWire = z.object({ id: z.string(), expiresAt: z.string() });

type AuditRow = Awaited<ReturnType<typeof auditEntries>>[number];

/** The wire shape of an audit entry. */
export function presentAuditEntry(r: AuditRow): AuditEntryWire {
  const details = JSON.parse(r.details) as Record<string, unknown>;
  const hitIds = Array.isArray(details.hitIds) ? (details.hitIds as string[]) : [];
  return {
    seq: Number(r.seq),
    at: iso(r.at),
    actor: r.actor_name,
    actorId: r.actor_id,
    organisation: r.org_name,
    orgId: r.org_id,
    action: r.action,
    recordType: r.record_type,
    recordId: r.record_id,
    recordIds: r.record_ids ?? [],
    hitIds,
    purpose: r.purpose,
    requestId: r.request_id,
    details,
    hash: r.hash,
  };
}
