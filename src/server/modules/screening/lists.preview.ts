/**
 * Replacing a global watch list (UN, OFAC: every organisation screens against them) in two steps: an
 * import by a list administrator becomes a preview — the diff against the active version, with the
 * changed fields of every changed entry, and the counts — and only a confirm call naming the preview
 * applies it, while the active version is still the one the diff was made against. Nothing reaches the
 * index before the confirmation. (The command line `vigil watchlist import` applies directly.)
 */
import { sql } from 'kysely';
import { z } from 'zod';
import type { WatchlistEntry } from '../../../core/screening/engine.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { prepareImport, type ImportPayload } from './lists.service.ts';
import { activeSourceEntries, createVersion, type StoredEntry } from './lists.store.ts';
import { runtimeOf } from './runtime.ts';
import { isGlobalSource, pdb, requirePermission, sdb, sourceKind, type PreviewChange, type ScreeningDb, type WatchlistPreviewsTable } from './screening.db.ts';
import type { Selectable } from 'kysely';

/** How long a preview may be confirmed. */
export const PREVIEW_HOURS = 24;

export const previewQuery = z.object({
  change: z.enum(['added', 'removed', 'changed']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** JSON with sorted keys: the stored (jsonb) and the parsed form of an entry compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The fields (names, birthDates, documents…) in which two versions of an entry differ. */
export function changedFields(before: WatchlistEntry, after: WatchlistEntry): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('id');
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  return [...keys].filter((k) => canonical(b[k] ?? null) !== canonical(a[k] ?? null)).sort();
}

/** The diff of `next` against the entries of the active version (the same rule createVersion applies). */
export function diffEntries(current: Array<{ entry_id: string; hash: string; entry: WatchlistEntry }>, next: StoredEntry[]): PreviewChange[] {
  const before = new Map(current.map((c) => [c.entry_id, c]));
  const out: PreviewChange[] = [];
  const seen = new Set<string>();
  for (const e of next) {
    seen.add(e.entryId);
    const b = before.get(e.entryId);
    if (!b) out.push({ entryId: e.entryId, change: 'added', name: e.entry.names[0] ?? '', fields: [] });
    else if (b.hash !== e.hash) out.push({ entryId: e.entryId, change: 'changed', name: e.entry.names[0] ?? '', fields: changedFields(b.entry, e.entry) });
  }
  for (const c of current) if (!seen.has(c.entry_id)) out.push({ entryId: c.entry_id, change: 'removed', name: c.entry.names[0] ?? '', fields: [] });
  const order = { added: 0, changed: 1, removed: 2 };
  return out.sort((x, y) => order[x.change] - order[y.change] || x.entryId.localeCompare(y.entryId));
}

type PreviewRow = Selectable<WatchlistPreviewsTable>;

async function activeOf(db: ScreeningDb, source: string) {
  return db.selectFrom('watchlist_versions').select(['id', 'number']).where('source_id', '=', source).where('active', '=', true).executeTakeFirst();
}

async function present(db: ScreeningDb, r: Omit<PreviewRow, 'entries'>, q: z.infer<typeof previewQuery>) {
  const base = r.base_version_id ? await db.selectFrom('watchlist_versions').select(['id', 'number']).where('id', '=', r.base_version_id).executeTakeFirst() : undefined;
  const changes = q.change ? r.changes.filter((c) => c.change === q.change) : r.changes;
  return {
    kind: 'preview' as const,
    id: r.id,
    source: r.source_id,
    status: r.status,
    base: base ? { versionId: base.id, number: base.number } : null,
    entryCount: r.entry_count,
    added: r.added,
    removed: r.removed,
    changed: r.changed,
    duplicates: r.duplicates,
    skipped: r.skipped,
    note: r.note,
    createdBy: r.created_by,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    appliedVersionId: r.applied_version_id,
    total: changes.length,
    changes: changes.slice(q.offset, q.offset + q.limit),
  };
}

/** An import of a global list as a preview: nothing changes until confirmPreview. */
export async function previewImport(p: Platform, ctx: Ctx, source: string, body: ImportPayload) {
  requirePermission(ctx, 'admin');
  if (!isGlobalSource(source)) throw new AppError('INVALID_INPUT', 'Only global lists (un…, ofac…) are previewed; a custom list is imported at once.', 'source');
  const prepared = await prepareImport(p, ctx, source, body);
  return sdb(p.db).transaction().execute(async (tx) => {
    // Expired previews keep their counts and diff, not their entries.
    await tx.updateTable('watchlist_previews').set({ status: 'discarded', entries: '[]' }).where('status', '=', 'pending').where('expires_at', '<', ctx.now).execute();
    const base = await activeOf(tx, source);
    const current = base ? await activeSourceEntries(tx, source) : [];
    const changes = diffEntries(current, prepared.entries);
    const count = (c: PreviewChange['change']) => changes.filter((x) => x.change === c).length;
    const row = await tx
      .insertInto('watchlist_previews')
      .values({
        id: crypto.randomUUID(), source_id: source, base_version_id: base?.id ?? null, status: 'pending', entries: JSON.stringify(prepared.entries), changes: JSON.stringify(changes),
        entry_count: prepared.entries.length, added: count('added'), removed: count('removed'), changed: count('changed'), duplicates: prepared.duplicates,
        skipped: JSON.stringify(prepared.issues), content_sha256: prepared.sha, note: body.note ?? '', created_by: ctx.actor.userId,
        expires_at: new Date(ctx.now.getTime() + PREVIEW_HOURS * 3_600_000), decided_by: null, decided_at: null, applied_version_id: null,
      })
      .returning(['id', 'source_id', 'base_version_id', 'status', 'changes', 'entry_count', 'added', 'removed', 'changed', 'duplicates', 'skipped', 'content_sha256', 'note', 'created_by', 'created_at', 'expires_at', 'decided_by', 'decided_at', 'applied_version_id'])
      .executeTakeFirstOrThrow();
    await p.record(ctx, [{ action: 'watchlist.import_preview', recordType: 'watchlist_preview', recordId: row.id, details: { source, baseVersion: base?.number ?? null, entries: row.entry_count, added: row.added, removed: row.removed, changed: row.changed, skipped: prepared.issues.length } }], pdb(tx));
    return present(tx, row, { limit: 100, offset: 0 });
  });
}

const COLUMNS = ['id', 'source_id', 'base_version_id', 'status', 'changes', 'entry_count', 'added', 'removed', 'changed', 'duplicates', 'skipped', 'content_sha256', 'note', 'created_by', 'created_at', 'expires_at', 'decided_by', 'decided_at', 'applied_version_id'] as const;

/** A preview with a page of its changes (list administrators). */
export async function getPreview(p: Platform, ctx: Ctx, id: string, q: z.infer<typeof previewQuery>) {
  requirePermission(ctx, 'admin');
  const db = sdb(p.db);
  const r = await db.selectFrom('watchlist_previews').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('import preview');
  await p.record(ctx, [{ action: 'watchlist.preview_read', recordType: 'watchlist_preview', recordId: id, details: { source: r.source_id, change: q.change ?? null } }]);
  return present(db, r, q);
}

/** Locks a pending preview that may still be decided, or says why not. */
async function pending(tx: ScreeningDb, id: string, now: Date): Promise<PreviewRow> {
  const r = await tx.selectFrom('watchlist_previews').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!r) throw notFound('import preview');
  if (r.status !== 'pending') throw new AppError('CONFLICT', `This preview was already ${r.status}.`);
  if (r.expires_at.getTime() < now.getTime()) throw new AppError('CONFLICT', `This preview expired (previews are kept ${PREVIEW_HOURS} hours); import the list again.`);
  return r;
}

/** Applies a preview: the list's new version, exactly the entries and the diff shown. */
export async function confirmPreview(p: Platform, ctx: Ctx, id: string) {
  requirePermission(ctx, 'admin');
  const made = await sdb(p.db).transaction().execute(async (tx) => {
    const r = await pending(tx, id, ctx.now);
    // The list's row lock (taken again by createVersion) keeps another import out until this commits.
    await tx.insertInto('watchlist_sources').values({ id: r.source_id, kind: sourceKind(r.source_id) }).onConflict((oc) => oc.column('id').doNothing()).execute();
    await sql`SELECT id FROM watchlist_sources WHERE id = ${r.source_id} FOR UPDATE`.execute(tx);
    const now = await activeOf(tx, r.source_id);
    if ((now?.id ?? null) !== r.base_version_id) {
      throw new AppError('CONFLICT', `The list changed since this preview (it is now version ${now?.number ?? 'none'}); import it again to see the new diff.`);
    }
    const made = (await createVersion(tx, r.source_id, sourceKind(r.source_id), r.entries as StoredEntry[], { origin: 'import', createdBy: ctx.actor.userId, skipped: r.skipped, contentSha256: r.content_sha256, note: r.note }))!;
    const v = made.version;
    await tx.updateTable('watchlist_previews').set({ status: 'applied', entries: '[]', decided_by: ctx.actor.userId, decided_at: ctx.now, applied_version_id: v.id }).where('id', '=', id).execute();
    await p.record(
      ctx,
      [{ action: 'watchlist.import', recordType: 'watchlist_version', recordId: v.id, details: { source: r.source_id, version: v.number, entries: v.entryCount, added: v.added, removed: v.removed, changed: v.changed, skipped: r.skipped.length, previewId: id } }],
      pdb(tx),
    );
    return { ...v, duplicates: r.duplicates, previewId: id };
  });
  await runtimeOf(p).reload();
  return made;
}

/** Discards a preview: nothing is applied, its entries are dropped (the counts and diff stay). */
export async function discardPreview(p: Platform, ctx: Ctx, id: string) {
  requirePermission(ctx, 'admin');
  return sdb(p.db).transaction().execute(async (tx) => {
    const r = await pending(tx, id, new Date(0));
    await tx.updateTable('watchlist_previews').set({ status: 'discarded', entries: '[]', decided_by: ctx.actor.userId, decided_at: ctx.now }).where('id', '=', id).execute();
    await p.record(ctx, [{ action: 'watchlist.import_discard', recordType: 'watchlist_preview', recordId: id, details: { source: r.source_id } }], pdb(tx));
    return { id, status: 'discarded' as const };
  });
}
