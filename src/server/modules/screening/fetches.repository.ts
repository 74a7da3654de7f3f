/** SQL of list fetches: each download of a global list, what it found, and what became of it. */
import type { Insertable, Selectable } from 'kysely';
import { withTables, type Database } from '../../platform/db.ts';
import type { ScreeningTables, WatchlistFetchesTable } from './screening.tables.ts';

const db = (d: Database) => withTables<ScreeningTables>(d);

export type FetchRow = Selectable<WatchlistFetchesTable>;

export async function insertFetch(d: Database, row: Insertable<WatchlistFetchesTable>): Promise<FetchRow> {
  return db(d).insertInto('watchlist_fetches').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findFetch(d: Database, id: string): Promise<FetchRow | undefined> {
  return db(d).selectFrom('watchlist_fetches').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Fetches, newest first (without their diffs). */
export function listFetches(d: Database, q: { source?: string | undefined; limit: number; offset: number }) {
  return db(d)
    .selectFrom('watchlist_fetches')
    .select(['id', 'source_id', 'url', 'trigger', 'mode', 'status', 'error', 'bytes', 'content_sha256', 'entry_count', 'added', 'removed', 'changed', 'preview_id', 'version_id', 'created_by', 'created_at'])
    .$if(!!q.source, (qb) => qb.where('source_id', '=', q.source!))
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
}

/** The latest fetch of a source, and its latest successful one (the schedule's status). */
export async function latestOf(d: Database, source: string) {
  const last = await db(d).selectFrom('watchlist_fetches').select(['id', 'status', 'error', 'created_at', 'trigger']).where('source_id', '=', source).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  const ok = await db(d).selectFrom('watchlist_fetches').select(['id', 'status', 'created_at']).where('source_id', '=', source).where('status', '<>', 'failed').orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  return { last, ok };
}
