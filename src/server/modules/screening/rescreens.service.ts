/**
 * Re-screenings as list administrators follow them: each list change that added or changed entries,
 * its look-back window, progress (processed / total) and the hits found (they are reviewed in the
 * travellers' own batches, marked "listed after travel").
 */
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { presentRescreen } from './fetches.presenter.ts';
import * as repo from './rescreens.repository.ts';
import { requirePermission } from './screening.access.ts';
import type { rescreensQuery } from './updates.inputs.ts';

export async function listRescreens(p: Platform, ctx: Ctx, q: z.infer<typeof rescreensQuery>) {
  requirePermission(ctx, 'admin');
  const rows = await repo.listRescreens(p.db, q);
  await p.record(ctx, [{ action: 'screening.rescreens_read', recordType: 'screening_rescreen', details: { results: rows.length } }]);
  return { items: rows.map(presentRescreen) };
}

export async function getRescreen(p: Platform, ctx: Ctx, id: string) {
  requirePermission(ctx, 'admin');
  const r = await repo.findRescreen(p.db, id);
  if (!r || r.source_id === 'national') throw notFound('re-screening');
  await p.record(ctx, [{ action: 'screening.rescreen_read', recordType: 'screening_rescreen', recordId: id, details: { versionId: r.version_id } }]);
  return presentRescreen(r);
}

/**
 * Queues the re-screening of a national-list change inside the version's transaction (issue #15): the
 * subjects an owner added or changed reach past travellers as the lists' changes do. National changes
 * come a few subjects at a time, so they join the re-screening still waiting (one run covers every
 * version from its own on); the sweep (fetches.jobs.ts, every minute) starts it. Returns its id, or
 * null when nothing was added or changed or re-screening is off.
 */
export async function queueNationalRescreen(p: Platform, tx: Database, v: { id: string; added: number; changed: number; createdAt: Date | string }): Promise<string | null> {
  const days = p.config.watchlistFetch.rescreenDays;
  const entries = v.added + v.changed;
  if (days === 0 || entries === 0) return null;
  const waiting = await repo.queuedRescreenOf(tx, 'national');
  if (waiting) {
    await repo.growRescreen(tx, waiting.id, entries);
    return waiting.id;
  }
  const id = crypto.randomUUID();
  await repo.insertRescreen(tx, { id, versionId: v.id, sourceId: 'national', entries, since: new Date(new Date(v.createdAt).getTime() - days * 86_400_000) });
  return id;
}
