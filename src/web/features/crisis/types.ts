/** Wire shapes of the crisis API as the screens use them. */
export interface Incident {
  id: string; title: string; type: string; description: string; lat: number; lon: number; municipality: string; occurredAt: string;
  exercise: boolean; marking: 'EXERCISE' | 'REAL'; phase: string; terrorState: string; status: string; orgId: string; orgName: string; declaredAt: string; updatedAt: string;
}
export interface Participant { orgId: string; orgName: string; status: string; updatedAt: string; declaring: boolean }
export interface IncidentDetail extends Incident {
  participants: Participant[]; activations: Array<{ id: string; title?: string }>; lastEventId: number;
  can: { write: boolean; approve: boolean; manage: boolean };
}
export interface LogEntry { id: string; seq: number; kind: string; text: string; reason: string | null; author: string | null; authorOrg: string | null; at: string; correctsId: string | null; significant: 'no' | 'flagged' | 'confirmed' }
export interface LogList { chain: { ok: boolean; count: number; brokenAtSeq: number | null }; items: LogEntry[] }
export interface Task { id: string; discipline: string; title: string; role: string; orgName: string | null; dueAt: string | null; overdue: boolean; status: string; blockedReason: string | null }
export interface Unit { id: string; name: string; kind: string; discipline: string; orgName: string; status: string }
export interface Sitrep { id: string; number: number; summary: string; createdAt: string; author: string | null; approvedAt: string | null; approver: string | null }
export interface Protocol { id: string; templateId: string; version: number; title: string; incidentType: string }
export const INCIDENT_TYPES = ['terror-attack', 'explosion', 'shooting', 'hostage-taking', 'cbrn', 'vehicle-ramming', 'other'] as const;
export const PHASES = ['municipal', 'provincial', 'federal'] as const;
export const TERROR_STATES = ['none', 'pre-alert', 'alert'] as const;
export const TASK_STATUSES = ['todo', 'doing', 'done', 'blocked'] as const;
export const UNIT_STATUSES = ['requested', 'dispatched', 'on-site', 'released'] as const;
