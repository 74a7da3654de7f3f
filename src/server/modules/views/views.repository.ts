/** Every SQL statement of the saved-views module's table, saved_views (views.tables.ts). */
import type { Selectable } from 'kysely';
import { withTables, type Database } from '../../platform/db.ts';
import type { SavedViewsTable, ViewsTables } from './views.tables.ts';

const db = (d: Database) => withTables<ViewsTables>(d);

export type SavedViewRow = Selectable<SavedViewsTable>;

/** A user's saved views of one screen (or of every screen), by name. */
export function ownViews(d: Database, userId: string, screen: string | undefined): Promise<SavedViewRow[]> {
  let q = db(d).selectFrom('saved_views').selectAll().where('user_id', '=', userId);
  if (screen) q = q.where('screen', '=', screen);
  return q.orderBy('screen').orderBy('name').execute();
}

/** How many views a user keeps on a screen. */
export async function countOwn(d: Database, userId: string, screen: string): Promise<number> {
  const r = await db(d).selectFrom('saved_views').select((eb) => eb.fn.countAll<string>().as('n')).where('user_id', '=', userId).where('screen', '=', screen).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Saves a view under its name: a view of the same name on the same screen is replaced. Returns the row. */
export async function upsertView(d: Database, v: { id: string; userId: string; screen: string; name: string; query: string }): Promise<SavedViewRow> {
  return db(d)
    .insertInto('saved_views')
    .values({ id: v.id, user_id: v.userId, screen: v.screen, name: v.name, query: v.query })
    .onConflict((oc) => oc.columns(['user_id', 'screen', 'name']).doUpdateSet({ query: v.query, updated_at: new Date() }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Deletes one of a user's views; false when the user has no view with this id. */
export async function deleteOwn(d: Database, userId: string, id: string): Promise<boolean> {
  const r = await db(d).deleteFrom('saved_views').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
