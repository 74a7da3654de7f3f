/** Protocol templates (versioned, per incident type) and their activation on an incident. */
import type { z } from 'zod';
import { hasPermission } from '../../../core/access/policy.ts';
import type { activateInput, ProtocolInput } from '../../../core/crisis/inputs.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import type { Database } from '../../platform/db.ts';
import { byOf, openForChange, requireCrisisRight } from './incident.access.ts';
import { appendIncidentEvent, appendLogEntry } from './incident.writer.ts';
import { markOf } from './incidents.presenter.ts';
import { existingOrganisationIds } from '../admin/directory.service.ts';
import { presentProtocol } from './board.presenter.ts';
import * as repo from './protocols.repository.ts';
import { closeActionsForTemplate } from './reviews.repository.ts';

function requireRead(ctx: Ctx) {
  if (ctx.actor.orgKind === 'oversight' || !hasPermission(ctx.actor, 'crisis', 'read')) throw forbidden('Your roles do not open crisis protocols.');
}

async function checkOrgs(db: Database, input: ProtocolInput) {
  const ids = input.tasks.map((t) => t.orgId).filter((x): x is string => !!x);
  const known = await existingOrganisationIds(db, ids);
  input.tasks.forEach((t, i) => {
    if (t.orgId && !known.has(t.orgId)) throw invalid('No such organisation.', `tasks.${i}.orgId`);
  });
}

export async function listProtocols(p: Platform, ctx: Ctx) {
  requireRead(ctx);
  await p.orgs.fresh();
  return { items: (await repo.listProtocols(p.db)).map((r) => presentProtocol(r, p.orgs.name)) };
}

/** Every version of the template a protocol belongs to, newest first. */
export async function protocolVersions(p: Platform, ctx: Ctx, id: string) {
  requireRead(ctx);
  const one = await repo.findProtocol(p.db, id);
  if (!one) throw notFound('protocol');
  await p.orgs.fresh();
  return { items: (await repo.listProtocols(p.db, one.template_id)).map((r) => presentProtocol(r, p.orgs.name)) };
}

/** Publishes a new template (version 1). */
export async function createProtocol(p: Platform, ctx: Ctx, input: ProtocolInput) {
  requireCrisisRight(ctx, 'approve');
  await checkOrgs(p.db, input);
  const id = crypto.randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await repo.insertProtocol(tx, { id, templateId: id, version: 1, title: input.title, incidentType: input.incidentType, tasks: input.tasks, changeNote: input.changeNote ?? null, orgId: ctx.actor.orgId, userId: ctx.actor.userId, at: ctx.now });
    await p.record(ctx, [{ action: 'crisis.protocol_publish', recordType: 'protocol', recordId: id, details: { version: 1, tasks: input.tasks.length } }], tx);
  });
  await p.orgs.fresh();
  return presentProtocol((await repo.findProtocol(p.db, id))!, p.orgs.name);
}

/**
 * Publishes the next version of the template `id` belongs to. Corrective actions of after-action
 * reviews linked to the template close with it (the revision is what they asked for).
 */
export async function reviseProtocol(p: Platform, ctx: Ctx, id: string, input: ProtocolInput) {
  requireCrisisRight(ctx, 'approve');
  if (!input.changeNote || input.changeNote.length < 5) throw invalid('Say what this version changes (at least 5 characters).', 'changeNote');
  await checkOrgs(p.db, input);
  const newId = crypto.randomUUID();
  const closed = await p.db.transaction().execute(async (tx) => {
    const base = await repo.findProtocol(tx, id);
    if (!base) throw notFound('protocol');
    const version = (await repo.latestVersion(tx, base.template_id)) + 1;
    await repo.insertProtocol(tx, { id: newId, templateId: base.template_id, version, title: input.title, incidentType: input.incidentType, tasks: input.tasks, changeNote: input.changeNote!, orgId: ctx.actor.orgId, userId: ctx.actor.userId, at: ctx.now });
    const actions = await closeActionsForTemplate(tx, base.template_id, newId, ctx.now);
    await p.record(ctx, [{ action: 'crisis.protocol_publish', recordType: 'protocol', recordId: newId, recordIds: [newId, ...actions.map((a) => a.id)], details: { version, tasks: input.tasks.length, templateId: base.template_id, closedActions: actions.length } }], tx);
    for (const a of actions) await appendIncidentEvent(tx, a.incident_id, 'action.closed', { actionId: a.id, protocolId: newId, version, ...byOf(ctx) });
    return actions.length;
  });
  await p.orgs.fresh();
  return { ...presentProtocol((await repo.findProtocol(p.db, newId))!, p.orgs.name), closedActions: closed };
}

/** Activates a protocol on an incident: its tasks appear on the task board, each for a role (and organisation). */
export async function activateProtocol(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof activateInput>) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write');
    const protocol = await repo.findProtocol(tx, input.protocolId);
    if (!protocol) throw invalid('No such protocol.', 'protocolId');
    if (protocol.incident_type !== row.incident_type) throw invalid(`This protocol is written for "${protocol.incident_type}" incidents; the incident is "${row.incident_type}".`, 'protocolId');
    if (await repo.findActivation(tx, id, protocol.id)) throw new AppError('CONFLICT', 'This protocol version is active on the incident already.', 'protocolId');
    const activationId = crypto.randomUUID();
    await repo.insertActivation(tx, { id: activationId, incidentId: id, protocolId: protocol.id, userId: ctx.actor.userId, at: ctx.now });
    const tasks = protocol.tasks.map((t) => ({
      id: crypto.randomUUID(),
      incidentId: id,
      activationId,
      discipline: t.discipline,
      title: t.title,
      role: t.role,
      orgId: t.orgId,
      dueAt: t.dueMinutes ? new Date(ctx.now.getTime() + t.dueMinutes * 60_000) : null,
      checklist: t.checklist.map((text) => ({ text, done: false })),
      userId: ctx.actor.userId,
      at: ctx.now,
    }));
    await repo.insertTasks(tx, tasks);
    await appendLogEntry(tx, ctx, id, { kind: 'protocol', text: `Protocol activated: ${protocol.title} (version ${protocol.version}), ${tasks.length} tasks`, data: { protocolId: protocol.id, version: protocol.version, tasks: tasks.length } });
    await p.record(ctx, [{ action: 'crisis.protocol_activate', recordType: 'incident', recordId: id, recordIds: [id, protocol.id, ...tasks.map((t) => t.id)], details: { protocolId: protocol.id, version: protocol.version, tasks: tasks.length } }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'protocol.activated', { protocolId: protocol.id, title: protocol.title, version: protocol.version, tasks: tasks.length, ...byOf(ctx) });
    return { id: activationId, eventId, ...markOf(row.exercise) };
  });
}
