/** All SQL of hosting providers (content_providers). */
import type { Insertable, Selectable, Updateable } from 'kysely';
import { withTables, type Database } from '../../platform/db.ts';
import type { ContentProvidersTable, ContentTables } from './content.tables.ts';

const db = (d: Database) => withTables<ContentTables>(d);

/** What may be shown of a provider (never its secret). */
export const PROVIDER_COLS = ['id', 'name', 'country', 'contact', 'webhook_url', 'signing', 'public_key', 'owner_org_id', 'created_at', 'updated_at'] as const;
export type ProviderRow = Pick<Selectable<ContentProvidersTable>, (typeof PROVIDER_COLS)[number]>;
export type ProviderRef = { id: string; name: string; country: string };

export function listProviders(d: Database): Promise<ProviderRow[]> {
  return db(d).selectFrom('content_providers').select(PROVIDER_COLS).orderBy('name').execute();
}

export function findProvider(d: Database, id: string): Promise<ProviderRow | undefined> {
  return db(d).selectFrom('content_providers').select(PROVIDER_COLS).where('id', '=', id).executeTakeFirst();
}

/** How to sign for a provider: its webhook URL, scheme and (sealed) secret. */
export function providerSigning(d: Database, id: string) {
  return db(d).selectFrom('content_providers').select(['webhook_url', 'signing', 'secret']).where('id', '=', id).executeTakeFirstOrThrow();
}

export async function providerNameTaken(d: Database, name: string, exceptId?: string): Promise<boolean> {
  return !!(await db(d).selectFrom('content_providers').select('id').where('name', '=', name).$if(exceptId !== undefined, (q) => q.where('id', '<>', exceptId!)).executeTakeFirst());
}

export async function insertProvider(d: Database, row: Insertable<ContentProvidersTable>): Promise<void> {
  await db(d).insertInto('content_providers').values(row).execute();
}

export async function updateProvider(d: Database, id: string, set: Updateable<ContentProvidersTable>): Promise<void> {
  await db(d).updateTable('content_providers').set(set).where('id', '=', id).execute();
}

/** Name and country of providers by id. */
export async function providerRefs(d: Database, ids: readonly string[]): Promise<Map<string, ProviderRef>> {
  const uniq = [...new Set(ids)];
  if (!uniq.length) return new Map();
  const rows = await db(d).selectFrom('content_providers').select(['id', 'name', 'country']).where('id', 'in', uniq).execute();
  return new Map(rows.map((r) => [r.id, r]));
}
