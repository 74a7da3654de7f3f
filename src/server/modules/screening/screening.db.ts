/**
 * The screening module's tables (migrations/0006_screening.sql) as Kysely types, a typed view of the
 * platform database that includes them, and what every screening service shares.
 */
import type { ColumnType, Generated, Kysely } from 'kysely';
import { z } from 'zod';
import { hasPermission } from '../../../core/access/policy.ts';
import type { Permission } from '../../../core/vocab.ts';
import type { Ctx } from '../../platform/context.ts';
import type { DB } from '../../platform/db-types.ts';
import type { Database } from '../../platform/db.ts';
import { forbidden } from '../../platform/errors.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type TimestampNull = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;
type JsonNull<T> = ColumnType<T | null, string | null | undefined, string | null>;

export interface WatchlistSourcesTable {
  id: string;
  kind: string;
  created_at: Timestamp;
}

export interface WatchlistVersionsTable {
  id: string;
  source_id: string;
  number: number;
  active: Generated<boolean>;
  origin: string;
  entry_count: number;
  added: number;
  removed: number;
  changed: number;
  skipped: ColumnType<Array<{ line: number; message: string }>, string | undefined, string>;
  content_sha256: string | null;
  note: Generated<string>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface WatchlistEntriesTable {
  version_id: string;
  entry_id: string;
  hash: string;
  primary_name: string;
  entry: Json<unknown>;
  access: JsonNull<unknown>;
}

export interface WatchlistChangesTable {
  version_id: string;
  entry_id: string;
  change: 'added' | 'removed' | 'changed';
  reason: string | null;
}

export interface ScreeningBatchesTable {
  id: string;
  kind: 'single' | 'batch';
  format: 'form' | 'jsonl' | 'csv' | 'mrz';
  flight: Generated<string>;
  travel_date: string | null;
  port: Generated<string>;
  status: 'receiving' | 'queued' | 'running' | 'done' | 'failed';
  total: Generated<number>;
  processed: Generated<number>;
  cursor: Generated<number>;
  hit_count: Generated<number>;
  error_count: Generated<number>;
  suppressed_count: Generated<number>;
  threshold: number;
  failure: string | null;
  heartbeat: TimestampNull;
  owner_org_id: string;
  created_by: string;
  created_at: Timestamp;
  finished_at: TimestampNull;
}

export interface ScreeningTravellersTable {
  batch_id: string;
  seq: number;
  line: number;
  traveller_id: string | null;
  traveller: JsonNull<unknown>;
  identity_key: string | null;
  status: 'pending' | 'screened' | 'error';
  error: string | null;
  hit_count: Generated<number>;
  max_score: number | null;
}

export type HitStatus = 'open' | 'true_match' | 'false_positive' | 'escalated' | 'suppressed';

export interface ScreeningHitsTable {
  id: string;
  batch_id: string;
  seq: number;
  entry_id: string;
  source_id: string;
  version_id: string;
  entry_hash: string;
  score: number;
  explanation: JsonNull<unknown>;
  status: HitStatus;
  suppression_id: string | null;
  report_id: string | null;
  referral_id: string | null;
  decided_by: string | null;
  decided_at: TimestampNull;
  reason: string | null;
}

export interface ScreeningDecisionsTable {
  id: string;
  hit_id: string;
  decision: 'true_match' | 'false_positive' | 'escalate';
  reason: Generated<string>;
  decided_by: string;
  decided_at: Timestamp;
}

export interface ScreeningSuppressionsTable {
  id: string;
  owner_org_id: string;
  identity_key: string;
  entry_id: string;
  entry_hash: string;
  traveller: Json<unknown>;
  reason: string;
  hit_id: string;
  created_by: string;
  created_at: Timestamp;
  revoked_by: string | null;
  revoked_at: TimestampNull;
  revoke_reason: string | null;
}

export interface ScreeningReferralsTable {
  id: string;
  hit_id: string;
  entry_id: string;
  source_id: string;
  from_org_id: string;
  note: Generated<string>;
  created_by: string;
  created_at: Timestamp;
}

/** A change of a preview: the entry, what happened to it, its name, and which fields changed. */
export interface PreviewChange {
  entryId: string;
  change: 'added' | 'removed' | 'changed';
  name: string;
  fields: string[];
}

/** A pending import of a global list, applied only on confirmation (migrations/0013_watchlist_previews.sql). */
export interface WatchlistPreviewsTable {
  id: string;
  source_id: string;
  base_version_id: string | null;
  status: 'pending' | 'applied' | 'discarded';
  entries: Json<unknown>;
  changes: Json<PreviewChange[]>;
  entry_count: number;
  added: number;
  removed: number;
  changed: number;
  duplicates: number;
  skipped: ColumnType<Array<{ line: number; message: string }>, string | undefined, string>;
  content_sha256: string | null;
  note: string;
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  decided_by: string | null;
  decided_at: TimestampNull;
  applied_version_id: string | null;
}

/** What a screening officer who may not read a national subject is asked to do on a hit (migrations/0015). */
export type EncounterAction = 'discreet_check' | 'stop' | 'inform';
export const ENCOUNTER_ACTIONS = ['discreet_check', 'stop', 'inform'] as const;

export interface ScreeningSubjectActionsTable {
  subject_id: string;
  action: EncounterAction;
  owner_org_id: string;
  set_by: string | null;
  set_at: Timestamp;
}

export type ScreeningTables = {
  watchlist_sources: WatchlistSourcesTable;
  watchlist_versions: WatchlistVersionsTable;
  watchlist_entries: WatchlistEntriesTable;
  watchlist_changes: WatchlistChangesTable;
  screening_batches: ScreeningBatchesTable;
  screening_travellers: ScreeningTravellersTable;
  screening_hits: ScreeningHitsTable;
  screening_decisions: ScreeningDecisionsTable;
  screening_suppressions: ScreeningSuppressionsTable;
  screening_referrals: ScreeningReferralsTable;
  watchlist_previews: WatchlistPreviewsTable;
  screening_subject_actions: ScreeningSubjectActionsTable;
};

export type ScreeningDb = Kysely<DB & ScreeningTables>;

/** The platform database (or a transaction) seen with the screening tables. */
export function sdb(db: Database): ScreeningDb {
  return db.withTables<ScreeningTables>();
}

/** The same handle seen as the platform database (for p.record and other modules inside a transaction). */
export function pdb(db: ScreeningDb): Database {
  return db as unknown as Database;
}

export const MODULE = 'screening' as const;

/** The first check of every screening service function. */
export function requirePermission(ctx: Ctx, permission: Permission): void {
  if (!hasPermission(ctx.actor, MODULE, permission)) {
    throw forbidden(permission === 'read' ? 'You need read permission on border screening.' : permission === 'admin' ? 'You need the watch-list administrator role (admin on border screening).' : 'You need write permission on border screening.');
  }
}

/** Global lists (UN, OFAC) apply to every organisation: replacing one needs the list administrator. */
export function isGlobalSource(source: string): boolean {
  const k = sourceKind(source);
  return k === 'un' || k === 'ofac';
}

export type SourceKind = 'un' | 'ofac' | 'custom' | 'national';

/**
 * What a list name means: `national` (built from intel subjects), `un` or `un-…` (UN consolidated XML),
 * `ofac` or `ofac-…` (OFAC legacy CSV, e.g. `ofac-cons` for the non-SDN consolidated list); any other
 * name is a custom list (CSV or JSON Lines).
 */
export function sourceKind(source: string): SourceKind {
  if (source === 'national') return 'national';
  if (/^un(-|$)/.test(source)) return 'un';
  if (/^ofac(-|$)/.test(source)) return 'ofac';
  return 'custom';
}

/** A string without NUL characters (PostgreSQL text and jsonb refuse them): every free-text input. */
export function text() {
  return z.string().refine((v) => !v.includes('\u0000'), 'must not contain NUL characters');
}
