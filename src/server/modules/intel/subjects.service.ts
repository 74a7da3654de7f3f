import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import { hasPermission, readFilter, reviewState } from '../../../core/access/policy.ts';
import { isoDate, type SubjectInput } from '../../../core/contracts.ts';
import { latinKey } from '../../../core/names/latin.ts';
import { SUBJECT_CATEGORIES } from '../../../core/vocab.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { passDoor, passDoorOne } from '../../platform/door.ts';
import { visibleLevelSql, visibleSubjectLevels } from '../threat/threat.service.ts';
import { checkMarkings, decide, MARKING_COLUMNS, policyCtx, presentMarkings, readableOrHitSql, readableSql, type MarkingRow } from '../../platform/records.ts';
import * as store from './subjects.store.ts';
import { detachSubject } from './reports.service.ts';

const MODULE = 'intel' as const;
/** Hit-no-hit answers to a name search only for close matches, so the search is no oracle for loose guesses. */
const HIT_MIN_SCORE = 0.75;

export const searchQuery = z.object({
  q: z.string().max(200).optional(),
  category: z.enum(SUBJECT_CATEGORIES).optional(),
  threatLevel: z.coerce.number().int().min(1).max(4).optional(),
  owner: z.string().uuid().optional(),
  reviewDue: z.enum(['true', 'false']).optional(),
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

/** The full view of a subject the caller may read. */
export function presentSubject(p: Platform, ctx: Ctx, r: store.SubjectRow) {
  return {
    id: r.id,
    kind: r.kind,
    names: r.names,
    birthDate: r.birth_date,
    nationalities: r.nationalities,
    gender: r.gender,
    category: r.category,
    followUp: r.follow_up,
    documents: r.documents,
    notes: r.notes,
    threatLevel: r.threat_level,
    markings: presentMarkings(r, p.orgs.name),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    flags: r.owner_org_id === ctx.actor.orgId ? reviewFlags(r.review_date, ctx, p.config.retentionGraceDays) : { reviewDue: false, restricted: false },
  };
}

/** What a hit-no-hit answer tells: the record exists, and whom to ask. Nothing else. */
export function presentHit(p: Platform, ownerOrgId: string) {
  return { hit: true as const, contact: { organisationId: ownerOrgId, organisation: p.orgs.name(ownerOrgId) } };
}

/** Checks the caller may write subjects at all (create needs no existing record). */
function requireWrite(ctx: Ctx): void {
  if (!hasPermission(ctx.actor, MODULE, 'write')) throw forbidden('You need write permission on intelligence records.');
}

export async function createSubject(p: Platform, ctx: Ctx, input: SubjectInput) {
  requireWrite(ctx);
  await checkMarkings(p.db, ctx, input.markings);
  const id = crypto.randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await store.insertSubject(tx, id, input, ctx.actor.orgId, ctx.actor.userId);
    await tx.insertInto('subject_follows').values({ subject_id: id, org_id: ctx.actor.orgId }).execute();
    await p.record(ctx, [{ action: 'subject.create', recordType: 'subject', recordId: id }], tx);
  });
  return getSubject(p, ctx, id, { audit: false });
}

/**
 * Reads a subject: the full record, a hit-no-hit answer, or 404 exactly as for a missing id.
 */
export async function getSubject(p: Platform, ctx: Ctx, id: string, opts: { audit?: boolean } = {}) {
  const one = await passDoorOne(p, ctx, { module: MODULE, recordType: 'subject', action: 'subject.read', row: await store.getSubjectRow(p.db, id), hits: true, ...(opts.audit === false ? { audit: false as const } : {}) });
  if (one.kind === 'hit') return one.hit;
  const row = one.row;
  await p.orgs.fresh();
  const follow = await p.db.selectFrom('subject_follows').select('org_id').where('subject_id', '=', id).where('org_id', '=', ctx.actor.orgId).executeTakeFirst();
  // The current level as this reader may know it: from the latest assessment the reader may read.
  const levels = await visibleSubjectLevels(p, ctx, [id]);
  return { ...presentSubject(p, ctx, { ...row, threat_level: levels.get(id) ?? null }), following: !!follow };
}

/** Loads a subject the caller may change (owner organisation, write permission, cleared) or 404. */
async function requireWritable(p: Platform, ctx: Ctx, db: Database, id: string): Promise<store.SubjectRow> {
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
export async function deleteSubject(p: Platform, ctx: Ctx, id: string, reason: string) {
  requireWrite(ctx);
  await p.db.transaction().execute(async (tx) => {
    const row = await requireWritable(p, ctx, tx, id);
    await detachSubject(tx, id);
    await p.events.emit(tx, ctx, 'intel.subject-deleting', { subjectId: id });
    await tx.deleteFrom('subjects').where('id', '=', id).execute();
    await tx.insertInto('tombstones').values({ record_id: id, record_type: 'subject', owner_org_id: row.owner_org_id, deleted_by: ctx.actor.userId, reason }).execute();
    await p.record(ctx, [{ action: 'subject.delete', recordType: 'subject', recordId: id }], tx);
  });
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
    await tx.updateTable('subjects').set({ review_date: input.nextReviewDate, updated_by: ctx.actor.userId, updated_at: new Date(), version: sql`version + 1` }).where('id', '=', id).execute();
    await p.record(ctx, [{ action: 'subject.review', recordType: 'subject', recordId: id, details: { nextReviewDate: input.nextReviewDate } }], tx);
  });
  return getSubject(p, ctx, id, { audit: false });
}

/** The caller's organisation follows (or stops following) a subject it can read. */
export async function setFollow(p: Platform, ctx: Ctx, id: string, follow: boolean) {
  const row = await store.getSubjectRow(p.db, id);
  if (!row || decide(ctx, row, 'read', MODULE, p.config.retentionGraceDays) !== 'full') throw notFound('subject');
  if (follow) {
    await p.db.insertInto('subject_follows').values({ subject_id: id, org_id: ctx.actor.orgId }).onConflict((oc) => oc.doNothing()).execute();
  } else {
    await p.db.deleteFrom('subject_follows').where('subject_id', '=', id).where('org_id', '=', ctx.actor.orgId).execute();
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
  if (f.mode === 'none') return { results: [], hits: [] };
  const filtered = q.category !== undefined || q.threatLevel !== undefined || q.owner !== undefined || q.reviewDue !== undefined;
  const hitsAllowed = f.mode === 'normal' && !!q.q && !filtered;
  const visible = hitsAllowed ? readableOrHitSql(ctx, MODULE, p.config.retentionGraceDays, 's') : readableSql(ctx, MODULE, p.config.retentionGraceDays, 's');
  const rows = await store.searchSubjects(
    p.search,
    {
      q: q.q, category: q.category, threatLevel: q.threatLevel, ownerOrgId: q.owner, reviewDue: q.reviewDue === 'true', limit: q.limit, offset: q.offset,
      // The level filter works on the level the caller may know, from assessments it may read.
      levelSql: q.threatLevel ? visibleLevelSql(p, ctx, 's.id') : undefined,
      levelSelect: visibleLevelSql(p, ctx, 's.id'),
    },
    visible,
    today(ctx),
  );
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
  const results = out.full.map((r) => ({ ...presentSubject(p, ctx, { ...r, threat_level: r.visible_level === null ? null : Number(r.visible_level) }), score: r.score, matchedName: r.matched_name }));
  // A hit answer tells that a record exists and whom to ask: no id, no score, no name.
  const hits = out.hits.map((h) => ({ hit: true as const, contact: h.contact }));
  return { results, hits };
}

/** For other modules: the subject row if the caller may read it in full, else undefined. */
export async function readableSubject(p: Platform, ctx: Ctx, id: string): Promise<store.SubjectRow | undefined> {
  const row = await store.getSubjectRow(p.db, id);
  return row && decide(ctx, row, 'read', MODULE, p.config.retentionGraceDays) === 'full' ? row : undefined;
}

/** For the notifications module: the markings of subjects or reports by id (the read door decides what a user may still see). */
export async function intelRecordMarkings(db: Database, recordType: 'subject' | 'report', ids: readonly string[]): Promise<Map<string, MarkingRow>> {
  if (ids.length === 0) return new Map();
  const cols = ['id', ...MARKING_COLUMNS] as const;
  const rows = recordType === 'subject'
    ? await db.selectFrom('subjects').select(cols).where('id', 'in', [...ids]).execute()
    : await db.selectFrom('reports').select(cols).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, r as MarkingRow]));
}

/** For the threat module: records a subject's current level (inside the assessment's transaction). */
export async function setSubjectThreatLevel(tx: Database, id: string, level: number): Promise<void> {
  // updated_at moves so the change feed (sharing) carries the new level to partners.
  await tx.updateTable('subjects').set({ threat_level: level, updated_at: new Date() }).where('id', '=', id).execute();
}

/** For the threat module: the organisations that follow a subject (its owner included). */
export async function subjectFollowers(db: Database, id: string): Promise<string[]> {
  const rows = await db.selectFrom('subject_follows').select('org_id').where('subject_id', '=', id).execute();
  return rows.map((r) => r.org_id);
}

/** A page of intelligence records (or deletions) changed after a keyset cursor, for the sharing module's outbox. */
export interface IntelChangePage {
  rows: Array<Record<string, unknown> & { id: string; cursor_at: string }>;
}

/**
 * For the sharing module: subjects, reports (with their subject ids), links or deletions (tombstones)
 * changed after `after` (keyset on updated_at/deleted_at and id, microsecond cursor), oldest first.
 * Raw rows with their marking columns; the caller applies the policy before anything leaves.
 */
export async function intelChangesAfter(
  db: Database,
  kind: 'subject' | 'report' | 'link' | 'deleted',
  after: { at: string; id: string } | null,
  limit: number,
): Promise<IntelChangePage> {
  const table = { subject: 'subjects', report: 'reports', link: 'links', deleted: 'tombstones' }[kind];
  const atCol = kind === 'deleted' ? 'deleted_at' : 'updated_at';
  const idCol = kind === 'deleted' ? 'record_id' : 'id';
  const cursor = sql`to_char(t.${sql.ref(atCol)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  const extra = kind === 'report' ? sql`, ARRAY(SELECT rs.subject_id FROM report_subjects rs WHERE rs.report_id = t.id ORDER BY rs.subject_id) AS subject_ids` : sql``;
  const where = after ? sql`WHERE (t.${sql.ref(atCol)}, t.${sql.ref(idCol)}) > (${after.at}::timestamptz, ${after.id}::uuid)` : sql``;
  const { rows } = await sql<Record<string, unknown> & { id: string; cursor_at: string }>`
    SELECT t.*, t.${sql.ref(idCol)} AS id, ${cursor} AS cursor_at ${extra}
    FROM ${sql.table(table)} t ${where}
    ORDER BY t.${sql.ref(atCol)}, t.${sql.ref(idCol)} LIMIT ${limit}`.execute(db);
  return { rows };
}

/**
 * For the sharing module's outbox: which kinds of intelligence records changed after their cursors, in
 * one statement (a projection with nothing new then costs one round trip instead of one per kind).
 */
export async function intelKindsChangedAfter(
  db: Database,
  cursors: Record<'subject' | 'report' | 'link' | 'deleted', { at: string; id: string } | null>,
): Promise<Array<'subject' | 'report' | 'link' | 'deleted'>> {
  const probe = (table: string, atCol: string, idCol: string, after: { at: string; id: string } | null) =>
    after
      ? sql<boolean>`EXISTS (SELECT 1 FROM ${sql.table(table)} t WHERE (t.${sql.ref(atCol)}, t.${sql.ref(idCol)}) > (${after.at}::timestamptz, ${after.id}::uuid))`
      : sql<boolean>`EXISTS (SELECT 1 FROM ${sql.table(table)})`;
  const { rows } = await sql<{ subject: boolean; report: boolean; link: boolean; deleted: boolean }>`SELECT
    ${probe('subjects', 'updated_at', 'id', cursors.subject)} AS subject,
    ${probe('reports', 'updated_at', 'id', cursors.report)} AS report,
    ${probe('links', 'updated_at', 'id', cursors.link)} AS link,
    ${probe('tombstones', 'deleted_at', 'record_id', cursors.deleted)} AS deleted`.execute(db);
  const r = rows[0]!;
  return (['subject', 'report', 'link', 'deleted'] as const).filter((k) => r[k]);
}

/** A subject as the national watch list holds it (screening module). */
export interface WatchlistSubject {
  id: string;
  names: string[];
  birthDate: string | null;
  nationalities: string[];
  gender: string | null;
  documents: Array<{ type: string; number: string; country?: string | undefined }>;
  /** The subject's markings as the policy reads them: the screening module decides per user (full, hit, none). */
  markings: import('../../../core/access/policy.ts').RecordMarkings;
}

/**
 * For the screening module, independent of any actor: the persons of the national watch list (every
 * person subject whose follow-up is not closed), with owner and markings. Never shown as such: the
 * screening module passes each hit through canAccess for the user who screens.
 */
export async function watchlistSubjects(db: Database): Promise<WatchlistSubject[]> {
  const rows = (await db
    .selectFrom('subjects')
    .select(['id', 'names', 'birth_date', 'nationalities', 'gender', 'documents', 'owner_org_id', 'classification', 'tlp', 'distribution', 'shared_org_ids', 'group_ids', 'handling_code', 'hit_no_hit', 'legal_basis', 'purpose', 'review_date'])
    .where('kind', '=', 'person')
    .where('follow_up', '<>', 'closed')
    .orderBy('id')
    .execute()) as Array<store.SubjectRow>;
  return rows.map((r) => ({
    id: r.id,
    names: r.names,
    birthDate: r.birth_date,
    nationalities: r.nationalities,
    gender: r.gender,
    documents: r.documents,
    markings: {
      id: r.id,
      ownerOrgId: r.owner_org_id,
      classification: r.classification as WatchlistSubject['markings']['classification'],
      distribution: r.distribution as WatchlistSubject['markings']['distribution'],
      sharedOrgIds: r.shared_org_ids,
      groupIds: r.group_ids,
      hitNoHit: r.hit_no_hit,
      reviewDate: r.review_date,
      deleted: false,
    },
  }));
}

/** For the screening module: changes whenever a person subject is created, changed or deleted (cheap check before rebuilding). */
export async function watchlistSubjectsStamp(db: Database): Promise<string> {
  const r = await db
    .selectFrom('subjects')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('last')])
    .where('kind', '=', 'person')
    .executeTakeFirst();
  const last = r?.last as Date | string | null | undefined;
  return `${Number(r?.n ?? 0)}:${last ? new Date(last).toISOString() : '-'}`;
}
