/** The auth module's tables (sessions, api_tokens) as Kysely types. Nothing else: the SQL is in auth.repository.ts. */
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A timestamp that must be given on insert. */
type TimestampReq = ColumnType<Date, Date | string, Date | string>;
type TimestampNull = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

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

export interface AuthTables {
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
}

/** The tables the auth module owns (its VigilModule.tables). */
export const AUTH_TABLES = [
  'sessions',
  'api_tokens',
] as const satisfies ReadonlyArray<keyof AuthTables>;
