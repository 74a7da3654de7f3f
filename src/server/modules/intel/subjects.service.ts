import { createHash } from 'node:crypto';
import { z } from 'zod';
import { hasPermission, readFilter, reviewState } from '../../../core/access/policy.ts';
import { isoDate, type SubjectInput } from '../../../core/contracts.ts';
import { latinKey } from '../../../core/names/latin.ts';
import { prepareSearchQuery } from '../../../core/screening/search-keys.ts';
import { SUBJECT_CATEGORIES } from '../../../core/vocab.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { passDoor, passDoorOne } from '../../platform/door.ts';
import { HeldEvents } from '../../platform/audit.ts';
import { visibleLevelSql } from '../threat/threat.service.ts';
import { checkMarkings, decide, MARKING_COLUMNS, policyCtx, readableOrHitSql, readableSql, type MarkingRow } from '../../platform/records.ts';
import * as store from './subjects.repository.ts';
import * as search from './subject-search.repository.ts';
import { sortParams } from '../../platform/table-query.ts';
import { detachSubject } from './reports.service.ts';
import { presentSubject } from './intel.presenter.ts';
import { offenceCodesSql, offencesOfReadSubject } from './subject-offences.service.ts';
import { rankNameMatches } from './subject-name-keys.service.ts';

const MODULE = 'intel' as const;
/** Hit-no-hit answers to a name search only for close matches, so the search is no oracle for loose guesses. */
const HIT_MIN_SCORE = 0.75;

export const SUBJECT_SORTS = ['updatedAt', 'name', 'category', 'reviewDate', 'createdAt'] as const;

export const searchQuery = z.object({
  q: z.string().max(200).optional(),
  category: z.enum(SUBJECT_CATEGORIES).optional(),
  threatLevel: z.coerce.number().int().min(1).max(4).optional(),
  owner: z.string().uuid().optional(),
  reviewDue: z.enum(['true', 'false']).optional(),
  /** Browsing (no `q`) sorts by a whitelisted field; a name search is always best match first. */
  ...sortParams(SUBJECT_SORTS),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

export const deleteInput = z.object({ reason: z.string().trim().min(5, 'give the reason for deletion').max(1000) });
export const reviewInput = z.object({
  nextReviewDate: isoDate,
  note: z.string().trim().max(2000).default(''),
});

function today(ctx: Ctx): string {
  return ctx.now.toISOString().slice(0, 10);
}

/** Whether the record's review date has come or passed the grace period (flags for the owner), as the policy decides. */
export function reviewFlags(reviewDate: string | null, ctx: Ctx, graceDays: number) {
  return reviewState({ reviewDate }, { now: ctx.now, graceDays });
}

/** The full view of a subject the caller may read (review flags for its owner only). */
function present(p: Platform, ctx: Ctx, r: store.SubjectRow) {
  const flags = r.owner_org_id === ctx.actor.orgId ? reviewFlags(r.review_date, ctx, p.config.retentionGraceDays) : { reviewDue: false, restricted: false };
  return presentSubject(r, p.orgs.name, flags);
}

/** Checks the caller may write subjects at all (create needs no existing record). */
function requireWrite(ctx: Ctx): void {
  if (!hasPermission(ctx.actor, MODULE, 'write')) throw forbidden('You need write permission on intelligence records.');
}

export async function createSubject(p: Platform, ctx: Ctx, input: SubjectInput) {
  requireWrite(ctx);
  await checkMarkings(p.db, ctx, input.markings);
  const id = crypto.randomUUID();
  // The subject, its names, the creator organisation's follow and the audit entry in one statement outside
  // a transaction (AuditLog.appendWith: one round trip, the chain's lock held for that statement only),
  // which answers the row as stored.
  const held = new HeldEvents();
  await p.record(ctx, [{ action: 'subject.create', recordType: 'subject', recordId: id }], held);
  const row = await p.audit.appendWith(held, (ex, append) => store.insertSubject(ex, id, input, ctx.actor.orgId, ctx.actor.userId, { followedBy: ctx.actor.orgId, append }));
  // The answer comes from what was just written, through the door as a read would (no audit: the
  // create names the id): followed by the creator's organisation, no assessment yet, no offences.
  return answerSubject(p, ctx, { ...row, following: true, visible_level: null, offence_codes: [] }, { audit: false });
}

/**
 * Reads a subject: the full record, a hit-no-hit answer, or 404 exactly as for a missing id.
 */
export async function getSubject(p: Platform, ctx: Ctx, id: string, opts: { audit?: boolean } = {}) {
  // One statement: the subject with the reader organisation's follow, the level from the latest
  // assessment the reader may read (the threat policy's SQL twin) and its offence codes. Nothing of it
  // leaves before the door has decided on the subject's own markings.
  const row = await store.getSubjectView(p.db, id, ctx.actor.orgId, { levelOf: (ref) => visibleLevelSql(p, ctx, ref), offenceCodesOf: offenceCodesSql });
  return answerSubject(p, ctx, row, opts);
}

/** A subject row with its page's extras through the read door: the full view, a hit-no-hit answer, or 404. */
async function answerSubject(p: Platform, ctx: Ctx, row: store.SubjectViewRow | undefined, opts: { audit?: boolean }) {
  const one = await passDoorOne(p, ctx, { module: MODULE, recordType: 'subject', action: 'subject.read', row, hits: true, ...(opts.audit === false ? { audit: false as const } : {}) });
  if (one.kind === 'hit') return one.hit;
  const { following, visible_level, offence_codes, ...subject } = one.row;
  await p.orgs.fresh();
  // Its offences (issue #16), described from the legal registry.
  const offences = await offencesOfReadSubject(p, ctx, offence_codes);
  return { ...present(p, ctx, { ...subject, threat_level: visible_level }), following, offences };
}

/** Loads a subject the caller may change (owner organisation, write permission, cleared) or 404. */
export async function requireWritable(p: Platform, ctx: Ctx, db: Database, id: string): Promise<store.SubjectRow> {
  const row = await store.getSubjectRow(db, id);
  if (!row) throw notFound('subject');
  if (decide(ctx, row, 'write', MODULE, p.config.retentionGraceDays) === 'full') return row;
  // Someone who may read it learns why they cannot change it; others see nothing.
  if (decide(ctx, row, 'read', MODULE, p.config.retentionGraceDays) === 'full') throw forbidden('Only the owner organisation can change this record.');
  throw notFound('subject');
}

export async function updateSubject(p: Platform, ctx: Ctx, id: string, version: number, input: SubjectInput) {
  requireWrite(ctx);
  await checkMarkings(p.db, ctx, input.markings);
  await p.db.transaction().execute(async (tx) => {
    await requireWritable(p, ctx, tx, id);
    if (!(await store.updateSubject(tx, id, version, input, ctx.actor.userId))) {
      throw new AppError('CONFLICT', 'Someone changed this record since you opened it; reload and apply your change again.', 'version');
    }
    await p.record(ctx, [{ action: 'subject.update', recordType: 'subject', recordId: id, details: { version: version + 1 } }], tx);
  });
  return getSubject(p, ctx, id, { audit: false });
}

/** Deletes a subject, keeping a tombstone: the fact stays on the record, the content goes. */
/** Other modules drop what hangs on the subject through the 'intel.subject-deleting' event, in the same transaction. */
export async function deleteSubject(p: Platform, ctx: Ctx, id: string, reason: string): Promise<{ ok: true }> {
  requireWrite(ctx);
  await p.db.transaction().execute(async (tx) => {
    const row = await requireWritable(p, ctx, tx, id);
    await detachSubject(tx, id);
    await p.events.emit(tx, ctx, 'intel.subject-deleting', { subjectId: id });
    await store.deleteSubjectRow(tx, id);
    await store.insertTombstone(tx, { recordId: id, recordType: 'subject', ownerOrgId: row.owner_org_id, deletedBy: ctx.actor.userId, reason });
    await p.record(ctx, [{ action: 'subject.delete', recordType: 'subject', recordId: id }], tx);
  });
  return { ok: true as const };
}

/** A next review date must lie in the future and at most three years ahead. */
export function checkNextReviewDate(ctx: Ctx, date: string): void {
  if (date <= today(ctx)) throw new AppError('INVALID_INPUT', 'The next review date must be in the future.', 'nextReviewDate');
  const max = new Date(ctx.now.getTime() + 3 * 366 * 86_400_000).toISOString().slice(0, 10);
  if (date > max) throw new AppError('INVALID_INPUT', 'Review a record at least every three years.', 'nextReviewDate');
}

/** The owner reviews a record: sets the next review date, which lifts a retention restriction. */
export async function reviewSubject(p: Platform, ctx: Ctx, id: string, input: z.infer<typeof reviewInput>) {
  requireWrite(ctx);
  checkNextReviewDate(ctx, input.nextReviewDate);
  await p.db.transaction().execute(async (tx) => {
    await requireWritable(p, ctx, tx, id);
    await store.setReviewDate(tx, 'subjects', id, input.nextReviewDate, ctx.actor.userId);
    await p.record(ctx, [{ action: 'subject.review', recordType: 'subject', recordId: id, details: { nextReviewDate: input.nextReviewDate } }], tx);
  });
  return getSubject(p, ctx, id, { audit: false });
}

/** The caller's organisation follows (or stops following) a subject it can read. */
export async function setFollow(p: Platform, ctx: Ctx, id: string, follow: boolean) {
  const row = await store.getSubjectRow(p.db, id);
  if (!row || decide(ctx, row, 'read', MODULE, p.config.retentionGraceDays) !== 'full') throw notFound('subject');
  if (follow) {
    await store.follow(p.db, id, ctx.actor.orgId);
  } else {
    await store.unfollow(p.db, id, ctx.actor.orgId);
  }
  await p.record(ctx, [{ action: follow ? 'subject.follow' : 'subject.unfollow', recordType: 'subject', recordId: id }]);
  return { following: follow };
}

/**
 * Fuzzy name and filter search through the read door: results obey the policy inside every tier of the
 * name search; close matches the caller may not read come back as hit/no-hit answers ("exists, contact
 * X") only for a name query without attribute filters, with no score and no name, so neither a filter
 * nor a score can be used to learn about a record the caller may not read.
 */
export async function searchSubjects(p: Platform, ctx: Ctx, q: z.infer<typeof searchQuery>) {
  const f = readFilter(ctx.actor, policyCtx(ctx, MODULE, p.config.retentionGraceDays));
  if (f.mode === 'none') return { results: [], hits: [], total: 0 };
  const filtered = q.category !== undefined || q.threatLevel !== undefined || q.owner !== undefined || q.reviewDue !== undefined;
  const hitsAllowed = f.mode === 'normal' && !!q.q && !filtered;
  const visible = hitsAllowed ? readableOrHitSql(ctx, MODULE, p.config.retentionGraceDays, 's') : readableSql(ctx, MODULE, p.config.retentionGraceDays, 's');
  // The query's names are prepared once: for the key tier and for the ranking.
  const query = q.q ? prepareSearchQuery(q.q) : undefined;
  const filters = {
    q: q.q, keyGroups: query?.keyGroups, category: q.category, threatLevel: q.threatLevel, ownerOrgId: q.owner, reviewDue: q.reviewDue === 'true', limit: q.limit, offset: q.offset, sort: q.sort, dir: q.dir,
    // The level filter works on the level the caller may know, from assessments it may read.
    levelSql: q.threatLevel ? visibleLevelSql(p, ctx, 's.id') : undefined,
    levelSelect: visibleLevelSql(p, ctx, 's.id'),
  };
  const browsing = !(q.q && latinKey(q.q));
  // The total of a browse counts only what the caller may read in full (never a hit-no-hit record);
  // a name search has no exact total (its tiers stop early), so it answers null.
  const [found, total] = await Promise.all([
    search.searchSubjects(p.search, filters, visible, today(ctx)),
    browsing ? search.countSubjects(p.search, filters, readableSql(ctx, MODULE, p.config.retentionGraceDays, 's'), today(ctx)) : Promise.resolve(null),
  ]);
  // a name search answers candidates: ranked by the screening name score too (across scripts), then paged
  const rows = browsing || !query ? found : rankNameMatches(found, query.score, q.limit, q.offset);
  await p.orgs.fresh();
  const key = q.q ? latinKey(q.q) : '';
  // Hit/no-hit only for close matches, so the search is no oracle for loose guesses.
  const candidates = rows.filter((r) => r.score === null || r.score >= HIT_MIN_SCORE || decide(ctx, r, 'read', MODULE, p.config.retentionGraceDays) === 'full');
  const out = await passDoor(p, ctx, {
    module: MODULE,
    recordType: 'subject',
    action: 'subject.search',
    rows: candidates,
    hits: hitsAllowed,
    details: {
      // The query itself may be a name: only its hash is kept, so oversight can check a given name.
      ...(key ? { queryHash: createHash('sha256').update(key).digest('hex') } : {}),
      filters: Object.keys(q).filter((k) => k !== 'q' && k !== 'limit' && k !== 'offset'),
    },
  });
  const results = out.full.map((r) => ({ ...present(p, ctx, { ...r, threat_level: r.visible_level === null ? null : Number(r.visible_level) }), score: r.score, matchedName: r.matched_name }));
  // A hit answer tells that a record exists and whom to ask: no id, no score, no name.
  const hits = out.hits.map((h) => ({ hit: true as const, contact: h.contact }));
  return { results, hits, total };
}

/** For other modules: the subject row if the caller may read it in full, else undefined. */
export async function readableSubject(p: Platform, ctx: Ctx, id: string): Promise<store.SubjectRow | undefined> {
  const row = await store.getSubjectRow(p.db, id);
  return row && decide(ctx, row, 'read', MODULE, p.config.retentionGraceDays) === 'full' ? row : undefined;
}

// What other modules read of intelligence records (typed, never the tables): intel-feeds.service.ts.
export {
  intelChangesAfter,
  intelKindsChangedAfter,
  intelRecordIdsHeld,
  intelRecordMarkings,
  intelRecordNames,
  setSubjectThreatLevel,
  subjectFollowers,
  watchlistSubjects,
  watchlistSubjectsStamp,
  type IntelChangePage,
  type WatchlistSubject,
} from './intel-feeds.service.ts';
