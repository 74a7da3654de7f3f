/**
 * SQL of watch lists: a new version with its entries and its diff against the previous active version
 * of the source (one transaction, serialised per source; entries are stored once per span of versions
 * over which they are unchanged, migration 0041, and read through the view `watchlist_entries`), the
 * active entries the index is built from,
 * and the reads behind the list screens (sources, versions, changes, entries, history).
 */
import { sql, type Selectable } from 'kysely';
import type { RecordMarkings } from '../../../core/access/policy.ts';
import type { WatchlistEntry } from '../../../core/screening/engine.ts';
import type { ParseIssue } from '../../../core/screening/source.ts';
import type { Ctx } from '../../platform/context.ts';
import { withTables, type Database } from '../../platform/db.ts';
import type { Platform } from '../../platform/platform.ts';
import type { SourceKind } from './screening.access.ts';
import type { ScreeningTables, WatchlistEntriesTable, WatchlistVersionsTable } from './screening.tables.ts';
import { accessSql } from './national.repository.ts';
import type { StoredEntry } from './watchlist.diff.ts';

const db = (d: Database) => withTables<ScreeningTables>(d);

export type VersionRow = Selectable<WatchlistVersionsTable>;

const CHUNK = 400;

/**
 * What a new version holds: every entry (imports, delistings, a full national rebuild), or the
 * active version with some entries put (added or replaced) and some removed (a national sync of the
 * subjects changed since the last one; ids not on the list are ignored).
 */
export type VersionContent = StoredEntry[] | { put: StoredEntry[]; remove: readonly string[] };

/**
 * Makes `content` the active version of `source` inside `tx`, with the diff against the previous one.
 * Serialised per source (row lock). Writes only what changed: the spans of changed and removed entries
 * are closed (deleted on the national list: superseded national versions keep no copy), and added and
 * changed entries get a new span; unchanged entries are not touched. With `skipUnchanged`, returns
 * null and writes nothing when nothing changed (national syncs). `written` holds the entries added or
 * changed (what the live index needs), `removedIds` the ids removed.
 */
export async function createVersion(
  t: Database,
  source: string,
  kind: SourceKind,
  content: VersionContent,
  opts: { origin: 'import' | 'delist' | 'rebuild'; createdBy: string | null; skipped?: ParseIssue[]; contentSha256?: string | null; note?: string; reasons?: Map<string, string>; skipUnchanged?: boolean },
): Promise<{ row: VersionRow; removedIds: string[]; written: StoredEntry[] } | null> {
  const tx = db(t);
  await tx.insertInto('watchlist_sources').values({ id: source, kind }).onConflict((oc) => oc.column('id').doNothing()).execute();
  await sql`SELECT id FROM watchlist_sources WHERE id = ${source} FOR UPDATE`.execute(tx);
  const prev = await tx.selectFrom('watchlist_versions').select(['id', 'number', 'entry_count']).where('source_id', '=', source).where('active', '=', true).executeTakeFirst();
  const last = await tx.selectFrom('watchlist_versions').select((eb) => eb.fn.max('number').as('n')).where('source_id', '=', source).executeTakeFirst();
  const full = Array.isArray(content);
  const entries = full ? content : content.put;
  // The active entries' hashes: all of them for a whole list, only those named for a patch.
  const before = new Map<string, string>();
  if (prev) {
    const named = full ? null : [...new Set([...entries.map((e) => e.entryId), ...content.remove])];
    if (named === null || named.length > 0) {
      const rows = await tx
        .selectFrom('watchlist_entry_spans')
        .select(['entry_id', 'hash'])
        .where('source_id', '=', source)
        .where('valid_to', 'is', null)
        .$if(named !== null, (qb) => qb.where(sql<boolean>`entry_id = ANY(${named}::text[])`))
        .execute();
      for (const r of rows) before.set(r.entry_id, r.hash);
    }
  }
  const changes: Array<{ entry_id: string; change: 'added' | 'removed' | 'changed'; reason: string | null }> = [];
  const now = new Set<string>();
  const written: StoredEntry[] = [];
  for (const e of entries) {
    now.add(e.entryId);
    const h = before.get(e.entryId);
    if (h === undefined) changes.push({ entry_id: e.entryId, change: 'added', reason: null });
    else if (h !== e.hash) changes.push({ entry_id: e.entryId, change: 'changed', reason: null });
    else continue;
    written.push(e);
  }
  const removedIds = full ? [...before.keys()].filter((id) => !now.has(id)) : [...new Set(content.remove)].filter((id) => before.has(id) && !now.has(id));
  for (const id of removedIds) changes.push({ entry_id: id, change: 'removed', reason: opts.reasons?.get(id) ?? null });
  if (opts.skipUnchanged && prev && changes.length === 0) return null;

  const id = crypto.randomUUID();
  const number = Number(last?.n ?? 0) + 1;
  const count = (c: string) => changes.filter((x) => x.change === c).length;
  const entryCount = full ? entries.length : (prev?.entry_count ?? 0) + count('added') - count('removed');
  if (prev) await tx.updateTable('watchlist_versions').set({ active: false }).where('id', '=', prev.id).execute();
  const row = await tx
    .insertInto('watchlist_versions')
    .values({
      id, source_id: source, number, active: true, origin: opts.origin, entry_count: entryCount,
      added: count('added'), removed: count('removed'), changed: count('changed'), skipped: JSON.stringify(opts.skipped ?? []),
      content_sha256: opts.contentSha256 ?? null, note: opts.note ?? '', created_by: opts.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  // Unchanged entries keep their open span: only the changed and removed ones end with the previous version.
  const ended = changes.filter((c) => c.change !== 'added').map((c) => c.entry_id);
  if (ended.length) {
    const open = sql<boolean>`source_id = ${source} AND valid_to IS NULL AND entry_id = ANY(${ended}::text[])`;
    // Subjects' data stays only in the active national version; the official lists keep their history.
    if (kind === 'national') await tx.deleteFrom('watchlist_entry_spans').where(open).execute();
    else await tx.updateTable('watchlist_entry_spans').set({ valid_to: number }).where(open).execute();
  }
  for (let i = 0; i < written.length; i += CHUNK) {
    await tx
      .insertInto('watchlist_entry_spans')
      .values(written.slice(i, i + CHUNK).map((e) => ({
        source_id: source, entry_id: e.entryId, valid_from: number, valid_to: null, hash: e.hash, primary_name: kind === 'national' ? '' : (e.entry.names[0] ?? ''),
        entry: JSON.stringify(e.entry), access: e.access ? JSON.stringify(e.access) : null,
      })))
      .execute();
  }
  for (let i = 0; i < changes.length; i += CHUNK) {
    await tx.insertInto('watchlist_changes').values(changes.slice(i, i + CHUNK).map((c) => ({ version_id: id, ...c }))).execute();
  }
  if (kind === 'national' && removedIds.length) {
    // Hits on delisted subjects lose their explanation.
    await tx.updateTable('screening_hits').set({ explanation: null }).where('source_id', '=', source).where('entry_id', 'in', removedIds).execute();
  }
  return { row, removedIds, written };
}

/** An identifier of the set of active versions: changes with every import, delisting or rebuild. */
export async function activeGeneration(d: Database): Promise<string> {
  const r = await db(d).selectFrom('watchlist_versions').select(sql<string>`coalesce(string_agg(id::text, ',' ORDER BY source_id), '')`.as('g')).where('active', '=', true).executeTakeFirst();
  return r?.g ?? '';
}

export interface ActiveEntryRow {
  entry_id: string;
  hash: string;
  entry: WatchlistEntry;
  access: RecordMarkings | null;
  source_id: string;
  version_id: string;
}

/** Every entry of every active version (the index is built from these), or of one source's, or only those named. */
export async function activeEntries(d: Database, source?: string, ids?: readonly string[]): Promise<ActiveEntryRow[]> {
  if (ids && ids.length === 0) return [];
  return (await db(d)
    .selectFrom('watchlist_entries as e')
    .innerJoin('watchlist_versions as v', 'v.id', 'e.version_id')
    .select(['e.entry_id', 'e.hash', 'e.entry', 'e.access', 'v.source_id', 'e.version_id'])
    .where('v.active', '=', true)
    .$if(source !== undefined, (qb) => qb.where('v.source_id', '=', source!))
    .$if(ids !== undefined, (qb) => qb.where(sql<boolean>`e.entry_id = ANY(${[...ids!]}::text[])`))
    // List by list, oldest version first: where two lists hold the same entry id, the list imported last wins in the index (as before spans).
    .orderBy('v.created_at')
    .orderBy('v.id')
    .execute()) as ActiveEntryRow[];
}

/**
 * What the national versions after number `after` changed, up to the active one: the entries they
 * added or changed as the active version holds them, and the ids no longer on it (a process that
 * holds version `after` in its index patches it with these, reading only what changed).
 */
export async function nationalChangesAfter(d: Database, after: number): Promise<{ rows: ActiveEntryRow[]; gone: string[] }> {
  const touched = (await sql<{ entry_id: string }>`SELECT DISTINCT c.entry_id FROM watchlist_changes c JOIN watchlist_versions cv ON cv.id = c.version_id
    WHERE cv.source_id = 'national' AND cv.number > ${after}`.execute(d)).rows.map((r) => r.entry_id);
  const rows = await activeEntries(d, 'national', touched);
  const held = new Set(rows.map((r) => r.entry_id));
  return { rows, gone: touched.filter((id) => !held.has(id)) };
}

/** The active version of every list: id, number and size, by source. */
export async function activeVersionsBySource(d: Database): Promise<Map<string, { id: string; number: number; entries: number }>> {
  const rows = await db(d).selectFrom('watchlist_versions').select(['id', 'source_id', 'number', 'entry_count']).where('active', '=', true).execute();
  return new Map(rows.map((r) => [r.source_id, { id: r.id, number: r.number, entries: r.entry_count }]));
}

/** Whether a list exists (it may have no entries). */
export async function sourceExists(d: Database, source: string): Promise<boolean> {
  return !!(await db(d).selectFrom('watchlist_sources').select('id').where('id', '=', source).executeTakeFirst());
}

/** Creates the list if needed and locks its row until the transaction ends (one import at a time). */
export async function lockSource(tx: Database, source: string, kind: SourceKind): Promise<void> {
  await db(tx).insertInto('watchlist_sources').values({ id: source, kind }).onConflict((oc) => oc.column('id').doNothing()).execute();
  await sql`SELECT id FROM watchlist_sources WHERE id = ${source} FOR UPDATE`.execute(tx);
}

/** The active version of a list. */
export function findActiveVersion(d: Database, source: string): Promise<VersionRow | undefined> {
  return db(d).selectFrom('watchlist_versions').selectAll().where('source_id', '=', source).where('active', '=', true).executeTakeFirst();
}

/** A version by id. */
export function findVersion(d: Database, id: string): Promise<VersionRow | undefined> {
  return db(d).selectFrom('watchlist_versions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every list and every active version. */
export async function sourcesWithActive(d: Database) {
  const sources = await db(d).selectFrom('watchlist_sources').selectAll().orderBy('id').execute();
  const active = await db(d).selectFrom('watchlist_versions').selectAll().where('active', '=', true).execute();
  return { sources, active };
}

/** The versions of a list, newest first (at most 200). */
export function versionsOf(d: Database, source: string): Promise<VersionRow[]> {
  return db(d).selectFrom('watchlist_versions').selectAll().where('source_id', '=', source).orderBy('number', 'desc').limit(200).execute();
}

/**
 * A page of a version's changes with their names, and the count; on the national list only the changes
 * of subjects the caller may read in full (filtered before counting and paging).
 */
export async function versionChanges(
  d: Database,
  p: Platform,
  ctx: Ctx,
  v: VersionRow,
  q: { change?: 'added' | 'removed' | 'changed' | undefined; limit: number; offset: number },
) {
  const base = db(d)
    .selectFrom('watchlist_changes as c')
    .leftJoin('watchlist_entries as e', (j) => j.onRef('e.entry_id', '=', 'c.entry_id').on('e.version_id', '=', sql<string>`(SELECT w.id FROM watchlist_versions w WHERE w.source_id = ${v.source_id} AND w.active)`))
    .where('c.version_id', '=', v.id)
    .$if(!!q.change, (qb) => qb.where('c.change', '=', q.change!))
    .$if(v.source_id === 'national', (qb) => qb.where(accessSql(p, ctx, 'e.access', { hits: false })));
  const [count, page] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base.select(['c.entry_id', 'c.change', 'c.reason', 'e.primary_name', 'e.access']).orderBy('c.change').orderBy('c.entry_id').limit(q.limit).offset(q.offset).execute(),
  ]);
  return { total: Number(count.n), page };
}

/**
 * A page of the active lists' entries (by list, id or name) and the count; national entries only where
 * the caller may read the subject in full (filtered before counting and paging).
 */
export async function activeEntriesPage(
  d: Database,
  p: Platform,
  ctx: Ctx,
  q: { source?: string | undefined; id?: string | undefined; q?: string | undefined; limit: number; offset: number },
) {
  const base = db(d)
    .selectFrom('watchlist_entries as e')
    .innerJoin('watchlist_versions as v', 'v.id', 'e.version_id')
    .where('v.active', '=', true)
    .where((eb) => eb.or([eb('v.source_id', '<>', 'national'), accessSql(p, ctx, 'e.access', { hits: false })]))
    .$if(!!q.source, (qb) => qb.where('v.source_id', '=', q.source!))
    .$if(!!q.id, (qb) => qb.where('e.entry_id', '=', q.id!))
    .$if(!!q.q, (qb) => qb.where(sql<boolean>`(e.primary_name ILIKE ${'%' + q.q + '%'} OR e.entry::text ILIKE ${'%' + q.q + '%'})`));
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base.select(['e.entry_id', 'e.entry', 'e.access', 'v.source_id', 'v.number', 'e.primary_name']).orderBy('e.entry_id').limit(q.limit).offset(q.offset).execute(),
  ]);
  return { total: Number(count.n), rows };
}

/** An entry's history over its list's versions, oldest first. */
export async function entryHistory(d: Database, entryId: string): Promise<Array<{ version: number; change: string; reason: string | null; at: Date }>> {
  return db(d)
    .selectFrom('watchlist_changes as c')
    .innerJoin('watchlist_versions as v', 'v.id', 'c.version_id')
    .select(['v.number as version', 'c.change', 'c.reason', 'v.created_at as at'])
    .where('c.entry_id', '=', entryId)
    .orderBy('v.number')
    .execute();
}

export interface EntryAtRow {
  entry_id: string;
  version_id: string;
  entry: unknown;
  access: RecordMarkings | null;
  active: boolean;
}

/** Entries by id: their active version, and the versions named (the versions hits were made against). */
export async function entriesFor(d: Database, entryIds: readonly string[], versionIds: readonly string[]): Promise<EntryAtRow[]> {
  if (entryIds.length === 0) return [];
  return (await db(d)
    .selectFrom('watchlist_entries as e')
    .innerJoin('watchlist_versions as v', 'v.id', 'e.version_id')
    .select(['e.entry_id', 'e.version_id', 'e.entry', 'e.access', 'v.active'])
    .where('e.entry_id', 'in', [...entryIds])
    .where((eb) => eb.or([eb('v.active', '=', true), eb('e.version_id', 'in', [...versionIds])]))
    .execute()) as EntryAtRow[];
}

/** A version's id and number (the active one of a list, or by id). */
export function versionRef(d: Database, by: { source: string } | { id: string }) {
  const q = db(d).selectFrom('watchlist_versions').select(['id', 'number']);
  return ('source' in by ? q.where('source_id', '=', by.source).where('active', '=', true) : q.where('id', '=', by.id)).executeTakeFirst();
}
