/**
 * The wire shape of referrals and removal orders: the state computed at read time (the one-hour
 * countdown, overdue, the 72-hour scrutiny window), duplicates as a reader may see them, deliveries.
 */
import { z } from 'zod';
import type { DeliverySummary } from './deliveries.service.ts';
import { caseWire } from './content-cases.presenter.ts';
import { iso, isoWire, orgRefWire, providerRefWire } from './content.presenter.ts';
import { OFFENCE_TEXT } from './content.rules.ts';
import type { Duplicate } from './content.tables.ts';
import type { OrderRow } from './orders.repository.ts';
import type { ProviderRef } from './providers.repository.ts';

/** The state a user sees: status, plus "pending" or "overdue" for an issued order. */
export function orderState(o: Pick<OrderRow, 'status' | 'kind' | 'due_at'>, now: Date): string {
  if (o.status !== 'issued') return o.status;
  return o.kind === 'removal_order' && o.due_at && now > new Date(o.due_at) ? 'overdue' : 'pending';
}

const secs = (ms: number) => Math.round(ms / 1000);

/**
 * Duplicates (another authority's order on the same content) as a reader may see them: an order the
 * reader may read keeps its id and state; of any other only that it exists, whom to contact (the issuing
 * authority), how it matched and when it was issued: no order id, no status.
 */
export function visibleDuplicates(o: OrderRow, readable: ReadonlySet<string>) {
  return (o.duplicates as Duplicate[]).map((d) => (readable.has(d.orderId) ? d : { ...d, orderId: null, status: null }));
}

export const duplicateWire = z.object({
  orderId: z.string().nullable(),
  kind: z.string(),
  status: z.string().nullable(),
  issuingOrgId: z.string(),
  issuingAuthority: z.string(),
  issuedAt: z.string().nullable(),
  reason: z.enum(['url', 'pdq', 'md5', 'sha256']),
  distance: z.number().optional(),
});

export const outcomeWire = z.object({ action: z.string(), note: z.string().nullable(), at: isoWire.nullable(), removedAt: isoWire.nullable() }).nullable();
export const countdownWire = z.object({ dueAt: isoWire, secondsLeft: z.number().nullable(), overdue: z.boolean(), escalatedAt: isoWire.nullable() }).nullable();
export const scrutinyWire = z
  .object({
    authority: orgRefWire.nullable(),
    dueAt: isoWire.nullable(),
    state: z.enum(['decided', 'expired', 'pending', 'not_sent']),
    secondsLeft: z.number().nullable(),
    decision: z.string().nullable(),
    reasoning: z.string().nullable(),
    decidedAt: isoWire.nullable(),
  })
  .nullable();

export const orderWire = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.string(),
  status: z.string(),
  state: z.string(),
  provider: providerRefWire,
  issuingAuthority: orgRefWire,
  reasons: z.string(),
  duplicates: z.array(duplicateWire),
  duplicatesAcknowledged: z.boolean(),
  createdAt: isoWire,
  issuedAt: isoWire.nullable(),
  countdown: countdownWire,
  outcome: outcomeWire,
  timeToRemovalSeconds: z.number().nullable(),
  scrutiny: scrutinyWire,
  appeal: z.object({ status: z.string(), note: z.string().nullable(), at: isoWire.nullable() }).nullable(),
  withdrawnReason: z.string().nullable(),
  updatedAt: isoWire,
});

export function presentOrder(orgName: (id: string) => string, o: OrderRow, now: Date, providers: Map<string, ProviderRef>, readableDuplicates: ReadonlySet<string> = new Set()): z.infer<typeof orderWire> {
  const due = o.due_at ? new Date(o.due_at) : null;
  const scrutinyDue = o.scrutiny_due_at ? new Date(o.scrutiny_due_at) : null;
  return {
    id: o.id,
    caseId: o.case_id,
    kind: o.kind,
    status: o.status,
    state: orderState(o, now),
    provider: providers.get(o.provider_id) ?? { id: o.provider_id, name: 'unknown provider', country: '' },
    issuingAuthority: { id: o.issuing_org_id, name: orgName(o.issuing_org_id) },
    reasons: o.reasons,
    duplicates: visibleDuplicates(o, readableDuplicates),
    duplicatesAcknowledged: o.duplicates_acknowledged,
    createdAt: iso(o.created_at),
    issuedAt: iso(o.issued_at),
    countdown:
      o.kind === 'removal_order' && due
        ? { dueAt: iso(due), secondsLeft: o.status === 'issued' ? secs(due.getTime() - now.getTime()) : null, overdue: o.status === 'issued' && now > due, escalatedAt: iso(o.escalated_at) }
        : null,
    outcome: o.outcome ? { action: o.outcome, note: o.outcome_note, at: iso(o.outcome_at), removedAt: iso(o.removed_at) } : null,
    timeToRemovalSeconds: o.removed_at && o.issued_at ? secs(new Date(o.removed_at).getTime() - new Date(o.issued_at).getTime()) : null,
    scrutiny: o.cross_border
      ? {
          authority: o.scrutiny_org_id ? { id: o.scrutiny_org_id, name: orgName(o.scrutiny_org_id) } : null,
          dueAt: scrutinyDue && iso(scrutinyDue),
          state: o.scrutiny_decision ? 'decided' : scrutinyDue && now > scrutinyDue ? 'expired' : o.issued_at ? 'pending' : 'not_sent',
          secondsLeft: scrutinyDue && !o.scrutiny_decision ? secs(scrutinyDue.getTime() - now.getTime()) : null,
          decision: o.scrutiny_decision,
          reasoning: o.scrutiny_reasoning,
          decidedAt: iso(o.scrutiny_at),
        }
      : null,
    appeal: o.appeal_status ? { status: o.appeal_status, note: o.appeal_note, at: iso(o.appeal_at) } : null,
    withdrawnReason: o.withdrawn_reason,
    updatedAt: iso(o.updated_at),
  };
}

/** The latest delivery of an order (deliveries.service.ts `DeliverySummary`). */
export const deliverySummaryWire = z.object({
  deliveryId: z.string(),
  event: z.string(),
  state: z.string(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  lastAttemptAt: isoWire.nullable(),
  deliveredAt: isoWire.nullable(),
  note: z.string().nullable(),
});

export function presentSummary(d: DeliverySummary | undefined): z.infer<typeof deliverySummaryWire> | null {
  return d ? { ...d, lastAttemptAt: iso(d.lastAttemptAt), deliveredAt: iso(d.deliveredAt) } : null;
}

export const deliveryWire = z.object({
  id: z.string(),
  event: z.string(),
  status: z.string(),
  attempts: z.number(),
  nextAttemptAt: isoWire.nullable(),
  deliveredAt: isoWire.nullable(),
  createdAt: isoWire,
  log: z.array(z.object({ attempt: z.number(), at: isoWire, statusCode: z.number().nullable(), error: z.string().nullable(), durationMs: z.number() })),
});

export const orderDetailWire = orderWire.extend({ delivery: deliverySummaryWire.nullable(), deliveries: z.array(deliveryWire) });
export const orderListWire = z.object({
  items: z.array(orderWire.extend({ url: z.string(), delivery: deliverySummaryWire.nullable() })),
  /** Orders in the list (this state) the caller may read, over all pages. */
  total: z.number().int(),
});

export const caseDetailWire = caseWire.extend({
  orders: z.array(orderWire.extend({ delivery: deliverySummaryWire.nullable() })),
  /** Orders whose latest delivery to the provider failed: shown red on the case. */
  failedDeliveries: z.array(z.object({ orderId: z.string(), error: z.string().nullable() })),
  timeToRemovalSeconds: z.number().nullable(),
});

export const scrutinyCopyWire = orderWire.pick({ id: true, kind: true, state: true, reasons: true, provider: true, issuingAuthority: true, issuedAt: true, countdown: true, outcome: true, scrutiny: true }).extend({
  url: z.string(),
  offence: z.string(),
  offenceText: z.string(),
});
export const scrutinyInboxWire = z.object({ items: z.array(scrutinyCopyWire) });

/** The copy of a cross-border removal order that the host member state's authority scrutinises (no case file). */
export function presentForScrutiny(orgName: (id: string) => string, o: OrderRow, c: { url: string; offence: string }, now: Date, providers: Map<string, ProviderRef>): z.infer<typeof scrutinyCopyWire> {
  const v = presentOrder(orgName, o, now, providers);
  return { id: v.id, kind: v.kind, state: v.state, url: c.url, offence: c.offence, offenceText: OFFENCE_TEXT[c.offence as keyof typeof OFFENCE_TEXT], reasons: v.reasons, provider: v.provider, issuingAuthority: v.issuingAuthority, issuedAt: v.issuedAt, countdown: v.countdown, outcome: v.outcome, scrutiny: v.scrutiny };
}

export const scrutinyDecisionWire = z.object({ id: z.string(), decision: z.string().nullable(), decidedAt: isoWire.nullable(), status: z.string() });
