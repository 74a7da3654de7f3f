/**
 * The intel module's tables (subjects and their names, reports, links, follows, tombstones, offence
 * classifications) as Kysely types. Nothing else: the SQL is in the *.repository.ts files.
 */
import type { ColumnType, Generated } from 'kysely';
import type { MarkingColumns, Versioned } from '../../platform/db-types.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

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

/** Registry offence codes per subject (migrations/0030_subject_offences.sql). */
export interface SubjectOffencesTable {
  subject_id: string;
  offence_code: string;
  set_by: string | null;
  set_at: ColumnType<Date, string | Date | undefined, never>;
}

export interface IntelTables {
  subjects: SubjectsTable;
  subject_names: SubjectNamesTable;
  subject_name_words: SubjectNameWordsTable;
  reports: ReportsTable;
  report_subjects: ReportSubjectsTable;
  links: LinksTable;
  subject_follows: SubjectFollowsTable;
  tombstones: TombstonesTable;
  subject_offences: SubjectOffencesTable;
}

/** The tables the intel module owns (its VigilModule.tables). */
export const INTEL_TABLES = [
  'subjects',
  'subject_names',
  'subject_name_words',
  'reports',
  'report_subjects',
  'links',
  'subject_follows',
  'tombstones',
  'subject_offences',
] as const satisfies ReadonlyArray<keyof IntelTables>;
