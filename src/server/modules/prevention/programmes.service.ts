/**
 * Deradicalisation and reintegration programmes: partners (community, religious…), sessions and
 * attendance, enrolments of cases, milestones (education, work, housing, family) and outcomes. A
 * programme and its counts are readable by every prevention reader; an enrolment is personal data
 * and shows only to those who read its case (the read door).
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { caseMarkings } from '../../../core/access/prevention.ts';
import { retentionCutoff } from '../../../core/access/policy.ts';
import { hasPermission } from '../../../core/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import { passDoor } from '../../platform/door.ts';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import * as cases from './cases.repository.ts';
import * as cells from './cells.repository.ts';
import * as repo from './programmes.repository.ts';
import type { attendanceBody, enrolBody, milestoneBody, outcomeBody, partnerBody, programmeBody, ProgrammeWire, sessionBody } from './programmes.presenter.ts';
import { actOnCase, coordinates, MODULE, requireRight } from './prevention.access.ts';
import { municipalityName } from '../../platform/geo.ts';

export async function programmeOr404(p: Platform, id: string) {
  const r = await repo.findProgramme(p.db, id);
  if (!r) throw notFound('programme');
  return r;
}

export function ownsProgramme(ctx: Ctx, r: { org_id: string }): boolean {
  return r.org_id === ctx.actor.orgId && hasPermission(ctx.actor, MODULE, 'write');
}

export async function listProgrammes(p: Platform, ctx: Ctx) {
  requireRight(ctx, 'read');
  const rows = await repo.listProgrammes(p.db);
  await p.orgs.fresh();
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind as 'deradicalisation' | 'reintegration', description: r.description, nisCode: r.nis_code, municipality: r.municipality, startsOn: r.starts_on, endsOn: r.ends_on, orgId: r.org_id, orgName: p.orgs.name(r.org_id) }));
}

/** Case ids the caller reads (participating, within retention or coordinated). */
async function readableCaseIds(p: Platform, ctx: Ctx): Promise<{ ids: Set<string>; coordinated: string[] }> {
  const mine = await cells.listCells(p.db, ctx.actor.userId);
  const coordinated: string[] = [];
  for (const cell of mine) if (coordinates(await cells.memberOf(p.db, cell.id, ctx.actor.userId), cell.org_id)) coordinated.push(cell.id);
  const rows = await cases.listCases(p.db, { cellId: null, userId: ctx.actor.userId, coordinatorCellIds: coordinated, cutoff: retentionCutoff(ctx.now, p.config.retentionGraceDays) });
  return { ids: new Set(rows.map((r) => r.id)), coordinated };
}

/** A programme with its counts, and the enrolments whose case the caller reads (through the door, audited). */
export async function getProgramme(p: Platform, ctx: Ctx, id: string): Promise<ProgrammeWire> {
  requireRight(ctx, 'read');
  const r = await programmeOr404(p, id);
  const [partners, sessions, all, attendance, milestones] = await Promise.all([repo.partnersOf(p.db, id), repo.sessionsOf(p.db, id), repo.enrolmentsOf(p.db, id), repo.attendanceOf(p.db, id), repo.milestonesOf(p.db, id)]);
  const { ids, coordinated } = await readableCaseIds(p, ctx);
  const { full } = await passDoor(p, ctx, {
    module: MODULE,
    recordType: 'prevention-case',
    action: 'prevention.enrolment-read',
    rows: all.filter((e) => ids.has(e.case_id)),
    markings: (e) => ({ ...caseMarkings(ctx.actor, { id: e.case_id, cellOrgId: e.cell_org_id, reviewDate: e.review_date, readerParticipates: true, readerCoordinates: coordinated.includes(e.cell_id) }) }),
    about: [id],
    details: { programmeId: id, count: all.length },
  });
  await p.orgs.fresh();
  const byDomain: Record<string, number> = { education: 0, work: 0, housing: 0, family: 0 };
  for (const m of milestones) byDomain[m.domain] = (byDomain[m.domain] ?? 0) + 1;
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as 'deradicalisation' | 'reintegration',
    description: r.description,
    nisCode: r.nis_code,
    municipality: r.municipality,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    orgId: r.org_id,
    orgName: p.orgs.name(r.org_id),
    partners: partners.map((x) => ({ id: x.id, name: x.name, kind: x.kind as ProgrammeWire['partners'][number]['kind'], contact: x.contact })),
    sessions: sessions.map((s) => ({ id: s.id, heldOn: s.held_on, topic: s.topic, partnerId: s.partner_id, present: attendance.filter((a) => a.session_id === s.id && a.present).length, absent: attendance.filter((a) => a.session_id === s.id && !a.present).length })),
    totals: { enrolled: all.length, active: all.filter((e) => e.status === 'active').length, completed: all.filter((e) => e.status === 'completed').length, left: all.filter((e) => e.status === 'left').length, milestones: byDomain },
    enrolments: full.map((e) => ({
      id: e.id,
      caseId: e.case_id,
      reference: e.reference,
      enrolledOn: e.enrolled_on,
      status: e.status,
      outcome: e.outcome as ProgrammeWire['enrolments'][number]['outcome'],
      outcomeNote: e.outcome_note,
      attended: attendance.filter((a) => a.enrolment_id === e.id && a.present).length,
      missed: attendance.filter((a) => a.enrolment_id === e.id && !a.present).length,
      milestones: milestones.filter((m) => m.enrolment_id === e.id).map((m) => ({ id: m.id, domain: m.domain as 'education', description: m.description, reachedOn: m.reached_on })),
    })),
    canWrite: ownsProgramme(ctx, r),
  };
}

/** A programme's fields as stored, checked: a known municipality, dates in order. */
export function programmeFields(body: z.infer<typeof programmeBody>): repo.ProgrammeFields {
  const municipality = municipalityName(body.nisCode);
  if (!municipality) throw invalid('No Belgian municipality has this NIS code.', 'nisCode');
  if (body.endsOn && !body.startsOn) throw invalid('Give the start date with the end date.', 'startsOn');
  if (body.endsOn && body.startsOn && body.endsOn < body.startsOn) throw invalid('The end comes after the start.', 'endsOn');
  return { name: body.name, kind: body.kind, description: body.description ?? '', nisCode: body.nisCode, municipality, startsOn: body.startsOn ?? null, endsOn: body.endsOn ?? null };
}

export async function createProgramme(p: Platform, ctx: Ctx, body: z.infer<typeof programmeBody>) {
  requireRight(ctx, 'write');
  const fields = programmeFields(body);
  const id = randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await repo.insertProgramme(tx, { id, orgId: ctx.actor.orgId, ...fields });
    await p.record(ctx, [{ action: 'prevention.programme-create', recordType: 'prevention-programme', recordId: id, details: { kind: body.kind, nisCode: body.nisCode } }], tx);
  });
  return getProgramme(p, ctx, id);
}

export async function ownedProgramme(p: Platform, ctx: Ctx, id: string) {
  requireRight(ctx, 'write');
  const r = await programmeOr404(p, id);
  if (!ownsProgramme(ctx, r)) throw forbidden('Only the organisation that runs the programme changes it.');
  return r;
}

export async function addPartner(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof partnerBody>) {
  await ownedProgramme(p, ctx, id);
  const partnerId = randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await repo.insertPartner(tx, { id: partnerId, programmeId: id, name: body.name, kind: body.kind, contact: body.contact ?? '' });
    await p.record(ctx, [{ action: 'prevention.partner-add', recordType: 'prevention-programme', recordId: id, recordIds: [id, partnerId], details: { programmeId: id, kind: body.kind } }], tx);
  });
  return getProgramme(p, ctx, id);
}

export async function addSession(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof sessionBody>) {
  await ownedProgramme(p, ctx, id);
  if (body.partnerId && !(await repo.partnersOf(p.db, id)).some((x) => x.id === body.partnerId)) throw invalid('Not a partner of this programme.', 'partnerId');
  const sessionId = randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await repo.insertSession(tx, { id: sessionId, programmeId: id, heldOn: body.heldOn, topic: body.topic, partnerId: body.partnerId ?? null });
    await p.record(ctx, [{ action: 'prevention.session-create', recordType: 'prevention-programme', recordId: id, recordIds: [id, sessionId], details: { programmeId: id, heldOn: body.heldOn } }], tx);
  });
  return getProgramme(p, ctx, id);
}

/** Enrols a case the caller reads and takes part in. */
export async function enrol(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof enrolBody>) {
  requireRight(ctx, 'write');
  await programmeOr404(p, id);
  const enrolmentId = randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await actOnCase(p, ctx, tx, body.caseId).catch((e) => {
      throw e instanceof AppError && e.code === 'NOT_FOUND' ? invalid('No such case.', 'caseId') : e;
    });
    if (await repo.enrolled(tx, id, body.caseId)) throw new AppError('CONFLICT', 'The case is enrolled in this programme already.', 'caseId');
    await repo.insertEnrolment(tx, { id: enrolmentId, programmeId: id, caseId: body.caseId, enrolledOn: body.enrolledOn, createdBy: ctx.actor.userId });
    await p.record(ctx, [{ action: 'prevention.enrolment-create', recordType: 'prevention-case', recordId: body.caseId, recordIds: [body.caseId, id, enrolmentId], details: { programmeId: id, caseId: body.caseId } }], tx);
  });
  return getProgramme(p, ctx, id);
}

/** An enrolment the caller changes: they read its case (else 404, as for a missing enrolment). */
async function enrolmentToChange(p: Platform, ctx: Ctx, tx: Parameters<typeof actOnCase>[2], enrolmentId: string) {
  requireRight(ctx, 'write');
  const e = await repo.findEnrolment(tx, enrolmentId);
  if (!e) throw notFound('enrolment');
  await actOnCase(p, ctx, tx, e.case_id).catch((err) => {
    throw err instanceof AppError && err.code === 'NOT_FOUND' ? notFound('enrolment') : err;
  });
  return e;
}

export async function recordAttendance(p: Platform, ctx: Ctx, sessionId: string, body: z.infer<typeof attendanceBody>) {
  requireRight(ctx, 'write');
  const s = await repo.findSession(p.db, sessionId);
  if (!s) throw notFound('session');
  await p.db.transaction().execute(async (tx) => {
    const e = await enrolmentToChange(p, ctx, tx, body.enrolmentId);
    if (e.programme_id !== s.programme_id) throw invalid('The enrolment is in another programme.', 'enrolmentId');
    await repo.setAttendance(tx, sessionId, e.id, body.present);
    await p.record(ctx, [{ action: 'prevention.attendance', recordType: 'prevention-case', recordId: e.case_id, details: { sessionId, enrolmentId: e.id, caseId: e.case_id, present: String(body.present) } }], tx);
  });
  return getProgramme(p, ctx, s.programme_id);
}

export async function addMilestone(p: Platform, ctx: Ctx, enrolmentId: string, body: z.infer<typeof milestoneBody>) {
  let programmeId = '';
  await p.db.transaction().execute(async (tx) => {
    const e = await enrolmentToChange(p, ctx, tx, enrolmentId);
    if (body.reachedOn > ctx.now.toISOString().slice(0, 10)) throw invalid('A milestone is recorded once reached (not in the future).', 'reachedOn');
    programmeId = e.programme_id;
    await repo.insertMilestone(tx, { id: randomUUID(), enrolmentId, domain: body.domain, description: body.description, reachedOn: body.reachedOn });
    await p.record(ctx, [{ action: 'prevention.milestone', recordType: 'prevention-case', recordId: e.case_id, details: { enrolmentId, caseId: e.case_id, domain: body.domain } }], tx);
  });
  return getProgramme(p, ctx, programmeId);
}

export async function recordOutcome(p: Platform, ctx: Ctx, enrolmentId: string, body: z.infer<typeof outcomeBody>) {
  let programmeId = '';
  await p.db.transaction().execute(async (tx) => {
    const e = await enrolmentToChange(p, ctx, tx, enrolmentId);
    programmeId = e.programme_id;
    const status = body.outcome === 'completed' || body.outcome === 'partly' ? 'completed' : 'left';
    await repo.setOutcome(tx, enrolmentId, { status, outcome: body.outcome, note: body.note ?? '' });
    await p.record(ctx, [{ action: 'prevention.outcome', recordType: 'prevention-case', recordId: e.case_id, details: { enrolmentId, caseId: e.case_id, outcome: body.outcome } }], tx);
  });
  return getProgramme(p, ctx, programmeId);
}
