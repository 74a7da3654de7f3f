/**
 * The content module's tables (migrations/0004_content.sql) as Kysely types, a typed view of the
 * platform database that includes them, and what every content service shares.
 */
import type { ColumnType, Generated, Kysely } from 'kysely';
import { BANK_OWNER_ONLY_TLPS, bankMarkings, hasPermission, type RecordMarkings } from '../../../core/access/policy.ts';
import type { Permission } from '../../../core/vocab.ts';
import type { Ctx } from '../../platform/context.ts';
import type { DB, MarkingColumns } from '../../platform/db-types.ts';
import type { Database } from '../../platform/db.ts';
import { forbidden } from '../../platform/errors.ts';

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

export type ContentDb = Kysely<DB & ContentTables>;

/** The platform database (or a transaction on it) with the content tables typed. */
export function cdb(db: Database | ContentDb): ContentDb {
  return db as unknown as ContentDb;
}

/** The same handle as the platform sees it (for p.record inside a content transaction). */
export function pdb(db: ContentDb): Database {
  return db as unknown as Database;
}

export const MODULE = 'content' as const;

/** The access check every content service does first. */
export function requirePermission(ctx: Ctx, permission: Permission, what: string): void {
  if (!hasPermission(ctx.actor, MODULE, permission)) throw forbidden(`You need ${permission} permission on online content to ${what}.`);
}

/** Offences of terrorist content (Regulation 2021/784, art. 2(7), referring to Directive 2017/541). */
export const OFFENCES = ['incitement', 'solicitation', 'participation', 'instruction', 'threat'] as const;
export const OFFENCE_TEXT: Record<(typeof OFFENCES)[number], string> = {
  incitement: 'incites the commission of terrorist offences (Directive 2017/541, art. 3(1)(a)–(i); Regulation 2021/784, art. 2(7)(a))',
  solicitation: 'solicits a person or group to commit or contribute to terrorist offences (art. 2(7)(b))',
  participation: 'solicits participation in the activities of a terrorist group (art. 2(7)(c))',
  instruction: 'provides instruction on making or using explosives, weapons or hazardous substances for terrorist offences (art. 2(7)(d))',
  threat: 'constitutes a threat to commit a terrorist offence (art. 2(7)(e))',
};

/** Minimum PDQ quality for matching (Meta's recommendation). */
export const MIN_QUALITY = 50;
export const DEFAULT_THRESHOLD = 31;
/** Removal orders: one hour (art. 3(3)); cross-border scrutiny: 72 hours (art. 4(4)). */
export const REMOVAL_DEADLINE_MS = 3_600_000;
export const SCRUTINY_MS = 72 * 3_600_000;
/** Banks at these TLP levels are visible to, and matched for, their owner organisation only (the rule lives in the access policy). */
export const OWNER_ONLY_TLPS: ReadonlySet<string> = new Set(BANK_OWNER_ONLY_TLPS);

/** A bank's markings as the access policy reads them (the TLP rule: policy.ts, bankMarkings). */
export function bankRowMarkings(b: { id: string; owner_org_id: string; tlp: string }): RecordMarkings {
  return bankMarkings({ id: b.id, ownerOrgId: b.owner_org_id, tlp: b.tlp });
}

/** The audit identity of the background worker. */
export const SYSTEM_ACTOR = { userId: null, username: 'system', orgId: null, orgName: 'Vigil' } as const;

/** Normalises a URL for duplicate detection: lower-case scheme and host, no fragment, no default port, no trailing slash. */
export function urlKey(raw: string): string {
  try {
    const u = new URL(raw.trim());
    u.hash = '';
    u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
    let s = `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}${u.search}`;
    s = s.replace(/^https?:/, 'http:');
    return s;
  } catch {
    return raw.trim().toLowerCase();
  }
}
