/**
 * Changes of a user's clearance, roles or organisation need a second administrator: the change is
 * stored as pending (who asked, old and new values); another administrator, not the requester and not
 * the user concerned, approves or rejects it, and only an approval applies it. Request, approval and
 * rejection are each on the record with the old and new values.
 */
import { z } from 'zod';
import type { UserChangeValues } from './admin.tables.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import * as repo from './admin.repository.ts';
import { adminScope, checkGrant, flatRoles, managedUser, type ManagedUser, type Roles } from './admin.scope.ts';

export const decisionInput = z.object({ decision: z.enum(['approve', 'reject']) });

const sameRoles = (a: Record<string, readonly string[] | undefined>, b: Record<string, readonly string[] | undefined>) =>
  flatRoles(a).join() === flatRoles(b).join();

/** The audit details of a change: old and new values (roles as "module:permission"). */
function changeDetails(changeId: string, requestedBy: string, o: UserChangeValues, n: UserChangeValues) {
  const d: Record<string, unknown> = { changeId, requestedBy };
  if (n.clearance !== undefined) Object.assign(d, { oldClearance: o.clearance, newClearance: n.clearance });
  if (n.roles !== undefined) Object.assign(d, { oldRoles: flatRoles(o.roles ?? {}), newRoles: flatRoles(n.roles) });
  if (n.orgId !== undefined) Object.assign(d, { oldOrgId: o.orgId, newOrgId: n.orgId });
  return d;
}

/**
 * Stores a pending change for the values that differ from the user's (inside the caller's transaction);
 * returns its id, or null when nothing differs. One pending change per user at a time.
 */
export async function requestChange(
  p: Platform,
  ctx: Ctx,
  tx: Database,
  user: ManagedUser,
  asked: { clearance?: string | undefined; roles?: Roles | undefined; orgId?: string | undefined },
): Promise<string | null> {
  const o: UserChangeValues = {};
  const n: UserChangeValues = {};
  if (asked.clearance !== undefined && asked.clearance !== user.clearance) {
    o.clearance = user.clearance;
    n.clearance = asked.clearance;
  }
  if (asked.roles !== undefined && !sameRoles(asked.roles, user.roles)) {
    o.roles = user.roles;
    n.roles = asked.roles;
  }
  if (asked.orgId !== undefined && asked.orgId !== user.org_id) {
    o.orgId = user.org_id;
    n.orgId = asked.orgId;
  }
  if (Object.keys(n).length === 0) return null;
  if (await repo.hasPendingChange(tx, user.id)) throw new AppError('CONFLICT', 'A change to this user already awaits approval; have it approved or rejected first.');
  const id = crypto.randomUUID();
  await repo.insertChange(tx, { id, userId: user.id, requestedBy: ctx.actor.userId, old: o, new: n });
  await p.record(ctx, [{ action: 'user.change_request', recordType: 'user', recordId: user.id, details: changeDetails(id, ctx.actor.userId, o, n) }], tx);
  return id;
}

/** Pending changes this administrator may see: all for a global administrator, their organisation's otherwise. */
export async function listChanges(p: Platform, ctx: Ctx) {
  const scope = adminScope(ctx);
  const rows = await repo.listPendingChanges(p.db, scope.global ? undefined : scope.actor.orgId);
  return rows.map((c) => ({
    id: c.id,
    userId: c.user_id,
    username: c.username,
    orgId: c.org_id,
    requestedBy: { id: c.requested_by, username: c.requested_by_name },
    requestedAt: new Date(c.requested_at).toISOString(),
    old: c.old_values,
    new: c.new_values,
    /** The caller asked for it, or it concerns the caller: another administrator decides. */
    decidable: c.requested_by !== ctx.actor.userId && c.user_id !== ctx.actor.userId,
  }));
}

/** Approves (applies) or rejects a pending change; never by its requester or the user it concerns. */
export async function decideChange(p: Platform, ctx: Ctx, id: string, decision: 'approve' | 'reject'): Promise<{ ok: true }> {
  const scope = adminScope(ctx);
  await p.db.transaction().execute(async (tx) => {
    const c = await repo.lockPendingChange(tx, id);
    if (!c) throw notFound('pending change');
    const user = await managedUser({ db: tx }, scope, c.user_id); // 404 outside an organisation administrator's organisation
    if (c.requested_by === ctx.actor.userId) throw forbidden('You asked for this change; another administrator must approve or reject it.');
    if (c.user_id === ctx.actor.userId) throw forbidden('This change concerns your own account; another administrator must approve or reject it.');
    const o = c.old_values;
    const n = c.new_values;
    if (decision === 'approve') {
      checkGrant(scope, { orgId: n.orgId, clearance: n.clearance, roles: n.roles as Roles | undefined });
      const moved =
        (o.clearance !== undefined && o.clearance !== user.clearance) ||
        (o.roles !== undefined && !sameRoles(o.roles, user.roles)) ||
        (o.orgId !== undefined && o.orgId !== user.org_id);
      if (moved) throw new AppError('CONFLICT', 'The user was changed since this was asked; reject it and ask again.');
      const set: repo.UserSet = {};
      if (n.clearance !== undefined) set.clearance = n.clearance;
      if (n.roles !== undefined) set.roles = n.roles;
      if (n.orgId !== undefined) set.org_id = n.orgId;
      await repo.updateUser(tx, c.user_id, set);
    }
    await repo.closeChange(tx, id, decision === 'approve' ? 'approved' : 'rejected', ctx.actor.userId);
    await p.record(
      ctx,
      [{ action: decision === 'approve' ? 'user.change_approve' : 'user.change_reject', recordType: 'user', recordId: c.user_id, details: changeDetails(id, c.requested_by, o, n) }],
      tx,
    );
  });
  return { ok: true };
}
