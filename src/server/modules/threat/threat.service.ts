import type { RawBuilder } from 'kysely';
import { z } from 'zod';
import { canAccess, hasPermission } from '../../../core/access/policy.ts';
import { THREAT_TARGET_KINDS, MAX_REEVALUATION_MONTHS } from '../../../core/vocab.ts';
import type { MarkingsInput, ThreatInput } from '../../../core/contracts.ts';
import { actorsOfOrganisations } from '../../platform/auth.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
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
      legalBasis: 'Act of 10 July 2006 on threat analysis', purpose: 'threat assessment', reviewDate: null,
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

/** Records a threat level with its justification; a subject's level change notifies the organisations that follow it. */
export async function assess(p: Platform, ctx: Ctx, input: ThreatInput) {
  if (!hasPermission(ctx.actor, MODULE, 'write')) throw forbidden('You need write permission on threat assessment.');
  const subject = input.targetKind === 'subject' ? await readableSubject(p, ctx, input.targetKey) : undefined;
  if (input.targetKind === 'subject' && !subject) throw new AppError('INVALID_INPUT', 'No such subject.', 'targetKey');
  const maxDue = latestReviewDue(ctx.now);
  const due = input.nextReviewDue ?? maxDue;
  if (due > maxDue) throw new AppError('INVALID_INPUT', `Re-evaluate within six months (by ${maxDue} at the latest).`, 'nextReviewDue');
  if (due <= ctx.now.toISOString().slice(0, 10)) throw new AppError('INVALID_INPUT', 'The next re-evaluation must be in the future.', 'nextReviewDue');
  const markings = input.markings ?? defaultMarkings(ctx, subject);
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
    });
    if (subject && reachesAsWidely(markings, subject)) await setSubjectThreatLevel(tx, subject.id, input.level);
    await p.record(ctx, [{ action: 'threat.assess', recordType: 'threat_assessment', recordId: id, details: { targetKind: input.targetKind, subjectId: subject?.id, level: input.level, previous } }], tx);
    if (subject) {
      const assessment = { ...markingColumns(markings, ctx.actor.orgId), id } as MarkingRow;
      await notifyFollowers(p, ctx, tx, subject, assessment, earlier, input.level);
    }
  });
  return { id, previousLevel: previous, ...input, targetLabel: label, nextReviewDue: due };
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

/** For the intel module: a deleted subject's assessments go with it. */
export async function deleteForSubject(tx: Database, subjectId: string): Promise<void> {
  await repo.deleteOfSubject(tx, subjectId);
}
