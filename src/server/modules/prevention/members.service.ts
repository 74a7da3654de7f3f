/**
 * Changes to a cell's membership after it was formed: a member's role or organisation changes, a member
 * leaves. The coordinator (or a prevention administrator) makes them; each is audited and kept in the
 * cell's membership history. A removed member's row stays (what they said stays theirs) but they lose
 * the cell and its cases from then on. A change that leaves the mayor, the police chief, the prevention
 * official or the coordination without a holder is never silent (membership.ts).
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { organisationExists } from '../admin/directory.service.ts';
import * as cases from './cases.repository.ts';
import * as repo from './cells.repository.ts';
import { CORE_ROLES, type memberChangeBody, type memberRemoveBody } from './cells.presenter.ts';
import { getCell } from './cells.service.ts';
import { vacanciesAfter, vacancyProblem, type After } from './membership.ts';
import { cellForMember, coordinates, isPreventionAdmin, requireRight } from './prevention.access.ts';
import type { Database } from '../../platform/db.ts';

/** The member (active) and its cell, for a caller who manages the cell; 404 when the caller may not see the cell. */
async function managed(p: Platform, ctx: Ctx, tx: Database, memberId: string) {
  requireRight(ctx, 'write');
  const target = await repo.lockMember(tx, memberId);
  if (!target || target.removed_at) throw notFound('member');
  const { cell, member } = await cellForMember(p, ctx, target.cell_id, tx).catch(() => {
    throw notFound('member');
  });
  if (!coordinates(member, cell.org_id) && !isPreventionAdmin(ctx)) throw forbidden("Only the cell's coordinator or a prevention administrator changes its members.");
  return { target, cell };
}

/** Refuses a change that opens a vacancy unless it is confirmed (and, for the coordination, made by an administrator). */
async function checkVacancies(p: Platform, ctx: Ctx, tx: Database, target: { id: string; cell_id: string }, cellOrgId: string, after: After, confirmed: boolean): Promise<string[]> {
  const vacancies = vacanciesAfter(await repo.membersOf(tx, target.cell_id), target.id, after, cellOrgId);
  const problem = vacancyProblem(vacancies, { confirmed, admin: isPreventionAdmin(ctx) });
  if (problem) throw new AppError(problem.code, problem.message, problem.code === 'CONFLICT' ? 'confirmVacancy' : undefined);
  return vacancies;
}

/** Changes a member's role or the organisation they sit for. */
export async function changeMember(p: Platform, ctx: Ctx, memberId: string, body: z.infer<typeof memberChangeBody>) {
  const cellId = await p.db.transaction().execute(async (tx) => {
    const { target, cell } = await managed(p, ctx, tx, memberId);
    if (target.role === body.role && target.org_id === body.orgId) throw invalid('Nothing changes: give a new role or organisation.', 'role');
    if (!(await organisationExists(tx, body.orgId))) throw invalid('No such organisation.', 'orgId');
    const vacancies = await checkVacancies(p, ctx, tx, target, cell.org_id, { role: body.role, orgId: body.orgId }, body.confirmVacancy === true);
    await repo.changeMember(tx, memberId, { role: body.role, orgId: body.orgId, core: CORE_ROLES.includes(body.role) });
    await repo.insertMemberChange(tx, { id: randomUUID(), memberId, cellId: cell.id, kind: 'changed', fromRole: target.role, toRole: body.role, fromOrgId: target.org_id, toOrgId: body.orgId, reason: body.reason ?? '', vacancies, changedBy: ctx.actor.userId });
    await p.record(ctx, [{ action: 'prevention.member-change', recordType: 'prevention-cell', recordId: cell.id, details: { cellId: cell.id, memberId, userId: target.user_id, fromRole: target.role, toRole: body.role, fromOrgId: target.org_id, toOrgId: body.orgId, vacancies } }], tx);
    return cell.id;
  });
  return getCell(p, ctx, cellId);
}

/**
 * Removes a member: from now on they read neither the cell nor its cases, and their consent is no
 * longer asked on feedback sheets; their contributions, stages and the cases they brought keep naming them.
 */
export async function removeMember(p: Platform, ctx: Ctx, memberId: string, body: z.infer<typeof memberRemoveBody>) {
  const cellId = await p.db.transaction().execute(async (tx) => {
    const { target, cell } = await managed(p, ctx, tx, memberId);
    const vacancies = await checkVacancies(p, ctx, tx, target, cell.org_id, null, body.confirmVacancy === true);
    const caseIds = await cases.casesOfMember(tx, memberId);
    await repo.removeMember(tx, memberId, ctx.actor.userId, ctx.now);
    await repo.insertMemberChange(tx, { id: randomUUID(), memberId, cellId: cell.id, kind: 'removed', fromRole: target.role, toRole: null, fromOrgId: target.org_id, toOrgId: null, reason: body.reason, vacancies, changedBy: ctx.actor.userId });
    await p.record(ctx, [{ action: 'prevention.member-remove', recordType: 'prevention-cell', recordId: cell.id, recordIds: [cell.id, ...caseIds], details: { cellId: cell.id, memberId, userId: target.user_id, role: target.role, orgId: target.org_id, vacancies, cases: caseIds.length } }], tx);
    return cell.id;
  });
  // An administrator removing themselves still sees the cell; a coordinator removing themselves does not.
  const stillSees = isPreventionAdmin(ctx) || !!(await repo.memberOf(p.db, cellId, ctx.actor.userId));
  return stillSees ? getCell(p, ctx, cellId) : null;
}
