/**
 * All SQL of hash banks, their entries and the shared index generation (content_banks,
 * content_bank_entries, content_index_state).
 */
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Ctx } from '../../platform/context.ts';
import { withTables, type Database } from '../../platform/db.ts';
import { bankReadableSql } from '../../platform/records.ts';
import { MIN_QUALITY } from './content.rules.ts';
import type { ContentBankEntriesTable, ContentBanksTable, ContentTables } from './content.tables.ts';

const db = (d: Database) => withTables<ContentTables>(d);

export type BankRow = Selectable<ContentBanksTable>;
export type EntryRow = Pick<Selectable<ContentBankEntriesTable>, 'id' | 'pdq' | 'quality' | 'md5' | 'sha256' | 'label' | 'source' | 'created_at'>;

export function findBank(d: Database, id: string): Promise<BankRow | undefined> {
  return db(d).selectFrom('content_banks').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Banks the caller may read: the policy's bank rule in SQL (bankReadableSql), by name. */
export function listReadableBanks(d: Database, ctx: Ctx, graceDays: number): Promise<BankRow[]> {
  return db(d).selectFrom('content_banks as b').selectAll('b').where(bankReadableSql(ctx, graceDays, 'b')).orderBy('b.name').orderBy('b.id').execute();
}

/** Entries and low-quality PDQ entries per bank. */
export async function entryCounts(d: Database, ids: readonly string[]): Promise<Map<string, { entries: number; lowQuality: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await db(d)
    .selectFrom('content_bank_entries')
    .select(['bank_id', sql<number>`count(*)`.as('n'), sql<number>`count(*) FILTER (WHERE pdq IS NOT NULL AND quality < ${MIN_QUALITY})`.as('low')])
    .where('bank_id', 'in', ids)
    .groupBy('bank_id')
    .execute();
  return new Map(rows.map((r) => [r.bank_id, { entries: Number(r.n), lowQuality: Number(r.low) }]));
}

/** Whether the organisation keeps another bank of this name. */
export async function bankNameTaken(d: Database, ownerOrgId: string, name: string, exceptId?: string): Promise<boolean> {
  const row = await db(d)
    .selectFrom('content_banks')
    .select('id')
    .where('name', '=', name)
    .where('owner_org_id', '=', ownerOrgId)
    .$if(exceptId !== undefined, (q) => q.where('id', '<>', exceptId!))
    .executeTakeFirst();
  return !!row;
}

export async function insertBank(d: Database, row: Insertable<ContentBanksTable>): Promise<void> {
  await db(d).insertInto('content_banks').values(row).execute();
}

export async function updateBank(d: Database, id: string, set: Partial<Pick<BankRow, 'name' | 'description' | 'source_org' | 'tlp' | 'enabled' | 'threshold'>>): Promise<void> {
  await db(d).updateTable('content_banks').set({ ...set, updated_at: new Date() }).where('id', '=', id).execute();
}

/** Deletes a bank (its entries go with it); answers how many entries it had. */
export async function deleteBank(d: Database, id: string): Promise<number> {
  const n = Number((await db(d).selectFrom('content_bank_entries').select(sql<number>`count(*)`.as('n')).where('bank_id', '=', id).executeTakeFirstOrThrow()).n);
  await db(d).deleteFrom('content_banks').where('id', '=', id).execute();
  return n;
}

export function listEntries(d: Database, bankId: string, q: { lowQuality?: 'true' | 'false' | undefined; limit: number; offset: number }): Promise<EntryRow[]> {
  return db(d)
    .selectFrom('content_bank_entries')
    .select(['id', 'pdq', 'quality', 'md5', 'sha256', 'label', 'source', 'created_at'])
    .where('bank_id', '=', bankId)
    .$if(q.lowQuality === 'true', (x) => x.where('pdq', 'is not', null).where('quality', '<', MIN_QUALITY))
    .$if(q.lowQuality === 'false', (x) => x.where((eb) => eb.or([eb('pdq', 'is', null), eb('quality', '>=', MIN_QUALITY)])))
    .orderBy('seq')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
}

/** Inserts entries in their order (1,000 a statement). */
export async function insertEntries(d: Database, rows: ReadonlyArray<Insertable<ContentBankEntriesTable>>): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await db(d).insertInto('content_bank_entries').values(rows.slice(i, i + 1000)).execute();
}

/** Deletes one entry of a bank; false when there was none. */
export async function deleteEntry(d: Database, bankId: string, entryId: string): Promise<boolean> {
  const res = await db(d).deleteFrom('content_bank_entries').where('id', '=', entryId).where('bank_id', '=', bankId).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/** The bank's PDQ entries in insertion order (for the CSV export). */
export function pdqEntries(d: Database, bankId: string) {
  return db(d).selectFrom('content_bank_entries').select(['pdq', 'quality', 'label', 'source']).where('bank_id', '=', bankId).where('pdq', 'is not', null).orderBy('seq').execute();
}

/** Entries with this exact digest (at most 1,000). */
export function entriesByDigest(d: Database, type: 'md5' | 'sha256', value: string) {
  return db(d).selectFrom('content_bank_entries').select(['id', 'bank_id']).where(type, '=', value).limit(1000).execute();
}

export function entriesByIds(d: Database, ids: readonly string[]) {
  return db(d).selectFrom('content_bank_entries').select(['id', 'label', 'source', 'pdq']).where('id', 'in', ids).execute();
}

// ── the match index ────────────────────────────────────────────────────────────────────────────

/** The shared generation of the bank data (moves on with every bank change, in any process). */
export async function indexGeneration(d: Database): Promise<number> {
  const row = await db(d).selectFrom('content_index_state').select('generation').where('id', '=', 1).executeTakeFirst();
  return Number(row?.generation ?? 0);
}

/** Moves the generation on inside a bank change's transaction; answers the new one. */
export async function bumpGeneration(tx: Database): Promise<number> {
  const { rows } = await sql<{ generation: number | string }>`UPDATE content_index_state SET generation = generation + 1 WHERE id = 1 RETURNING generation`.execute(tx);
  return Number(rows[0]?.generation ?? 0);
}

/** What the index keeps of every bank. */
export function bankInfos(d: Database) {
  return db(d).selectFrom('content_banks').select(['id', 'name', 'enabled', 'threshold', 'tlp', 'owner_org_id']).execute();
}

/** One keyset page of PDQ entries, by id after `after`. */
export function pdqEntryPage(d: Database, after: string, limit: number) {
  return db(d).selectFrom('content_bank_entries').select(['id', 'bank_id', 'pdq', 'quality']).where('pdq', 'is not', null).where('id', '>', after).orderBy('id').limit(limit).execute();
}
