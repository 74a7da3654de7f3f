/** The wire shape of incidents, participants, subject links and incident events. */
import { z } from 'zod';
import { INCIDENT_STATUSES, INCIDENT_TYPES, PARTICIPANT_STATUSES, PHASES, TERROR_STATES } from '../../../core/crisis/rules.ts';
import type { IncidentRow } from './incidents.repository.ts';
import type { EventRow } from './events.repository.ts';

/** Every answer about an exercise incident says so. */
export const exerciseMark = { exercise: z.boolean(), marking: z.enum(['EXERCISE', 'REAL']) };
export const markOf = (exercise: boolean) => ({ exercise, marking: exercise ? ('EXERCISE' as const) : ('REAL' as const) });

export const incidentWire = z.object({
  id: z.string(),
  title: z.string(),
  type: z.enum(INCIDENT_TYPES),
  description: z.string(),
  lat: z.number(),
  lon: z.number(),
  municipality: z.string(),
  occurredAt: z.string(),
  ...exerciseMark,
  phase: z.enum(PHASES),
  terrorState: z.enum(TERROR_STATES),
  status: z.enum(INCIDENT_STATUSES),
  orgId: z.string(),
  orgName: z.string(),
  declaredAt: z.string(),
  updatedAt: z.string(),
});

export function presentIncident(r: IncidentRow, orgName: (id: string) => string): z.infer<typeof incidentWire> {
  return {
    id: r.id,
    title: r.title,
    type: r.incident_type as z.infer<typeof incidentWire>['type'],
    description: r.description,
    lat: r.lat,
    lon: r.lon,
    municipality: r.municipality,
    occurredAt: r.occurred_at.toISOString(),
    ...markOf(r.exercise),
    phase: r.phase as z.infer<typeof incidentWire>['phase'],
    terrorState: r.terror_state as z.infer<typeof incidentWire>['terrorState'],
    status: r.status as z.infer<typeof incidentWire>['status'],
    orgId: r.org_id,
    orgName: orgName(r.org_id),
    declaredAt: r.declared_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export const participantWire = z.object({ orgId: z.string(), orgName: z.string(), status: z.enum(PARTICIPANT_STATUSES), updatedAt: z.string(), declaring: z.boolean() });
export const linkWire = z.object({ subjectId: z.string(), name: z.string(), threatLevel: z.number().nullable(), reason: z.string(), linkedAt: z.string(), linkedByOrg: z.string() });
export const assessmentLinkWire = z.object({ assessmentId: z.string(), targetKind: z.string(), targetLabel: z.string(), level: z.number(), assessedAt: z.string(), reason: z.string(), linkedAt: z.string(), linkedByOrg: z.string() });
export const activationWire = z.object({ id: z.string(), protocolId: z.string(), templateId: z.string(), title: z.string(), version: z.number(), activatedAt: z.string() });

export const incidentDetailWire = incidentWire.extend({
  participants: z.array(participantWire),
  links: z.array(linkWire),
  /** Linked threat assessments the reader may read (through the threat module's door). */
  assessments: z.array(assessmentLinkWire),
  activations: z.array(activationWire),
  /** The last event id when this was read: a live stream opened with it misses nothing. */
  lastEventId: z.number(),
  can: z.object({ write: z.boolean(), approve: z.boolean(), manage: z.boolean() }),
});

export const incidentListWire = z.object({ items: z.array(incidentWire) });

export const eventWire = z.object({ id: z.number(), kind: z.string(), at: z.string(), payload: z.record(z.string(), z.unknown()) });
export const presentEvent = (e: EventRow) => ({ id: e.id, kind: e.kind, at: e.at.toISOString(), payload: e.payload });

export const timelineWire = z.object({ incidentId: z.string(), ...exerciseMark, items: z.array(eventWire) });
