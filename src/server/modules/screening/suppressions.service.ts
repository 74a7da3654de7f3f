/**
 * Remembered false positives: an organisation's list of (traveller identity, entry) pairs it decided
 * were not the listed person, with the reason; reviewable and revocable (the next screening alerts again).
 */
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import * as repo from './hits.repository.ts';
import { iso, isoOrNull } from './lists.presenter.ts';
import { activeEntryAccess } from './national.repository.ts';
import { passNational, subjectIdOf } from './national.service.ts';
import { requirePermission } from './screening.access.ts';
import type { revokeBody, suppressionsQuery } from './screening.inputs.ts';

/** The organisation's suppressions, newest first. */
export async function listSuppressions(p: Platform, ctx: Ctx, q: z.infer<typeof suppressionsQuery>) {
  requirePermission(ctx, 'read');
  const rows = await repo.suppressionsOf(p.db, ctx.actor.orgId, q);
  const access = await activeEntryAccess(p.db, rows.filter((r) => r.entry_id.startsWith('national:')).map((r) => r.entry_id));
  // The organisation's own suppressions are listed; the national subjects they name pass the read door.
  const views = await passNational(p, ctx, [...access].map(([entryId, a]) => ({ subjectId: subjectIdOf(entryId), access: a })), {
    action: 'screening.suppressions_read',
    details: { results: rows.map((r) => r.id) },
  });
  await p.orgs.fresh();
  return {
    items: rows.map((r) => {
      // A national subject shows only as the viewer may see it.
      const view = r.entry_id.startsWith('national:') ? (views.get(subjectIdOf(r.entry_id)) ?? 'none') : 'full';
      return {
        id: r.id,
        entryId: view === 'full' ? r.entry_id : null,
        listed: view === 'hit' ? `listed — contact ${p.orgs.name(access.get(r.entry_id)!.ownerOrgId)}` : undefined,
        traveller: r.traveller,
        reason: r.reason,
        hitId: r.hit_id,
        createdBy: r.created_by,
        createdAt: iso(r.created_at),
        revoked: r.revoked_at ? { by: r.revoked_by, at: isoOrNull(r.revoked_at)!, reason: r.revoke_reason } : null,
      };
    }),
  };
}

/** Revokes a suppression: the same traveller against the same entry alerts again from the next screening. */
export async function revokeSuppression(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof revokeBody>) {
  requirePermission(ctx, 'write');
  return p.db.transaction().execute(async (tx) => {
    const s = await repo.lockSuppression(tx, id);
    if (!s || s.owner_org_id !== ctx.actor.orgId) throw notFound('suppression');
    if (s.revoked_at) throw new AppError('CONFLICT', 'This suppression was already revoked.');
    await repo.revokeSuppression(tx, id, ctx.actor.userId, body.reason);
    await p.record(ctx, [{ action: 'screening.suppression_revoke', recordType: 'screening_suppression', recordId: id, details: { entryId: s.entry_id, hitId: s.hit_id } }], tx);
    return { id, revoked: true as const };
  });
}
