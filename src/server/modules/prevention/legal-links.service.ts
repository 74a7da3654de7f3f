/**
 * For the legal module: the prevention cases its registry pages list — the cases classified under an
 * offence, and the cases citing a legal basis when it expires or is amended (by the registry's id, or a
 * basis given as text that is the basis's citation in the compared form, citationKey). Shared
 * professional secrecy holds here as everywhere: only cases the caller may read (canReadCase: a
 * participant of the case or the coordinator of its cell, within retention) are returned and counted —
 * the SQL selects by the same rule before the limit, and the door checks each row again and puts the ids
 * released on the record (`prevention.case-legal-list`). Only the reference, the stage and the cell
 * leave; never the case's data.
 */
import { hasPermission, retentionCutoff } from '../../../core/access/policy.ts';
import { caseMarkings } from '../../../core/access/prevention.ts';
import { citationKey } from '../../../core/legal/citation.ts';
import type { Ctx } from '../../platform/context.ts';
import { passDoor } from '../../platform/door.ts';
import type { Platform } from '../../platform/platform.ts';
import * as repo from './case-offences.repository.ts';
import { MODULE } from './prevention.access.ts';

/** A case as the legal registry lists it. */
export interface LinkedCase {
  id: string;
  reference: string;
  stage: string;
  cellName: string;
}

async function release(p: Platform, ctx: Ctx, rows: repo.ListedCaseRow[], filter: 'offence' | 'legalBasis'): Promise<{ cases: LinkedCase[]; truncated: boolean }> {
  const { full } = await passDoor(p, ctx, {
    module: MODULE,
    recordType: 'prevention-case',
    action: 'prevention.case-legal-list',
    rows,
    markings: (r) => caseMarkings(ctx.actor, { id: r.id, cellOrgId: r.cell_org_id, reviewDate: r.review_date, readerParticipates: r.reader_participates, readerCoordinates: r.reader_coordinates }),
    details: { filters: [filter], count: rows.length },
  });
  return { cases: full.map((r) => ({ id: r.id, reference: r.reference, stage: r.stage, cellName: r.cell_name })), truncated: rows.length >= repo.LISTED_LIMIT };
}

const reader = (p: Platform, ctx: Ctx): repo.CaseReader => ({ userId: ctx.actor.userId, cutoff: retentionCutoff(ctx.now, p.config.retentionGraceDays) });

/** The cases classified under one of the offence `codes` that the caller may read (none without a prevention right). */
export async function preventionCasesClassifiedUnder(p: Platform, ctx: Ctx, codes: readonly string[]): Promise<{ cases: LinkedCase[]; truncated: boolean }> {
  if (!hasPermission(ctx.actor, MODULE, 'read') || codes.length === 0) return { cases: [], truncated: false };
  return release(p, ctx, await repo.casesWithOffence(p.db, codes, reader(p, ctx)), 'offence');
}

/**
 * The cases citing a basis of the registry that the caller may read: by its id (`basisId`), or — a case
 * whose basis was given as text — by that text matching one of `citations` as citationKey compares.
 */
export async function preventionCasesCitingBasis(p: Platform, ctx: Ctx, basisId: string, citations: readonly string[]): Promise<{ cases: LinkedCase[]; truncated: boolean }> {
  if (!hasPermission(ctx.actor, MODULE, 'read')) return { cases: [], truncated: false };
  const keys = [...new Set(citations.map(citationKey))].filter((k) => k.length > 0);
  return release(p, ctx, await repo.casesCitingBasis(p.db, basisId, keys, reader(p, ctx)), 'legalBasis');
}
