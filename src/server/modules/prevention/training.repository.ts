/** SQL of the cultural-competency training: modules, teams, answers. */
import { withTables, type Database } from '../../platform/db.ts';
import type { Lang3, PreventionTables } from './prevention.tables.ts';

const db = (d: Database) => withTables<PreventionTables>(d);

export type ModuleRow = NonNullable<Awaited<ReturnType<typeof findModule>>>;

export const listModules = (d: Database) => db(d).selectFrom('prevention_training_modules').selectAll().orderBy('created_at').orderBy('slug').execute();
export const findModule = (d: Database, id: string) => db(d).selectFrom('prevention_training_modules').selectAll().where('id', '=', id).executeTakeFirst();
export const slugTaken = (d: Database, slug: string) => db(d).selectFrom('prevention_training_modules').select('id').where('slug', '=', slug).executeTakeFirst();

export async function insertModule(tx: Database, r: { id: string; slug: string; title: Lang3; summary: Lang3; scenarios: unknown[]; createdBy: string }) {
  await db(tx)
    .insertInto('prevention_training_modules')
    .values({ id: r.id, slug: r.slug, title: JSON.stringify(r.title), summary: JSON.stringify(r.summary), scenarios: JSON.stringify(r.scenarios), created_by: r.createdBy })
    .execute();
}

/** Answers in the order given (first answers count), of some users. */
export function answersOf(d: Database, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db(d).selectFrom('prevention_training_answers').select(['module_id', 'scenario_id', 'user_id', 'correct', 'at']).where('user_id', 'in', userIds).orderBy('at').orderBy('id').execute();
}

export async function insertAnswer(tx: Database, r: { id: string; moduleId: string; scenarioId: string; optionId: string; correct: boolean; userId: string }) {
  await db(tx).insertInto('prevention_training_answers').values({ id: r.id, module_id: r.moduleId, scenario_id: r.scenarioId, option_id: r.optionId, correct: r.correct, user_id: r.userId }).execute();
}

/** Teams the user trains (every team for a prevention administrator). */
export function teamsOf(d: Database, trainerId: string | null) {
  let q = db(d).selectFrom('prevention_training_teams').selectAll();
  if (trainerId) q = q.where('trainer_id', '=', trainerId);
  return q.orderBy('name').execute();
}
