/**
 * Table types for Kysely, one interface per table of migrations/. Columns with a database default
 * are Generated<>, so inserts may leave them out.
 */
import type { ColumnType, Generated } from 'kysely';

/** A timestamp with a database default: optional on insert. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A timestamp that must be given on insert. */
type TimestampReq = ColumnType<Date, Date | string, Date | string>;
type TimestampNull = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;

export interface OrganisationsTable {
  id: string;
  name: string;
  kind: string;
  country: Generated<string>;
  contact: Generated<string>;
  created_at: Timestamp;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  org_id: string;
  clearance: string;
  roles: Json<Record<string, string[]>>;
  password_hash: string;
  locale: Generated<string>;
  disabled: Generated<boolean>;
  created_at: Timestamp;
}

/** A pending, approved or rejected change of a user's clearance, roles or organisation (migration 0009). */
export interface UserChangesTable {
  id: string;
  user_id: string;
  requested_by: string;
  requested_at: Timestamp;
  old_values: Json<UserChangeValues>;
  new_values: Json<UserChangeValues>;
  status: Generated<'pending' | 'approved' | 'rejected'>;
  decided_by: string | null;
  decided_at: Date | null;
}

export interface UserChangeValues {
  clearance?: string;
  roles?: Record<string, string[]>;
  orgId?: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: TimestampReq;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  scopes: string[];
  created_at: Timestamp;
  last_used_at: TimestampNull;
  revoked_at: TimestampNull;
}

export interface SharingGroupsTable {
  id: string;
  name: string;
  description: Generated<string>;
  created_at: Timestamp;
}

export interface SharingGroupMembersTable {
  group_id: string;
  org_id: string;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  record_type: string | null;
  record_id: string | null;
  payload: Json<Record<string, unknown>>;
  created_at: Timestamp;
  read_at: TimestampNull;
}

export interface OversightGrantsTable {
  id: string;
  user_id: string;
  record_id: string;
  reason: string;
  granted_by: string;
  created_at: Timestamp;
  expires_at: TimestampReq;
}

export interface AuditLogTable {
  seq: number;
  at: TimestampReq;
  actor_id: string | null;
  actor_name: string;
  org_id: string | null;
  org_name: string;
  action: string;
  record_type: string | null;
  record_id: string | null;
  purpose: string | null;
  request_id: string | null;
  /** Canonical JSON text. */
  details: string;
  prev_hash: string;
  hash: string;
  /** Computed by the database from record_id and details' recordIds/hitIds (migration 0008); never written. */
  record_ids: ColumnType<string[], never, never>;
}

export interface AuditCheckpointsTable {
  seq: number;
  head_hash: string;
  at: TimestampReq;
  key_id: string;
  signature: string;
}

export interface AuditKeysTable {
  key_id: string;
  public_key: string;
  created_at: Timestamp;
}

export interface InstanceStateTable {
  key: string;
  value: Json<unknown>;
  updated_at: Timestamp;
}

/** Columns every marked record has (src/core/access policy inputs plus legal fields). */
export interface MarkingColumns {
  owner_org_id: string;
  classification: string;
  tlp: string;
  distribution: string;
  shared_org_ids: Generated<string[]>;
  group_ids: Generated<string[]>;
  handling_code: Generated<string>;
  hit_no_hit: Generated<boolean>;
  legal_basis: string;
  purpose: string;
  review_date: string | null;
}

interface Versioned {
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_by: string;
  updated_at: Timestamp;
}

export interface SubjectsTable extends MarkingColumns, Versioned {
  id: string;
  kind: string;
  names: string[];
  birth_date: string | null;
  nationalities: Generated<string[]>;
  gender: string | null;
  category: string | null;
  follow_up: Generated<string>;
  documents: Json<Array<{ type: string; number: string; country?: string | undefined }>>;
  notes: Generated<string>;
  threat_level: number | null;
}

export interface SubjectNamesTable {
  subject_id: string;
  position: number;
  name: string;
  latin: string;
  keys: ColumnType<string[], string[] | undefined, string[]>;
  /** Search keys of the screening engine's name knowledge (migration 0031; core/screening/search-keys.ts). */
  search_keys: ColumnType<string[], string[] | undefined, string[]>;
  keys_version: ColumnType<number, number | undefined, number>;
}

/** One row per word of every name's Latin key, kept by triggers on subject_names (migration 0007). */
export interface SubjectNameWordsTable {
  word: string;
  subject_id: string;
  position: number;
}

export interface ReportsTable extends MarkingColumns, Versioned {
  id: string;
  title: string;
  body: string;
  reported_on: string;
  source_org_id: string;
  source_reliability: string;
  info_credibility: string;
  search_text: string;
}

export interface ReportSubjectsTable {
  report_id: string;
  subject_id: string;
}

export interface LinksTable extends MarkingColumns, Versioned {
  id: string;
  from_subject_id: string;
  to_subject_id: string;
  type: string;
  description: Generated<string>;
}

export interface SubjectFollowsTable {
  subject_id: string;
  org_id: string;
  since: Timestamp;
}

export interface TombstonesTable {
  record_id: string;
  record_type: string;
  owner_org_id: string;
  deleted_by: string;
  deleted_at: Timestamp;
  reason: string;
}

export interface ThreatAssessmentsTable extends MarkingColumns {
  id: string;
  target_kind: string;
  target_key: string;
  target_label: string;
  level: number;
  justification: string;
  assessor_id: string;
  assessed_at: Timestamp;
  next_review_due: string;
  /** The legal registry's version cited (migration 0036); null only for an older assessment whose basis text matched no entry. */
  legal_basis_id: string | null;
  /** An older assessment whose basis text matched no registry entry, waiting for review. */
  legal_basis_review: Generated<boolean>;
}

export interface DB {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  user_changes: UserChangesTable;
  api_tokens: ApiTokensTable;
  sharing_groups: SharingGroupsTable;
  sharing_group_members: SharingGroupMembersTable;
  notifications: NotificationsTable;
  oversight_grants: OversightGrantsTable;
  audit_log: AuditLogTable;
  audit_checkpoints: AuditCheckpointsTable;
  audit_keys: AuditKeysTable;
  instance_state: InstanceStateTable;
  subjects: SubjectsTable;
  subject_names: SubjectNamesTable;
  subject_name_words: SubjectNameWordsTable;
  reports: ReportsTable;
  report_subjects: ReportSubjectsTable;
  links: LinksTable;
  subject_follows: SubjectFollowsTable;
  tombstones: TombstonesTable;
  threat_assessments: ThreatAssessmentsTable;
}
