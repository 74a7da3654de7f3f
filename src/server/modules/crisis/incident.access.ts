/**
 * The crisis module's access step: an incident opens for reading through the read door (refused =
 * missing), for changes only to who may act on it (src/core/access/crisis.ts). Every service of the
 * module starts here.
 */
import { canActOnIncident, canManageIncident, canReadIncident, incidentMarkings, type IncidentRef } from '../../../core/access/crisis.ts';
import { hasPermission } from '../../../core/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { passDoorFull } from '../../platform/door.ts';
import type { AuditDetails } from '../../platform/audit.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import * as repo from './incidents.repository.ts';

export const MODULE = 'crisis' as const;
export type Need = 'write' | 'approve' | 'manage';

export const policyCtxOf = (p: Platform, ctx: Ctx) => ({ now: ctx.now, graceDays: p.config.retentionGraceDays });

/** A right on crisis that creates something not yet on any incident (declare, write a template). */
export function requireCrisisRight(ctx: Ctx, permission: 'write' | 'approve' | 'admin'): void {
  if (ctx.actor.orgKind === 'oversight' || !hasPermission(ctx.actor, MODULE, permission)) throw forbidden(`Your roles do not allow this (crisis ${permission}).`);
}

/**
 * Opens an incident for reading: through the read door, 404 exactly as for a missing id. The door
 * writes no event here: the caller records the read with every id it releases (`recordRead`).
 */
export async function openForRead(p: Platform, ctx: Ctx, id: string, db: Database = p.db): Promise<{ row: repo.IncidentRow; ref: IncidentRef }> {
  const row = await repo.findIncident(db, id);
  const ref = row ? await repo.incidentRef(db, row) : undefined;
  await passDoorFull(p, ctx, { module: MODULE, recordType: 'incident', action: 'crisis.read', row: ref ?? null, markings: (r) => incidentMarkings(ctx.actor, r), audit: false });
  return { row: row!, ref: ref! };
}

/** Puts a read of an incident and the records it released on the audit log. */
export async function recordRead(p: Platform, ctx: Ctx, action: string, incidentId: string, ids: readonly string[] = [], details?: AuditDetails): Promise<void> {
  await p.record(ctx, [{ action, recordType: 'incident', recordId: incidentId, recordIds: [incidentId, ...ids], ...(details ? { details } : {}) }]);
}

/**
 * Locks an incident for a change inside `tx`: 404 when the caller may not read it, 403 when they read
 * it but may not act, 409 when it is closed (unless `allowClosed`).
 */
export async function openForChange(p: Platform, ctx: Ctx, tx: Database, id: string, need: Need, opts: { allowClosed?: boolean } = {}): Promise<{ row: repo.IncidentRow; ref: IncidentRef }> {
  const row = await repo.lockIncident(tx, id);
  if (!row) throw notFound('incident');
  const ref = await repo.incidentRef(tx, row);
  const pc = policyCtxOf(p, ctx);
  if (!canReadIncident(ctx.actor, ref, pc)) throw notFound('incident');
  const ok = need === 'manage' ? canManageIncident(ctx.actor, ref, pc) : canActOnIncident(ctx.actor, ref, need, pc);
  if (!ok) throw forbidden(need === 'manage' ? 'Only the declaring organisation or a crisis administrator can do this.' : `Your roles do not allow this (crisis ${need}).`);
  if (row.status === 'closed' && !opts.allowClosed) throw new AppError('CONFLICT', 'The incident is closed; it takes no more changes.');
  return { row, ref };
}

/** The acting organisation, as events and log entries name it. */
export const byOf = (ctx: Ctx) => ({ byOrgId: ctx.actor.orgId, byOrg: ctx.actor.orgName, byUser: ctx.actor.displayName });
