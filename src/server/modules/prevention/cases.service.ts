/**
 * LIVC-R cases: opening a case with minimum data, extra fields with their reasons, inviting members,
 * stage transitions, the support plan, the person's consent, retention review and the review queue.
 * Every function starts with the access step; a case reaches a caller only through the read door.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { retentionCutoff, reviewState } from '../../../core/access/policy.ts';
import { caseMarkings } from '../../../core/access/prevention.ts';
import { birthYearProblem, extraFieldProblems, referenceProblem } from '../../../core/prevention/case-data.ts';
import { defaultReviewDate, queueState, reviewDateProblem } from '../../../core/prevention/retention.ts';
import { checkTransition, type CaseStage } from '../../../core/prevention/stages.ts';
import type { Ctx } from '../../platform/context.ts';
import { passDoor } from '../../platform/door.ts';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import * as repo from './cases.repository.ts';
import * as cells from './cells.repository.ts';
import { actOnCase, cellForMember, coordinates, doorCase, MODULE, mustBeMember, requireRight } from './prevention.access.ts';
import { presentSummary, type consentBody, type createCaseBody, type fieldBody, type legalBasisBody, type planBody, type stageBody } from './cases.presenter.ts';
import { basisFromRegistry } from './reference.service.ts';
import type { Database } from '../../platform/db.ts';
import { municipalityName } from '../../platform/geo.ts';
import { caseDetail } from './case-detail.ts';

export { caseDetail };

/** One case in full (what the caller may read of it). */
export async function getCase(p: Platform, ctx: Ctx, id: string) {
  requireRight(ctx, 'read');
  const c = await doorCase(p, ctx, id, 'prevention.case-read', { audit: false });
  return caseDetail(p, ctx, c, 'case');
}

/** The caller's cases (participating), in one cell or in all of theirs. */
export async function listCases(p: Platform, ctx: Ctx, cellId: string | null) {
  requireRight(ctx, 'read');
  if (cellId) await cellForMember(p, ctx, cellId);
  const mine = await cells.listCells(p.db, ctx.actor.userId);
  const coordinatorCellIds: string[] = [];
  for (const cell of mine) if (coordinates(await cells.memberOf(p.db, cell.id, ctx.actor.userId), cell.org_id)) coordinatorCellIds.push(cell.id);
  const rows = await repo.listCases(p.db, { cellId, userId: ctx.actor.userId, coordinatorCellIds, cutoff: retentionCutoff(ctx.now, p.config.retentionGraceDays) });
  const { full } = await passDoor(p, ctx, {
    module: MODULE,
    recordType: 'prevention-case',
    action: 'prevention.case-list',
    rows,
    // The SQL selected only participating cases (and overdue ones for their coordinator); the door checks the same rule.
    markings: (r) => caseMarkings(ctx.actor, { id: r.id, cellOrgId: r.cell_org_id, reviewDate: r.review_date, readerParticipates: true, readerCoordinates: coordinatorCellIds.includes(r.cell_id) }),
    details: { ...(cellId ? { cellId } : {}), count: rows.length },
  });
  return full.map(presentSummary);
}

/** Opens a case in a cell with minimum data; the member who brings it and the cell's core members take part. */
export async function createCase(p: Platform, ctx: Ctx, cellId: string, body: z.infer<typeof createCaseBody>) {
  requireRight(ctx, 'write');
  const { cell, member } = await cellForMember(p, ctx, cellId);
  const me = mustBeMember(member);
  const refProblem = referenceProblem(body.reference);
  if (refProblem) throw invalid(refProblem, 'reference');
  const byProblem = birthYearProblem(body.birthYear, ctx.now);
  if (byProblem) throw invalid(byProblem, 'birthYear');
  const municipality = municipalityName(body.nisCode);
  if (!municipality) throw invalid('No Belgian municipality has this NIS code.', 'nisCode');
  if (!cell.municipalities.some((m) => m.nisCode === body.nisCode)) throw invalid(`The cell covers ${cell.municipalities.map((m) => m.name).join(', ')}; this municipality is not one of them.`, 'nisCode');
  const fields = body.fields ?? [];
  const fp = extraFieldProblems(fields);
  if (fp.length) throw invalid(fp[0]!.message, fp[0]!.field);
  if (body.consent === 'not_applicable' && (body.consentNote ?? '').trim().length < 10) throw invalid('Say why consent does not apply (the legal ground for processing without it), at least 10 characters.', 'consentNote');
  const reviewDate = body.reviewDate ?? defaultReviewDate(ctx.now);
  const rdp = reviewDateProblem(reviewDate, ctx.now);
  if (rdp) throw invalid(rdp, 'reviewDate');
  const members = await cells.membersOf(p.db, cellId);
  (body.participantIds ?? []).forEach((id, i) => {
    if (!members.some((m) => m.id === id)) throw invalid('Not a member of this cell.', `participantIds.${i}`);
  });
  if (await repo.referenceTaken(p.db, cellId, body.reference)) throw invalid('This reference is already used in the cell.', 'reference');
  const basis = await caseBasis(p, ctx, body);
  const participants = [...new Set([me.id, ...members.filter((m) => m.core).map((m) => m.id), ...(body.participantIds ?? [])])];
  const id = randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await repo.insertCase(tx, { id, cellId, reference: body.reference, birthYear: body.birthYear, nisCode: body.nisCode, municipality, legalBasis: basis.text, legalBasisId: basis.id, consent: body.consent, consentNote: body.consentNote ?? '', broughtBy: me.id, reviewDate });
    for (const f of fields) await repo.insertField(tx, { id: randomUUID(), caseId: id, field: f.field, value: f.value, reason: f.reason, addedBy: me.id });
    for (const m of participants) await repo.addParticipant(tx, id, m, ctx.actor.userId);
    await repo.insertStage(tx, { id: randomUUID(), caseId: id, from: null, to: 'identification', reason: '', memberId: me.id });
    await p.record(ctx, [{ action: 'prevention.case-create', recordType: 'prevention-case', recordId: id, details: { cellId, broughtBy: me.id, consent: body.consent, fields: fields.map((f) => f.field), participants, ...(basis.id ? { legalBasisId: basis.id } : {}) } }], tx);
  });
  return getCase(p, ctx, id);
}

/** A case's legal basis: a basis of the legal registry in force (its text kept with the case), or the text given. */
async function caseBasis(p: Platform, ctx: Ctx, body: { legalBasisId?: string | null | undefined; legalBasis?: string | undefined }): Promise<{ id: string | null; text: string }> {
  if (body.legalBasisId) return basisFromRegistry(p, ctx, body.legalBasisId);
  if (!body.legalBasis) throw invalid('Name the legal basis: choose it from the legal registry or give it as text.', 'legalBasis');
  return { id: null, text: body.legalBasis };
}

/** Changes the legal basis a case is processed under (the coordinator), e.g. after the registry amended the basis. */
export async function setLegalBasis(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof legalBasisBody>) {
  requireRight(ctx, 'write');
  const seen = await doorCase(p, ctx, id, 'prevention.case-read', { audit: false });
  if (!seen.member) throw notFound('prevention-case');
  if (!seen.coordinator) throw forbidden("Only the cell's coordinator changes a case's legal basis.");
  // The registry is asked before the transaction (its read takes its own connection).
  const basis = await caseBasis(p, ctx, body);
  await p.db.transaction().execute(async (tx) => {
    const c = await actOnCase(p, ctx, tx, id);
    if (!c.coordinator) throw forbidden("Only the cell's coordinator changes a case's legal basis.");
    await repo.touchCase(tx, id, { legal_basis: basis.text, legal_basis_id: basis.id });
    await p.record(ctx, [{ action: 'prevention.case-basis', recordType: 'prevention-case', recordId: id, details: { ...(c.row.legal_basis_id ? { previous: c.row.legal_basis_id } : {}), ...(basis.id ? { legalBasisId: basis.id } : {}) } }], tx);
  });
  return getCase(p, ctx, id);
}

/**
 * The legal registry amended or repealed a basis (event `legal.basis-changed`): every case citing it is
 * brought up for review today, so its coordinator re-bases or closes it; the entry names the cases.
 */
export async function basisChanged(p: Platform, ctx: Ctx, tx: Database, basisId: string, successorId: string | null): Promise<void> {
  const citing = await repo.casesCitingBasis(tx, basisId);
  if (citing.length === 0) return;
  const today = ctx.now.toISOString().slice(0, 10);
  await repo.reviewBy(tx, citing.map((c) => c.id), today);
  await p.record(ctx, [{ action: 'prevention.basis-changed', recordType: 'prevention-case', recordIds: citing.map((c) => c.id), details: { basisId, ...(successorId ? { successorId } : {}), count: citing.length, reviewBy: today } }], tx);
}

/** Adds a field beyond the minimum data, with the reason it is needed. */
export async function addField(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof fieldBody>) {
  await p.db.transaction().execute(async (tx) => {
    const c = await actOnCase(p, ctx, tx, id);
    const fp = extraFieldProblems([body], 'field');
    if (fp.length) throw invalid(fp[0]!.message, fp[0]!.field.replace(/^field\.0\./, ''));
    if ((await repo.fieldsOf(tx, id)).some((f) => f.field === body.field)) throw invalid('This field is already on the case.', 'field');
    const fieldId = randomUUID();
    await repo.insertField(tx, { id: fieldId, caseId: id, field: body.field, value: body.value, reason: body.reason, addedBy: c.member.id });
    await repo.touchCase(tx, id, {});
    await p.record(ctx, [{ action: 'prevention.case-field', recordType: 'prevention-case', recordId: id, details: { field: body.field, fieldId } }], tx);
  });
  return getCase(p, ctx, id);
}

/** Invites a member of the cell to the case (the coordinator does; e.g. the social services for this case). */
export async function inviteParticipant(p: Platform, ctx: Ctx, id: string, memberId: string) {
  await p.db.transaction().execute(async (tx) => {
    const c = await actOnCase(p, ctx, tx, id);
    if (!c.coordinator) throw forbidden("Only the cell's coordinator invites members to a case.");
    const m = await cells.findMember(tx, memberId);
    if (!m || m.cell_id !== c.row.cell_id) throw invalid('Not a member of this cell.', 'memberId');
    await repo.addParticipant(tx, id, memberId, ctx.actor.userId);
    await p.record(ctx, [{ action: 'prevention.case-participant', recordType: 'prevention-case', recordId: id, details: { memberId, role: m.role } }], tx);
  });
  return getCase(p, ctx, id);
}

/** Moves the case to another stage (an explicit decision of a participating member). */
export async function moveStage(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof stageBody>) {
  await p.db.transaction().execute(async (tx) => {
    const c = await actOnCase(p, ctx, tx, id);
    const locked = (await repo.lockCase(tx, id))!;
    const plan = await repo.planOf(tx, id);
    const summary = { goals: plan.filter((i) => i.kind === 'goal' && i.status !== 'dropped').length, assignedActions: plan.filter((i) => i.kind === 'action' && i.status !== 'dropped' && i.responsible_org_id && i.review_date).length };
    const check = checkTransition(locked.stage as CaseStage, body.to, body.reason ?? '', summary);
    if (!check.ok) throw invalid(check.problem!, check.field);
    const stageId = randomUUID();
    await repo.insertStage(tx, { id: stageId, caseId: id, from: locked.stage, to: body.to, reason: body.reason ?? '', memberId: c.member.id });
    await repo.touchCase(tx, id, { stage: body.to });
    await p.record(ctx, [{ action: 'prevention.case-stage', recordType: 'prevention-case', recordId: id, details: { from: locked.stage, to: body.to, stageId } }], tx);
  });
  return getCase(p, ctx, id);
}

/** Adds a goal or an action to the support plan (an action names its responsible service and review date). */
export async function addPlanItem(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof planBody>) {
  await p.db.transaction().execute(async (tx) => {
    const c = await actOnCase(p, ctx, tx, id);
    if (c.row.stage === 'exit') throw new AppError('CONFLICT', 'The case has left the consultation; its plan is closed.', 'kind');
    if (body.kind === 'action' && !body.responsibleOrgId) throw invalid('Name the service responsible for the action.', 'responsibleOrgId');
    if (body.kind === 'action' && !body.reviewDate) throw invalid('Give the date the action is reviewed.', 'reviewDate');
    if (body.reviewDate && body.reviewDate <= ctx.now.toISOString().slice(0, 10)) throw invalid('Choose a review date in the future.', 'reviewDate');
    if (body.responsibleOrgId && !c.participants.some((m) => m.org_id === body.responsibleOrgId)) throw invalid('The responsible service must take part in the case.', 'responsibleOrgId');
    const itemId = randomUUID();
    await repo.insertPlanItem(tx, { id: itemId, caseId: id, kind: body.kind, text: body.text, responsibleOrgId: body.responsibleOrgId ?? null, reviewDate: body.reviewDate ?? null, createdBy: c.member.id });
    await repo.touchCase(tx, id, {});
    await p.record(ctx, [{ action: 'prevention.plan-add', recordType: 'prevention-case', recordId: id, details: { itemId, kind: body.kind, ...(body.responsibleOrgId ? { responsibleOrgId: body.responsibleOrgId } : {}) } }], tx);
  });
  return getCase(p, ctx, id);
}

/** Records the person's consent (given, refused, withdrawn, or why it does not apply). */
export async function setConsent(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof consentBody>) {
  await p.db.transaction().execute(async (tx) => {
    await actOnCase(p, ctx, tx, id);
    if (body.consent === 'not_applicable' && (body.note ?? '').trim().length < 10) throw invalid('Say why consent does not apply, at least 10 characters.', 'note');
    await repo.touchCase(tx, id, { consent: body.consent, consent_note: body.note ?? '' });
    await p.record(ctx, [{ action: 'prevention.case-consent', recordType: 'prevention-case', recordId: id, details: { consent: body.consent } }], tx);
  });
  return getCase(p, ctx, id);
}

/** The coordinator reviews a case: still needed for its purpose, next review date set (lifts a retention restriction). */
export async function reviewCase(p: Platform, ctx: Ctx, id: string, nextReviewDate: string) {
  await p.db.transaction().execute(async (tx) => {
    const c = await actOnCase(p, ctx, tx, id);
    if (!c.coordinator) throw forbidden("Only the cell's coordinator reviews cases.");
    const problem = reviewDateProblem(nextReviewDate, ctx.now);
    if (problem) throw invalid(problem, 'nextReviewDate');
    await repo.touchCase(tx, id, { review_date: nextReviewDate });
    await p.record(ctx, [{ action: 'prevention.case-review', recordType: 'prevention-case', recordId: id, details: { previous: c.row.review_date, next: nextReviewDate } }], tx);
  });
  return getCase(p, ctx, id);
}

/** The coordinator's review queue: cases of the cells they coordinate, due within 30 days, overdue or restricted. */
export async function reviewQueue(p: Platform, ctx: Ctx) {
  requireRight(ctx, 'read');
  const mine = await cells.listCells(p.db, ctx.actor.userId);
  const coordinated: string[] = [];
  for (const cell of mine) if (coordinates(await cells.memberOf(p.db, cell.id, ctx.actor.userId), cell.org_id)) coordinated.push(cell.id);
  const until = new Date(ctx.now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  const rows = await repo.dueCases(p.db, coordinated, until);
  const { full } = await passDoor(p, ctx, {
    module: MODULE,
    recordType: 'prevention-case',
    action: 'prevention.review-queue',
    rows,
    markings: (r) => caseMarkings(ctx.actor, { id: r.id, cellOrgId: r.cell_org_id, reviewDate: r.review_date, readerParticipates: true, readerCoordinates: true }),
    details: { count: rows.length },
  });
  const pctx = { now: ctx.now, graceDays: p.config.retentionGraceDays };
  return full.map((r) => ({ ...presentSummary(r), state: queueState(r.review_date, pctx) ?? 'soon' }));
}

/** The review state of a case's review date for the caller's instant. */
export function reviewOf(p: Platform, ctx: Ctx, reviewDate: string) {
  return reviewState({ reviewDate }, { now: ctx.now, graceDays: p.config.retentionGraceDays });
}
