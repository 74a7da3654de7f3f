/**
 * The screening module's tables (migrations/0006_screening.sql, 0013_watchlist_previews.sql,
 * 0015: subject actions) as Kysely types. Nothing else: the SQL is in the *.repository.ts files.
 */
import type { ColumnType, Generated } from 'kysely';
import type { DataQualityFlag } from '../../../core/screening/quality.ts';
import type { Explanation } from '../../../core/screening/types.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type TimestampNull = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;
type JsonNull<T> = ColumnType<T | null, string | null | undefined, string | null>;

/** A traveller as stored with a screening (normalised; MRZ warnings, data-quality flags and travel context kept). */
export interface StoredTraveller {
  id?: string;
  name: string;
  birthDate?: string;
  nationality?: string;
  documentNumber?: string;
  gender?: string;
  warnings?: string[];
  quality?: DataQualityFlag[];
  [key: string]: unknown;
}

/** The lists and versions of the index a batch was screened with (screening.runtime.ts Coverage, stored). */
export interface StoredCoverage {
  entries: number;
  lists: Array<{ source: string; version: number; entries: number | null }>;
  nationalVersion: number | null;
  loadedAt: string | null;
}

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

/**
 * Where entries are stored (migration 0041): once per span of versions of their list over which they are
 * unchanged (from version number `valid_from`, up to and not including `valid_to`; open while on the
 * active version). Written by watchlists.repository.ts and national.repository.ts only; every reader
 * goes through the view `watchlist_entries`.
 */
export interface WatchlistEntrySpansTable extends Omit<WatchlistEntriesTable, 'version_id'> {
  source_id: string;
  valid_from: number;
  valid_to: number | null;
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
  format: 'form' | 'jsonl' | 'csv' | 'mrz' | 'paxlst' | 'pnrgov';
  flight: Generated<string>;
  /** PAXLST/PNRGOV: the interchange reference (UNB) and the flight's route as the message gave them. */
  message_ref: Generated<string | null>;
  departure: Generated<string | null>;
  arrival: Generated<string | null>;
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
  /** What its travellers were last screened against (migration 0032; null before). */
  screened_against: JsonNull<StoredCoverage>;
  /** Index hits that could not be shown at all (the batch is then never "no hit"). */
  left_out: Generated<number>;
  /** The legal basis the run was made under: a legal-registry version's id and its citation (migration 0037; null for none). */
  legal_basis_id: Generated<string | null>;
  legal_basis: Generated<string | null>;
  created_at: Timestamp;
  finished_at: TimestampNull;
}

export interface ScreeningTravellersTable {
  batch_id: string;
  seq: number;
  line: number;
  traveller_id: string | null;
  traveller: JsonNull<StoredTraveller>;
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
  explanation: JsonNull<Explanation>;
  status: HitStatus;
  suppression_id: string | null;
  report_id: string | null;
  referral_id: string | null;
  decided_by: string | null;
  decided_at: TimestampNull;
  reason: string | null;
  /** The re-screening that found the hit: the traveller had travelled before the entry was listed (migrations/0023). */
  rescreen_id: ColumnType<string | null, string | null | undefined, string | null>;
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
  traveller: Json<StoredTraveller>;
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

export interface ScreeningSubjectActionsTable {
  subject_id: string;
  action: EncounterAction;
  owner_org_id: string;
  set_by: string | null;
  set_at: Timestamp;
}

/** A download of a global list from its official address or a mirror (migrations/0023_watchlist_fetch.sql). */
export interface WatchlistFetchesTable {
  id: string;
  source_id: string;
  url: string;
  trigger: 'manual' | 'schedule' | 'cli';
  mode: 'preview' | 'apply' | 'check';
  status: 'previewed' | 'applied' | 'unchanged' | 'checked' | 'failed';
  error: string | null;
  bytes: number | null;
  content_sha256: string | null;
  entry_count: number | null;
  added: number | null;
  removed: number | null;
  changed: number | null;
  changes: Json<PreviewChange[]>;
  preview_id: string | null;
  version_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

/** A re-screening of past travellers against a version's added and changed entries (migrations/0023). */
export interface ScreeningRescreensTable {
  id: string;
  version_id: string;
  source_id: string;
  entries: number;
  since: Timestamp;
  status: 'queued' | 'running' | 'done' | 'failed';
  total: Generated<number>;
  processed: Generated<number>;
  hit_count: Generated<number>;
  cursor_batch: string | null;
  cursor_seq: number | null;
  failure: string | null;
  heartbeat: TimestampNull;
  created_at: Timestamp;
  finished_at: TimestampNull;
}

export interface ScreeningTables {
  watchlist_fetches: WatchlistFetchesTable;
  screening_rescreens: ScreeningRescreensTable;
  watchlist_sources: WatchlistSourcesTable;
  watchlist_versions: WatchlistVersionsTable;
  /** A view over watchlist_entry_spans: one row per entry per version it belongs to. */
  watchlist_entries: WatchlistEntriesTable;
  watchlist_entry_spans: WatchlistEntrySpansTable;
  watchlist_changes: WatchlistChangesTable;
  screening_batches: ScreeningBatchesTable;
  screening_travellers: ScreeningTravellersTable;
  screening_hits: ScreeningHitsTable;
  screening_decisions: ScreeningDecisionsTable;
  screening_suppressions: ScreeningSuppressionsTable;
  screening_referrals: ScreeningReferralsTable;
  watchlist_previews: WatchlistPreviewsTable;
  screening_subject_actions: ScreeningSubjectActionsTable;
}

/** The tables the screening module owns (its VigilModule.tables). */
export const SCREENING_TABLES = [
  'watchlist_sources',
  'watchlist_versions',
  'watchlist_entries',
  'watchlist_entry_spans',
  'watchlist_changes',
  'watchlist_previews',
  'screening_batches',
  'screening_travellers',
  'screening_hits',
  'screening_decisions',
  'screening_suppressions',
  'screening_referrals',
  'screening_subject_actions',
  'watchlist_fetches',
  'screening_rescreens',
] as const satisfies ReadonlyArray<keyof ScreeningTables>;
