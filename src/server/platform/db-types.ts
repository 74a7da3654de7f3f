/**
 * The database as Kysely sees it: the platform's own tables (audit log, checkpoints, keys, instance
 * state) typed here, composed with the tables of the modules that every part of the server reads
 * through `Database` (each module's <module>.tables.ts). Pillars added later type theirs in their own
 * tables file and reach them with `withTables<…Tables>(db)` (platform/db.ts). Columns with a database
 * default are Generated<>, so inserts may leave them out.
 */
import type { ColumnType, Generated } from 'kysely';
import type { AdminTables } from '../modules/admin/admin.tables.ts';
import type { AuthTables } from '../modules/auth/auth.tables.ts';
import type { IntelTables } from '../modules/intel/intel.tables.ts';
import type { NotificationsTables } from '../modules/notifications/notifications.tables.ts';
import type { OversightTables } from '../modules/oversight/oversight.tables.ts';
import type { ThreatTables } from '../modules/threat/threat.tables.ts';

/** A timestamp with a database default: optional on insert. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A timestamp that must be given on insert. */
type TimestampReq = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

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

/** Columns of a record edited under optimistic locking (its version and who made and last changed it). */
export interface Versioned {
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_by: string;
  updated_at: Timestamp;
}

/** The tables of the platform itself, which belong to no module. */
export interface PlatformTables {
  audit_log: AuditLogTable;
  audit_checkpoints: AuditCheckpointsTable;
  audit_keys: AuditKeysTable;
  instance_state: InstanceStateTable;
}

export interface DB extends PlatformTables, AuthTables, AdminTables, IntelTables, ThreatTables, NotificationsTables, OversightTables {}
