/** The task board and the unit and asset board of an incident. */
import type { z } from 'zod';
import { checkTaskMove, checkUnitMove, type TaskStatus, type UnitStatus } from '../../../core/crisis/rules.ts';
import type { checklistInput, taskCreateInput, taskMoveInput, unitInput, unitMoveInput } from '../../../core/crisis/inputs.ts';
import type { Ctx } from '../../platform/context.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { byOf, openForChange, openForRead, recordRead } from './incident.access.ts';
import { appendIncidentEvent } from './incident.writer.ts';
import { markOf } from './incidents.presenter.ts';
import { existingOrganisationIds } from '../admin/directory.service.ts';
import { presentTask, presentUnit } from './board.presenter.ts';
import * as repo from './protocols.repository.ts';

export async function listTasks(p: Platform, ctx: Ctx, id: string) {
  const { row } = await openForRead(p, ctx, id);
  const rows = await repo.listTasks(p.db, id);
  await recordRead(p, ctx, 'crisis.task_read', id, rows.map((r) => r.id), { count: rows.length });
  await p.orgs.fresh();
  return { incidentId: id, ...markOf(row.exercise), items: rows.map((r) => presentTask(r, p.orgs.name, ctx.now)) };
}

/** A task added by hand (outside a protocol), for a role and optionally an organisation. */
export async function createTask(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof taskCreateInput>) {
  await p.orgs.fresh();
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write');
    if (input.orgId && !(await existingOrganisationIds(tx, [input.orgId])).has(input.orgId)) throw invalid('No such organisation.', 'orgId');
    const taskId = crypto.randomUUID();
    await repo.insertTasks(tx, [{ id: taskId, incidentId: id, activationId: null, discipline: input.discipline, title: input.title, role: input.role, orgId: input.orgId, dueAt: input.dueAt, checklist: input.checklist.map((text) => ({ text, done: false })), userId: ctx.actor.userId, at: ctx.now }]);
    await p.record(ctx, [{ action: 'crisis.task_create', recordType: 'incident', recordId: id, recordIds: [id, taskId], details: { discipline: input.discipline } }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'task.created', { taskId, title: input.title, discipline: input.discipline, role: input.role, org: input.orgId ? p.orgs.name(input.orgId) : null, ...byOf(ctx) });
    return { id: taskId, eventId, ...markOf(row.exercise) };
  });
}

export async function moveTask(p: Platform, ctx: Ctx, id: string, taskId: string, input: z.infer<typeof taskMoveInput>) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write');
    const task = await repo.findTask(tx, id, taskId);
    if (!task) throw notFound('task');
    const refusal = checkTaskMove(task.status as TaskStatus, input.status, input.reason);
    if (refusal) throw invalid(refusal.message, refusal.field);
    await repo.updateTask(tx, taskId, { status: input.status, blocked_reason: input.status === 'blocked' ? input.reason! : null }, ctx.actor.userId, ctx.now);
    await p.record(ctx, [{ action: 'crisis.task_update', recordType: 'incident', recordId: id, recordIds: [id, taskId], details: { from: task.status, to: input.status } }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'task.updated', { taskId, title: task.title, discipline: task.discipline, from: task.status, to: input.status, reason: input.status === 'blocked' ? input.reason : null, ...byOf(ctx) });
    return { id: taskId, eventId, ...markOf(row.exercise) };
  });
}

export async function checkItem(p: Platform, ctx: Ctx, id: string, taskId: string, input: z.infer<typeof checklistInput>) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write');
    const task = await repo.findTask(tx, id, taskId);
    if (!task) throw notFound('task');
    if (input.item >= task.checklist.length) throw invalid(`The task's checklist has ${task.checklist.length} items (0 to ${task.checklist.length - 1}).`, 'item');
    const checklist = task.checklist.map((c, i) => (i === input.item ? { ...c, done: input.done } : c));
    await repo.updateTask(tx, taskId, { checklist }, ctx.actor.userId, ctx.now);
    await p.record(ctx, [{ action: 'crisis.task_update', recordType: 'incident', recordId: id, recordIds: [id, taskId], details: { item: input.item, done: input.done } }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'task.checklist', { taskId, title: task.title, item: input.item, text: task.checklist[input.item]!.text, done: input.done, ...byOf(ctx) });
    return { id: taskId, eventId, ...markOf(row.exercise) };
  });
}

export async function listUnits(p: Platform, ctx: Ctx, id: string) {
  const { row } = await openForRead(p, ctx, id);
  const rows = await repo.listUnits(p.db, id);
  await recordRead(p, ctx, 'crisis.unit_read', id, rows.map((r) => r.id), { count: rows.length });
  await p.orgs.fresh();
  return { incidentId: id, ...markOf(row.exercise), items: rows.map((r) => presentUnit(r, p.orgs.name)) };
}

/** Requests a unit or asset for the incident. */
export async function requestUnit(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof unitInput>) {
  await p.orgs.fresh();
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write');
    if (!(await existingOrganisationIds(tx, [input.orgId])).has(input.orgId)) throw invalid('No such organisation.', 'orgId');
    const unitId = crypto.randomUUID();
    await repo.insertUnit(tx, { id: unitId, incidentId: id, ...input, userId: ctx.actor.userId, at: ctx.now });
    await p.record(ctx, [{ action: 'crisis.unit_create', recordType: 'incident', recordId: id, recordIds: [id, unitId], details: { discipline: input.discipline } }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'unit.requested', { unitId, name: input.name, kind: input.kind, discipline: input.discipline, org: p.orgs.name(input.orgId), ...byOf(ctx) });
    return { id: unitId, eventId, ...markOf(row.exercise) };
  });
}

/**
 * Moves a unit: a new status (along the allowed moves), a new position on the incident's map (both
 * null takes it off the map), or both. One audit entry; a live event for each part that changed.
 */
export async function moveUnit(p: Platform, ctx: Ctx, id: string, unitId: string, input: z.infer<typeof unitMoveInput>) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write');
    const unit = await repo.findUnit(tx, id, unitId);
    if (!unit) throw notFound('unit');
    const status = input.status;
    if (status) {
      const refusal = checkUnitMove(unit.status as UnitStatus, status);
      if (refusal) throw invalid(refusal.message, refusal.field);
    }
    const position = input.lat !== undefined && input.lon !== undefined ? { lat: input.lat, lon: input.lon } : undefined;
    if (position && position.lat !== null && (status ?? unit.status) === 'released') throw invalid('A released unit is not on the map; request it again to place it.', 'lat');
    await repo.updateUnit(tx, unitId, { status, position }, ctx.actor.userId, ctx.now);
    // The position is content: it goes on the incident's events (its participants' map), never in the audit details.
    await p.record(ctx, [{ action: 'crisis.unit_update', recordType: 'incident', recordId: id, recordIds: [id, unitId], details: status ? { from: unit.status, to: status } : {} }], tx);
    let eventId = 0;
    if (status) eventId = await appendIncidentEvent(tx, id, 'unit.updated', { unitId, name: unit.name, discipline: unit.discipline, from: unit.status, to: status, ...byOf(ctx) });
    if (position) eventId = await appendIncidentEvent(tx, id, 'unit.placed', { unitId, name: unit.name, discipline: unit.discipline, lat: position.lat, lon: position.lon, ...byOf(ctx) });
    return { id: unitId, eventId, ...markOf(row.exercise) };
  });
}
