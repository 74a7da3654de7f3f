/**
 * Remembered false positives: an organisation's list of (traveller identity, entry) pairs it decided
 * were not the listed person, with the reason; reviewable and revocable (the next screening alerts again).
 */
import { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import type { RecordMarkings } from '../../../core/access/policy.ts';
import { passNational, subjectIdOf } from './national.ts';
import { pdb, requirePermission, sdb, text } from './screening.db.ts';

export const suppressionsQuery = z.object({
  active: z.enum(['true', 'false', 'all']).default('true'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export const revokeBody = z.object({ reason: text().trim().min(5, 'give the reason for revoking').max(1000) });

/** The organisation's suppressions, newest first. */
export async function listSuppressions(p: Platform, ctx: Ctx, q: z.infer<typeof suppressionsQuery>) {
  requirePermission(ctx, 'read');
  const db = sdb(p.db);
  const rows = await db
    .selectFrom('screening_suppressions')
    .selectAll()
    .where('owner_org_id', '=', ctx.actor.orgId)
    .$if(q.active === 'true', (qb) => qb.where('revoked_at', 'is', null))
    .$if(q.active === 'false', (qb) => qb.where('revoked_at', 'is not', null))
    .orderBy('created_at', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  const national = rows.filter((r) => r.entry_id.startsWith('national:')).map((r) => r.entry_id);
  const access = new Map<string, RecordMarkings>();
  if (national.length) {
    const es = await db.selectFrom('watchlist_entries as e').innerJoin('watchlist_versions as v', 'v.id', 'e.version_id').select(['e.entry_id', 'e.access']).where('v.active', '=', true).where('e.entry_id', 'in', national).execute();
    for (const e of es) if (e.access) access.set(e.entry_id, e.access as RecordMarkings);
  }
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
        createdAt: r.created_at,
        revoked: r.revoked_at ? { by: r.revoked_by, at: r.revoked_at, reason: r.revoke_reason } : null,
      };
    }),
  };
}

/** Revokes a suppression: the same traveller against the same entry alerts again from the next screening. */
export async function revokeSuppression(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof revokeBody>) {
  requirePermission(ctx, 'write');
  return sdb(p.db).transaction().execute(async (tx) => {
    const s = await tx.selectFrom('screening_suppressions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!s || s.owner_org_id !== ctx.actor.orgId) throw notFound('suppression');
    if (s.revoked_at) throw new AppError('CONFLICT', 'This suppression was already revoked.');
    await tx.updateTable('screening_suppressions').set({ revoked_at: new Date(), revoked_by: ctx.actor.userId, revoke_reason: body.reason }).where('id', '=', id).execute();
    await p.record(ctx, [{ action: 'screening.suppression_revoke', recordType: 'screening_suppression', recordId: id, details: { entryId: s.entry_id, hitId: s.hit_id } }], pdb(tx));
    return { id, revoked: true };
  });
}
