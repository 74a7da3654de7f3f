/**
 * Who administers whom. A global administrator (permission "admin" on the admin module; the demo
 * "admin") administers every organisation. An organisation administrator ("write" on the admin module)
 * administers only the users of their own organisation, and grants no clearance or role above their own.
 */
import { hasPermission } from '../../../core/access/policy.ts';
import { CLASSIFICATIONS, MODULES, PERMISSIONS, type Classification, type Module, type Permission } from '../../../core/vocab.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { findUser } from './admin.repository.ts';

export interface AdminScope {
  global: boolean;
  actor: Ctx['actor'];
}

export type Roles = Partial<Record<Module, Permission[]>>;

/** Any administrator; the first step of every user administration service. */
export function adminScope(ctx: Ctx): AdminScope {
  if (!hasPermission(ctx.actor, 'admin', 'write')) throw forbidden('Only administrators manage organisations, users and groups.');
  return { global: hasPermission(ctx.actor, 'admin', 'admin'), actor: ctx.actor };
}

/** Organisations and sharing groups are managed by global administrators only. */
export function requireGlobalAdmin(ctx: Ctx): void {
  if (!adminScope(ctx).global) throw forbidden('Only a global administrator manages organisations and sharing groups.');
}

/** Roles as sorted "module:permission" strings (for comparison and the audit). */
export function flatRoles(roles: Record<string, readonly string[] | undefined>): string[] {
  return Object.entries(roles)
    .flatMap(([m, ps]) => (ps ?? []).map((p) => `${m}:${p}`))
    .sort();
}

const rank = (c: string) => CLASSIFICATIONS.indexOf(c as Classification);

/** Whether the actor holds every right in `clearance`/`roles` (an organisation administrator grants no more). */
function holds(actor: Ctx['actor'], clearance: string | undefined, roles: Record<string, readonly string[] | undefined> | undefined): 'clearance' | 'roles' | null {
  if (clearance !== undefined && rank(clearance) > rank(actor.clearance)) return 'clearance';
  for (const [m, ps] of Object.entries(roles ?? {})) {
    if (!(MODULES as readonly string[]).includes(m)) return 'roles';
    for (const p of ps ?? []) {
      if (!(PERMISSIONS as readonly string[]).includes(p) || !hasPermission(actor, m as Module, p as Permission)) return 'roles';
    }
  }
  return null;
}

/** Refuses values an organisation administrator may not give: another organisation, or rights above their own. */
export function checkGrant(scope: AdminScope, v: { orgId?: string | undefined; clearance?: string | undefined; roles?: Roles | undefined }): void {
  if (scope.global) return;
  if (v.orgId !== undefined && v.orgId !== scope.actor.orgId) throw new AppError('FORBIDDEN', 'You administer only the users of your own organisation.', 'orgId');
  const over = holds(scope.actor, v.clearance, v.roles);
  if (over === 'clearance') throw new AppError('FORBIDDEN', 'You cannot grant a clearance above your own.', 'clearance');
  if (over === 'roles') throw new AppError('FORBIDDEN', 'You cannot grant roles you do not hold yourself.', 'roles');
}

export interface ManagedUser {
  id: string;
  username: string;
  display_name: string;
  org_id: string;
  clearance: string;
  roles: Record<string, string[]>;
  locale: string;
  disabled: boolean;
}

/**
 * The user, when this administrator may manage them. A user of another organisation is "no such user"
 * to an organisation administrator (404, as if absent); a user of their own organisation who holds
 * rights they do not (a global administrator, a higher clearance) is refused.
 */
export async function managedUser(p: Platform | { db: Platform['db'] }, scope: AdminScope, id: string): Promise<ManagedUser> {
  const u = await findUser(p.db, id);
  if (!u || (!scope.global && u.org_id !== scope.actor.orgId)) throw notFound('user');
  if (!scope.global && holds(scope.actor, u.clearance, u.roles) !== null) {
    throw forbidden('This user holds rights you do not; a global administrator must change this account.');
  }
  return u;
}
