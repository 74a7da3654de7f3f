/** SQL of the partner instances this instance pulls from (sharing_partners) and their pull cursors (sharing_partner_cursors). */
import { sql, type Selectable } from 'kysely';
import type { Database } from '../../platform/db.ts';
import { withTables } from '../../platform/db.ts';
import type { SharingPartnersTable, SharingTables } from './sharing.tables.ts';

const db = (d: Database) => withTables<SharingTables>(d);
const now = sql<Date>`now()`;

/** A partner with its status columns. */
export type PartnerStatusRow = Selectable<SharingPartnersTable>;
/** What a pull needs of a partner. */
export type PartnerRow = Pick<PartnerStatusRow, 'id' | 'name' | 'api_root' | 'token' | 'collections' | 'receiving_org_id' | 'enabled'>;

export function findPartner(d: Database, id: string): Promise<PartnerStatusRow | undefined> {
  return db(d).selectFrom('sharing_partners').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listPartners(d: Database): Promise<PartnerStatusRow[]> {
  return db(d).selectFrom('sharing_partners').selectAll().orderBy('name').execute();
}

export function enabledPartners(d: Database): Promise<PartnerStatusRow[]> {
  return db(d).selectFrom('sharing_partners').selectAll().where('enabled', '=', true).execute();
}

export function findEnabledPartner(d: Database, id: string): Promise<PartnerStatusRow | undefined> {
  return db(d).selectFrom('sharing_partners').selectAll().where('id', '=', id).where('enabled', '=', true).executeTakeFirst();
}

export async function partnerNameTaken(d: Database, name: string): Promise<boolean> {
  return (await db(d).selectFrom('sharing_partners').select(sql<number>`1`.as('x')).where('name', '=', name).executeTakeFirst()) !== undefined;
}

export async function insertPartner(tx: Database, v: { id: string; name: string; apiRoot: string; sealedToken: string; collections: string[]; receivingOrgId: string; createdBy: string }): Promise<void> {
  await db(tx)
    .insertInto('sharing_partners')
    .values({ id: v.id, name: v.name, api_root: v.apiRoot, token: v.sealedToken, collections: v.collections, receiving_org_id: v.receivingOrgId, created_by: v.createdBy })
    .execute();
}

export interface PartnerChange {
  apiRoot?: string | undefined;
  sealedToken?: string | undefined;
  collections?: string[] | undefined;
  receivingOrgId?: string | undefined;
  enabled?: boolean | undefined;
  /** A new token or a re-enabled partner starts again without failures. */
  resetFailures: boolean;
}

/** Changes the given fields (nothing when none is given). */
export async function updatePartner(tx: Database, id: string, c: PartnerChange): Promise<void> {
  const set = {
    ...(c.apiRoot !== undefined ? { api_root: c.apiRoot } : {}),
    ...(c.sealedToken !== undefined ? { token: c.sealedToken } : {}),
    ...(c.collections !== undefined ? { collections: c.collections } : {}),
    ...(c.receivingOrgId !== undefined ? { receiving_org_id: c.receivingOrgId } : {}),
    ...(c.enabled !== undefined ? { enabled: c.enabled } : {}),
    ...(c.resetFailures ? { consecutive_failures: 0 } : {}),
  };
  if (Object.keys(set).length) await db(tx).updateTable('sharing_partners').set(set).where('id', '=', id).execute();
}

export async function deletePartner(tx: Database, id: string): Promise<void> {
  await db(tx).deleteFrom('sharing_partners').where('id', '=', id).execute();
}

export async function markAttempt(d: Database, id: string): Promise<void> {
  await db(d).updateTable('sharing_partners').set({ last_attempt_at: now }).where('id', '=', id).execute();
}

export async function markSuccess(d: Database, id: string): Promise<void> {
  await db(d).updateTable('sharing_partners').set({ last_success_at: now, consecutive_failures: 0 }).where('id', '=', id).execute();
}

/** Records a failed pull (message at most 1000 characters). */
export async function markFailure(d: Database, id: string, message: string): Promise<void> {
  await db(d)
    .updateTable('sharing_partners')
    .set((eb) => ({ last_error: message.slice(0, 1000), last_error_at: now, consecutive_failures: eb('consecutive_failures', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function countReceived(d: Database, id: string, n: number): Promise<void> {
  await db(d).updateTable('sharing_partners').set((eb) => ({ objects_received: eb('objects_received', '+', n) })).where('id', '=', id).execute();
}

export async function countRejected(d: Database, id: string, n: number): Promise<void> {
  await db(d).updateTable('sharing_partners').set((eb) => ({ objects_rejected: eb('objects_rejected', '+', n) })).where('id', '=', id).execute();
}

/** The cursors of a partner, by collection. */
export function partnerCursors(d: Database, partnerId: string) {
  return db(d).selectFrom('sharing_partner_cursors').select(['collection_id', 'added_after']).where('partner_id', '=', partnerId).orderBy('collection_id').execute();
}

/** Where a pull of a collection resumes (the partner's date_added of the last object pulled). */
export async function cursorOf(d: Database, partnerId: string, collectionId: string): Promise<string | null> {
  const r = await db(d).selectFrom('sharing_partner_cursors').select('added_after').where('partner_id', '=', partnerId).where('collection_id', '=', collectionId).executeTakeFirst();
  return r?.added_after ?? null;
}

/** The latest cursor of a partner over its collections. */
export async function latestCursor(d: Database, partnerId: string): Promise<string | null> {
  const r = await db(d).selectFrom('sharing_partner_cursors').select((eb) => eb.fn.max('added_after').as('after')).where('partner_id', '=', partnerId).executeTakeFirst();
  return r?.after ?? null;
}

export async function saveCursor(d: Database, partnerId: string, collectionId: string, addedAfter: string): Promise<void> {
  await db(d)
    .insertInto('sharing_partner_cursors')
    .values({ partner_id: partnerId, collection_id: collectionId, added_after: addedAfter, updated_at: now })
    .onConflict((oc) => oc.columns(['partner_id', 'collection_id']).doUpdateSet({ added_after: (eb) => eb.ref('excluded.added_after'), updated_at: now }))
    .execute();
}

/** Forgets where pulls of a partner were (its API root or collections changed). */
export async function clearCursors(tx: Database, partnerId: string): Promise<void> {
  await db(tx).deleteFrom('sharing_partner_cursors').where('partner_id', '=', partnerId).execute();
}
