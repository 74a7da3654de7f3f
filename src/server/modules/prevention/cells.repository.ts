/**
 * SQL of cells, their members and their meetings (migrations/0019_prevention.sql). A removed member's
 * row stays for the record (0034): every membership read here is of active members unless it says so.
 */
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
  if (userId) q = q.where('id', 'in', db(d).selectFrom('prevention_members').select('cell_id').where('user_id', '=', userId).where('removed_at', 'is', null));
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

/** The active members of a cell with their organisations and roles. */
export function membersOf(d: Database, cellId: string) {
  return db(d)
    .selectFrom('prevention_members as m')
    .select(['m.id', 'm.cell_id', 'm.user_id', 'm.org_id', 'm.role', 'm.core', 'm.added_at'])
    .where('m.cell_id', '=', cellId)
    .where('m.removed_at', 'is', null)
    .orderBy('m.core', 'desc')
    .orderBy('m.added_at')
    .execute();
}

/** The user's active membership of a cell, if any. */
export function memberOf(d: Database, cellId: string, userId: string) {
  return db(d).selectFrom('prevention_members').selectAll().where('cell_id', '=', cellId).where('user_id', '=', userId).where('removed_at', 'is', null).executeTakeFirst();
}

/** An active membership by id (a removed member takes no new part). */
export function findMember(d: Database, id: string) {
  return db(d).selectFrom('prevention_members').selectAll().where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst();
}

/** A membership by id, locked for a change (active or not). */
export function lockMember(tx: Database, id: string) {
  return db(tx).selectFrom('prevention_members').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The cell's former members (removed), most recent first. */
export function formerMembersOf(d: Database, cellId: string) {
  return db(d)
    .selectFrom('prevention_members')
    .select(['id', 'cell_id', 'user_id', 'org_id', 'role', 'core', 'added_at', 'removed_at'])
    .where('cell_id', '=', cellId)
    .where('removed_at', 'is not', null)
    .orderBy('removed_at', 'desc')
    .execute();
}

export async function changeMember(tx: Database, id: string, set: { role: string; orgId: string; core: boolean }) {
  await db(tx).updateTable('prevention_members').set({ role: set.role, org_id: set.orgId, core: set.core }).where('id', '=', id).execute();
}

export async function removeMember(tx: Database, id: string, by: string, at: Date) {
  await db(tx).updateTable('prevention_members').set({ removed_at: at, removed_by: by }).where('id', '=', id).execute();
}

export async function insertMemberChange(
  tx: Database,
  c: { id: string; memberId: string; cellId: string; kind: 'added' | 'changed' | 'removed'; fromRole: string | null; toRole: string | null; fromOrgId: string | null; toOrgId: string | null; reason: string; vacancies: string[]; changedBy: string },
) {
  await db(tx)
    .insertInto('prevention_member_changes')
    .values({ id: c.id, member_id: c.memberId, cell_id: c.cellId, kind: c.kind, from_role: c.fromRole, to_role: c.toRole, from_org_id: c.fromOrgId, to_org_id: c.toOrgId, reason: c.reason, vacancies: c.vacancies, changed_by: c.changedBy })
    .execute();
}

/** The membership history of a cell, with the user each change is about. */
export function memberChangesOf(d: Database, cellId: string) {
  return db(d)
    .selectFrom('prevention_member_changes as c')
    .innerJoin('prevention_members as m', 'm.id', 'c.member_id')
    .selectAll('c')
    .select('m.user_id')
    .where('c.cell_id', '=', cellId)
    .orderBy('c.at', 'desc')
    .limit(200)
    .execute();
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
