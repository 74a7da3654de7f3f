/**
 * SQL of watch-list versions: a new version with its entries and its diff against the previous
 * active version of the source (one transaction), and the active entries the index is built from.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { RecordMarkings } from '../../../core/access/policy.ts';
import type { WatchlistEntry } from '../../../core/screening/engine.ts';
import type { ParseIssue } from '../../../core/screening/source.ts';
import type { ScreeningDb, SourceKind } from './screening.db.ts';

/** An entry as a version stores it. */
export interface StoredEntry {
  entryId: string;
  hash: string;
  entry: WatchlistEntry;
  /** National entries: the subject's markings. */
  access: RecordMarkings | null;
}

export function storedEntry(entry: WatchlistEntry, access: RecordMarkings | null = null): StoredEntry {
  const hash = createHash('sha256').update(JSON.stringify(entry)).update('|').update(JSON.stringify(access)).digest('hex');
  return { entryId: entry.id, hash, entry, access };
}

export interface VersionSummary {
  id: string;
  source: string;
  number: number;
  origin: string;
  entryCount: number;
  added: number;
  removed: number;
  changed: number;
  skipped: ParseIssue[];
  createdAt: Date;
  createdBy: string | null;
  note: string;
  active: boolean;
}

export function presentVersion(r: {
  id: string; source_id: string; number: number; origin: string; entry_count: number; added: number; removed: number; changed: number;
  skipped: ParseIssue[]; created_at: Date; created_by: string | null; note: string; active: boolean;
}): VersionSummary {
  return {
    id: r.id, source: r.source_id, number: r.number, origin: r.origin, entryCount: r.entry_count, added: r.added, removed: r.removed,
    changed: r.changed, skipped: r.skipped, createdAt: r.created_at, createdBy: r.created_by, note: r.note, active: r.active,
  };
}

const CHUNK = 400;

/**
 * Makes `entries` the active version of `source` inside `tx`, with the diff against the previous one.
 * Serialised per source (row lock). With `skipUnchanged`, returns null and writes nothing when the
 * entries equal the active version's (national rebuilds).
 */
export async function createVersion(
  tx: ScreeningDb,
  source: string,
  kind: SourceKind,
  entries: StoredEntry[],
  opts: { origin: 'import' | 'delist' | 'rebuild'; createdBy: string | null; skipped?: ParseIssue[]; contentSha256?: string | null; note?: string; reasons?: Map<string, string>; skipUnchanged?: boolean },
): Promise<{ version: VersionSummary; removedIds: string[] } | null> {
  await tx.insertInto('watchlist_sources').values({ id: source, kind }).onConflict((oc) => oc.column('id').doNothing()).execute();
  await sql`SELECT id FROM watchlist_sources WHERE id = ${source} FOR UPDATE`.execute(tx);
  const prev = await tx.selectFrom('watchlist_versions').select(['id', 'number']).where('source_id', '=', source).where('active', '=', true).executeTakeFirst();
  const last = await tx.selectFrom('watchlist_versions').select((eb) => eb.fn.max('number').as('n')).where('source_id', '=', source).executeTakeFirst();
  const before = new Map<string, string>();
  if (prev) {
    const rows = await tx.selectFrom('watchlist_entries').select(['entry_id', 'hash']).where('version_id', '=', prev.id).execute();
    for (const r of rows) before.set(r.entry_id, r.hash);
  }
  const changes: Array<{ entry_id: string; change: 'added' | 'removed' | 'changed'; reason: string | null }> = [];
  const now = new Set<string>();
  for (const e of entries) {
    now.add(e.entryId);
    const h = before.get(e.entryId);
    if (h === undefined) changes.push({ entry_id: e.entryId, change: 'added', reason: null });
    else if (h !== e.hash) changes.push({ entry_id: e.entryId, change: 'changed', reason: null });
  }
  const removedIds = [...before.keys()].filter((id) => !now.has(id));
  for (const id of removedIds) changes.push({ entry_id: id, change: 'removed', reason: opts.reasons?.get(id) ?? null });
  if (opts.skipUnchanged && prev && changes.length === 0) return null;

  const id = crypto.randomUUID();
  const count = (c: string) => changes.filter((x) => x.change === c).length;
  if (prev) await tx.updateTable('watchlist_versions').set({ active: false }).where('id', '=', prev.id).execute();
  const row = await tx
    .insertInto('watchlist_versions')
    .values({
      id, source_id: source, number: Number(last?.n ?? 0) + 1, active: true, origin: opts.origin, entry_count: entries.length,
      added: count('added'), removed: count('removed'), changed: count('changed'), skipped: JSON.stringify(opts.skipped ?? []),
      content_sha256: opts.contentSha256 ?? null, note: opts.note ?? '', created_by: opts.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  // The national list changes a few subjects at a time: its unchanged entries move to the new version
  // in one statement instead of being written again (issue #15: screening stays fast while lists change).
  const moved = kind === 'national' && prev;
  const touched = new Set(changes.map((c) => c.entry_id));
  if (moved) {
    await sql`UPDATE watchlist_entries SET version_id = ${id} WHERE version_id = ${prev.id} AND NOT (entry_id = ANY(${[...touched]}::text[]))`.execute(tx);
  }
  const written = moved ? entries.filter((e) => touched.has(e.entryId)) : entries;
  for (let i = 0; i < written.length; i += CHUNK) {
    await tx
      .insertInto('watchlist_entries')
      .values(written.slice(i, i + CHUNK).map((e) => ({
        version_id: id, entry_id: e.entryId, hash: e.hash, primary_name: kind === 'national' ? '' : (e.entry.names[0] ?? ''),
        entry: JSON.stringify(e.entry), access: e.access ? JSON.stringify(e.access) : null,
      })))
      .execute();
  }
  for (let i = 0; i < changes.length; i += CHUNK) {
    await tx.insertInto('watchlist_changes').values(changes.slice(i, i + CHUNK).map((c) => ({ version_id: id, ...c }))).execute();
  }
  if (kind === 'national' && prev) {
    // Subjects' data stays only in the active national version; hits on delisted subjects lose their explanation.
    await tx.deleteFrom('watchlist_entries').where('version_id', '=', prev.id).execute();
    if (removedIds.length) {
      await tx.updateTable('screening_hits').set({ explanation: null }).where('source_id', '=', source).where('entry_id', 'in', removedIds).execute();
    }
  }
  return { version: presentVersion(row), removedIds };
}

/** An identifier of the set of active versions: changes with every import, delisting or rebuild. */
export async function activeGeneration(db: ScreeningDb): Promise<string> {
  const r = await db.selectFrom('watchlist_versions').select(sql<string>`coalesce(string_agg(id::text, ',' ORDER BY source_id), '')`.as('g')).where('active', '=', true).executeTakeFirst();
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

/** Every entry of every active version (the index is built from these). */
export async function activeEntries(db: ScreeningDb): Promise<ActiveEntryRow[]> {
  return (await db
    .selectFrom('watchlist_entries as e')
    .innerJoin('watchlist_versions as v', 'v.id', 'e.version_id')
    .select(['e.entry_id', 'e.hash', 'e.entry', 'e.access', 'v.source_id', 'e.version_id'])
    .where('v.active', '=', true)
    .execute()) as ActiveEntryRow[];
}

/** The entries of the active version of a source. */
export async function activeSourceEntries(db: ScreeningDb, source: string): Promise<ActiveEntryRow[]> {
  return (await db
    .selectFrom('watchlist_entries as e')
    .innerJoin('watchlist_versions as v', 'v.id', 'e.version_id')
    .select(['e.entry_id', 'e.hash', 'e.entry', 'e.access', 'v.source_id', 'e.version_id'])
    .where('v.active', '=', true)
    .where('v.source_id', '=', source)
    .execute()) as ActiveEntryRow[];
}
