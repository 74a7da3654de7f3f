/** The wire shape of an order as its hosting provider sees it in the portal (no case file, no markings). */
import { z } from 'zod';
import type { CaseRow } from './content-cases.repository.ts';
import { iso, isoWire } from './content.presenter.ts';
import { OFFENCE_TEXT } from './content.rules.ts';
import type { OrderRow } from './orders.repository.ts';
import { orderState, outcomeWire } from './orders.presenter.ts';

export const portalOrderWire = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.string(),
  provider: z.string(),
  issuingAuthority: z.string(),
  issuedAt: isoWire.nullable(),
  dueAt: isoWire.nullable(),
  secondsLeft: z.number().nullable(),
  url: z.string(),
  offence: z.string(),
  offenceText: z.string(),
  reasons: z.string(),
  contentHashes: z.array(z.object({ pdq: z.string().nullable(), md5: z.string().nullable(), sha256: z.string().nullable() })),
  outcome: outcomeWire,
  canAnswer: z.boolean(),
  answers: z.array(z.string()),
});

export function presentPortalOrder(
  orgName: (id: string) => string,
  o: OrderRow,
  c: CaseRow,
  signals: Array<{ pdq: string | null; md5: string | null; sha256: string | null }>,
  providerName: string,
  now: Date,
): z.infer<typeof portalOrderWire> {
  const due = o.due_at ? new Date(o.due_at) : null;
  return {
    id: o.id,
    kind: o.kind,
    state: orderState(o, now),
    provider: providerName,
    issuingAuthority: orgName(o.issuing_org_id),
    issuedAt: iso(o.issued_at),
    dueAt: due && iso(due),
    secondsLeft: due && o.status === 'issued' ? Math.round((due.getTime() - now.getTime()) / 1000) : null,
    url: c.url,
    offence: c.offence,
    offenceText: OFFENCE_TEXT[c.offence as keyof typeof OFFENCE_TEXT],
    reasons: o.reasons,
    contentHashes: signals.map((s) => ({ pdq: s.pdq, md5: s.md5, sha256: s.sha256 })),
    outcome: o.outcome ? { action: o.outcome, note: o.outcome_note, at: iso(o.outcome_at), removedAt: iso(o.removed_at) } : null,
    canAnswer: o.status === 'issued' || o.status === 'contested',
    answers: o.kind === 'removal_order' ? ['removed', 'disabled', 'contested'] : ['removed', 'disabled', 'declined'],
  };
}
