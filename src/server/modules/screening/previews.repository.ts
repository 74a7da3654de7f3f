/** SQL of the pending imports of global lists (previews), applied or discarded by a list administrator. */
import type { Selectable } from 'kysely';
import type { ParseIssue } from '../../../core/screening/source.ts';
import { withTables, type Database } from '../../platform/db.ts';
import type { PreviewChange, ScreeningTables, WatchlistPreviewsTable } from './screening.tables.ts';
import type { StoredEntry } from './watchlist.diff.ts';

const db = (d: Database) => withTables<ScreeningTables>(d);

export type PreviewRow = Selectable<WatchlistPreviewsTable>;
/** A preview without its entries (what is read and shown). */
export type PreviewSummaryRow = Omit<PreviewRow, 'entries'>;

const COLUMNS = ['id', 'source_id', 'base_version_id', 'status', 'changes', 'entry_count', 'added', 'removed', 'changed', 'duplicates', 'skipped', 'content_sha256', 'note', 'created_by', 'created_at', 'expires_at', 'decided_by', 'decided_at', 'applied_version_id'] as const;

/** Expired previews keep their counts and diff, not their entries. */
export async function discardExpired(tx: Database, now: Date): Promise<void> {
  await db(tx).updateTable('watchlist_previews').set({ status: 'discarded', entries: '[]' }).where('status', '=', 'pending').where('expires_at', '<', now).execute();
}

export interface NewPreview {
  source: string;
  baseVersionId: string | null;
  entries: StoredEntry[];
  changes: PreviewChange[];
  duplicates: number;
  skipped: ParseIssue[];
  contentSha256: string;
  note: string;
  createdBy: string;
  expiresAt: Date;
}

/** Stores a pending preview; returns it without its entries. */
export function insertPreview(tx: Database, v: NewPreview): Promise<PreviewSummaryRow> {
  const count = (c: PreviewChange['change']) => v.changes.filter((x) => x.change === c).length;
  return db(tx)
    .insertInto('watchlist_previews')
    .values({
      id: crypto.randomUUID(), source_id: v.source, base_version_id: v.baseVersionId, status: 'pending', entries: JSON.stringify(v.entries), changes: JSON.stringify(v.changes),
      entry_count: v.entries.length, added: count('added'), removed: count('removed'), changed: count('changed'), duplicates: v.duplicates,
      skipped: JSON.stringify(v.skipped), content_sha256: v.contentSha256, note: v.note, created_by: v.createdBy,
      expires_at: v.expiresAt, decided_by: null, decided_at: null, applied_version_id: null,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}

/** A preview without its entries. */
export function findPreview(d: Database, id: string): Promise<PreviewSummaryRow | undefined> {
  return db(d).selectFrom('watchlist_previews').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** A preview with its entries, locked until the transaction ends. */
export function lockPreview(tx: Database, id: string): Promise<PreviewRow | undefined> {
  return db(tx).selectFrom('watchlist_previews').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Closes a preview (applied as a version, or discarded); its entries are dropped. */
export async function closePreview(tx: Database, id: string, close: { status: 'applied' | 'discarded'; by: string; at: Date; versionId?: string }): Promise<void> {
  await db(tx)
    .updateTable('watchlist_previews')
    .set({ status: close.status, entries: '[]', decided_by: close.by, decided_at: close.at, ...(close.versionId ? { applied_version_id: close.versionId } : {}) })
    .where('id', '=', id)
    .execute();
}
