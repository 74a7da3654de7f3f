/** Kysely table interfaces of the alerts module's tables (migrations/0020_alerts.sql). */
import type { ColumnType } from 'kysely';
import type { AlertContent } from '../../../core/alerts/cap.ts';

type Created = ColumnType<Date, string | Date | undefined, never>;
type Changed = ColumnType<Date, string | Date | undefined, string | Date>;
type When = ColumnType<Date | null, string | Date | null | undefined, string | Date | null>;
type Json<T> = ColumnType<T, string, string>;

export interface AlertsTable {
  id: string;
  owner_org_id: string;
  incident_id: string | null;
  msg_type: string;
  status: string;
  state: ColumnType<string, string | undefined, string>;
  references_id: string | null;
  root_id: string;
  content: Json<AlertContent>;
  version: ColumnType<number, number | undefined, number>;
  drafted_by: string;
  editors: string[];
  returned_reason: string | null;
  submitted_by: string | null;
  submitted_at: When;
  approved_by: string | null;
  approved_at: When;
  approved_version: number | null;
  published_by: string | null;
  published_at: When;
  identifier: string | null;
  sender: string | null;
  sent: string | null;
  xml: string | null;
  signature: string | null;
  key_id: string | null;
  created_at: Created;
  updated_at: Changed;
}

export interface AlertsKeysTable {
  key_id: string;
  public_key: string;
  created_at: Created;
}

export interface AlertsFeedVersionTable {
  id: number;
  version: number;
}

export interface AlertsTables {
  alerts: AlertsTable;
  alerts_keys: AlertsKeysTable;
  alerts_feed_version: AlertsFeedVersionTable;
}
