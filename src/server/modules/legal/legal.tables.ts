/** Kysely table interfaces of the legal module's tables (migrations/0018_legal.sql). */
import type { ColumnType } from 'kysely';

type Created = ColumnType<Date, string | Date | undefined, never>;
type Changed = ColumnType<Date, string | Date | undefined, string | Date>;
type Day = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, never>;

export interface LegalRegistryTable {
  id: string;
  kind: string;
  code: string;
  version: number;
  title: string;
  article: string;
  text_reference: string;
  scope: string | null;
  method: string | null;
  valid_from: Day;
  valid_to: ColumnType<string | null, string | null | undefined, string>;
  successor_id: ColumnType<string | null, string | null | undefined, string>;
  replaces_id: string | null;
  created_by: string | null;
  created_at: Created;
}

export interface LegalDeadlineRulesTable {
  key: string;
  days: number;
  reference: string;
  indicative: boolean;
  note: string;
  updated_by: string | null;
  updated_at: Changed;
}

export interface LegalAuthorisationsTable {
  id: string;
  reference: string;
  org_id: string;
  method: string;
  tier: string;
  basis_id: string;
  offence_ids: string[];
  facts: string;
  subsidiarity: string;
  proportionality: string;
  duration_days: number;
  classification: string;
  supersedes_id: string | null;
  state: string;
  state_since: ColumnType<Date, string | Date, string | Date>;
  active_since: ColumnType<Date | null, string | Date | null, string | Date | null>;
  until: ColumnType<string | null, string | null, string | null>;
  created_by: string;
  created_at: Created;
}

export interface LegalAuthorisationTargetsTable {
  authorisation_id: string;
  subject_id: string;
}

export interface LegalTransitionsTable {
  id: string;
  authorisation_id: string;
  seq: number;
  action: string;
  from_state: string | null;
  to_state: string;
  actor_id: string;
  actor_org_id: string;
  reason: string;
  data: Json<Record<string, unknown>>;
  at: ColumnType<Date, string | Date, never>;
  prev_hash: string;
  hash: string;
  /** Ed25519 signature of `hash` by the server's key (migration 0025); null on steps made before. */
  key_id: ColumnType<string | null, string | null | undefined, never>;
  signature: ColumnType<string | null, string | null | undefined, never>;
}

export interface LegalDestructionsTable {
  authorisation_id: string;
  transition_id: string;
  what: string;
  how: string;
  destroyed_on: Day;
  destroyed_by: string;
  recorded_at: Created;
}

export interface LegalCooperationTable {
  id: string;
  reference: string;
  kind: string;
  direction: string;
  org_id: string;
  other_country: string;
  counterpart: string;
  parties: string;
  basis_id: string;
  offence_ids: string[];
  subject_ids: string[];
  classification: string;
  state: ColumnType<string, string | undefined, string>;
  received_on: ColumnType<string | null, string | null | undefined, string | null>;
  arrest_on: ColumnType<string | null, string | null | undefined, string | null>;
  consent_on: ColumnType<string | null, string | null | undefined, string | null>;
  extended: ColumnType<boolean, boolean | undefined, boolean>;
  recognised_on: ColumnType<string | null, string | null | undefined, string | null>;
  final_decision_on: ColumnType<string | null, string | null | undefined, string | null>;
  surrendered_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string;
  created_at: Created;
  updated_at: Changed;
}

export interface LegalCooperationEventsTable {
  id: string;
  request_id: string;
  seq: number;
  event: string;
  on_date: Day;
  note: string;
  actor_id: string;
  at: Created;
  /** The signed step (migration 0029): the state before and after, the hash chained to the previous step, the server's Ed25519 signature. Null on steps recorded before. */
  from_state: ColumnType<string | null, string | null | undefined, never>;
  to_state: ColumnType<string | null, string | null | undefined, never>;
  prev_hash: ColumnType<string | null, string | null | undefined, never>;
  hash: ColumnType<string | null, string | null | undefined, never>;
  key_id: ColumnType<string | null, string | null | undefined, never>;
  signature: ColumnType<string | null, string | null | undefined, never>;
}

export interface LegalRemindersTable {
  record_id: string;
  deadline_key: string;
  due: string;
  sent_at: Created;
}

export interface LegalTables {
  legal_registry: LegalRegistryTable;
  legal_deadline_rules: LegalDeadlineRulesTable;
  legal_authorisations: LegalAuthorisationsTable;
  legal_authorisation_targets: LegalAuthorisationTargetsTable;
  legal_transitions: LegalTransitionsTable;
  legal_destructions: LegalDestructionsTable;
  legal_cooperation: LegalCooperationTable;
  legal_cooperation_events: LegalCooperationEventsTable;
  legal_reminders: LegalRemindersTable;
}

export const LEGAL_TABLES = ['legal_registry', 'legal_deadline_rules', 'legal_authorisations', 'legal_authorisation_targets', 'legal_transitions', 'legal_destructions', 'legal_cooperation', 'legal_cooperation_events', 'legal_reminders'] as const;
