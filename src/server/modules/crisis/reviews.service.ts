/**
 * After-action review (HSEEP): objectives mapped to capabilities rated P/S/M/U, strengths, areas for
 * improvement, and an improvement plan of corrective actions (owner organisation, due date, status),
 * each possibly linked to the protocol template it changes — publishing the template's next version
 * closes it (protocols.service.ts). Overdue actions are reminded to their owner organisation.
 */
import { z } from 'zod';
import { isActionOverdue, type ActionStatus } from '../../../core/crisis/rules.ts';
import type { actionInput, actionMoveInput, reviewInput } from '../../../core/crisis/inputs.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { notify } from '../notifications/notifications.service.ts';
import { byOf, openForChange, openForRead, recordRead } from './incident.access.ts';
import { appendIncidentEvent } from './incident.writer.ts';
import { exerciseMark, markOf } from './incidents.presenter.ts';
import { activeUsersWithModule, existingOrganisationIds } from '../admin/directory.service.ts';
import { findProtocol } from './protocols.repository.ts';
import * as repo from './reviews.repository.ts';

export const actionWire = z.object({ id: z.string(), description: z.string(), ownerOrgId: z.string(), ownerOrg: z.string(), ownerRole: z.string().nullable(), dueDate: z.string(), status: z.enum(['open', 'in-progress', 'closed']), overdue: z.boolean(), templateId: z.string().nullable(), closedByProtocolId: z.string().nullable(), closedAt: z.string().nullable() });
export const reviewWire = z.object({
  incidentId: z.string(),
  ...exerciseMark,
  review: z
    .object({
      id: z.string(),
      status: z.enum(['draft', 'completed']),
      objectives: z.array(z.object({ objective: z.string(), capability: z.string(), rating: z.enum(['P', 'S', 'M', 'U']) })),
      strengths: z.array(z.string()),
      improvements: z.array(z.object({ observation: z.string(), analysis: z.string(), recommendation: z.string() })),
      completedAt: z.string().nullable(),
      actions: z.array(actionWire),
    })
    .nullable(),
});

export async function getReview(p: Platform, ctx: Ctx, id: string): Promise<z.infer<typeof reviewWire>> {
  const { row } = await openForRead(p, ctx, id);
  const review = await repo.findReview(p.db, id);
  const actions = review ? await repo.listActions(p.db, review.id) : [];
  await recordRead(p, ctx, 'crisis.review_read', id, review ? [review.id, ...actions.map((a) => a.id)] : [], { actions: actions.length });
  await p.orgs.fresh();
  const today = ctx.now.toISOString().slice(0, 10);
  return {
    incidentId: id,
    ...markOf(row.exercise),
    review: review
      ? {
          id: review.id,
          status: review.status as 'draft',
          objectives: review.objectives as Array<{ objective: string; capability: string; rating: 'P' }>,
          strengths: review.strengths,
          improvements: review.improvements,
          completedAt: review.completed_at?.toISOString() ?? null,
          actions: actions.map((a) => ({ id: a.id, description: a.description, ownerOrgId: a.owner_org_id, ownerOrg: p.orgs.name(a.owner_org_id), ownerRole: a.owner_role, dueDate: a.due_date, status: a.status as ActionStatus, overdue: isActionOverdue({ status: a.status as ActionStatus, dueDate: a.due_date }, today), templateId: a.template_id, closedByProtocolId: a.closed_by_protocol_id, closedAt: a.closed_at?.toISOString() ?? null })),
        }
      : null,
  };
}

export async function saveReview(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof reviewInput>) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write', { allowClosed: true });
    const existing = await repo.findReview(tx, id);
    if (existing?.status === 'completed') throw new AppError('CONFLICT', 'The review is completed; it no longer changes.');
    const reviewId = existing?.id ?? crypto.randomUUID();
    await repo.saveReview(tx, { id: reviewId, incidentId: id, ...input, userId: ctx.actor.userId, at: ctx.now });
    await p.record(ctx, [{ action: 'crisis.review_save', recordType: 'incident', recordId: id, recordIds: [id, reviewId], details: { objectives: input.objectives.length, improvements: input.improvements.length } }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'review.saved', { reviewId, ...byOf(ctx) });
    return { id: reviewId, eventId, ...markOf(row.exercise) };
  });
}

export async function completeReview(p: Platform, ctx: Ctx, id: string) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'approve', { allowClosed: true });
    const review = await repo.findReview(tx, id);
    if (!review) throw notFound('review');
    if (review.status === 'completed') throw new AppError('CONFLICT', 'The review is completed already.');
    if (!review.objectives.length) throw invalid('Rate at least one objective before completing the review.', 'objectives');
    await repo.completeReview(tx, review.id, ctx.actor.userId, ctx.now);
    await p.record(ctx, [{ action: 'crisis.review_complete', recordType: 'incident', recordId: id, recordIds: [id, review.id] }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'review.completed', { reviewId: review.id, ...byOf(ctx) });
    return { id: review.id, eventId, ...markOf(row.exercise) };
  });
}

export async function addAction(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof actionInput>) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write', { allowClosed: true });
    const review = await repo.findReview(tx, id);
    if (!review) throw invalid('Write the review before its improvement plan.', 'review');
    if (!(await existingOrganisationIds(tx, [input.ownerOrgId])).has(input.ownerOrgId)) throw invalid('No such organisation.', 'ownerOrgId');
    let templateId: string | null = null;
    if (input.protocolId) {
      const protocol = await findProtocol(tx, input.protocolId);
      if (!protocol) throw invalid('No such protocol.', 'protocolId');
      templateId = protocol.template_id;
    }
    const actionId = crypto.randomUUID();
    await repo.insertAction(tx, { id: actionId, reviewId: review.id, incidentId: id, description: input.description, ownerOrgId: input.ownerOrgId, ownerRole: input.ownerRole, dueDate: input.dueDate, templateId, userId: ctx.actor.userId, at: ctx.now });
    await p.record(ctx, [{ action: 'crisis.action_create', recordType: 'incident', recordId: id, recordIds: [id, actionId], details: { ownerOrgId: input.ownerOrgId, templateId } }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'action.created', { actionId, dueDate: input.dueDate, ...byOf(ctx) });
    return { id: actionId, eventId, ...markOf(row.exercise) };
  });
}

export async function moveAction(p: Platform, ctx: Ctx, id: string, actionId: string, input: z.infer<typeof actionMoveInput>) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write', { allowClosed: true });
    const review = await repo.findReview(tx, id);
    const action = review ? await repo.findAction(tx, review.id, actionId) : undefined;
    if (!action) throw notFound('action');
    if (action.status === input.status) throw invalid(`The action is already "${input.status}".`, 'status');
    if (action.status === 'closed') throw invalid('A closed action stays closed; add a new one.', 'status');
    if (input.status === 'closed' && action.template_id) throw invalid('This action closes when its protocol template is revised.', 'status');
    await repo.setActionStatus(tx, actionId, input.status, ctx.now);
    await p.record(ctx, [{ action: 'crisis.action_update', recordType: 'incident', recordId: id, recordIds: [id, actionId], details: { from: action.status, to: input.status } }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'action.updated', { actionId, from: action.status, to: input.status, ...byOf(ctx) });
    return { id: actionId, eventId, ...markOf(row.exercise) };
  });
}

/** Reminds the owner organisation's crisis users of each overdue action (at most once a day per action). */
export async function remindOverdue(p: Platform, now = new Date()): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  const due = await repo.overdueActions(p.db, today, new Date(now.getTime() - 20 * 3_600_000));
  for (const a of due) {
    await p.db.transaction().execute(async (tx) => {
      const users = await activeUsersWithModule(tx, 'crisis', { orgId: a.owner_org_id });
      await notify(tx, users.map((u) => u.id), { kind: 'crisis.action_overdue', recordType: 'crisis_action', recordId: a.id, payload: { incidentId: a.incident_id, dueDate: a.due_date } });
      await repo.markReminded(tx, a.id, now);
    });
  }
  return due.length;
}

/** The reminder job (module start). */
export function startReminders(p: Platform, log: (e: unknown, what: string) => void, everyMs = 3_600_000): { stop(): void } {
  const run = () => remindOverdue(p).catch((e) => log(e, 'overdue action reminders'));
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, everyMs);
  first.unref();
  timer.unref();
  return { stop: () => (clearTimeout(first), clearInterval(timer)) };
}
