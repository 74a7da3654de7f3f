/** The wire shape of CVE exchanges and city participation. */
import { z } from 'zod';
import { EXCHANGE_TYPES, PROGRAMME_TYPES } from '../../../core/prevention/programme-types.ts';

export { EXCHANGE_TYPES };
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD');
const nis = z.string().regex(/^\d{5}$/, 'a five-digit NIS code');
export const FOLLOW_UP_STATUSES = ['planned', 'in_progress', 'done'] as const;

/** `nisCode`: exchanges the municipality hosts or takes part in as a donor municipality. */
export const exchangeQuery = z.object({ type: z.enum(EXCHANGE_TYPES).optional(), nisCode: nis.optional() });
// Strict: a field the server does not know is refused with its name, never dropped without a word.
export const exchangeBody = z
  .object({
    type: z.enum(EXCHANGE_TYPES),
    title: z.string().trim().min(3).max(200),
    nisCode: nis,
    // Belgian municipalities taking part beside the host city (they share their practice), by NIS code.
    donorNisCodes: z.array(nis).max(40).default([]),
    partnerCities: z.array(z.string().trim().min(2).max(120)).max(30),
    startsOn: day,
    endsOn: day.nullable().optional(),
    description: z.string().max(3000).optional(),
  })
  .strict();
export const cohortBody = z.object({ label: z.string().trim().min(2).max(120), year: z.number().int().min(1990).max(2100), participants: z.number().int().min(0).max(100000) });
export const activityBody = z.object({ heldOn: day, description: z.string().trim().min(3).max(1000) });
export const lessonBody = z.object({ text: z.string().trim().min(10, 'state the lesson (at least 10 characters)').max(2000) });
export const followUpBody = z.object({
  action: z.string().trim().min(5).max(1000),
  planRef: z.string().max(200).optional(),
  status: z.enum(FOLLOW_UP_STATUSES).optional(),
  dueOn: day.nullable().optional(),
  // A plain reference to an indicator the evaluation module defines (the measured change).
  indicatorId: z.string().trim().max(100).nullable().optional(),
});

export const exchangeSummaryWire = z.object({
  id: z.string(),
  type: z.enum(EXCHANGE_TYPES),
  title: z.string(),
  nisCode: z.string(),
  city: z.string(),
  donorMunicipalities: z.array(z.object({ nisCode: z.string(), name: z.string() })),
  partnerCities: z.array(z.string()),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  participants: z.number(),
  cohorts: z.number(),
});
export const exchangeWire = exchangeSummaryWire.extend({
  description: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  cohortList: z.array(z.object({ id: z.string(), label: z.string(), year: z.number(), participants: z.number() })),
  activities: z.array(z.object({ id: z.string(), heldOn: z.string(), description: z.string() })),
  lessons: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      followUps: z.array(z.object({ id: z.string(), action: z.string(), planRef: z.string(), status: z.enum(FOLLOW_UP_STATUSES), dueOn: z.string().nullable(), indicatorId: z.string().nullable() })),
    }),
  ),
  canWrite: z.boolean(),
});
export const participationWire = z.array(z.object({ nisCode: z.string(), municipality: z.string(), programmeTypes: z.array(z.enum(PROGRAMME_TYPES)) }));
