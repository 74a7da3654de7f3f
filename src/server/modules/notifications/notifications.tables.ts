/** The notifications module's table as a Kysely type. Nothing else: the SQL is in notifications.repository.ts. */
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type TimestampNull = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;

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

export interface NotificationsTables {
  notifications: NotificationsTable;
}

/** The tables the notifications module owns (its VigilModule.tables). */
export const NOTIFICATIONS_TABLES = [
  'notifications',
] as const satisfies ReadonlyArray<keyof NotificationsTables>;
