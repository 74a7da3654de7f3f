/**
 * What members say on a case and what leaves the cell: contributions with their source and sharing
 * level (a member is never obliged to share: the level is theirs to choose), the feedback sheet to the
 * police (every participant's recorded consent; nothing secrecy-covered), and the one documented,
 * audited way a case is linked to an intelligence subject.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { contentProblems } from '../../../core/prevention/feedback.ts';
import type { SharingLevel } from '../../../core/access/prevention.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import * as repo from './cases.repository.ts';
import * as cells from './cells.repository.ts';
import { sheetsWithState } from './case-detail.ts';
import type { contributionBody, feedbackBody, intelLinkBody } from './cases.presenter.ts';
import { getCase } from './cases.service.ts';
import { actOnCase } from './prevention.access.ts';

/** Adds a contribution, tagged with the member and organisation it comes from and the level it is shared at. */
export async function addContribution(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof contributionBody>) {
  await p.db.transaction().execute(async (tx) => {
    const c = await actOnCase(p, ctx, tx, id);
    if (!c.participants.some((m) => m.id === c.member.id)) throw forbidden('Only members taking part in the case contribute to it.');
    if (body.kind === 'conclusion' && body.sharing === 'own_service') throw invalid("A conclusion is the cell's: share it with the cell, or write a note for your own service.", 'sharing');
    const contributionId = randomUUID();
    await repo.insertContribution(tx, { id: contributionId, caseId: id, memberId: c.member.id, orgId: c.member.org_id, sharing: body.sharing, kind: body.kind, text: body.text });
    await repo.touchCase(tx, id, {});
    await p.record(ctx, [{ action: 'prevention.contribution-add', recordType: 'prevention-case', recordId: id, recordIds: [id, contributionId], details: { contributionId, sharing: body.sharing, kind: body.kind, memberId: c.member.id, orgId: c.member.org_id } }], tx);
  });
  return getCase(p, ctx, id);
}

function sheetFields(body: z.infer<typeof feedbackBody>): Record<string, string> {
  return Object.fromEntries(Object.entries(body.texts).map(([k, v]) => [k, v.trim()]));
}

/** Drafts a feedback sheet; refused, naming the field, when it would carry secrecy-covered text or a service's own note. */
export async function draftFeedback(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof feedbackBody>) {
  await p.db.transaction().execute(async (tx) => {
    const c = await actOnCase(p, ctx, tx, id);
    if (!c.participants.some((m) => m.id === c.member.id)) throw forbidden('Only members taking part in the case draft its feedback sheet.');
    const texts = sheetFields(body);
    if (!texts.summary) throw invalid('Write the summary the police receive.', 'texts.summary');
    const contributions = await repo.contributionsOf(tx, id);
    const problems = contentProblems({ texts, contributionIds: body.contributionIds }, contributions.map((n) => ({ id: n.id, sharing: n.sharing as SharingLevel, text: n.text })));
    if (problems.length) throw invalid(problems[0]!.message, problems[0]!.field);
    const sheetId = randomUUID();
    await repo.insertSheet(tx, { id: sheetId, caseId: id, texts, contributionIds: body.contributionIds, draftedBy: c.member.id });
    await p.record(ctx, [{ action: 'prevention.feedback-draft', recordType: 'prevention-case', recordId: id, recordIds: [id, sheetId], details: { sheetId, contributionIds: body.contributionIds, fields: Object.keys(texts) } }], tx);
  });
  return getCase(p, ctx, id);
}

async function sheetCase(p: Platform, sheetId: string) {
  const s = await repo.findSheet(p.db, sheetId);
  if (!s) throw notFound('feedback sheet');
  return s;
}

/** The case of a sheet the caller acts on; a case they may not read answers as a missing sheet. */
async function actOnSheetCase(p: Platform, ctx: Ctx, tx: Parameters<typeof actOnCase>[2], caseId: string) {
  return actOnCase(p, ctx, tx, caseId).catch((e) => {
    throw e instanceof AppError && e.code === 'NOT_FOUND' ? notFound('feedback sheet') : e;
  });
}

/** A participating member records their own consent (or refusal) to the sheet as it stands. */
export async function decideFeedback(p: Platform, ctx: Ctx, sheetId: string, decision: 'consent' | 'refuse') {
  const s = await sheetCase(p, sheetId);
  await p.db.transaction().execute(async (tx) => {
    const c = await actOnSheetCase(p, ctx, tx, s.case_id);
    if (!c.participants.some((m) => m.id === c.member.id)) throw forbidden('Only members taking part in the case decide on its feedback sheet.');
    const locked = (await repo.lockSheet(tx, sheetId))!;
    if (locked.state === 'sent') throw new AppError('CONFLICT', 'The sheet was sent already.', 'decision');
    await repo.recordConsent(tx, { sheetId, memberId: c.member.id, version: locked.version, decision });
    await p.record(ctx, [{ action: 'prevention.feedback-consent', recordType: 'prevention-case', recordId: s.case_id, recordIds: [s.case_id, sheetId], details: { sheetId, memberId: c.member.id, version: locked.version, decision } }], tx);
  });
  return getCase(p, ctx, s.case_id);
}

/**
 * Sends the sheet to the police: only with every participant's recorded consent to this version and
 * clean content. A refusal names the members still missing (field consents) or the field at fault,
 * and is itself on the record.
 */
export async function sendFeedback(p: Platform, ctx: Ctx, sheetId: string) {
  const s = await sheetCase(p, sheetId);
  const refusal = await p.db.transaction().execute(async (tx) => {
    const c = await actOnSheetCase(p, ctx, tx, s.case_id);
    if (!c.coordinator) throw forbidden("Only the cell's coordinator sends the feedback sheet.");
    const locked = (await repo.lockSheet(tx, sheetId))!;
    if (locked.state === 'sent') throw new AppError('CONFLICT', 'The sheet was sent already.');
    const contributions = await repo.contributionsOf(tx, s.case_id);
    const [state] = (await sheetsWithState(tx, s.case_id, c.participants.map((m) => m.id), contributions)).filter((x) => x.row.id === sheetId);
    const v = state!.view;
    if (v.problems.length || v.missing.length || v.refused.length) {
      const name = (id: string) => c.participants.find((m) => m.id === id)?.display_name ?? id;
      return { v, name };
    }
    await repo.markSent(tx, sheetId, c.member.id, ctx.now);
    await p.record(ctx, [{ action: 'prevention.feedback-send', recordType: 'prevention-case', recordId: s.case_id, recordIds: [s.case_id, sheetId, ...v.contributionIds], details: { sheetId, version: v.version, consents: v.consents.length, contributionIds: v.contributionIds } }], tx);
    return null;
  });
  if (refusal) {
    const { v, name } = refusal;
    await p.record(ctx, [{ action: 'prevention.feedback-refused', recordType: 'prevention-case', recordId: s.case_id, details: { sheetId, missing: v.missing, refused: v.refused, fields: v.problems.map((x) => x.field) } }]);
    if (v.problems.length) throw invalid(v.problems[0]!.message, v.problems[0]!.field);
    if (v.refused.length) throw new AppError('CONFLICT', `Refused by ${v.refused.map(name).join(', ')}: the sheet cannot be sent.`, 'consents');
    throw new AppError('CONFLICT', `Every participating member must consent first; missing: ${v.missing.map(name).join(', ')}.`, 'consents');
  }
  return getCase(p, ctx, s.case_id);
}

/**
 * Links the case to an intelligence subject: only by the coordinator, with the approve right, naming
 * the documented decision, its reason and the member who decided (a core member of the cell).
 */
export async function linkIntel(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof intelLinkBody>) {
  await p.db.transaction().execute(async (tx) => {
    const c = await actOnCase(p, ctx, tx, id, 'approve');
    if (!c.coordinator) throw forbidden("Only the cell's coordinator records a decision to link a case to intelligence.");
    const decider = await cells.findMember(tx, body.decidedBy);
    if (!decider || decider.cell_id !== c.row.cell_id || !decider.core) throw invalid('The decision is taken by a core member of the cell (mayor, police chief or prevention official).', 'decidedBy');
    if ((await repo.intelLinksOf(tx, id)).some((l) => l.subject_id === body.subjectId)) throw invalid('This case is already linked to that subject.', 'subjectId');
    const linkId = randomUUID();
    await repo.insertIntelLink(tx, { id: linkId, caseId: id, subjectId: body.subjectId, reason: body.reason, decisionRef: body.decisionRef, decidedBy: body.decidedBy });
    await p.record(ctx, [{ action: 'prevention.intel-link', recordType: 'prevention-case', recordId: id, recordIds: [id, body.subjectId], details: { linkId, subjectId: body.subjectId, decidedBy: body.decidedBy, decisionRef: body.decisionRef } }], tx);
  });
  return getCase(p, ctx, id);
}
