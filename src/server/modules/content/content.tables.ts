/** Kysely table interfaces of the content module's tables (migrations/0004_content.sql and later). */
import type { ColumnType, Generated } from 'kysely';
import type { MarkingColumns } from '../../platform/db-types.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type TimestampNull = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;

export interface ContentBanksTable {
  id: string;
  name: string;
  description: Generated<string>;
  source_org: string;
  tlp: string;
  enabled: Generated<boolean>;
  threshold: Generated<number>;
  owner_org_id: string;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ContentBankEntriesTable {
  id: string;
  /** Insertion order (imports keep their line order). */
  seq: Generated<number>;
  bank_id: string;
  pdq: string | null;
  quality: Generated<number>;
  md5: string | null;
  sha256: string | null;
  label: Generated<string>;
  source: Generated<string>;
  added_by: string | null;
  created_at: Timestamp;
}

export interface ContentIndexStateTable {
  id: number;
  generation: number;
}

export interface ContentProvidersTable {
  id: string;
  name: string;
  country: string;
  contact: Generated<string>;
  webhook_url: string;
  signing: string;
  secret: string;
  public_key: string | null;
  /** The organisation that registered the provider: only it changes the provider (migration 0012). */
  owner_org_id: string;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ContentCasesTable extends MarkingColumns {
  id: string;
  url: string;
  url_key: string;
  provider_id: string;
  offence: string;
  assessment: string;
  status: Generated<string>;
  closed_at: TimestampNull;
  evidence: Buffer | null;
  evidence_type: string | null;
  evidence_sha256: string | null;
  evidence_at: TimestampNull;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ContentCaseSignalsTable {
  case_id: string;
  position: number;
  pdq: string | null;
  quality: number | null;
  md5: string | null;
  sha256: string | null;
}

export interface Duplicate {
  orderId: string;
  kind: string;
  status: string;
  issuingOrgId: string;
  issuingAuthority: string;
  issuedAt: string | null;
  /** What matched: the URL, or a hash (with the PDQ distance). */
  reason: 'url' | 'pdq' | 'md5' | 'sha256';
  distance?: number;
}

export interface ContentOrdersTable {
  id: string;
  case_id: string;
  kind: string;
  status: string;
  provider_id: string;
  issuing_org_id: string;
  reasons: string;
  duplicates: Json<Duplicate[]>;
  duplicates_acknowledged: Generated<boolean>;
  created_by: string;
  created_at: Timestamp;
  issued_by: string | null;
  issued_at: TimestampNull;
  due_at: TimestampNull;
  portal_token_hashes: Generated<string[]>;
  outcome: string | null;
  outcome_note: string | null;
  outcome_at: TimestampNull;
  removed_at: TimestampNull;
  escalated_at: TimestampNull;
  cross_border: Generated<boolean>;
  scrutiny_org_id: string | null;
  scrutiny_due_at: TimestampNull;
  scrutiny_decision: string | null;
  scrutiny_reasoning: string | null;
  scrutiny_at: TimestampNull;
  scrutiny_by: string | null;
  appeal_status: string | null;
  appeal_note: string | null;
  appeal_at: TimestampNull;
  withdrawn_reason: string | null;
  updated_at: Timestamp;
}

export interface ContentDeliveriesTable {
  id: string;
  order_id: string;
  provider_id: string;
  event: string;
  payload: Json<Record<string, unknown>>;
  status: string;
  attempts: Generated<number>;
  next_attempt_at: TimestampNull;
  lease_until: TimestampNull;
  delivered_at: TimestampNull;
  created_at: Timestamp;
  /** Marked delivered by other means (status other_means): the note and who marked it (migration 0016). */
  manual_note: Generated<string | null>;
  manual_by: Generated<string | null>;
}

export interface ContentDeliveryAttemptsTable {
  delivery_id: string;
  attempt: number;
  at: Date | string;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

export interface ContentTables {
  content_banks: ContentBanksTable;
  content_bank_entries: ContentBankEntriesTable;
  content_index_state: ContentIndexStateTable;
  content_providers: ContentProvidersTable;
  content_cases: ContentCasesTable;
  content_case_signals: ContentCaseSignalsTable;
  content_orders: ContentOrdersTable;
  content_deliveries: ContentDeliveriesTable;
  content_delivery_attempts: ContentDeliveryAttemptsTable;
}

/** The tables the content module owns (its VigilModule.tables). */
export const CONTENT_TABLES = [
  'content_banks',
  'content_bank_entries',
  'content_index_state',
  'content_providers',
  'content_cases',
  'content_case_signals',
  'content_orders',
  'content_deliveries',
  'content_delivery_attempts',
] as const satisfies ReadonlyArray<keyof ContentTables>;
