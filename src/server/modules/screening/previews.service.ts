/**
 * Replacing a global watch list (UN, OFAC: every organisation screens against them) in two steps: an
 * import by a list administrator becomes a preview — the diff against the active version, with the
 * changed fields of every changed entry, and the counts — and only a confirm call naming the preview
 * applies it, while the active version is still the one the diff was made against. Nothing reaches the
 * index before the confirmation. (The command line `vigil watchlist import` applies directly.)
 */
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { presentPreview, presentVersion } from './lists.presenter.ts';
import { prepareImport } from './lists.service.ts';
import * as previews from './previews.repository.ts';
import type { PreviewRow, PreviewSummaryRow } from './previews.repository.ts';
import { isGlobalSource, requirePermission, sourceKind } from './screening.access.ts';
import type { ImportPayload, previewQuery } from './screening.inputs.ts';
import { runtimeOf } from './screening.runtime.ts';
import { queueRescreen, rescreenerOf } from './rescreens.runner.ts';
import { diffEntries, type StoredEntry } from './watchlist.diff.ts';
import * as lists from './watchlists.repository.ts';

/** How long a preview may be confirmed. */
export const PREVIEW_HOURS = 24;

async function present(db: Database, r: PreviewSummaryRow, q: z.infer<typeof previewQuery>) {
  const base = r.base_version_id ? await lists.versionRef(db, { id: r.base_version_id }) : undefined;
  return presentPreview(r, base, q);
}

/** An import of a global list as a preview: nothing changes until confirmPreview. */
export async function previewImport(p: Platform, ctx: Ctx, source: string, body: ImportPayload) {
  requirePermission(ctx, 'admin');
  if (!isGlobalSource(source)) throw new AppError('INVALID_INPUT', 'Only global lists (un…, ofac…) are previewed; a custom list is imported at once.', 'source');
  const prepared = await prepareImport(p, ctx, source, body);
  return p.db.transaction().execute(async (tx) => {
    await previews.discardExpired(tx, ctx.now);
    const base = await lists.versionRef(tx, { source });
    const current = base ? await lists.activeEntries(tx, source) : [];
    const changes = diffEntries(current, prepared.entries);
    const row = await previews.insertPreview(tx, {
      source, baseVersionId: base?.id ?? null, entries: prepared.entries, changes, duplicates: prepared.duplicates, skipped: prepared.issues,
      contentSha256: prepared.sha, note: body.note ?? '', createdBy: ctx.actor.userId, expiresAt: new Date(ctx.now.getTime() + PREVIEW_HOURS * 3_600_000),
    });
    await p.record(ctx, [{ action: 'watchlist.import_preview', recordType: 'watchlist_preview', recordId: row.id, details: { source, baseVersion: base?.number ?? null, entries: row.entry_count, added: row.added, removed: row.removed, changed: row.changed, skipped: prepared.issues.length } }], tx);
    return present(tx, row, { limit: 100, offset: 0 });
  });
}

/** A preview with a page of its changes (list administrators). */
export async function getPreview(p: Platform, ctx: Ctx, id: string, q: z.infer<typeof previewQuery>) {
  requirePermission(ctx, 'admin');
  const r = await previews.findPreview(p.db, id);
  if (!r) throw notFound('import preview');
  await p.record(ctx, [{ action: 'watchlist.preview_read', recordType: 'watchlist_preview', recordId: id, details: { source: r.source_id, change: q.change ?? null } }]);
  return present(p.db, r, q);
}

/** Locks a pending preview that may still be decided, or says why not. */
async function pending(tx: Database, id: string, now: Date): Promise<PreviewRow> {
  const r = await previews.lockPreview(tx, id);
  if (!r) throw notFound('import preview');
  if (r.status !== 'pending') throw new AppError('CONFLICT', `This preview was already ${r.status}.`);
  if (r.expires_at.getTime() < now.getTime()) throw new AppError('CONFLICT', `This preview expired (previews are kept ${PREVIEW_HOURS} hours); import the list again.`);
  return r;
}

/** Applies a preview: the list's new version, exactly the entries and the diff shown. */
export async function confirmPreview(p: Platform, ctx: Ctx, id: string) {
  requirePermission(ctx, 'admin');
  const made = await p.db.transaction().execute(async (tx) => {
    const r = await pending(tx, id, ctx.now);
    // The list's row lock (taken again by createVersion) keeps another import out until this commits.
    await lists.lockSource(tx, r.source_id, sourceKind(r.source_id));
    const now = await lists.versionRef(tx, { source: r.source_id });
    if ((now?.id ?? null) !== r.base_version_id) {
      throw new AppError('CONFLICT', `The list changed since this preview (it is now version ${now?.number ?? 'none'}); import it again to see the new diff.`);
    }
    const made = (await lists.createVersion(tx, r.source_id, sourceKind(r.source_id), r.entries as StoredEntry[], { origin: 'import', createdBy: ctx.actor.userId, skipped: r.skipped, contentSha256: r.content_sha256, note: r.note }))!;
    const v = presentVersion(made.row);
    await previews.closePreview(tx, id, { status: 'applied', by: ctx.actor.userId, at: ctx.now, versionId: v.id });
    await p.record(
      ctx,
      [{ action: 'watchlist.import', recordType: 'watchlist_version', recordId: v.id, details: { source: r.source_id, version: v.number, entries: v.entryCount, added: v.added, removed: v.removed, changed: v.changed, skipped: r.skipped.length, previewId: id } }],
      tx,
    );
    // Past travellers are re-screened against the new and changed entries (issue #15).
    return { ...v, duplicates: r.duplicates, previewId: id, rescreenId: await queueRescreen(p, tx, v) };
  });
  await runtimeOf(p).reload();
  if (made.rescreenId) rescreenerOf(p).kick(made.rescreenId);
  const { rescreenId: _r, ...version } = made;
  return version;
}

/** Discards a preview: nothing is applied, its entries are dropped (the counts and diff stay). */
export async function discardPreview(p: Platform, ctx: Ctx, id: string) {
  requirePermission(ctx, 'admin');
  return p.db.transaction().execute(async (tx) => {
    const r = await pending(tx, id, new Date(0));
    await previews.closePreview(tx, id, { status: 'discarded', by: ctx.actor.userId, at: ctx.now });
    await p.record(ctx, [{ action: 'watchlist.import_discard', recordType: 'watchlist_preview', recordId: id, details: { source: r.source_id } }], tx);
    return { id, status: 'discarded' as const };
  });
}
