/** The wire shape of programmes, their partners, sessions and enrolments. */
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
export const PROGRAMME_KINDS = ['deradicalisation', 'reintegration'] as const;
export const PARTNER_KINDS = ['community', 'religious', 'education', 'employment', 'housing', 'health', 'family', 'other'] as const;
export const MILESTONE_DOMAINS = ['education', 'work', 'housing', 'family'] as const;
export const OUTCOMES = ['completed', 'partly', 'dropped_out', 'transferred'] as const;

export const programmeBody = z.object({
  name: z.string().trim().min(3).max(200),
  kind: z.enum(PROGRAMME_KINDS),
  description: z.string().max(3000).optional(),
  nisCode: z.string().regex(/^\d{5}$/, 'a five-digit NIS code'),
  startsOn: day.nullable().optional(),
  endsOn: day.nullable().optional(),
});
// A correction names every field (what is left out is not kept by accident): strict.
export const programmeUpdateBody = programmeBody.required({ description: true, startsOn: true, endsOn: true }).strict();
export const partnerBody = z.object({ name: z.string().trim().min(2).max(200), kind: z.enum(PARTNER_KINDS), contact: z.string().max(300).optional() });
export const partnerUpdateBody = partnerBody.strict();
export const enrolBody = z.object({ caseId: z.string().uuid(), enrolledOn: day });
export const sessionBody = z.object({ heldOn: day, topic: z.string().trim().min(3).max(300), partnerId: z.string().uuid().nullable().optional() });
export const attendanceBody = z.object({ enrolmentId: z.string().uuid(), present: z.boolean() });
export const milestoneBody = z.object({ domain: z.enum(MILESTONE_DOMAINS), description: z.string().trim().min(3).max(500), reachedOn: day });
export const outcomeBody = z.object({ outcome: z.enum(OUTCOMES), note: z.string().max(1000).optional() });

export const programmeSummaryWire = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(PROGRAMME_KINDS),
  description: z.string(),
  nisCode: z.string(),
  municipality: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  orgId: z.string(),
  orgName: z.string(),
});
export const programmeWire = programmeSummaryWire.extend({
  partners: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(PARTNER_KINDS), contact: z.string() })),
  // `sessions`: a partner who led one stays (a session keeps naming who led it).
  sessions: z.array(z.object({ id: z.string(), heldOn: z.string(), topic: z.string(), partnerId: z.string().nullable(), present: z.number(), absent: z.number() })),
  // Counts over every enrolment: no person shows through them.
  totals: z.object({ enrolled: z.number(), active: z.number(), completed: z.number(), left: z.number(), milestones: z.record(z.string(), z.number()) }),
  // Only enrolments whose case the caller reads.
  enrolments: z.array(
    z.object({
      id: z.string(),
      caseId: z.string(),
      reference: z.string(),
      enrolledOn: z.string(),
      status: z.string(),
      outcome: z.enum(OUTCOMES).nullable(),
      outcomeNote: z.string(),
      attended: z.number(),
      missed: z.number(),
      milestones: z.array(z.object({ id: z.string(), domain: z.enum(MILESTONE_DOMAINS), description: z.string(), reachedOn: z.string() })),
    }),
  ),
  canWrite: z.boolean(),
});
export type ProgrammeWire = z.infer<typeof programmeWire>;
