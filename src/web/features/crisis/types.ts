/** Wire shapes of the crisis API as the screens use them. */
import type { ApiBody, ApiOk } from '../../lib/api.ts';

export interface Incident {
  id: string; title: string; type: string; description: string; lat: number; lon: number; municipality: string; occurredAt: string;
  exercise: boolean; marking: 'EXERCISE' | 'REAL'; phase: string; terrorState: string; status: string; orgId: string; orgName: string; declaredAt: string; updatedAt: string;
}
export interface Participant { orgId: string; orgName: string; status: string; updatedAt: string; declaring: boolean }
export type SubjectLink = ApiOk<'/api/crisis/incidents/{id}', 'get'>['links'][number];
/** A linked threat assessment (migration 0027; written out until the API types are regenerated). */
export interface AssessmentLink { assessmentId: string; targetKind: string; targetLabel: string; level: number; assessedAt: string; reason: string; linkedAt: string; linkedByOrg: string }
export type ThreatLevel = ApiOk<'/api/threat-levels', 'get'>['items'][number];
export interface IncidentDetail extends Incident {
  participants: Participant[]; activations: Array<{ id: string; protocolId: string; templateId: string; title: string; version: number; activatedAt: string }>; lastEventId: number;
  links: SubjectLink[];
  assessments: AssessmentLink[];
  can: { write: boolean; approve: boolean; manage: boolean };
}
export interface LogEntry { id: string; seq: number; kind: string; text: string; reason: string | null; author: string | null; authorOrg: string | null; at: string; correctsId: string | null; correctedBy: string[]; significant: 'no' | 'flagged' | 'confirmed' }
export interface LogList { chain: { ok: boolean; count: number; brokenAtSeq: number | null }; items: LogEntry[] }
export interface Task { id: string; discipline: string; title: string; role: string; orgId: string | null; orgName: string | null; dueAt: string | null; overdue: boolean; status: string; blockedReason: string | null }
export interface Unit { id: string; name: string; kind: string; discipline: string; orgName: string; status: string }
export interface Sitrep { id: string; number: number; summary: string; createdAt: string; author: string | null; approvedAt: string | null; approver: string | null }
export type Protocol = ApiOk<'/api/crisis/protocols', 'get'>['items'][number];
export type ProtocolBody = ApiBody<'/api/crisis/protocols/{id}/versions', 'post'>;

/** The after-action review (ownerRole: added with migration 0027, until the API types are regenerated). */
type ReviewWire = ApiOk<'/api/crisis/incidents/{id}/review', 'get'>;
export type ReviewAction = NonNullable<ReviewWire['review']>['actions'][number] & { ownerRole?: string | null };
export type Review = Omit<NonNullable<ReviewWire['review']>, 'actions'> & { actions: ReviewAction[] };
export type ReviewAnswer = Omit<ReviewWire, 'review'> & { review: Review | null };
export type ReviewBody = ApiBody<'/api/crisis/incidents/{id}/review', 'put'>;
export type ActionBody = ApiBody<'/api/crisis/incidents/{id}/review/actions', 'post'> & { ownerRole?: string | null };
export type TimelineEvent = ApiOk<'/api/crisis/incidents/{id}/timeline', 'get'>['items'][number];
export const INCIDENT_TYPES = ['terror-attack', 'explosion', 'shooting', 'hostage-taking', 'cbrn', 'vehicle-ramming', 'other'] as const;
export const PHASES = ['municipal', 'provincial', 'federal'] as const;
export const TERROR_STATES = ['none', 'pre-alert', 'alert'] as const;
export const TASK_STATUSES = ['todo', 'doing', 'done', 'blocked'] as const;
export const UNIT_STATUSES = ['requested', 'dispatched', 'on-site', 'released'] as const;
export const PARTICIPANT_STATUSES = ['alerted', 'standing-by', 'active', 'deactivated', 'unable'] as const;
export const DISCIPLINES = ['D1', 'D2', 'D3', 'D4', 'D5'] as const;
export const RATINGS = ['P', 'S', 'M', 'U'] as const;
export const ACTION_STATUSES = ['open', 'in-progress', 'closed'] as const;

/**
 * The incident map (migration 0038): cordons and units with their position. Written out by hand until
 * the lead regenerates src/web/lib/api-schema.d.ts (GET/POST /api/crisis/incidents/{id}/cordons, POST …/cordons/{cordonId}/lift).
 */
export const CORDON_KINDS = ['inner', 'outer', 'traffic'] as const;
export type CordonKind = (typeof CORDON_KINDS)[number];
export interface Cordon {
  id: string; kind: CordonKind; label: string; polygon: Array<[number, number]> | null; circle: { lat: number; lon: number; radiusKm: number } | null;
  status: 'active' | 'lifted'; createdBy: string | null; createdAt: string; liftedBy: string | null; liftedAt: string | null;
}
export interface CordonList { incidentId: string; exercise: boolean; marking: 'EXERCISE' | 'REAL'; items: Cordon[] }
export interface CordonBody { kind: CordonKind; label: string; polygon?: Array<[number, number]>; circle?: { lat: number; lon: number; radiusKm: number } }
export type MapUnit = Unit & { lat: number | null; lon: number | null };
