/** SQL of cells, their members and their meetings (migrations/0019_prevention.sql). */
import { sql } from 'kysely';
import { withTables, type Database } from '../../platform/db.ts';
import type { AgendaItem, Municipality, PreventionTables } from './prevention.tables.ts';

const db = (d: Database) => withTables<PreventionTables>(d);

export type CellRow = NonNullable<Awaited<ReturnType<typeof findCell>>>;
export type MemberRow = Awaited<ReturnType<typeof membersOf>>[number];
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

export function findCell(d: Database, id: string) {
  return db(d).selectFrom('prevention_cells').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Cells where the user is a member, or every cell (administrators). */
export function listCells(d: Database, userId: string | null) {
  let q = db(d).selectFrom('prevention_cells').selectAll();
  if (userId) q = q.where('id', 'in', db(d).selectFrom('prevention_members').select('cell_id').where('user_id', '=', userId));
  return q.orderBy('name').execute();
}

export async function insertCell(tx: Database, c: { id: string; name: string; orgId: string; municipalities: Municipality[]; createdBy: string }) {
  await db(tx).insertInto('prevention_cells').values({ id: c.id, name: c.name, org_id: c.orgId, municipalities: JSON.stringify(c.municipalities), created_by: c.createdBy }).execute();
}

export async function updateCell(tx: Database, id: string, c: { name: string; municipalities: Municipality[] }) {
  await db(tx).updateTable('prevention_cells').set({ name: c.name, municipalities: JSON.stringify(c.municipalities) }).where('id', '=', id).execute();
}

/** The cells covering any of these municipalities (a municipality has one cell; several may share it). */
export function cellsCovering(d: Database, nisCodes: readonly string[]) {
  if (nisCodes.length === 0) return Promise.resolve([]);
  return db(d)
    .selectFrom('prevention_cells')
    .select(['id', 'municipalities'])
    .where((eb) => eb.or(nisCodes.map((n) => eb(sql<boolean>`municipalities @> ${JSON.stringify([{ nisCode: n }])}::jsonb`, '=', true))))
    .execute();
}

/** The members of a cell with their organisations and roles. */
export function membersOf(d: Database, cellId: string) {
  return db(d)
    .selectFrom('prevention_members as m')
    .select(['m.id', 'm.cell_id', 'm.user_id', 'm.org_id', 'm.role', 'm.core', 'm.added_at'])
    .where('m.cell_id', '=', cellId)
    .orderBy('m.core', 'desc')
    .orderBy('m.added_at')
    .execute();
}

/** The user's membership of a cell, if any. */
export function memberOf(d: Database, cellId: string, userId: string) {
  return db(d).selectFrom('prevention_members').selectAll().where('cell_id', '=', cellId).where('user_id', '=', userId).executeTakeFirst();
}

export function findMember(d: Database, id: string) {
  return db(d).selectFrom('prevention_members').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMember(tx: Database, m: { id: string; cellId: string; userId: string; orgId: string; role: string; core: boolean; addedBy: string }) {
  await db(tx).insertInto('prevention_members').values({ id: m.id, cell_id: m.cellId, user_id: m.userId, org_id: m.orgId, role: m.role, core: m.core, added_by: m.addedBy }).execute();
}


export function findMeeting(d: Database, id: string) {
  return db(d).selectFrom('prevention_meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

export function meetingsOf(d: Database, cellId: string) {
  return db(d).selectFrom('prevention_meetings').selectAll().where('cell_id', '=', cellId).orderBy('held_on', 'desc').execute();
}

export async function insertMeeting(tx: Database, m: { id: string; cellId: string; heldOn: string; agenda: AgendaItem[]; createdBy: string }) {
  await db(tx).insertInto('prevention_meetings').values({ id: m.id, cell_id: m.cellId, held_on: m.heldOn, agenda: JSON.stringify(m.agenda), created_by: m.createdBy }).execute();
}

export async function setAgenda(tx: Database, id: string, agenda: AgendaItem[]) {
  await db(tx).updateTable('prevention_meetings').set({ agenda: JSON.stringify(agenda) }).where('id', '=', id).execute();
}

export async function setMinutes(tx: Database, id: string, minutes: string, memberId: string) {
  await db(tx).updateTable('prevention_meetings').set({ minutes, minutes_by: memberId }).where('id', '=', id).execute();
}
