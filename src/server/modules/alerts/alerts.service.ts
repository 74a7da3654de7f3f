/**
 * Drafting public alerts: create, change, submit for approval, return, discard, and follow-ups
 * (Update, Cancel) of a published alert. Every function takes the acting user first and starts with
 * the access step: the crisis module's right (read to see, write to draft, approve to approve and
 * publish) and the alert's organisation (drafts are seen only by their own organisation; a refused
 * read answers exactly like a missing alert).
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { hasPermission } from '../../../core/access/policy.ts';
import { areaShapeProblems, checkAlert, emptyContent, problemsMessage, type AlertContent, type CapMsgType, type Problem } from '../../../core/alerts/cap.ts';
import type { Permission } from '../../../core/vocab.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import * as repo from './alerts.repository.ts';
import type { AlertRow, ListState } from './alerts.repository.ts';
import { presentAlert, presentSms, type AlertWire, type createBody, type followUpBody, type returnBody, type updateBody } from './alerts.presenter.ts';
import { knownMunicipality } from '../../platform/geo.ts';
import { incidentEvent, linkedIncident, type LinkedIncident } from './incident-link.ts';
import { userDisplayNames } from '../admin/directory.service.ts';

export const MODULE = 'crisis' as const;

/** The access step: the caller holds `permission` on the crisis module, else 403. */
export function requireRight(ctx: Ctx, permission: Permission): void {
  if (!hasPermission(ctx.actor, MODULE, permission)) throw forbidden(permission === 'read' ? 'Your roles do not include the crisis module.' : `Your roles do not allow this on public alerts (crisis ${permission} is needed).`);
}

/** Whether the caller may see the alert: its organisation's alerts in every state, others' once published. */
function visible(ctx: Ctx, r: AlertRow): boolean {
  return r.owner_org_id === ctx.actor.orgId || r.state === 'published';
}

/** The alert if the caller may see it, else 404 (the same answer as a missing id). */
export async function readableAlert(p: Platform, ctx: Ctx, id: string): Promise<AlertRow> {
  const r = await repo.findAlert(p.db, id);
  if (!r || !visible(ctx, r)) throw notFound('alert');
  return r;
}

/** Whether the caller took part in writing the alert (then they may not approve or publish it). */
export function wroteIt(ctx: Ctx, r: AlertRow): boolean {
  return r.drafted_by === ctx.actor.userId || r.submitted_by === ctx.actor.userId || (r.editors ?? []).includes(ctx.actor.userId);
}

function can(ctx: Ctx, r: AlertRow): AlertWire['can'] {
  const own = r.owner_org_id === ctx.actor.orgId;
  const write = own && hasPermission(ctx.actor, MODULE, 'write');
  const approve = own && hasPermission(ctx.actor, MODULE, 'approve') && !wroteIt(ctx, r);
  return {
    edit: write && r.state === 'draft',
    submit: write && r.state === 'draft',
    discard: write && r.state === 'draft',
    approve: approve && r.state === 'awaiting_approval',
    publish: approve && r.state === 'approved',
    followUp: write && r.state === 'published' && !r.cancelled && !r.superseded,
  };
}

async function incidentOf(p: Platform, ctx: Ctx, r: AlertRow): Promise<LinkedIncident | null> {
  return r.incident_id ? linkedIncident(p, ctx, r.incident_id) : null;
}

/** The wire shape of alerts, with the names of the people on them. */
export async function present(p: Platform, ctx: Ctx, rows: AlertRow[]): Promise<AlertWire[]> {
  const names = await userDisplayNames(p.db, rows.flatMap((r) => [r.drafted_by, r.approved_by, r.published_by]).filter((x): x is string => !!x));
  await p.orgs.fresh();
  const incidents = new Map<string, LinkedIncident | null>();
  for (const r of rows) if (r.incident_id && !incidents.has(r.incident_id)) incidents.set(r.incident_id, await incidentOf(p, ctx, r));
  return rows.map((r) => presentAlert(r, { names, orgName: p.orgs.name, incident: r.incident_id ? (incidents.get(r.incident_id) ?? null) : null, can: can(ctx, r) }));
}

/** Every problem that stands between the alert and its approval. */
export function problemsOf(r: Pick<AlertRow, 'content' | 'msg_type'>, now: Date): Problem[] {
  return checkAlert(r.content, { msgType: r.msg_type as CapMsgType, now, knownMunicipality });
}

/** One alert with its open problems and the SMS count of each language. */
export async function getAlert(p: Platform, ctx: Ctx, id: string) {
  requireRight(ctx, 'read');
  const r = await readableAlert(p, ctx, id);
  const [wire] = await present(p, ctx, [r]);
  return { ...wire!, problems: r.state === 'published' ? [] : problemsOf(r, ctx.now), sms: presentSms(r.content), returnedReason: r.returned_reason };
}

/** Alerts the caller may see, newest change first. */
export async function listAlerts(p: Platform, ctx: Ctx, q: { state?: ListState | undefined; incidentId?: string | undefined; limit?: number | undefined }) {
  requireRight(ctx, 'read');
  const rows = await repo.listAlerts(p.db, { orgId: ctx.actor.orgId, state: q.state, incidentId: q.incidentId, limit: q.limit ?? 100 });
  return present(p, ctx, rows);
}

/** The incident to link, refused (as missing) when the caller may not read it; forces Exercise for an exercise. */
async function resolveIncident(p: Platform, ctx: Ctx, incidentId: string | null | undefined): Promise<LinkedIncident | null> {
  if (!incidentId) return null;
  const inc = await linkedIncident(p, ctx, incidentId);
  if (!inc) throw invalid('incidentId: no such incident.', 'incidentId');
  return inc;
}

function refuseShape(content: AlertContent): void {
  const shape = areaShapeProblems(content.area);
  if (shape.length > 0) throw invalid(problemsMessage(shape), shape[0]!.field);
}

/** Drafts a new alert (msgType Alert), empty or with the given content. */
export async function createAlert(p: Platform, ctx: Ctx, body: z.infer<typeof createBody>) {
  requireRight(ctx, 'write');
  const incident = await resolveIncident(p, ctx, body.incidentId);
  const content = body.content ?? emptyContent(incident?.exercise ? 'Exercise' : 'Actual');
  if (incident?.exercise) content.status = 'Exercise';
  refuseShape(content);
  const id = randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await repo.insertAlert(tx, { id, orgId: ctx.actor.orgId, incidentId: incident?.id ?? null, msgType: 'Alert', status: content.status, referencesId: null, rootId: id, content, userId: ctx.actor.userId, at: ctx.now });
    if (incident) await incidentEvent(tx, incident.id, 'alert.drafted', { alertId: id, msgType: 'Alert' });
    await p.record(ctx, [{ action: 'alert.create', recordType: 'alert', recordId: id, details: { msgType: 'Alert', status: content.status, version: 1, ...(incident ? { incidentId: incident.id } : {}) } }], tx);
  });
  return getAlert(p, ctx, id);
}

/** The alert for a change by its own organisation's writers (404 for others, 409 when not a draft). */
async function ownDraft(p: Platform, ctx: Ctx, id: string): Promise<AlertRow> {
  const r = await readableAlert(p, ctx, id);
  if (r.owner_org_id !== ctx.actor.orgId) throw forbidden('Only the issuing organisation changes its alerts.');
  if (r.state !== 'draft') throw new AppError('CONFLICT', r.state === 'published' ? 'A published alert never changes: issue an Update or a Cancel.' : 'The alert is awaiting approval; it must be returned to draft before it changes.');
  return r;
}

const changed = (a: AlertContent, b: AlertContent) => (Object.keys(b) as Array<keyof AlertContent>).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));

/** Saves a draft (optimistic: `version` must be the one read). */
export async function updateAlert(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof updateBody>) {
  requireRight(ctx, 'write');
  const r = await ownDraft(p, ctx, id);
  const incidentId = body.incidentId === undefined ? r.incident_id : body.incidentId;
  // A follow-up keeps the incident of the alert it follows.
  if (r.references_id && incidentId !== r.incident_id) throw invalid('incidentId: an Update or Cancel stays with the incident of the alert it follows.', 'incidentId');
  const incident = incidentId === r.incident_id && incidentId ? ((await linkedIncident(p, ctx, incidentId)) ?? { id: incidentId, title: '', exercise: r.status === 'Exercise' }) : await resolveIncident(p, ctx, incidentId);
  const content = body.content;
  if (incident?.exercise) content.status = 'Exercise';
  refuseShape(content);
  const fields = changed(r.content, content);
  await p.db.transaction().execute(async (tx) => {
    const editors = r.editors.includes(ctx.actor.userId) ? r.editors : [...r.editors, ctx.actor.userId];
    const ok = await repo.updateDraft(tx, id, body.version, { content, status: content.status, incidentId: incident?.id ?? null, editors, at: ctx.now });
    if (!ok) throw new AppError('CONFLICT', 'version: the alert was changed meanwhile; reload it and apply your change again.', 'version');
    await p.record(ctx, [{ action: 'alert.update', recordType: 'alert', recordId: id, details: { version: body.version + 1, fields } }], tx);
  });
  return getAlert(p, ctx, id);
}

/** Submits a draft for approval: every CAP field is checked first (the refusal names the field). */
export async function submitAlert(p: Platform, ctx: Ctx, id: string, version: number) {
  requireRight(ctx, 'write');
  const r = await ownDraft(p, ctx, id);
  const problems = problemsOf(r, ctx.now);
  if (problems.length > 0) throw invalid(problemsMessage(problems), problems[0]!.field);
  await p.db.transaction().execute(async (tx) => {
    const ok = await repo.moveState(tx, id, 'draft', version, { state: 'awaiting_approval', returned_reason: null, submitted_by: ctx.actor.userId, submitted_at: ctx.now, at: ctx.now });
    if (!ok) throw new AppError('CONFLICT', 'version: the alert was changed meanwhile; reload it and submit again.', 'version');
    if (r.incident_id) await incidentEvent(tx, r.incident_id, 'alert.submitted', { alertId: id, msgType: r.msg_type });
    await p.record(ctx, [{ action: 'alert.submit', recordType: 'alert', recordId: id, details: { msgType: r.msg_type, status: r.status, version } }], tx);
  });
  return getAlert(p, ctx, id);
}

/** An approver's step on an alert of their organisation that they did not write. */
export async function approverStep(p: Platform, ctx: Ctx, id: string): Promise<AlertRow> {
  requireRight(ctx, 'approve');
  const r = await readableAlert(p, ctx, id);
  if (r.owner_org_id !== ctx.actor.orgId) throw forbidden('Only the issuing organisation approves and publishes its alerts.');
  if (wroteIt(ctx, r)) throw forbidden('A second person approves and publishes: you wrote or submitted this alert.');
  return r;
}

/** Returns an alert awaiting approval (or approved, not yet published) to draft, with the reason. */
export async function returnAlert(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof returnBody>) {
  const r = await approverStep(p, ctx, id);
  if (r.state !== 'awaiting_approval' && r.state !== 'approved') throw new AppError('CONFLICT', 'Only an alert awaiting approval or publication can be returned.');
  await p.db.transaction().execute(async (tx) => {
    const ok = await repo.moveState(tx, id, r.state, body.version, { state: 'draft', returned_reason: body.reason, submitted_by: null, submitted_at: null, approved_by: null, approved_at: null, approved_version: null, at: ctx.now });
    if (!ok) throw new AppError('CONFLICT', 'version: the alert was changed meanwhile; reload it.', 'version');
    await p.record(ctx, [{ action: 'alert.return', recordType: 'alert', recordId: id, details: { version: body.version } }], tx);
  });
  return getAlert(p, ctx, id);
}

/** Approves an alert awaiting approval: a second user with the approve right, every field checked again. */
export async function approveAlert(p: Platform, ctx: Ctx, id: string, version: number) {
  const r = await approverStep(p, ctx, id);
  if (r.state !== 'awaiting_approval') throw new AppError('CONFLICT', r.state === 'draft' ? 'The alert has not been submitted for approval.' : 'The alert is already approved.');
  const problems = problemsOf(r, ctx.now);
  if (problems.length > 0) throw invalid(problemsMessage(problems), problems[0]!.field);
  await p.db.transaction().execute(async (tx) => {
    const ok = await repo.moveState(tx, id, 'awaiting_approval', version, { state: 'approved', approved_by: ctx.actor.userId, approved_at: ctx.now, approved_version: version, at: ctx.now });
    if (!ok) throw new AppError('CONFLICT', 'version: the alert was changed meanwhile; reload it and approve again.', 'version');
    if (r.incident_id) await incidentEvent(tx, r.incident_id, 'alert.approved', { alertId: id, msgType: r.msg_type });
    await p.record(ctx, [{ action: 'alert.approve', recordType: 'alert', recordId: id, details: { msgType: r.msg_type, status: r.status, version } }], tx);
  });
  return getAlert(p, ctx, id);
}

/** Discards a draft (never a published alert). */
export async function discardAlert(p: Platform, ctx: Ctx, id: string, version: number): Promise<{ id: string; discarded: true }> {
  requireRight(ctx, 'write');
  await ownDraft(p, ctx, id);
  await p.db.transaction().execute(async (tx) => {
    if (!(await repo.deleteDraft(tx, id, version))) throw new AppError('CONFLICT', 'version: the alert was changed meanwhile; reload it.', 'version');
    await p.record(ctx, [{ action: 'alert.discard', recordType: 'alert', recordId: id, details: { version } }], tx);
  });
  return { id, discarded: true };
}

/** Drafts an Update or a Cancel of a published alert: a new alert referring to it, with its content to edit. */
export async function followUp(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof followUpBody>) {
  requireRight(ctx, 'write');
  const r = await readableAlert(p, ctx, id);
  if (r.owner_org_id !== ctx.actor.orgId) throw forbidden('Only the issuing organisation updates or cancels its alerts.');
  if (r.state !== 'published') throw new AppError('CONFLICT', 'Only a published alert can be updated or cancelled.');
  if (r.cancelled) throw new AppError('CONFLICT', 'This alert was cancelled; nothing follows a Cancel.');
  if (r.superseded) throw new AppError('CONFLICT', 'A later message replaced this alert: update or cancel the latest one.');
  const open = await repo.openFollowUps(p.db, id);
  if (open.length > 0) throw new AppError('CONFLICT', `A follow-up of this alert is already being drafted (${open[0]!.id}).`);
  const newId = randomUUID();
  const msgType = body.msgType;
  const content: AlertContent = { ...r.content, ...(msgType === 'Cancel' ? { responseType: ['AllClear' as const], urgency: 'Past' as const, severity: 'Minor' as const } : {}) };
  await p.db.transaction().execute(async (tx) => {
    await repo.insertAlert(tx, { id: newId, orgId: r.owner_org_id, incidentId: r.incident_id, msgType, status: r.status, referencesId: r.id, rootId: r.root_id, content, userId: ctx.actor.userId, at: ctx.now });
    if (r.incident_id) await incidentEvent(tx, r.incident_id, 'alert.drafted', { alertId: newId, msgType });
    await p.record(ctx, [{ action: 'alert.create', recordType: 'alert', recordId: newId, details: { msgType, status: r.status, version: 1, referencesId: r.id, ...(r.incident_id ? { incidentId: r.incident_id } : {}) } }], tx);
  });
  return getAlert(p, ctx, newId);
}
