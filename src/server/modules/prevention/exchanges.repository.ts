/** SQL of CVE exchanges: cohorts (counts), activities, lessons and follow-up actions. */
import { sql } from 'kysely';
import { withTables, type Database } from '../../platform/db.ts';
import type { Municipality, PreventionTables } from './prevention.tables.ts';

const db = (d: Database) => withTables<PreventionTables>(d);

export type ExchangeRow = NonNullable<Awaited<ReturnType<typeof findExchange>>>;

export function findExchange(d: Database, id: string) {
  return db(d).selectFrom('prevention_exchanges').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listExchanges(d: Database, f: { type?: string | undefined; nisCode?: string | undefined }) {
  let q = db(d).selectFrom('prevention_exchanges').selectAll();
  if (f.type) q = q.where('type', '=', f.type);
  if (f.nisCode) {
    const nis = f.nisCode;
    q = q.where((eb) => eb.or([eb('nis_code', '=', nis), eb(sql<boolean>`donor_municipalities @> ${JSON.stringify([{ nisCode: nis }])}::jsonb`, '=', true)]));
  }
  return q.orderBy('starts_on', 'desc').execute();
}

export interface ExchangeFields { type: string; title: string; nisCode: string; city: string; donors: Municipality[]; partnerCities: string[]; startsOn: string; endsOn: string | null; description: string }
const columns = (r: ExchangeFields) => ({ type: r.type, title: r.title, nis_code: r.nisCode, city: r.city, donor_municipalities: JSON.stringify(r.donors), partner_cities: r.partnerCities, starts_on: r.startsOn, ends_on: r.endsOn, description: r.description });

export async function insertExchange(tx: Database, r: ExchangeFields & { id: string; orgId: string }) {
  await db(tx).insertInto('prevention_exchanges').values({ id: r.id, org_id: r.orgId, ...columns(r) }).execute();
}

export async function updateExchange(tx: Database, id: string, r: ExchangeFields) {
  await db(tx).updateTable('prevention_exchanges').set(columns(r)).where('id', '=', id).execute();
}

export const cohortsOf = (d: Database, ids: readonly string[]) => (ids.length ? db(d).selectFrom('prevention_cohorts').selectAll().where('exchange_id', 'in', ids).orderBy('year').orderBy('label').execute() : Promise.resolve([]));
export const activitiesOf = (d: Database, id: string) => db(d).selectFrom('prevention_activities').selectAll().where('exchange_id', '=', id).orderBy('held_on').execute();
export const lessonsOf = (d: Database, id: string) => db(d).selectFrom('prevention_lessons').selectAll().where('exchange_id', '=', id).orderBy('created_at').execute();
export function followUpsOf(d: Database, lessonIds: readonly string[]) {
  return lessonIds.length ? db(d).selectFrom('prevention_follow_ups').selectAll().where('lesson_id', 'in', lessonIds).orderBy('created_at').execute() : Promise.resolve([]);
}
export const findLesson = (d: Database, id: string) => db(d).selectFrom('prevention_lessons').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertCohort(tx: Database, r: { id: string; exchangeId: string; label: string; year: number; participants: number }) {
  await db(tx).insertInto('prevention_cohorts').values({ id: r.id, exchange_id: r.exchangeId, label: r.label, year: r.year, participants: r.participants }).execute();
}
export async function insertActivity(tx: Database, r: { id: string; exchangeId: string; heldOn: string; description: string }) {
  await db(tx).insertInto('prevention_activities').values({ id: r.id, exchange_id: r.exchangeId, held_on: r.heldOn, description: r.description }).execute();
}
export async function insertLesson(tx: Database, r: { id: string; exchangeId: string; text: string }) {
  await db(tx).insertInto('prevention_lessons').values({ id: r.id, exchange_id: r.exchangeId, text: r.text }).execute();
}
export async function insertFollowUp(tx: Database, r: { id: string; lessonId: string; action: string; planRef: string; status: string; dueOn: string | null; indicatorId: string | null }) {
  await db(tx).insertInto('prevention_follow_ups').values({ id: r.id, lesson_id: r.lessonId, action: r.action, plan_ref: r.planRef, status: r.status, due_on: r.dueOn, indicator_id: r.indicatorId }).execute();
}

/** Exchanges per city (type, host and donor municipalities only), for the participation map. */
export function exchangeMunicipalities(d: Database) {
  return db(d).selectFrom('prevention_exchanges').select(['nis_code', 'city', 'type', 'donor_municipalities']).execute();
}
