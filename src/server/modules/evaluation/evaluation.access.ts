/** The access step of every evaluation service: the prevention module's right (read, write, admin). */
import { hasPermission } from '../../../core/access/policy.ts';
import type { Permission } from '../../../core/vocab.ts';
import type { Ctx } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import * as repo from './evaluation.repository.ts';

export const MODULE = 'prevention' as const;

/** The caller holds `permission` on prevention (read to view, write to enter and import, admin to define), else 403. */
export function requireRight(ctx: Ctx, permission: Permission): void {
  if (!hasPermission(ctx.actor, MODULE, permission)) {
    throw forbidden(permission === 'read' ? 'Your roles do not include the prevention module.' : `Your roles do not allow this on evaluation (prevention ${permission} is needed).`);
  }
}

/** The indicator, or 404. */
export async function indicatorOr404(p: Platform, id: string): Promise<repo.IndicatorRow> {
  const r = await repo.findIndicator(p.db, id);
  if (!r) throw notFound('indicator');
  return r;
}
