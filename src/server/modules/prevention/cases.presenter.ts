/** The wire shape of cases: zod schemas (routes declare them) and row → wire functions. */
import { z } from 'zod';
import { SHARING_LEVELS } from '../../../core/access/prevention.ts';
import { EXTRA_FIELDS } from '../../../core/prevention/case-data.ts';
import { CASE_STAGES, nextStages, type CaseStage } from '../../../core/prevention/stages.ts';
import type { CaseRow, ContributionRow, PlanRow, SheetRow } from './cases.repository.ts';

const uuid = z.string().uuid();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
export const CONSENTS = ['not_applicable', 'given', 'refused', 'withdrawn'] as const;
export const idParams = z.object({ id: uuid });

export const createCaseBody = z.object({
  reference: z.string().trim().max(40),
  birthYear: z.number().int(),
  nisCode: z.string().regex(/^\d{5}$/, 'a five-digit NIS code'),
  // Either a basis of the legal registry (its id) or, for a caller without a right on legal, its text.
  legalBasis: z.string().trim().min(5, 'name the legal basis').max(500).optional(),
  legalBasisId: uuid.nullable().optional(),
  consent: z.enum(CONSENTS),
  consentNote: z.string().max(500).optional(),
  reviewDate: day.optional(),
  fields: z.array(z.object({ field: z.string().max(40), value: z.string().max(500), reason: z.string().max(500) })).max(EXTRA_FIELDS.length).optional(),
  participantIds: z.array(uuid).max(30).optional(),
});
export const legalBasisBody = z.object({ legalBasisId: uuid.nullable().optional(), legalBasis: z.string().trim().min(5, 'name the legal basis').max(500).optional() }).strict();
export const fieldBody = z.object({ field: z.string().max(40), value: z.string().max(500), reason: z.string().max(500) });
export const participantBody = z.object({ memberId: uuid });
export const stageBody = z.object({ to: z.enum(CASE_STAGES), reason: z.string().max(1000).optional() });
export const planBody = z.object({ kind: z.enum(['goal', 'action']), text: z.string().trim().min(3, 'describe it').max(1000), responsibleOrgId: uuid.nullable().optional(), reviewDate: day.nullable().optional() });
export const reviewBody = z.object({ nextReviewDate: day });
export const consentBody = z.object({ consent: z.enum(CONSENTS), note: z.string().max(500).optional() });
export const contributionBody = z.object({ sharing: z.enum(SHARING_LEVELS), kind: z.enum(['note', 'conclusion']), text: z.string().trim().min(3, 'write the contribution').max(5000) });
export const feedbackBody = z.object({
  texts: z.object({ summary: z.string().max(3000), advice: z.string().max(3000) }),
  contributionIds: z.array(uuid).max(50),
});
export const decisionBody = z.object({ decision: z.enum(['consent', 'refuse']) });
export const intelLinkBody = z.object({ subjectId: uuid, reason: z.string().trim().min(20, 'document the reason (at least 20 characters)').max(2000), decisionRef: z.string().trim().min(5, 'name the decision (meeting, minute)').max(300), decidedBy: uuid });

const problem = z.object({ field: z.string(), message: z.string() });
const memberRef = z.object({ memberId: z.string(), userId: z.string(), name: z.string(), orgId: z.string(), orgName: z.string(), role: z.string(), core: z.boolean() });

export const caseSummaryWire = z.object({
  id: z.string(),
  cellId: z.string(),
  cellName: z.string(),
  reference: z.string(),
  birthYear: z.number(),
  municipality: z.string(),
  nisCode: z.string(),
  stage: z.enum(CASE_STAGES),
  reviewDate: z.string(),
  consent: z.enum(CONSENTS),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummaryWire>;

export const contributionWire = z.object({
  id: z.string(),
  memberId: z.string(),
  name: z.string(),
  role: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  sharing: z.enum(SHARING_LEVELS),
  kind: z.enum(['note', 'conclusion']),
  text: z.string(),
  createdAt: z.string(),
});

export const sheetWire = z.object({
  id: z.string(),
  version: z.number(),
  state: z.enum(['draft', 'sent']),
  texts: z.record(z.string(), z.string()),
  contributionIds: z.array(z.string()),
  consents: z.array(z.object({ memberId: z.string(), decision: z.enum(['consent', 'refuse']) })),
  missing: z.array(z.string()),
  refused: z.array(z.string()),
  problems: z.array(problem),
  sentAt: z.string().nullable(),
});

export const caseDetailWire = caseSummaryWire.extend({
  legalBasis: z.string(),
  legalBasisId: z.string().nullable(),
  consentNote: z.string(),
  nextStages: z.array(z.enum(CASE_STAGES)),
  review: z.object({ due: z.boolean(), restricted: z.boolean() }),
  version: z.number(),
  broughtBy: z.string(),
  fields: z.array(z.object({ id: z.string(), field: z.string(), value: z.string(), reason: z.string() })),
  participants: z.array(memberRef),
  stages: z.array(z.object({ from: z.string().nullable(), to: z.string(), reason: z.string(), memberId: z.string(), at: z.string() })),
  contributions: z.array(contributionWire),
  plan: z.array(z.object({ id: z.string(), kind: z.enum(['goal', 'action']), text: z.string(), responsibleOrgId: z.string().nullable(), responsibleOrgName: z.string().nullable(), reviewDate: z.string().nullable(), status: z.string() })),
  feedback: z.array(sheetWire),
  intelLinks: z.array(z.object({ id: z.string(), subjectId: z.string(), reason: z.string(), decisionRef: z.string(), decidedBy: z.string(), createdAt: z.string() })),
  me: z.object({ memberId: z.string().nullable(), coordinator: z.boolean(), participant: z.boolean() }),
});
export type CaseDetail = z.infer<typeof caseDetailWire>;

export const queueWire = z.array(caseSummaryWire.extend({ state: z.enum(['restricted', 'overdue', 'soon']) }));

export function presentSummary(r: CaseRow): CaseSummary {
  return {
    id: r.id,
    cellId: r.cell_id,
    cellName: r.cell_name,
    reference: r.reference,
    birthYear: r.birth_year,
    municipality: r.municipality,
    nisCode: r.nis_code,
    stage: r.stage as CaseStage,
    reviewDate: r.review_date,
    consent: r.consent as (typeof CONSENTS)[number],
    updatedAt: r.updated_at.toISOString(),
  };
}

export function presentContribution(n: ContributionRow & { display_name: string }, orgName: (id: string) => string): z.infer<typeof contributionWire> {
  return { id: n.id, memberId: n.member_id, name: n.display_name, role: n.role, orgId: n.org_id, orgName: orgName(n.org_id), sharing: n.sharing as z.infer<typeof contributionWire>['sharing'], kind: n.kind as 'note' | 'conclusion', text: n.text, createdAt: n.created_at.toISOString() };
}

export function presentPlanItem(i: PlanRow, orgName: (id: string) => string): CaseDetail['plan'][number] {
  return { id: i.id, kind: i.kind as 'goal' | 'action', text: i.text, responsibleOrgId: i.responsible_org_id, responsibleOrgName: i.responsible_org_id ? orgName(i.responsible_org_id) : null, reviewDate: i.review_date, status: i.status };
}

export function presentSheet(s: SheetRow, extra: Pick<z.infer<typeof sheetWire>, 'consents' | 'missing' | 'refused' | 'problems'>): z.infer<typeof sheetWire> {
  return { id: s.id, version: s.version, state: s.state as 'draft' | 'sent', texts: s.texts, contributionIds: s.contribution_ids, ...extra, sentAt: s.sent_at ? s.sent_at.toISOString() : null };
}

export function stagesAfter(r: CaseRow): CaseStage[] {
  return nextStages(r.stage as CaseStage);
}
