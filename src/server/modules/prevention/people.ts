/**
 * Names of people on prevention records: users belong to the admin module, read through its
 * directory service (never by this module's SQL).
 */
import { userDisplayNames } from '../admin/directory.service.ts';
import type { Database } from '../../platform/db.ts';

export type Named<T> = T & { display_name: string };

/** The rows with their user's display name. */
export async function named<T extends { user_id: string }>(d: Database, rows: readonly T[]): Promise<Array<Named<T>>> {
  const names = await userDisplayNames(d, rows.map((r) => r.user_id));
  return rows.map((r) => ({ ...r, display_name: names.get(r.user_id) ?? 'unknown user' }));
}

