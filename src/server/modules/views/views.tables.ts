/** Kysely table interfaces of the saved-views module (migrations/0026_saved_views.sql). */
import type { ColumnType } from 'kysely';

export interface SavedViewsTable {
  id: string;
  user_id: string;
  screen: string;
  name: string;
  query: string;
  created_at: ColumnType<Date, string | Date | undefined, never>;
  updated_at: ColumnType<Date, string | Date | undefined, string | Date>;
}

export interface ViewsTables {
  saved_views: SavedViewsTable;
}
