/**
 * The access step for content cases: a case the caller may read (or act on), or 404 exactly as for a
 * missing id; one case through the read door. Orders take their case's markings.
 */
import type { Ctx } from '../../platform/context.ts';
import { passDoorFull } from '../../platform/door.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { decide } from '../../platform/records.ts';
import * as repo from './content-cases.repository.ts';
import type { CaseRow } from './content-cases.repository.ts';
import { MODULE, requirePermission } from './content.rules.ts';

export type { CaseRow };

export const caseRowById = (p: Platform, id: string) => repo.findCase(p.db, id);

/** One case through the read door (cases answer no hits): the row, or 404 exactly as for a missing id. */
export async function caseDoor(p: Platform, ctx: Ctx, row: CaseRow | undefined, action: string, details?: Record<string, unknown>): Promise<CaseRow> {
  return passDoorFull(p, ctx, { module: MODULE, recordType: 'content_case', action, row, ...(details ? { details } : {}) });
}

/** A case the caller may read in full, or 404 (also for hit-no-hit: cases answer no hits). Not audited: reads go through caseDoor. */
export async function readableCase(p: Platform, ctx: Ctx, id: string): Promise<CaseRow> {
  requirePermission(ctx, 'read', 'read content cases');
  const row = await caseRowById(p, id);
  if (!row || decide(ctx, row, 'read', MODULE, p.config.retentionGraceDays) !== 'full') throw notFound('case');
  return row;
}

/** A case the caller may change with `action` (owner organisation, cleared, permission), or 403/404. */
export async function actionableCase(p: Platform, ctx: Ctx, id: string, action: 'write' | 'approve'): Promise<CaseRow> {
  requirePermission(ctx, action, action === 'approve' ? 'issue removal orders' : 'change content cases');
  const row = await readableCase(p, ctx, id);
  if (decide(ctx, row, action, MODULE, p.config.retentionGraceDays) !== 'full') throw forbidden('Only the organisation that owns this case can act on it.');
  return row;
}

