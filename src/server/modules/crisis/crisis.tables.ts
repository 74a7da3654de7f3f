/** Kysely table interfaces of the crisis module's tables (migrations/0017_crisis.sql, 0027_crisis_action_role_assessment_links.sql, 0038_crisis_cordons.sql). */
import type { ColumnType, Generated } from 'kysely';

type Created = ColumnType<Date, string | Date | undefined, never>;
type Changed = ColumnType<Date, string | Date | undefined, string | Date>;
type Json<T> = ColumnType<T, string, string>;

export interface CrisisIncidentsTable {
  id: string;
  title: string;
  incident_type: string;
  description: string;
  lat: number;
  lon: number;
  municipality: string;
  occurred_at: ColumnType<Date, string | Date, string | Date>;
  exercise: boolean;
  phase: ColumnType<string, string | undefined, string>;
  terror_state: ColumnType<string, string | undefined, string>;
  status: ColumnType<string, string | undefined, string>;
  org_id: string;
  declared_by: string;
  declared_at: Created;
  updated_at: Changed;
}

export interface CrisisParticipantsTable {
  incident_id: string;
  org_id: string;
  status: string;
  updated_by: string;
  updated_at: Changed;
}

export interface CrisisSubjectLinksTable {
  incident_id: string;
  subject_id: string;
  reason: string;
  linked_by: string;
  linked_org_id: string;
  linked_at: Created;
}

export interface CrisisAssessmentLinksTable {
  incident_id: string;
  assessment_id: string;
  reason: string;
  linked_by: string;
  linked_org_id: string;
  linked_at: Created;
}

export interface CrisisLogTable {
  id: string;
  incident_id: string;
  seq: number;
  kind: string;
  text: string;
  reason: string | null;
  author_id: string | null;
  author_org_id: string | null;
  at: ColumnType<Date, string, never>;
  corrects_id: string | null;
  data: Json<unknown>;
  prev_hash: string;
  hash: string;
}

export interface CrisisSignificantTable {
  entry_id: string;
  incident_id: string;
  flagged_by: string;
  flagged_at: Created;
  confirmed_by: string | null;
  confirmed_at: ColumnType<Date | null, string | Date | null | undefined, string | Date | null>;
}

export interface CrisisSitrepsTable {
  id: string;
  incident_id: string;
  number: number;
  summary: string;
  created_by: string;
  created_at: Created;
  approved_by: string | null;
  approved_at: ColumnType<Date | null, string | Date | null | undefined, string | Date | null>;
}

export interface TemplateTask {
  discipline: string;
  title: string;
  role: string;
  orgId: string | null;
  dueMinutes: number | null;
  checklist: string[];
}

export interface CrisisProtocolsTable {
  id: string;
  template_id: string;
  version: number;
  title: string;
  incident_type: string;
  tasks: Json<TemplateTask[]>;
  change_note: string | null;
  owner_org_id: string;
  published_by: string;
  published_at: Created;
}

export interface CrisisActivationsTable {
  id: string;
  incident_id: string;
  protocol_id: string;
  activated_by: string;
  activated_at: Created;
}

export interface ChecklistItem {
  text: string;
  done: boolean;
}

export interface CrisisTasksTable {
  id: string;
  incident_id: string;
  activation_id: string | null;
  discipline: string;
  title: string;
  role: string;
  org_id: string | null;
  due_at: ColumnType<Date | null, string | Date | null, string | Date | null>;
  status: ColumnType<string, string | undefined, string>;
  blocked_reason: string | null;
  checklist: Json<ChecklistItem[]>;
  created_at: Created;
  updated_by: string;
  updated_at: Changed;
}

export interface CrisisUnitsTable {
  id: string;
  incident_id: string;
  name: string;
  kind: string;
  discipline: string;
  org_id: string;
  status: ColumnType<string, string | undefined, string>;
  lat: number | null;
  lon: number | null;
  updated_by: string;
  updated_at: Changed;
}

export interface CrisisEventsTable {
  id: Generated<number>;
  incident_id: string;
  kind: string;
  payload: Json<Record<string, unknown>>;
  at: Created;
}

export interface Objective {
  objective: string;
  capability: string;
  rating: string;
}
export interface Improvement {
  observation: string;
  analysis: string;
  recommendation: string;
}

export interface CrisisReviewsTable {
  id: string;
  incident_id: string;
  objectives: Json<Objective[]>;
  strengths: Json<string[]>;
  improvements: Json<Improvement[]>;
  status: ColumnType<string, string | undefined, string>;
  created_by: string;
  updated_at: Changed;
  completed_by: string | null;
  completed_at: ColumnType<Date | null, string | Date | null | undefined, string | Date | null>;
}

export interface CrisisActionsTable {
  id: string;
  review_id: string;
  incident_id: string;
  description: string;
  owner_org_id: string;
  owner_role: ColumnType<string | null, string | null | undefined, string | null>;
  due_date: string;
  status: ColumnType<string, string | undefined, string>;
  template_id: string | null;
  closed_by_protocol_id: string | null;
  closed_at: ColumnType<Date | null, string | Date | null | undefined, string | Date | null>;
  reminded_at: ColumnType<Date | null, string | Date | null | undefined, string | Date | null>;
  created_by: string;
  created_at: Created;
}

/** A cordon's shape: a ring of [lat, lon] (closed) or a circle (migration 0038). */
export type CordonRing = Array<[number, number]>;
export interface CordonCircle {
  lat: number;
  lon: number;
  radiusKm: number;
}

export interface CrisisCordonsTable {
  id: string;
  incident_id: string;
  kind: string;
  label: string;
  polygon: ColumnType<CordonRing | null, string | null, never>;
  circle: ColumnType<CordonCircle | null, string | null, never>;
  status: ColumnType<string, string | undefined, string>;
  created_by: string;
  created_at: Created;
  lifted_by: ColumnType<string | null, string | null | undefined, string | null>;
  lifted_at: ColumnType<Date | null, string | Date | null | undefined, string | Date | null>;
}

export interface CrisisTables {
  crisis_incidents: CrisisIncidentsTable;
  crisis_participants: CrisisParticipantsTable;
  crisis_subject_links: CrisisSubjectLinksTable;
  crisis_assessment_links: CrisisAssessmentLinksTable;
  crisis_log: CrisisLogTable;
  crisis_significant: CrisisSignificantTable;
  crisis_sitreps: CrisisSitrepsTable;
  crisis_protocols: CrisisProtocolsTable;
  crisis_activations: CrisisActivationsTable;
  crisis_tasks: CrisisTasksTable;
  crisis_units: CrisisUnitsTable;
  crisis_events: CrisisEventsTable;
  crisis_reviews: CrisisReviewsTable;
  crisis_actions: CrisisActionsTable;
  crisis_cordons: CrisisCordonsTable;
}

export const CRISIS_TABLES = ['crisis_incidents', 'crisis_participants', 'crisis_subject_links', 'crisis_log', 'crisis_significant', 'crisis_sitreps', 'crisis_protocols', 'crisis_activations', 'crisis_tasks', 'crisis_units', 'crisis_events', 'crisis_reviews', 'crisis_actions', 'crisis_assessment_links', 'crisis_cordons'] as const;
