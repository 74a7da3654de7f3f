/** SQL of programmes: partners, enrolments, sessions, attendance, milestones, outcomes. */
import { withTables, type Database } from '../../platform/db.ts';
import type { PreventionTables } from './prevention.tables.ts';

const db = (d: Database) => withTables<PreventionTables>(d);

export type ProgrammeRow = NonNullable<Awaited<ReturnType<typeof findProgramme>>>;
export type EnrolmentRow = Awaited<ReturnType<typeof enrolmentsOf>>[number];

export function findProgramme(d: Database, id: string) {
  return db(d).selectFrom('prevention_programmes').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listProgrammes(d: Database) {
  return db(d).selectFrom('prevention_programmes').selectAll().orderBy('name').execute();
}

export interface ProgrammeFields {
  name: string;
  kind: string;
  description: string;
  nisCode: string;
  municipality: string;
  startsOn: string | null;
  endsOn: string | null;
}

const programmeColumns = (r: ProgrammeFields) => ({ name: r.name, kind: r.kind, description: r.description, nis_code: r.nisCode, municipality: r.municipality, starts_on: r.startsOn, ends_on: r.endsOn });

export async function insertProgramme(tx: Database, r: ProgrammeFields & { id: string; orgId: string }) {
  await db(tx).insertInto('prevention_programmes').values({ id: r.id, org_id: r.orgId, ...programmeColumns(r) }).execute();
}

export async function updateProgramme(tx: Database, id: string, r: ProgrammeFields) {
  await db(tx).updateTable('prevention_programmes').set(programmeColumns(r)).where('id', '=', id).execute();
}

export function findPartner(d: Database, id: string) {
  return db(d).selectFrom('prevention_partners').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updatePartner(tx: Database, id: string, r: { name: string; kind: string; contact: string }) {
  await db(tx).updateTable('prevention_partners').set({ name: r.name, kind: r.kind, contact: r.contact }).where('id', '=', id).execute();
}

export async function deletePartner(tx: Database, id: string) {
  await db(tx).deleteFrom('prevention_partners').where('id', '=', id).execute();
}

/** How many sessions a partner led. */
export async function sessionsLedBy(d: Database, partnerId: string): Promise<number> {
  const r = await db(d).selectFrom('prevention_sessions').select((eb) => eb.fn.countAll<number>().as('n')).where('partner_id', '=', partnerId).executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function updateSession(tx: Database, id: string, r: { heldOn: string; topic: string; partnerId: string | null }) {
  await db(tx).updateTable('prevention_sessions').set({ held_on: r.heldOn, topic: r.topic, partner_id: r.partnerId }).where('id', '=', id).execute();
}

export function partnersOf(d: Database, programmeId: string) {
  return db(d).selectFrom('prevention_partners').selectAll().where('programme_id', '=', programmeId).orderBy('name').execute();
}

export async function insertPartner(tx: Database, r: { id: string; programmeId: string; name: string; kind: string; contact: string }) {
  await db(tx).insertInto('prevention_partners').values({ id: r.id, programme_id: r.programmeId, name: r.name, kind: r.kind, contact: r.contact }).execute();
}

/** Enrolments with the reference and cell of their case. */
export function enrolmentsOf(d: Database, programmeId: string) {
  return db(d)
    .selectFrom('prevention_enrolments as e')
    .innerJoin('prevention_cases as c', 'c.id', 'e.case_id')
    .innerJoin('prevention_cells as cell', 'cell.id', 'c.cell_id')
    .selectAll('e')
    .select(['c.reference', 'c.cell_id', 'c.review_date', 'cell.org_id as cell_org_id'])
    .where('e.programme_id', '=', programmeId)
    .orderBy('e.enrolled_on')
    .execute();
}

export function findEnrolment(d: Database, id: string) {
  return db(d).selectFrom('prevention_enrolments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertEnrolment(tx: Database, r: { id: string; programmeId: string; caseId: string; enrolledOn: string; createdBy: string }) {
  await db(tx).insertInto('prevention_enrolments').values({ id: r.id, programme_id: r.programmeId, case_id: r.caseId, enrolled_on: r.enrolledOn, created_by: r.createdBy }).execute();
}

export function enrolled(d: Database, programmeId: string, caseId: string) {
  return db(d).selectFrom('prevention_enrolments').select('id').where('programme_id', '=', programmeId).where('case_id', '=', caseId).executeTakeFirst();
}

export async function setOutcome(tx: Database, id: string, r: { status: string; outcome: string; note: string }) {
  await db(tx).updateTable('prevention_enrolments').set({ status: r.status, outcome: r.outcome, outcome_note: r.note }).where('id', '=', id).execute();
}

export function sessionsOf(d: Database, programmeId: string) {
  return db(d).selectFrom('prevention_sessions').selectAll().where('programme_id', '=', programmeId).orderBy('held_on').execute();
}

export function findSession(d: Database, id: string) {
  return db(d).selectFrom('prevention_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSession(tx: Database, r: { id: string; programmeId: string; heldOn: string; topic: string; partnerId: string | null }) {
  await db(tx).insertInto('prevention_sessions').values({ id: r.id, programme_id: r.programmeId, held_on: r.heldOn, topic: r.topic, partner_id: r.partnerId }).execute();
}

export function attendanceOf(d: Database, programmeId: string) {
  return db(d)
    .selectFrom('prevention_attendance as a')
    .innerJoin('prevention_sessions as s', 's.id', 'a.session_id')
    .select(['a.session_id', 'a.enrolment_id', 'a.present'])
    .where('s.programme_id', '=', programmeId)
    .execute();
}

export async function setAttendance(tx: Database, sessionId: string, enrolmentId: string, present: boolean) {
  await db(tx)
    .insertInto('prevention_attendance')
    .values({ session_id: sessionId, enrolment_id: enrolmentId, present })
    .onConflict((oc) => oc.columns(['session_id', 'enrolment_id']).doUpdateSet({ present }))
    .execute();
}

export function milestonesOf(d: Database, programmeId: string) {
  return db(d)
    .selectFrom('prevention_milestones as m')
    .innerJoin('prevention_enrolments as e', 'e.id', 'm.enrolment_id')
    .selectAll('m')
    .where('e.programme_id', '=', programmeId)
    .orderBy('m.reached_on')
    .execute();
}

export async function insertMilestone(tx: Database, r: { id: string; enrolmentId: string; domain: string; description: string; reachedOn: string }) {
  await db(tx).insertInto('prevention_milestones').values({ id: r.id, enrolment_id: r.enrolmentId, domain: r.domain, description: r.description, reached_on: r.reachedOn }).execute();
}

/** Programmes per municipality (for the evaluation module's map): kind and NIS code only. */
export function programmeMunicipalities(d: Database) {
  return db(d).selectFrom('prevention_programmes').select(['nis_code', 'municipality', 'kind']).execute();
}
