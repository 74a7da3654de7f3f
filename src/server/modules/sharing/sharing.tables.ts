/** Kysely table interfaces of the sharing module's tables (migrations/0005_sharing.sql, 0010_sharing_records.sql). */
import type { ColumnType, Generated } from 'kysely';
import type { Scope, StixObject } from '../../../core/sharing/stix.ts';
import type { MarkingColumns } from '../../platform/db-types.ts';

type Created = ColumnType<Date, string | Date | undefined, never>;
type Changed = ColumnType<Date, string | Date | undefined, string | Date>;
type When = ColumnType<Date | null, string | Date | null | undefined, string | Date | null>;
type Json<T> = ColumnType<T, string, string>;

/** One row per version of a STIX object, with the record's current markings (scope: federation scope). */
export interface SharingObjectsTable extends MarkingColumns {
  seq: Generated<number>;
  stix_id: string;
  stix_type: string;
  version_at: ColumnType<Date, string, string>;
  spec_version: Generated<string>;
  date_added: ColumnType<Date, string, never>;
  is_latest: Generated<boolean>;
  revoked: Generated<boolean>;
  object: Json<StixObject>;
  record_type: string | null;
  origin: 'local' | 'partner' | 'import';
  origin_instance: string | null;
  origin_org_id: string | null;
  origin_org_name: string | null;
  partner_id: string | null;
  scope: Scope;
  /** The record id (the UUID part of the STIX id of a local record). */
  id: string;
}

/** Progress markers of the module's jobs (the outbox cursors). */
export interface SharingStateTable {
  key: string;
  value: Json<unknown>;
  updated_at: Changed;
}

/** TAXII 2.1 status resources of POSTed envelopes. */
export interface SharingTaxiiStatusTable {
  id: string;
  user_id: string;
  collection_id: string;
  request_timestamp: Created;
  status: 'pending' | 'complete';
  total_count: number;
  successes: Json<unknown[]>;
  failures: Json<unknown[]>;
}

/** Partner instances this instance pulls from (token sealed, src/server/platform/secrets.ts). */
export interface SharingPartnersTable {
  id: string;
  name: string;
  api_root: string;
  token: string;
  collections: ColumnType<string[], string[] | undefined, string[]>;
  receiving_org_id: string;
  enabled: Generated<boolean>;
  created_by: string;
  created_at: Created;
  last_attempt_at: When;
  last_success_at: When;
  last_error: string | null;
  last_error_at: When;
  consecutive_failures: Generated<number>;
  objects_received: Generated<number>;
  objects_rejected: Generated<number>;
}

export interface SharingPartnerCursorsTable {
  partner_id: string;
  collection_id: string;
  added_after: string | null;
  updated_at: Changed;
}

/** Strong identifiers (hashed) of the objects held. */
export interface SharingIdentifiersTable {
  stix_id: string;
  kind: string;
  value_hash: string;
  owner_org_id: string;
}

/** Values that occur too often to correlate. */
export interface SharingWarninglistTable {
  value_hash: string;
  kind: string;
  occurrences: number;
  added_at: Created;
}

export interface SharingTables {
  sharing_objects: SharingObjectsTable;
  sharing_state: SharingStateTable;
  sharing_taxii_status: SharingTaxiiStatusTable;
  sharing_partners: SharingPartnersTable;
  sharing_partner_cursors: SharingPartnerCursorsTable;
  sharing_identifiers: SharingIdentifiersTable;
  sharing_warninglist: SharingWarninglistTable;
}
