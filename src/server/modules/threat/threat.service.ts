import type { RawBuilder } from 'kysely';
import { z } from 'zod';
import { canAccess, hasPermission } from '../../../core/access/policy.ts';
import { THREAT_TARGET_KINDS, MAX_REEVALUATION_MONTHS } from '../../../core/vocab.ts';
import type { MarkingsInput, ThreatInput } from '../../../core/contracts.ts';
import { actorsOfOrganisations } from '../../platform/auth.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { citationKey } from '../../../core/legal/citation.ts';
import { basesForMarkings } from '../legal/registry.service.ts';
import type { Platform } from '../../platform/platform.ts';
import { checkMarkings, decide, markingColumns, policyCtx, policyMarkings, presentMarkings, readableSql, type MarkingRow } from '../../platform/records.ts';
import { passDoor } from '../../platform/door.ts';
import { notify } from '../notifications/notifications.service.ts';
import { readableSubject, setSubjectThreatLevel, subjectFollowers } from '../intel/subjects.service.ts';
import { userDisplayNames } from '../admin/directory.service.ts';
import * as repo from './threat.repository.ts';
import { presentAssessment } from './threat.presenter.ts';

const MODULE = 'threat' as const;

export const historyQuery = z
  .object({ targetKind: z.enum(THREAT_TARGET_KINDS), targetKey: z.string().trim().min(1).max(200) })
  .refine((q) => q.targetKind !== 'subject' || z.string().uuid().safeParse(q.targetKey).success, { path: ['targetKey'], message: 'a subject is named by its id (a UUID)' });

type AssessmentRow = repo.AssessmentRow;

/** The latest date a re-evaluation may be set: six months after the assessment (OCAM). */
export function latestReviewDue(from: Date): string {
  const d = new Date(from);
  d.setUTCMonth(d.getUTCMonth() + MAX_REEVALUATION_MONTHS);
  return d.toISOString().slice(0, 10);
}

function present(p: Platform, r: AssessmentRow, assessors: Map<string, string>) {
  return presentAssessment(r, assessors, p.orgs.name);
}

/**
 * The level of the latest assessment of the subject `subjectId` (SQL reference) that the caller may read,
 * or null: a subject's current level as that reader may know it. Derived values come only from
 * assessments the reader may see (the policy's SQL twin on the assessments).
 */
export function visibleLevelSql(p: Platform, ctx: Ctx, subjectId: string): RawBuilder<number | null> {
  return repo.latestLevelSql(subjectId, readableSql(ctx, MODULE, p.config.retentionGraceDays, 't'));
}

/** The current level of each subject as the caller may know it (subjects without a readable assessment are absent). */
export async function visibleSubjectLevels(p: Platform, ctx: Ctx, subjectIds: readonly string[]): Promise<Map<string, number>> {
  if (subjectIds.length === 0) return new Map();
  const rows = await repo.levelsOfSubjects(p.db, subjectIds, (ref) => visibleLevelSql(p, ctx, ref));
  return new Map(rows.filter((r) => r.level !== null).map((r) => [r.id, Number(r.level)]));
}

/**
 * Whether an assessment reaches everyone its subject reaches (same or wider distribution, no higher
 * classification): only such an assessment sets the level kept on the subject, which travels with the
 * subject to partners.
 */
function reachesAsWidely(a: MarkingsInput, subject: MarkingRow): boolean {
  const rank = (c: string) => ['unclassified', 'restricted', 'confidential', 'secret', 'top_secret'].indexOf(c);
  if (rank(a.classification) > rank(subject.classification)) return false;
  if (a.distribution === 'all') return true;
  if (a.distribution !== subject.distribution) return false;
  if (a.distribution === 'organisations') return subject.shared_org_ids.every((o) => a.sharedWith.includes(o));
  if (a.distribution === 'group') return subject.group_ids.every((g) => a.groupIds.includes(g));
  return true;
}

function assessorNames(p: Platform, rows: AssessmentRow[]): Promise<Map<string, string>> {
  return userDisplayNames(p.db, rows.map((r) => r.assessor_id));
}

/** Default markings: a subject's level follows the subject's markings and reaches its owner; others are shared with all. */
function defaultMarkings(ctx: Ctx, subject: MarkingRow | undefined): MarkingsInput {
  if (!subject) {
    return {
      classification: 'restricted', tlp: 'amber', distribution: 'all', sharedWith: [], groupIds: [], handlingCode: 'H0', hitNoHit: false,
      legalBasis: '', purpose: 'threat assessment', reviewDate: null, // the basis: chooseBasis
    };
  }
  const m = policyMarkings(subject);
  let distribution = m.distribution;
  let sharedWith = [...m.sharedOrgIds];
  if (subject.owner_org_id !== ctx.actor.orgId && (distribution === 'organisation' || distribution === 'organisations')) {
    distribution = 'organisations';
    sharedWith = [...new Set([...sharedWith, subject.owner_org_id])];
  }
  return {
    classification: m.classification, tlp: subject.tlp as MarkingsInput['tlp'], distribution, sharedWith, groupIds: [...m.groupIds],
    handlingCode: subject.handling_code as MarkingsInput['handlingCode'], hitNoHit: false,
    legalBasis: subject.legal_basis, purpose: 'threat assessment', reviewDate: null,
  };
}

/** The registry's basis for processing that an assessment cites when none is named (the law on threat analysis). */
export const DEFAULT_BASIS_CODE = 'ocam-2006';

/**
 * The legal basis an assessment cites, always an entry of the legal registry in force today (read
 * through the legal module's exported service, open to every signed-in user): `legalBasisId`; else
 * the markings' text when it is a registry citation (compared as citationKey); else the subject's basis
 * when it is one; else the threat-analysis basis. A text outside the registry is refused.
 */
async function chooseBasis(p: Platform, ctx: Ctx, input: ThreatInput, subject: MarkingRow | undefined): Promise<{ id: string; citation: string }> {
  const bases = await basesForMarkings(p, ctx);
  const inForce = bases.filter((b) => b.inForce);
  if (input.legalBasisId) {
    const e = bases.find((b) => b.id === input.legalBasisId);
    if (!e) throw invalid('No such legal basis for processing in the legal registry.', 'legalBasisId');
    if (!e.inForce) throw invalid(e.successorId ? 'This version of the basis is no longer in force; choose its current version.' : 'This legal basis is not in force today.', 'legalBasisId');
    return e;
  }
  const byText = (text: string) => inForce.find((b) => citationKey(b.citation) === citationKey(text));
  if (input.markings) {
    const e = byText(input.markings.legalBasis);
    if (!e) throw invalid('Choose the legal basis from the legal registry.', 'markings.legalBasis');
    return e;
  }
  const own = subject ? byText(subject.legal_basis) : undefined;
  const e = own ?? inForce.find((b) => b.code === DEFAULT_BASIS_CODE);
  if (!e) throw invalid('Choose the legal basis from the legal registry.', 'legalBasisId');
  return e;
}

/** Records a threat level with its justification; a subject's level change notifies the organisations that follow it. */
export async function assess(p: Platform, ctx: Ctx, input: ThreatInput) {
  if (!hasPermission(ctx.actor, MODULE, 'write')) throw forbidden('You need write permission on threat assessment.');
  const subject = input.targetKind === 'subject' ? await readableSubject(p, ctx, input.targetKey) : undefined;
  if (input.targetKind === 'subject' && !subject) throw new AppError('INVALID_INPUT', 'No such subject.', 'targetKey');
  const maxDue = latestReviewDue(ctx.now);
  const due = input.nextReviewDue ?? maxDue;
  if (due > maxDue) throw new AppError('INVALID_INPUT', `Re-evaluate within six months (by ${maxDue} at the latest).`, 'nextReviewDue');
  if (due <= ctx.now.toISOString().slice(0, 10)) throw new AppError('INVALID_INPUT', 'The next re-evaluation must be in the future.', 'nextReviewDue');
  const basis = await chooseBasis(p, ctx, input, subject);
  const markings = { ...(input.markings ?? defaultMarkings(ctx, subject)), legalBasis: basis.citation };
  await checkMarkings(p.db, ctx, markings);
  const id = crypto.randomUUID();
  const label = input.targetLabel || subject?.names[0] || input.targetKey;
  let previous: number | null = null;
  await p.db.transaction().execute(async (tx) => {
    const earlier = await repo.recentOfTarget(tx, input.targetKind, input.targetKey, 200);
    // "Previous level" only from assessments the assessor may read.
    previous = earlier.find((r) => decide(ctx, r, 'read', MODULE, p.config.retentionGraceDays) === 'full')?.level ?? null;
    await repo.insertAssessment(tx, {
      id,
      target_kind: input.targetKind,
      target_key: input.targetKey,
      target_label: label,
      level: input.level,
      justification: input.justification,
      assessor_id: ctx.actor.userId,
      next_review_due: due,
      ...markingColumns(markings, ctx.actor.orgId),
      legal_basis_id: basis.id,
    });
    if (subject && reachesAsWidely(markings, subject)) await setSubjectThreatLevel(tx, subject.id, input.level);
    await p.record(ctx, [{ action: 'threat.assess', recordType: 'threat_assessment', recordId: id, details: { targetKind: input.targetKind, subjectId: subject?.id, level: input.level, previous, legalBasisId: basis.id } }], tx);
    if (subject) {
      const assessment = { ...markingColumns(markings, ctx.actor.orgId), id } as MarkingRow;
      await notifyFollowers(p, ctx, tx, subject, assessment, earlier, input.level);
    }
  });
  return { id, previousLevel: previous, ...input, ...(input.markings ? { markings } : {}), targetLabel: label, nextReviewDue: due, legalBasisId: basis.id };
}

/**
 * Tells the users of following organisations that a subject's level changed — only those who may read
 * both the subject and the new assessment, and with the previous level they could know (the latest
 * earlier assessment each may read); nobody learns of a level from an assessment they may not read.
 */
async function notifyFollowers(p: Platform, ctx: Ctx, tx: Database, subject: MarkingRow & { names: string[] }, assessment: MarkingRow, earlier: AssessmentRow[], to: number) {
  const orgIds = [...new Set([...(await subjectFollowers(tx, subject.id)), subject.owner_org_id])];
  const intelCtx = policyCtx(ctx, 'intel', p.config.retentionGraceDays);
  const threatCtx = policyCtx(ctx, MODULE, p.config.retentionGraceDays);
  const byPrevious = new Map<number | null, string[]>();
  for (const a of await actorsOfOrganisations(tx, orgIds)) {
    if (a.userId === ctx.actor.userId) continue;
    if (canAccess(a, policyMarkings(subject), 'read', intelCtx) !== 'full') continue;
    if (canAccess(a, policyMarkings(assessment), 'read', threatCtx) !== 'full') continue;
    const from = earlier.find((r) => canAccess(a, policyMarkings(r), 'read', threatCtx) === 'full')?.level ?? null;
    if (from === to) continue;
    byPrevious.set(from, [...(byPrevious.get(from) ?? []), a.userId]);
  }
  for (const [from, recipients] of byPrevious) {
    await notify(tx, recipients, { kind: 'threat.level_changed', recordType: 'subject', recordId: subject.id, payload: { from, to } });
  }
}

/** The history of one target's levels, oldest first (for the chart), within what the caller may read. */
export async function history(p: Platform, ctx: Ctx, q: z.infer<typeof historyQuery>) {
  if (q.targetKind === 'subject' && !(await readableSubject(p, ctx, q.targetKey))) throw notFound('subject');
  const rows = await repo.historyOfTarget(p.db, q.targetKind, q.targetKey, readableSql(ctx, MODULE, p.config.retentionGraceDays, 't'));
  // Through the door: one event naming the assessments released.
  const { full: visible } = await passDoor(p, ctx, { module: MODULE, recordType: 'threat_assessment', action: 'threat.read', rows, ...(q.targetKind === 'subject' ? { about: [q.targetKey] } : {}) });
  await p.orgs.fresh();
  const names = await assessorNames(p, visible);
  return { items: visible.map((r) => present(p, r, names)) };
}

/** The latest assessment per target the caller may read; `dueBefore` keeps only those due by then. */
async function latestPerTarget(p: Platform, ctx: Ctx, opts: { kinds?: string[]; dueBefore?: string }) {
  const rows = await repo.latestPerTarget(p.db, (alias) => readableSql(ctx, MODULE, p.config.retentionGraceDays, alias), opts);
  return rows.filter((r) => decide(ctx, r, 'read', MODULE, p.config.retentionGraceDays) === 'full');
}

/** Current levels of the country, sectors, events and places. */
export async function currentLevels(p: Platform, ctx: Ctx) {
  if (!hasPermission(ctx.actor, MODULE, 'read')) return { items: [] };
  const rows = await latestPerTarget(p, ctx, { kinds: ['country', 'sector', 'event', 'place'] });
  await p.orgs.fresh();
  const names = await assessorNames(p, rows);
  return { items: rows.map((r) => present(p, r, names)) };
}

/** Targets whose re-evaluation is overdue or due within 14 days, most urgent first. */
export async function reevaluationQueue(p: Platform, ctx: Ctx) {
  if (!hasPermission(ctx.actor, MODULE, 'read')) return { items: [] };
  const horizon = new Date(ctx.now.getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
  const today = ctx.now.toISOString().slice(0, 10);
  const { full: rows } = await passDoor(p, ctx, { module: MODULE, recordType: 'threat_assessment', action: 'threat.queue', rows: await latestPerTarget(p, ctx, { dueBefore: horizon }) });
  await p.orgs.fresh();
  const names = await assessorNames(p, rows);
  return { items: rows.map((r) => ({ ...present(p, r, names), overdue: r.next_review_due < today })) };
}

/**
 * For other modules (crisis links): the assessments of `ids` the caller may read in full, without an
 * audit event — the caller releases them through the door (module threat) with its own action.
 */
export async function readableAssessments(p: Platform, ctx: Ctx, ids: readonly string[]): Promise<AssessmentRow[]> {
  if (!ids.length || !hasPermission(ctx.actor, MODULE, 'read')) return [];
  const rows = await repo.assessmentsByIds(p.db, ids, readableSql(ctx, MODULE, p.config.retentionGraceDays, 't'));
  return rows.filter((r) => decide(ctx, r, 'read', MODULE, p.config.retentionGraceDays) === 'full');
}

/** An assessment as the legal registry's review lists it. */
export interface CitingAssessment { id: string; label: string; level: number; nextReviewDue: string }

/**
 * For the legal module: the assessments citing a registry basis when it expires or is amended — by the
 * version's id, or (an older assessment without one) by its basis text being one of `citations` as
 * citationKey compares. Only assessments the caller may read in full: the policy narrows the SQL before
 * the limit, so the count holds no others, and the door checks each row again and puts the ids
 * released on the record (`threat.read`). Only the target's label, the level and the re-evaluation date leave.
 */
export async function assessmentsCitingBasis(p: Platform, ctx: Ctx, basisId: string, citations: readonly string[]): Promise<{ assessments: CitingAssessment[]; truncated: boolean }> {
  if (!hasPermission(ctx.actor, MODULE, 'read')) return { assessments: [], truncated: false };
  const keys = [...new Set(citations.map(citationKey))].filter((k) => k.length > 0);
  const rows = await repo.citingBasis(p.db, basisId, keys, readableSql(ctx, MODULE, p.config.retentionGraceDays, 't'));
  const { full } = await passDoor(p, ctx, { module: MODULE, recordType: 'threat_assessment', action: 'threat.read', rows, details: { assessments: rows.length } });
  return {
    assessments: full.map((r) => ({ id: r.id, label: r.target_label, level: r.level, nextReviewDue: r.next_review_due })),
    truncated: rows.length >= repo.CITING_LIMIT,
  };
}

/** For the intel module: a deleted subject's assessments go with it. */
export async function deleteForSubject(tx: Database, subjectId: string): Promise<void> {
  await repo.deleteOfSubject(tx, subjectId);
}
