/** The wire shape of threat assessments (zod, the routes' response schemas) and the row → wire function. */
import { z } from 'zod';
import { THREAT_TARGET_KINDS } from '../../../core/vocab.ts';
import { iso, markingsInputWire, markingsWire } from '../../platform/markings.presenter.ts';
import { presentMarkings } from '../../platform/records.ts';
import type { AssessmentRow } from './threat.repository.ts';

export const assessmentWire = z.object({
  id: z.string(),
  targetKind: z.string(),
  targetKey: z.string(),
  targetLabel: z.string(),
  level: z.number(),
  justification: z.string(),
  /** The assessor's display name ("unknown" for an account that no longer exists). */
  assessor: z.string(),
  assessedAt: z.string(),
  nextReviewDue: z.string(),
  markings: markingsWire,
  /** The legal registry's version the assessment cites (markings.legalBasis is its citation); null for an older one matched to none. */
  legalBasisId: z.string().nullable(),
  /** An older assessment whose basis text matched no registry entry (migration 0036): its basis waits for review. */
  legalBasisReview: z.boolean(),
});
export type AssessmentWire = z.infer<typeof assessmentWire>;

export const assessmentListWire = z.object({ items: z.array(assessmentWire) });
export const queueWire = z.object({ items: z.array(assessmentWire.extend({ overdue: z.boolean() })) });

/** The answer to a new assessment: what was recorded, and the level before it as the assessor could know it. */
export const assessedWire = z.object({
  id: z.string(),
  previousLevel: z.number().nullable(),
  targetKind: z.enum(THREAT_TARGET_KINDS),
  targetKey: z.string(),
  targetLabel: z.string(),
  level: z.number(),
  justification: z.string(),
  nextReviewDue: z.string(),
  markings: markingsInputWire.optional(),
  legalBasisId: z.string(),
});

/** The wire shape of an assessment row; `assessors` maps user ids to display names. */
export function presentAssessment(r: AssessmentRow, assessors: Map<string, string>, orgName: (id: string) => string): AssessmentWire {
  return {
    id: r.id,
    targetKind: r.target_kind,
    targetKey: r.target_key,
    targetLabel: r.target_label,
    level: r.level,
    justification: r.justification,
    assessor: assessors.get(r.assessor_id) ?? 'unknown',
    assessedAt: iso(r.assessed_at),
    nextReviewDue: r.next_review_due,
    markings: presentMarkings(r, orgName),
    legalBasisId: r.legal_basis_id,
    legalBasisReview: r.legal_basis_review,
  };
}
