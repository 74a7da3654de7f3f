/**
 * The access step of the legal services: rights checks, the legal read rule through the read door
 * (src/core/access/legal.ts), and its SQL twin for lists.
 */
import type { RawBuilder } from 'kysely';
import { canDraftLegal, isLegalAdmin, isLegalOverseer, legalFilter, legalMarkings, legalReader, legalRoles, type LegalRef } from '../../../core/access/legal.ts';
import { hasPermission } from '../../../core/access/policy.ts';
import type { Classification } from '../../../core/vocab.ts';
import type { LegalRole } from '../../../core/legal/authorisation.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { passDoor, passDoorFull } from '../../platform/door.ts';
import { legalFilterSql } from './access.repository.ts';
import { forbidden } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';

/** Any right on legal (reading the registry, the rules and the method catalogue). */
export function requireLegalRead(ctx: Ctx): void {
  if (!hasPermission(ctx.actor, 'legal', 'read')) throw forbidden();
}

/** Any signed-in user (ctxOf refused anonymous requests already): for the law itself, which is no personal data. */
export function requireSignedIn(ctx: Ctx): void {
  if (!ctx.actor.userId) throw forbidden();
}

export function requireDraft(ctx: Ctx): void {
  if (!canDraftLegal(ctx.actor)) throw forbidden('Drafting needs write permission on legal in a service.');
}

export function requireLegalAdmin(ctx: Ctx): void {
  if (!isLegalAdmin(ctx.actor)) throw forbidden('Changing the legal registry and its rules needs admin permission on legal.');
}

export function requireOverseer(ctx: Ctx): void {
  if (!isLegalOverseer(ctx.actor)) throw forbidden('The oversight statistics are for the oversight bodies.');
}

/** The policy's context of a request. */
export function pctx(p: Platform, ctx: Ctx) {
  return { now: ctx.now, graceDays: p.config.retentionGraceDays };
}

/** A row of a legal record (authorisation or cooperation request) as the rule needs it. */
export interface LegalRow {
  id: string;
  org_id: string;
  classification: string;
}

const ref = (r: LegalRow): LegalRef => ({ id: r.id, orgId: r.org_id, classification: r.classification as Classification });

export function rolesOn(p: Platform, ctx: Ctx, r: LegalRow): LegalRole[] {
  return legalRoles(ctx.actor, ref(r), pctx(p, ctx));
}

/** The request as the read door sees it: the actor as the legal rule reads (oversight bodies by law). */
function doorCtx(ctx: Ctx): Ctx {
  return { ...ctx, actor: { ...ctx.actor, ...legalReader(ctx.actor) } };
}

/** One legal record through the read door (404 exactly as for a missing id), audited with its id. */
export function passLegalOne<R extends LegalRow>(p: Platform, ctx: Ctx, recordType: string, action: string, row: R | undefined, tx?: Database, audit = true): Promise<R> {
  return passDoorFull(p, doorCtx(ctx), {
    module: 'legal',
    recordType,
    action,
    row,
    markings: (r) => legalMarkings(ctx.actor, ref(r)),
    details: { via: 'legal' },
    ...(tx ? { tx } : {}),
    ...(audit ? {} : { audit: false as const }),
  });
}

/** Legal records of a list through the read door, audited with the ids released. */
export async function passLegalList<R extends LegalRow>(p: Platform, ctx: Ctx, recordType: string, action: string, rows: readonly R[], details: Record<string, unknown>): Promise<R[]> {
  const out = await passDoor(p, doorCtx(ctx), { module: 'legal', recordType, action, rows, markings: (r) => legalMarkings(ctx.actor, ref(r)), details });
  return out.full;
}

/** The legal read rule as a SQL condition on alias `t` (org_id, classification, id); the SQL is in access.repository.ts. */
export function legalReadableSql(p: Platform, ctx: Ctx, t: string): RawBuilder<boolean> {
  return legalFilterSql(legalFilter(ctx.actor, pctx(p, ctx)), t);
}
