/**
 * The wire shapes of hit review. A hit shows one of three views: `full` (beside its listed entry and the
 * engine's explanation), `hit` (a national subject the viewer may not read: "listed — contact X,
 * action: …") or `withdrawn` (the subject left the national list). Suppressions, referrals and the
 * owners' screening actions.
 */
import { z } from 'zod';
import { ENCOUNTER_ACTIONS } from './screening.inputs.ts';
import { explanationSchema } from '../../../core/screening/types.ts';

/** A data-quality flag on a traveller: a field read leniently or left out as unknown (issue #15). */
export const qualityFlagWire = z.object({
  field: z.enum(['name', 'birthDate', 'nationality', 'documentNumber', 'gender']),
  outcome: z.enum(['read', 'unknown']),
  issue: z.string(),
  given: z.string(),
  read: z.string().optional(),
});

/** A traveller as screened (normalised; data-quality flags and MRZ warnings kept as they are; context fields may follow). */
export const travellerWire = z.looseObject({
  id: z.string().optional(),
  name: z.string(),
  birthDate: z.string().optional(),
  nationality: z.string().optional(),
  documentNumber: z.string().optional(),
  gender: z.string().optional(),
  warnings: z.array(z.string()).optional(),
  quality: z.array(qualityFlagWire).optional(),
});

const hitStatus = z.enum(['open', 'true_match', 'false_positive', 'escalated', 'suppressed']);
const base = {
  id: z.string(),
  batchId: z.string(),
  seq: z.number(),
  score: z.number(),
  status: hitStatus,
  decision: z.object({ by: z.string().nullable(), at: z.string(), reason: z.string().nullable() }).nullable(),
  suppressionId: z.string().nullable(),
  reportId: z.string().nullable(),
  referralId: z.string().nullable(),
  /** The traveller screened (review screens; not in the answer to one screening, which has it once). */
  traveller: travellerWire.nullable().optional(),
  /** Found by a re-screening after a list change: the traveller travelled before the entry was listed or changed (issue #15). */
  listedAfterTravel: z.boolean().optional(),
  rescreenId: z.string().nullable().optional(),
};


export const hitWire = z.discriminatedUnion('view', [
  z.object({ ...base, view: z.literal('full'), source: z.string(), entryId: z.string(), subjectId: z.string().optional(), delisted: z.boolean(), entry: z.unknown(), explanation: explanationSchema.nullable() }),
  z.object({
    ...base,
    view: z.literal('hit'),
    source: z.literal('national'),
    listed: z.literal(true),
    action: z.enum(ENCOUNTER_ACTIONS),
    message: z.string(),
    contact: z.object({ organisationId: z.string(), organisation: z.string() }),
  }),
  z.object({ ...base, view: z.literal('withdrawn'), source: z.literal('national'), message: z.string() }),
]);
export type HitWire = z.infer<typeof hitWire>;

export const hitDetailWire = z.intersection(
  hitWire,
  z.object({ history: z.array(z.object({ decision: z.enum(['true_match', 'false_positive', 'escalate']), reason: z.string(), by: z.string(), at: z.string() })) }),
);

export const queueWire = z.object({
  batch: z.object({ id: z.string(), flight: z.string(), date: z.string().nullable(), port: z.string(), status: z.string() }),
  items: z.array(hitWire),
  /** Hits in the queue (this status) the viewer may see, over all pages. */
  total: z.number().int(),
});

export const suppressionsWire = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      /** Null where the entry is a national subject the viewer may not read. */
      entryId: z.string().nullable(),
      listed: z.string().optional(),
      traveller: travellerWire.nullable(),
      reason: z.string(),
      hitId: z.string(),
      createdBy: z.string(),
      createdAt: z.string(),
      revoked: z.object({ by: z.string().nullable(), at: z.string(), reason: z.string().nullable() }).nullable(),
    }),
  ),
});
export const revokedWire = z.object({ id: z.string(), revoked: z.literal(true) });

export const referralsWire = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      hitId: z.string(),
      entryId: z.string(),
      source: z.string(),
      from: z.object({ organisationId: z.string(), organisation: z.string() }),
      note: z.string(),
      createdBy: z.string(),
      createdAt: z.string(),
      score: z.number(),
      explanation: explanationSchema.nullable(),
      traveller: travellerWire.nullable(),
      travel: z.object({ flight: z.string(), date: z.string().nullable(), port: z.string() }),
    }),
  ),
});

export const actionWire = z.object({ subjectId: z.string(), action: z.enum(ENCOUNTER_ACTIONS) });
