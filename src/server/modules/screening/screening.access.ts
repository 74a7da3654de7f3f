/**
 * The access step of every screening service (the module's rights: read, write, admin = the watch-list
 * administrator) and what a list's name means for who may change it.
 */
import { hasPermission } from '../../../core/access/policy.ts';
import type { Permission } from '../../../core/vocab.ts';
import type { Ctx } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';

export const MODULE = 'screening' as const;

/** The first check of every screening service function. */
export function requirePermission(ctx: Ctx, permission: Permission): void {
  if (!hasPermission(ctx.actor, MODULE, permission)) {
    throw forbidden(permission === 'read' ? 'You need read permission on border screening.' : permission === 'admin' ? 'You need the watch-list administrator role (admin on border screening).' : 'You need write permission on border screening.');
  }
}

/** Global lists (UN, OFAC) apply to every organisation: replacing one needs the list administrator. */
export function isGlobalSource(source: string): boolean {
  const k = sourceKind(source);
  return k === 'un' || k === 'ofac';
}

export type SourceKind = 'un' | 'ofac' | 'custom' | 'national';

/**
 * What a list name means: `national` (built from intel subjects), `un` or `un-…` (UN consolidated XML),
 * `ofac` or `ofac-…` (OFAC legacy CSV, e.g. `ofac-cons` for the non-SDN consolidated list); any other
 * name is a custom list (CSV or JSON Lines).
 */
export function sourceKind(source: string): SourceKind {
  if (source === 'national') return 'national';
  if (/^un(-|$)/.test(source)) return 'un';
  if (/^ofac(-|$)/.test(source)) return 'ofac';
  return 'custom';
}
