/**
 * SQL of correlation: the strong-identifier index of the objects held (sharing_identifiers, hashed
 * values) and the warning list of values that occur too often to correlate (sharing_warninglist).
 */
import { sql } from 'kysely';
import type { Database } from '../../platform/db.ts';
import { withTables } from '../../platform/db.ts';
import { anyText } from './objects.repository.ts';
import type { SharingIdentifiersTable, SharingTables } from './sharing.tables.ts';

const db = (d: Database) => withTables<SharingTables>(d);

/** How many identifiers the objects `stixIds` have in the index. */
export async function countIdentifiers(d: Database, stixIds: string[]): Promise<number> {
  const r = await db(d).selectFrom('sharing_identifiers').select(sql<number>`count(*)::int`.as('n')).where('stix_id', '=', anyText(stixIds)).executeTakeFirstOrThrow();
  return r.n;
}

/** The identifiers of the objects `stixIds`. */
export function identifiersOfObjects(d: Database, stixIds: string[]) {
  return db(d).selectFrom('sharing_identifiers').select(['stix_id', 'kind', 'value_hash']).where('stix_id', '=', anyText(stixIds)).execute();
}

export async function deleteIdentifiers(tx: Database, stixIds: string[]): Promise<void> {
  await db(tx).deleteFrom('sharing_identifiers').where('stix_id', '=', anyText(stixIds)).execute();
}

/** Adds identifiers (one statement, one parameter whatever their number); known ones are kept. */
export async function insertIdentifiers(tx: Database, rows: SharingIdentifiersTable[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`INSERT INTO sharing_identifiers (stix_id, kind, value_hash, owner_org_id)
    SELECT x.stix_id, x.kind, x.value_hash, x.owner_org_id FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
    AS x(stix_id text, kind text, value_hash text, owner_org_id uuid) ON CONFLICT DO NOTHING`.execute(tx);
}

/** Every object holding one of the values `hashes`. */
export function holdersOf(d: Database, hashes: string[]) {
  return db(d).selectFrom('sharing_identifiers').select(['value_hash', 'kind', 'stix_id', 'owner_org_id']).where('value_hash', '=', anyText(hashes)).execute();
}

/** The values among `hashes` on the warning list. */
export async function warnedAmong(d: Database, hashes: string[]): Promise<string[]> {
  const rows = await db(d).selectFrom('sharing_warninglist').select('value_hash').where('value_hash', '=', anyText(hashes)).execute();
  return rows.map((r) => r.value_hash);
}

/** Puts a value on the warning list (or updates its count). */
export async function putOnWarninglist(d: Database, hash: string, kind: string, occurrences: number): Promise<void> {
  await db(d)
    .insertInto('sharing_warninglist')
    .values({ value_hash: hash, kind, occurrences })
    .onConflict((oc) => oc.column('value_hash').doUpdateSet({ occurrences: (eb) => eb.ref('excluded.occurrences') }))
    .execute();
}
