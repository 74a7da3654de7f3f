/**
 * What the crisis API accepts (zod): the server validates with these and the web app shows the same
 * messages next to the field.
 */
import { z } from 'zod';
import { isoDate, uuid } from '../contracts.ts';
import { DISCIPLINES, INCIDENT_TYPES, LOG_KINDS, PARTICIPANT_STATUSES, PHASES, RATINGS, TASK_STATUSES, TERROR_STATES, UNIT_STATUSES, ACTION_STATUSES, CORDON_KINDS } from './rules.ts';

const text = (min: number, max: number, what: string) => z.string().trim().min(min, `give ${what} (at least ${min} characters)`).max(max, `at most ${max} characters`);
const reason = text(5, 2000, 'the reason');
const instant = z.string().datetime({ offset: true, message: 'must be a date and time (ISO 8601, e.g. 2026-03-22T07:58:00Z)' });

/** Where an incident or a unit may be placed on the map: Belgium's bounding box (the web form checks the same). */
export const BELGIUM = { lat: { min: 49.4, max: 51.6 }, lon: { min: 2.5, max: 6.5 } } as const;
const inBelgium = (axis: 'lat' | 'lon') => {
  const { min, max } = BELGIUM[axis];
  const message = `must lie in Belgium (${axis === 'lat' ? 'latitude' : 'longitude'} ${min}–${max})`;
  return z.number().min(min, message).max(max, message);
};
const latitude = inBelgium('lat');
const longitude = inBelgium('lon');
/** A unit's position: latitude and longitude together, or neither (null: not placed). */
const positionPair = (v: { lat?: number | null; lon?: number | null }, c: z.RefinementCtx) => {
  if ((v.lat === undefined) !== (v.lon === undefined) || (v.lat === null) !== (v.lon === null)) {
    c.addIssue({ code: 'custom', path: [v.lat === undefined || v.lat === null ? 'lat' : 'lon'], message: 'give both latitude and longitude, or neither' });
  }
};

export const declareInput = z.object({
  title: text(3, 200, 'a title'),
  type: z.enum(INCIDENT_TYPES),
  description: z.string().trim().max(5000).default(''),
  lat: latitude,
  lon: longitude,
  municipality: text(2, 120, 'the municipality'),
  occurredAt: instant,
  exercise: z.boolean(),
  /** Organisations alerted at once (besides the declaring one). */
  participants: z.array(uuid).max(50).default([]),
});
export type DeclareInput = z.infer<typeof declareInput>;

export const phaseInput = z.object({ phase: z.enum(PHASES), reason, expected: z.enum(PHASES).optional() });
export const terrorStateInput = z.object({ terrorState: z.enum(TERROR_STATES), reason, expected: z.enum(TERROR_STATES).optional() });
export const closeInput = z.object({ reason });
export const participantInput = z.object({ orgId: uuid, status: z.enum(PARTICIPANT_STATUSES), note: z.string().trim().max(500).optional() });
export const linkInput = z.object({ subjectId: uuid, reason });
export const assessmentLinkInput = z.object({ assessmentId: uuid, reason });

export const logInput = z.object({
  kind: z.enum(LOG_KINDS),
  text: text(2, 5000, 'what was decided or said'),
  reason: z.string().trim().max(2000).optional(),
  significant: z.boolean().default(false),
  /** The entry this one corrects (the corrected entry stays as it was). */
  correctsId: uuid.optional(),
});
export type LogInput = z.infer<typeof logInput>;

export const sitrepInput = z.object({ summary: text(10, 20_000, 'the situation summary') });

export const templateTaskInput = z.object({
  discipline: z.enum(DISCIPLINES),
  title: text(3, 300, 'the task'),
  /** Orders go to a role, optionally of a named organisation — never to a person. */
  role: text(2, 120, 'the role that carries the task'),
  orgId: uuid.nullable().default(null),
  dueMinutes: z.number().int().min(1).max(7 * 24 * 60).nullable().default(null),
  checklist: z.array(text(2, 300, 'the checklist item')).max(30).default([]),
});
export const protocolInput = z.object({
  title: text(3, 200, 'a title'),
  incidentType: z.enum(INCIDENT_TYPES),
  tasks: z.array(templateTaskInput).min(1, 'a protocol needs at least one task').max(200),
  /** What changed since the previous version (required for a revision). */
  changeNote: z.string().trim().max(2000).optional(),
});
export type ProtocolInput = z.infer<typeof protocolInput>;
export const activateInput = z.object({ protocolId: uuid });

export const taskCreateInput = templateTaskInput.omit({ dueMinutes: true }).extend({ dueAt: instant.nullable().default(null) });
export const taskMoveInput = z.object({ status: z.enum(TASK_STATUSES), reason: z.string().trim().max(1000).optional() });
export const checklistInput = z.object({ item: z.number().int().min(0), done: z.boolean() });

export const unitInput = z
  .object({
    name: text(2, 120, 'the unit name'),
    kind: text(2, 120, 'the kind of unit'),
    discipline: z.enum(DISCIPLINES),
    orgId: uuid,
    /** Where the unit is (shown on the incident's map); null or absent: not placed yet. */
    lat: latitude.nullable().default(null),
    lon: longitude.nullable().default(null),
  })
  .superRefine(positionPair);
/**
 * A change of a unit: its status, its position (lat and lon together; both null takes it off the
 * map), or both at once.
 */
export const unitMoveInput = z
  .object({
    status: z.enum(UNIT_STATUSES).optional(),
    lat: latitude.nullable().optional(),
    lon: longitude.nullable().optional(),
  })
  .superRefine((v, c) => {
    if (v.status === undefined && v.lat === undefined && v.lon === undefined) c.addIssue({ code: 'custom', path: ['status'], message: 'give a status or a position' });
    positionPair(v, c);
  });

export const reviewInput = z.object({
  objectives: z.array(z.object({ objective: text(3, 500, 'the objective'), capability: text(3, 200, 'the capability'), rating: z.enum(RATINGS) })).max(50),
  strengths: z.array(text(3, 2000, 'the strength')).max(50),
  improvements: z.array(z.object({ observation: text(3, 2000, 'the observation'), analysis: text(3, 2000, 'the analysis'), recommendation: text(3, 2000, 'the recommendation') })).max(50),
});
export const actionInput = z.object({
  description: text(5, 2000, 'the corrective action'),
  ownerOrgId: uuid,
  /** The role in the owner organisation that carries the action (never a person). */
  ownerRole: text(2, 120, 'the owner role').nullable().default(null),
  dueDate: isoDate,
  /** The protocol template (any version) this action changes; publishing its next version closes the action. */
  protocolId: uuid.nullable().default(null),
});
export const actionMoveInput = z.object({ status: z.enum(ACTION_STATUSES) });

/**
 * A cordon drawn on the incident's map: a polygon (ring of [lat, lon], closed) or a circle, not both.
 * The shape's geometry (closed, not crossing itself, in range) is checked by the service with the
 * alert areas' check (src/core/alerts/geometry.ts), which names the reason.
 */
export const cordonInput = z
  .object({
    kind: z.enum(CORDON_KINDS),
    label: text(1, 120, 'a label'),
    polygon: z.array(z.tuple([z.number(), z.number()])).max(500, 'at most 500 points').optional(),
    circle: z.object({ lat: z.number(), lon: z.number(), radiusKm: z.number() }).optional(),
  })
  .superRefine((v, c) => {
    if (!v.polygon === !v.circle) c.addIssue({ code: 'custom', path: [v.polygon ? 'circle' : 'polygon'], message: 'give either a polygon or a circle' });
  });
export const cordonLiftInput = z.object({ reason: z.string().trim().max(2000).optional() });
