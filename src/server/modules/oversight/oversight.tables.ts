/** The oversight module's table (oversight_grants) as a Kysely type. Nothing else: the SQL is in oversight.repository.ts. */
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A timestamp that must be given on insert. */
type TimestampReq = ColumnType<Date, Date | string, Date | string>;

export interface OversightGrantsTable {
  id: string;
  user_id: string;
  record_id: string;
  reason: string;
  granted_by: string;
  created_at: Timestamp;
  expires_at: TimestampReq;
}

export interface OversightTables {
  oversight_grants: OversightGrantsTable;
}

/** The tables the oversight module owns (its VigilModule.tables). */
export const OVERSIGHT_TABLES = [
  'oversight_grants',
] as const satisfies ReadonlyArray<keyof OversightTables>;
