/**
 * Re-screenings as list administrators follow them: each list change that added or changed entries,
 * its look-back window, progress (processed / total) and the hits found (they are reviewed in the
 * travellers' own batches, marked "listed after travel").
 */
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
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
  if (!r) throw notFound('re-screening');
  await p.record(ctx, [{ action: 'screening.rescreen_read', recordType: 'screening_rescreen', recordId: id, details: { versionId: r.version_id } }]);
  return presentRescreen(r);
}
