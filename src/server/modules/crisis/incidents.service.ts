/** Incidents: declare, list, read, phase and terror-plan transitions, closing, participants, subject and threat-assessment links. */
import type { z } from 'zod';
import { canActOnIncident, canManageIncident, incidentFilter, incidentMarkings } from '../../../core/access/crisis.ts';
import { checkPhaseChange, checkTerrorStateChange, type Phase, type TerrorState } from '../../../core/crisis/rules.ts';
import type { assessmentLinkInput, closeInput, DeclareInput, linkInput, participantInput, phaseInput, terrorStateInput } from '../../../core/crisis/inputs.ts';
import type { Ctx } from '../../platform/context.ts';
import { passDoor } from '../../platform/door.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { readableSubject } from '../intel/subjects.service.ts';
import { readableAssessments, visibleSubjectLevels } from '../threat/threat.service.ts';
import { byOf, MODULE, openForChange, openForRead, policyCtxOf, recordRead, requireCrisisRight } from './incident.access.ts';
import { appendIncidentEvent, appendLogEntry } from './incident.writer.ts';
import { maxEventId } from './events.repository.ts';
import { markOf, presentIncident } from './incidents.presenter.ts';
import * as repo from './incidents.repository.ts';
import { existingOrganisationIds } from '../admin/directory.service.ts';
import { listActivations } from './protocols.repository.ts';

export async function declareIncident(p: Platform, ctx: Ctx, input: DeclareInput) {
  requireCrisisRight(ctx, 'write');
  const others = [...new Set(input.participants.filter((o) => o !== ctx.actor.orgId))];
  const known = await existingOrganisationIds(p.db, others);
  others.forEach((o, i) => {
    if (!known.has(o)) throw invalid('No such organisation.', `participants.${i}`);
  });
  if (Date.parse(input.occurredAt) > ctx.now.getTime() + 5 * 60_000) throw invalid('An incident cannot be declared for a time in the future.', 'occurredAt');
  const id = crypto.randomUUID();
  const eventId = await p.db.transaction().execute(async (tx) => {
    await repo.insertIncident(tx, { id, ...input, orgId: ctx.actor.orgId, userId: ctx.actor.userId, at: ctx.now });
    await repo.upsertParticipant(tx, id, ctx.actor.orgId, 'active', ctx.actor.userId, ctx.now);
    for (const o of others) await repo.upsertParticipant(tx, id, o, 'alerted', ctx.actor.userId, ctx.now);
    await appendLogEntry(tx, ctx, id, { kind: 'phase', text: `Incident declared in the municipal phase: ${input.title}`, data: { declared: true, phase: 'municipal', exercise: input.exercise } });
    await p.record(ctx, [{ action: 'crisis.declare', recordType: 'incident', recordId: id, details: { exercise: input.exercise, participants: others.length } }], tx);
    await p.events.emit(tx, ctx, 'crisis.incident-changed', { incidentId: id, change: 'declared' });
    return appendIncidentEvent(tx, id, 'incident.declared', { title: input.title, type: input.type, municipality: input.municipality, exercise: input.exercise, ...byOf(ctx) });
  });
  return { id, eventId, ...markOf(input.exercise) };
}

export async function listIncidents(p: Platform, ctx: Ctx, q: { status?: 'open' | 'closed' | undefined }) {
  const pc = policyCtxOf(p, ctx);
  const rows = await repo.listIncidents(p.db, incidentFilter(ctx.actor, pc), { status: q.status, limit: 500 });
  const out = await passDoor(p, ctx, { module: MODULE, recordType: 'incident', action: 'crisis.list', rows, markings: (r) => incidentMarkings(ctx.actor, r.ref), details: { count: rows.length } });
  await p.orgs.fresh();
  return { items: out.full.map((r) => presentIncident(r.row, p.orgs.name)) };
}

export async function getIncident(p: Platform, ctx: Ctx, id: string) {
  const { row, ref } = await openForRead(p, ctx, id);
  const lastEventId = await maxEventId(p.db, id);
  const [participants, links, assessmentLinks, activations] = await Promise.all([repo.listParticipants(p.db, id), repo.listLinks(p.db, id), repo.listAssessmentLinks(p.db, id), listActivations(p.db, id)]);
  // Linked subjects: only those the reader may read in intel; their read goes through intel's door.
  const readable = [];
  for (const l of links) {
    const s = await readableSubject(p, ctx, l.subject_id);
    if (s) readable.push({ link: l, subject: s });
  }
  if (readable.length) await passDoor(p, ctx, { module: 'intel', recordType: 'subject', action: 'subject.read', rows: readable.map((x) => x.subject), details: { via: 'crisis' } });
  const levels = await visibleSubjectLevels(p, ctx, readable.map((x) => x.subject.id));
  // Linked threat assessments: only those the reader may read in threat; released through threat's door.
  const assessments = await readableAssessments(p, ctx, assessmentLinks.map((l) => l.assessment_id));
  if (assessments.length) await passDoor(p, ctx, { module: 'threat', recordType: 'threat_assessment', action: 'threat.read', rows: assessments });
  const assessmentById = new Map(assessments.map((a) => [a.id, a]));
  await recordRead(p, ctx, 'crisis.read', id, [], { participants: participants.length, activations: activations.length });
  await p.orgs.fresh();
  const pc = policyCtxOf(p, ctx);
  return {
    ...presentIncident(row, p.orgs.name),
    participants: participants.map((x) => ({ orgId: x.org_id, orgName: p.orgs.name(x.org_id), status: x.status as 'active', updatedAt: x.updated_at.toISOString(), declaring: x.org_id === row.org_id })),
    links: readable.map(({ link, subject }) => ({ subjectId: subject.id, name: subject.names[0] ?? '', threatLevel: levels.get(subject.id) ?? null, reason: link.reason, linkedAt: link.linked_at.toISOString(), linkedByOrg: p.orgs.name(link.linked_org_id) })),
    assessments: assessmentLinks.flatMap((l) => {
      const a = assessmentById.get(l.assessment_id);
      return a ? [{ assessmentId: a.id, targetKind: a.target_kind, targetLabel: a.target_label, level: a.level, assessedAt: a.assessed_at.toISOString(), reason: l.reason, linkedAt: l.linked_at.toISOString(), linkedByOrg: p.orgs.name(l.linked_org_id) }] : [];
    }),
    activations: activations.map((a) => ({ id: a.id, protocolId: a.protocol_id, templateId: a.template_id, title: a.title, version: a.version, activatedAt: a.activated_at.toISOString() })),
    lastEventId,
    can: { write: canActOnIncident(ctx.actor, ref, 'write', pc), approve: canActOnIncident(ctx.actor, ref, 'approve', pc), manage: canManageIncident(ctx.actor, ref, pc) },
  };
}

/** Phase change (municipal / provincial / federal): who, when, why on the log. */
export async function changePhase(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof phaseInput>) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'approve');
    const from = row.phase as Phase;
    if (input.expected && input.expected !== from) throw new AppError('CONFLICT', `The phase changed meanwhile (now ${from}).`, 'phase');
    const refusal = checkPhaseChange(from, input.phase);
    if (refusal) throw invalid(refusal.message, refusal.field);
    await repo.setIncidentField(tx, id, { phase: input.phase }, ctx.now);
    const entry = await appendLogEntry(tx, ctx, id, { kind: 'phase', text: `Phase: ${from} → ${input.phase}`, reason: input.reason, data: { from, to: input.phase } });
    await p.record(ctx, [{ action: 'crisis.phase', recordType: 'incident', recordId: id, details: { from, to: input.phase, entryId: entry.id } }], tx);
    await p.events.emit(tx, ctx, 'crisis.incident-changed', { incidentId: id, change: 'phase' });
    const eventId = await appendIncidentEvent(tx, id, 'incident.phase', { from, to: input.phase, reason: input.reason, entryId: entry.id, ...byOf(ctx) });
    return { id, eventId, ...markOf(row.exercise) };
  });
}

/** Terror-plan state change (none / pre-alert / alert). */
export async function changeTerrorState(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof terrorStateInput>) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'approve');
    const from = row.terror_state as TerrorState;
    if (input.expected && input.expected !== from) throw new AppError('CONFLICT', `The terror-plan state changed meanwhile (now ${from}).`, 'terrorState');
    const refusal = checkTerrorStateChange(from, input.terrorState);
    if (refusal) throw invalid(refusal.message, refusal.field);
    await repo.setIncidentField(tx, id, { terror_state: input.terrorState }, ctx.now);
    const entry = await appendLogEntry(tx, ctx, id, { kind: 'terror-state', text: `Terror plan: ${from} → ${input.terrorState}`, reason: input.reason, data: { from, to: input.terrorState } });
    await p.record(ctx, [{ action: 'crisis.terror_state', recordType: 'incident', recordId: id, details: { from, to: input.terrorState, entryId: entry.id } }], tx);
    await p.events.emit(tx, ctx, 'crisis.incident-changed', { incidentId: id, change: 'terror-state' });
    const eventId = await appendIncidentEvent(tx, id, 'incident.terror-state', { from, to: input.terrorState, reason: input.reason, entryId: entry.id, ...byOf(ctx) });
    return { id, eventId, ...markOf(row.exercise) };
  });
}

export async function closeIncident(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof closeInput>) {
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'manage');
    await repo.setIncidentField(tx, id, { status: 'closed' }, ctx.now);
    const entry = await appendLogEntry(tx, ctx, id, { kind: 'closure', text: 'Incident closed', reason: input.reason, data: {} });
    await p.record(ctx, [{ action: 'crisis.close', recordType: 'incident', recordId: id, details: { entryId: entry.id } }], tx);
    await p.events.emit(tx, ctx, 'crisis.incident-changed', { incidentId: id, change: 'closed' });
    const eventId = await appendIncidentEvent(tx, id, 'incident.closed', { reason: input.reason, ...byOf(ctx) });
    return { id, eventId, ...markOf(row.exercise) };
  });
}

/**
 * Adds an organisation or changes its status. The declaring organisation (or a crisis administrator)
 * manages every participant; a participant with write rights reports its own status.
 */
export async function setParticipant(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof participantInput>) {
  await p.orgs.fresh(); // outside the transaction: on the embedded database it holds the only connection
  return p.db.transaction().execute(async (tx) => {
    const own = input.orgId === ctx.actor.orgId;
    const { row, ref } = await openForChange(p, ctx, tx, id, own ? 'write' : 'manage');
    if (own && !ref.participantOrgIds.includes(ctx.actor.orgId)) throw notFound('incident');
    if (!(await existingOrganisationIds(tx, [input.orgId])).has(input.orgId)) throw invalid('No such organisation.', 'orgId');
    const before = await repo.findParticipant(tx, id, input.orgId);
    if (before?.status === input.status) throw invalid(`The organisation is already "${input.status}".`, 'status');
    await repo.upsertParticipant(tx, id, input.orgId, input.status, ctx.actor.userId, ctx.now);
    const orgName = p.orgs.name(input.orgId);
    await appendLogEntry(tx, ctx, id, { kind: 'participant', text: `${orgName}: ${before?.status ?? 'not involved'} → ${input.status}`, reason: input.note ?? null, data: { orgId: input.orgId, from: before?.status ?? null, to: input.status } });
    await p.record(ctx, [{ action: 'crisis.participant', recordType: 'incident', recordId: id, details: { orgId: input.orgId, from: before?.status ?? null, to: input.status } }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'participant.changed', { orgId: input.orgId, org: orgName, from: before?.status ?? null, to: input.status, ...byOf(ctx) });
    return { id, eventId, ...markOf(row.exercise) };
  });
}

/** Links an intelligence subject the caller may read (a subject they may not read is answered as missing). */
export async function linkSubject(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof linkInput>) {
  await openForRead(p, ctx, id);
  const subject = await readableSubject(p, ctx, input.subjectId);
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write');
    if (!subject) throw invalid('No such subject.', 'subjectId');
    if (!(await repo.insertLink(tx, { incidentId: id, subjectId: subject.id, reason: input.reason, userId: ctx.actor.userId, orgId: ctx.actor.orgId }))) throw invalid('The subject is linked already.', 'subjectId');
    await p.record(ctx, [{ action: 'crisis.link_subject', recordType: 'incident', recordId: id, recordIds: [id, subject.id] }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'subject.linked', { subjectId: subject.id, ...byOf(ctx) });
    return { id, eventId, ...markOf(row.exercise) };
  });
}

export async function unlinkSubject(p: Platform, ctx: Ctx, id: string, subjectId: string) {
  await openForRead(p, ctx, id);
  const readable = !!(await readableSubject(p, ctx, subjectId));
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write');
    if (!readable || !(await repo.deleteLink(tx, id, subjectId))) throw notFound('link');
    await p.record(ctx, [{ action: 'crisis.unlink_subject', recordType: 'incident', recordId: id, recordIds: [id, subjectId] }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'subject.unlinked', { subjectId, ...byOf(ctx) });
    return { id, eventId, ...markOf(row.exercise) };
  });
}

/** Links a threat assessment the caller may read (one they may not read is answered as missing). */
export async function linkAssessment(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof assessmentLinkInput>) {
  await openForRead(p, ctx, id);
  const [assessment] = await readableAssessments(p, ctx, [input.assessmentId]);
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write');
    if (!assessment) throw invalid('No such threat assessment.', 'assessmentId');
    if (!(await repo.insertAssessmentLink(tx, { incidentId: id, assessmentId: assessment.id, reason: input.reason, userId: ctx.actor.userId, orgId: ctx.actor.orgId }))) throw invalid('The threat assessment is linked already.', 'assessmentId');
    await p.record(ctx, [{ action: 'crisis.link_assessment', recordType: 'incident', recordId: id, recordIds: [id, assessment.id] }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'assessment.linked', { assessmentId: assessment.id, ...byOf(ctx) });
    return { id, eventId, ...markOf(row.exercise) };
  });
}

/** Removes a threat-assessment link (only of an assessment the caller may read; else as missing). */
export async function unlinkAssessment(p: Platform, ctx: Ctx, id: string, assessmentId: string) {
  await openForRead(p, ctx, id);
  const readable = (await readableAssessments(p, ctx, [assessmentId])).length > 0;
  return p.db.transaction().execute(async (tx) => {
    const { row } = await openForChange(p, ctx, tx, id, 'write');
    if (!readable || !(await repo.deleteAssessmentLink(tx, id, assessmentId))) throw notFound('link');
    await p.record(ctx, [{ action: 'crisis.unlink_assessment', recordType: 'incident', recordId: id, recordIds: [id, assessmentId] }], tx);
    const eventId = await appendIncidentEvent(tx, id, 'assessment.unlinked', { assessmentId, ...byOf(ctx) });
    return { id, eventId, ...markOf(row.exercise) };
  });
}

/**
 * For the alerts module: the incident an alert belongs to, if the caller may read it (else null,
 * as for a missing one). The read is on the audit log.
 */
export async function incidentForAlerts(p: Platform, ctx: Ctx, incidentId: string): Promise<{ id: string; title: string; exercise: boolean } | null> {
  const row = await repo.findIncident(p.db, incidentId);
  if (!row) return null;
  const ref = await repo.incidentRef(p.db, row);
  const out = await passDoor(p, ctx, { module: MODULE, recordType: 'incident', action: 'crisis.read', rows: [ref], markings: (r) => incidentMarkings(ctx.actor, r), details: { via: 'alerts' } });
  return out.full.length ? { id: row.id, title: row.title, exercise: row.exercise } : null;
}
