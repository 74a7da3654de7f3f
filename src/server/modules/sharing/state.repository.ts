/** SQL of the module's progress markers (sharing_state): the outbox cursors over intel's change feed. */
import { sql } from 'kysely';
import type { Database } from '../../platform/db.ts';
import { withTables } from '../../platform/db.ts';
import { anyText } from './objects.repository.ts';
import type { SharingTables } from './sharing.tables.ts';

const db = (d: Database) => withTables<SharingTables>(d);

/** Several state values in one statement (absent keys are absent from the map). */
export async function getStates<T>(d: Database, keys: readonly string[]): Promise<Map<string, T>> {
  const rows = await db(d).selectFrom('sharing_state').select(['key', 'value']).where('key', '=', anyText(keys)).execute();
  return new Map(rows.map((r) => [r.key, r.value as T]));
}

export async function setState(d: Database, key: string, value: unknown): Promise<void> {
  await db(d)
    .insertInto('sharing_state')
    .values({ key, value: JSON.stringify(value), updated_at: sql<Date>`now()` })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: (eb) => eb.ref('excluded.value'), updated_at: sql<Date>`now()` }))
    .execute();
}
