/**
 * The access step of the prevention module: rights on the pillar, membership of a cell, and the read
 * door for a case (canReadCase through passDoorFull: a refused case answers exactly like a missing one).
 */
import { hasPermission } from '../../../core/access/policy.ts';
import { caseMarkings } from '../../../core/access/prevention.ts';
import type { Permission } from '../../../core/vocab.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { passDoorFull } from '../../platform/door.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import type { AuditDetails } from '../../platform/audit.ts';
import * as cases from './cases.repository.ts';
import * as cells from './cells.repository.ts';
import { named } from './people.ts';

export const MODULE = 'prevention' as const;

/** The caller holds `permission` on prevention, else 403 (a refused record is 404, never this). */
export function requireRight(ctx: Ctx, permission: Permission): void {
  if (ctx.actor.orgKind === 'oversight' && permission !== 'read') throw forbidden('Oversight bodies read; they do not change prevention records.');
  if (!hasPermission(ctx.actor, MODULE, permission)) throw forbidden(permission === 'read' ? 'Your roles do not include the prevention module.' : `Your roles do not allow this (prevention ${permission} is needed).`);
}

/** Whether the caller administers the prevention pillar (creates cells). */
export function isPreventionAdmin(ctx: Ctx): boolean {
  return ctx.actor.orgKind !== 'oversight' && (ctx.actor.roles.prevention ?? []).includes('admin');
}

/** The coordinator of a cell: its prevention official from the cell's own organisation. */
export function coordinates(m: { role: string; org_id: string } | undefined, cellOrgId: string): boolean {
  return !!m && m.role === 'prevention_official' && m.org_id === cellOrgId;
}

/** The cell and the caller's membership, or 404 for a cell the caller is not a member of (administrators see every cell). */
export async function cellForMember(p: Platform, ctx: Ctx, cellId: string, d: Database = p.db) {
  const cell = await cells.findCell(d, cellId);
  const member = cell ? await cells.memberOf(d, cellId, ctx.actor.userId) : undefined;
  if (!cell || (!member && !isPreventionAdmin(ctx))) throw notFound('cell');
  return { cell, member };
}

/** The caller's membership of a cell where they must act (403 when they are not a member). */
export function mustBeMember<M>(member: M | undefined): M {
  if (!member) throw forbidden('Only members of the cell act in it.');
  return member;
}

/**
 * A case through the read door: the caller reads it only as a participant (or its cell's
 * coordinator), with the prevention read right, within retention. `action` names the read on the log.
 */
export async function doorCase(p: Platform, ctx: Ctx, id: string, action: string, opts: { tx?: Database; details?: AuditDetails; audit?: false } = {}) {
  const d = opts.tx ?? p.db;
  const row = await cases.findCase(d, id);
  const member = row ? await cells.memberOf(d, row.cell_id, ctx.actor.userId) : undefined;
  const participants = row ? await named(d, await cases.participantsOf(d, row.id)) : [];
  const participates = !!member && participants.some((x) => x.id === member.id);
  const coordinator = !!row && coordinates(member, row.cell_org_id);
  const ok = await passDoorFull(p, ctx, {
    module: MODULE,
    recordType: 'prevention-case',
    action,
    row,
    markings: (r) => caseMarkings(ctx.actor, { id: r.id, cellOrgId: r.cell_org_id, reviewDate: r.review_date, readerParticipates: participates, readerCoordinates: coordinator }),
    ...(opts.tx ? { tx: opts.tx } : {}),
    ...(opts.details ? { details: opts.details } : {}),
    ...(opts.audit === false ? { audit: false as const } : {}),
  });
  return { row: ok, member: member!, participants, coordinator };
}

/**
 * A case the caller changes: the caller holds `permission` (403), and reads the case through the door
 * (404 otherwise). The change's own audit event names the case, so the door writes none here.
 */
export async function actOnCase(p: Platform, ctx: Ctx, tx: Database, id: string, permission: Permission = 'write') {
  requireRight(ctx, permission);
  const c = await doorCase(p, ctx, id, 'prevention.case-read', { tx, audit: false });
  if (!c.member) throw notFound('prevention-case');
  return c;
}
