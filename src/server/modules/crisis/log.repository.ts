/** SQL of the incident log (append-only), the significant-events board and situation reports. */
import type { Database } from '../../platform/db.ts';
import { withTables } from '../../platform/db.ts';
import type { CrisisTables } from './crisis.tables.ts';

const db = (d: Database) => withTables<CrisisTables>(d);

export type LogRow = Awaited<ReturnType<typeof listLog>>[number];

export function lastEntry(tx: Database, incidentId: string) {
  return db(tx).selectFrom('crisis_log').select(['seq', 'hash']).where('incident_id', '=', incidentId).orderBy('seq', 'desc').limit(1).executeTakeFirst();
}

export async function insertEntry(tx: Database, v: { id: string; incidentId: string; seq: number; kind: string; text: string; reason: string | null; authorId: string | null; authorOrgId: string | null; at: string; correctsId: string | null; data: unknown; prevHash: string; hash: string }) {
  await db(tx)
    .insertInto('crisis_log')
    .values({ id: v.id, incident_id: v.incidentId, seq: v.seq, kind: v.kind, text: v.text, reason: v.reason, author_id: v.authorId, author_org_id: v.authorOrgId, at: v.at, corrects_id: v.correctsId, data: JSON.stringify(v.data), prev_hash: v.prevHash, hash: v.hash })
    .execute();
}

export function listLog(d: Database, incidentId: string) {
  return db(d)
    .selectFrom('crisis_log as l')
    .leftJoin('crisis_significant as s', 's.entry_id', 'l.id')
    .selectAll('l')
    .select(['s.flagged_at', 's.flagged_by', 's.confirmed_at', 's.confirmed_by'])
    .where('l.incident_id', '=', incidentId)
    .orderBy('l.seq')
    .execute();
}

export function findEntry(d: Database, incidentId: string, id: string) {
  return db(d).selectFrom('crisis_log').selectAll().where('incident_id', '=', incidentId).where('id', '=', id).executeTakeFirst();
}

export function findFlag(d: Database, entryId: string) {
  return db(d).selectFrom('crisis_significant').selectAll().where('entry_id', '=', entryId).executeTakeFirst();
}

export async function insertFlag(tx: Database, entryId: string, incidentId: string, userId: string, at: Date) {
  await db(tx).insertInto('crisis_significant').values({ entry_id: entryId, incident_id: incidentId, flagged_by: userId, flagged_at: at }).onConflict((oc) => oc.doNothing()).execute();
}

export async function confirmFlag(tx: Database, entryId: string, userId: string, at: Date) {
  await db(tx).updateTable('crisis_significant').set({ confirmed_by: userId, confirmed_at: at }).where('entry_id', '=', entryId).where('confirmed_at', 'is', null).execute();
}

export async function nextSitrepNumber(tx: Database, incidentId: string): Promise<number> {
  const r = await db(tx).selectFrom('crisis_sitreps').select((eb) => eb.fn.max('number').as('n')).where('incident_id', '=', incidentId).executeTakeFirst();
  return Number(r?.n ?? 0) + 1;
}

export async function insertSitrep(tx: Database, v: { id: string; incidentId: string; number: number; summary: string; userId: string; at: Date }) {
  await db(tx).insertInto('crisis_sitreps').values({ id: v.id, incident_id: v.incidentId, number: v.number, summary: v.summary, created_by: v.userId, created_at: v.at }).execute();
}

export function listSitreps(d: Database, incidentId: string) {
  return db(d).selectFrom('crisis_sitreps').selectAll().where('incident_id', '=', incidentId).orderBy('number').execute();
}

export function findSitrep(d: Database, incidentId: string, id: string) {
  return db(d).selectFrom('crisis_sitreps').selectAll().where('incident_id', '=', incidentId).where('id', '=', id).executeTakeFirst();
}

export async function approveSitrep(tx: Database, id: string, userId: string, at: Date) {
  await db(tx).updateTable('crisis_sitreps').set({ approved_by: userId, approved_at: at }).where('id', '=', id).where('approved_at', 'is', null).execute();
}
