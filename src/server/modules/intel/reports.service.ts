import { z } from 'zod';
import { hasPermission } from '../../../core/access/policy.ts';
import type { LinkInput, ReportInput } from '../../../core/contracts.ts';
import { latinKey } from '../../../core/names/latin.ts';
import { CLASSIFICATIONS, INFO_CREDIBILITY, SOURCE_RELIABILITY } from '../../../core/vocab.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { checkMarkings, decide, markingColumns, readableSql, type MarkingRow } from '../../platform/records.ts';
import { getSubjectRow, getSubjectRows, insertTombstone } from './subjects.repository.ts';
import * as repo from './reports.repository.ts';
import { presentNewLink, presentReport } from './intel.presenter.ts';
import { passDoor, passDoorFull, passDoorOne, sortAtDoor } from '../../platform/door.ts';
import { visibleSubjectLevels } from '../threat/threat.service.ts';
import { sortParams } from '../../platform/table-query.ts';

const MODULE = 'intel' as const;

export const REPORT_SORTS = ['relevance', 'reportedOn', 'title', 'grade', 'classification', 'createdAt'] as const;

/** Reports: full-text search (`q`) or browse everything readable; sorted, paged, with filter chips. */
export const reportSearchQuery = z.object({
  q: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().min(1).max(300).optional()),
  reliability: z.enum(SOURCE_RELIABILITY).optional(),
  credibility: z.enum(INFO_CREDIBILITY).optional(),
  classification: z.enum(CLASSIFICATIONS).optional(),
  source: z.string().uuid().optional(),
  ...sortParams(REPORT_SORTS),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/** Subjects named in a new record must be readable by its author; otherwise they "do not exist". */
async function requireReadableSubjects(p: Platform, ctx: Ctx, ids: string[], field: string): Promise<void> {
  const rows = await getSubjectRows(p.db, [...new Set(ids)]);
  const ok = rows.filter((r) => decide(ctx, r, 'read', MODULE, p.config.retentionGraceDays) === 'full');
  if (ok.length !== new Set(ids).size) throw new AppError('INVALID_INPUT', 'No such subject.', field);
}

function requireWrite(ctx: Ctx): void {
  if (!hasPermission(ctx.actor, MODULE, 'write')) throw forbidden('You need write permission on intelligence records.');
}

export async function createReport(p: Platform, ctx: Ctx, input: ReportInput) {
  requireWrite(ctx);
  await checkMarkings(p.db, ctx, input.markings);
  await requireReadableSubjects(p, ctx, input.subjectIds, 'subjectIds');
  const id = crypto.randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await repo.insertReport(
      tx,
      {
        id,
        title: input.title,
        body: input.body,
        reported_on: input.reportedOn,
        source_org_id: ctx.actor.orgId,
        source_reliability: input.sourceReliability,
        info_credibility: input.infoCredibility,
        search_text: latinKey(`${input.title} ${input.body}`),
        ...markingColumns(input.markings, ctx.actor.orgId),
        created_by: ctx.actor.userId,
        updated_by: ctx.actor.userId,
      },
      input.subjectIds,
    );
    await p.record(ctx, [{ action: 'report.create', recordType: 'report', recordId: id, details: { subjectIds: input.subjectIds } }], tx);
  });
  return getReport(p, ctx, id, false);
}

export async function getReport(p: Platform, ctx: Ctx, id: string, audit = true) {
  const row = await repo.getReportRow(p.db, id);
  const one = await passDoorOne(p, ctx, { module: MODULE, recordType: 'report', action: 'report.read', row, hits: true, ...(audit ? {} : { audit: false as const }) });
  if (one.kind === 'hit') return one.hit;
  await p.orgs.fresh();
  return presentReport(one.row, p.orgs.name, await readableSubjectIds(p, ctx, id));
}

/** The subjects of a report the caller may read (ids of others are never shown). */
async function readableSubjectIds(p: Platform, ctx: Ctx, reportId: string): Promise<string[]> {
  const rows = await getSubjectRows(p.db, await repo.subjectIdsOfReport(p.db, reportId));
  return sortAtDoor(p, ctx, { module: MODULE, rows }).full.map((r) => r.id);
}

/** The reports on a subject the caller may read, newest first (the subject page's timeline). */
export async function reportsOfSubject(p: Platform, ctx: Ctx, subjectId: string) {
  await passDoorFull(p, ctx, { module: MODULE, recordType: 'subject', action: 'subject.read', row: await getSubjectRow(p.db, subjectId), audit: false });
  const rows = await repo.reportsOfSubject(p.db, subjectId, readableSql(ctx, MODULE, p.config.retentionGraceDays, 'r'));
  const { full } = await passDoor(p, ctx, { module: MODULE, recordType: 'report', action: 'report.read', rows, details: { via: 'subject', subjectId } });
  await p.orgs.fresh();
  return full.map((r) => presentReport(r, p.orgs.name, [subjectId]));
}

/**
 * Full-text search of reports (diacritics- and case-insensitive), or without `q` every report the caller
 * may read; filtered, sorted and paged. `total` counts with the same policy filter as the page, so it
 * never counts a report the caller may not read. `rank` is 0 when there is no text query.
 */
export async function searchReports(p: Platform, ctx: Ctx, q: z.infer<typeof reportSearchQuery>) {
  const key = q.q ? latinKey(q.q) : '';
  if (q.q && !key) return { results: [], total: 0 };
  const list = {
    key: key || undefined,
    readable: readableSql(ctx, MODULE, p.config.retentionGraceDays, 'r'),
    filters: { reliability: q.reliability, credibility: q.credibility, classification: q.classification, sourceOrgId: q.source },
  };
  const sort = q.sort === 'relevance' && !key ? undefined : q.sort;
  const [rows, total] = await Promise.all([repo.searchReports(p.db, { ...list, sort, dir: q.dir, limit: q.limit, offset: q.offset }), repo.countReports(p.db, list)]);
  const { full } = await passDoor(p, ctx, { module: MODULE, recordType: 'report', action: 'report.search', rows });
  await p.orgs.fresh();
  return { results: full.map((r) => ({ ...presentReport(r, p.orgs.name, []), rank: r.rank })), total };
}

export async function createLink(p: Platform, ctx: Ctx, input: LinkInput) {
  requireWrite(ctx);
  await checkMarkings(p.db, ctx, input.markings);
  await requireReadableSubjects(p, ctx, [input.fromSubjectId, input.toSubjectId], 'toSubjectId');
  const id = crypto.randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await repo.insertLink(tx, {
      id,
      from_subject_id: input.fromSubjectId,
      to_subject_id: input.toSubjectId,
      type: input.type,
      description: input.description,
      ...markingColumns(input.markings, ctx.actor.orgId),
      created_by: ctx.actor.userId,
      updated_by: ctx.actor.userId,
    });
    await p.record(ctx, [{ action: 'link.create', recordType: 'link', recordId: id, details: { from: input.fromSubjectId, to: input.toSubjectId } }], tx);
  });
  return presentNewLink(id, input);
}

/** Removes a link the caller's organisation owns, keeping a tombstone. */
export async function deleteLink(p: Platform, ctx: Ctx, id: string): Promise<{ ok: true }> {
  requireWrite(ctx);
  await p.db.transaction().execute(async (tx) => {
    const row = await repo.findLinkRow(tx, id);
    if (!row || decide(ctx, row, 'read', MODULE, p.config.retentionGraceDays) !== 'full') throw notFound('link');
    if (decide(ctx, row, 'delete', MODULE, p.config.retentionGraceDays) !== 'full') throw forbidden('Only the owner organisation can remove this link.');
    await repo.deleteLinkRow(tx, id);
    await insertTombstone(tx, { recordId: id, recordType: 'link', ownerOrgId: row.owner_org_id, deletedBy: ctx.actor.userId, reason: 'link removed' });
    await p.record(ctx, [{ action: 'link.delete', recordType: 'link', recordId: id }], tx);
  });
  return { ok: true as const };
}

/**
 * The link graph around a subject (one hop): links and neighbours the caller may read.
 * Neighbours the caller may not read are left out, with their links.
 */
export async function graphOfSubject(p: Platform, ctx: Ctx, subjectId: string) {
  const grace = p.config.retentionGraceDays;
  const center = await passDoorFull(p, ctx, { module: MODULE, recordType: 'subject', action: 'link.read', row: await getSubjectRow(p.db, subjectId), audit: false });
  const links = await repo.linksOfSubject(p.db, subjectId, readableSql(ctx, MODULE, grace, 'l'));
  const neighbourIds = [...new Set(links.flatMap((l) => [l.from_subject_id, l.to_subject_id]))].filter((id) => id !== subjectId);
  const neighbours = sortAtDoor(p, ctx, { module: MODULE, rows: await getSubjectRows(p.db, neighbourIds) }).full;
  const ok = new Set([subjectId, ...neighbours.map((n) => n.id)]);
  // One pass through the door for what the graph shows: the subjects and the links between them.
  const shown = await passDoor<MarkingRow>(p, ctx, {
    module: MODULE,
    recordType: 'subject',
    action: 'link.read',
    rows: [center, ...neighbours, ...links.filter((l) => ok.has(l.from_subject_id) && ok.has(l.to_subject_id))],
  });
  const released = new Set(shown.full.map((r) => r.id));
  const edges = links.filter((l) => released.has(l.id) && ok.has(l.from_subject_id) && ok.has(l.to_subject_id));
  const levels = await visibleSubjectLevels(p, ctx, [center.id, ...neighbours.map((s) => s.id)]);
  const nodes = [center, ...neighbours].map((s) => ({ id: s.id, label: s.names[0], kind: s.kind, category: s.category, threatLevel: levels.get(s.id) ?? null }));
  return {
    nodes,
    edges: edges.map((e) => ({ id: e.id, from: e.from_subject_id, to: e.to_subject_id, type: e.type, description: e.description })),
  };
}

/** Removes what hangs on a subject that is being deleted (reports stay; their link to it goes). */
export async function detachSubject(tx: Database, subjectId: string): Promise<void> {
  await repo.detachSubject(tx, subjectId);
}

/**
 * For the screening module: an escalated border-screening hit becomes a report on the subject, written
 * by `ctx.actor` (who may only know that the subject is listed) and owned by the subject's organisation,
 * which decides what follows. Its markings follow the subject's (owner only, same classification,
 * legal basis and review date). Runs inside the caller's transaction; returns the report id, or
 * undefined when the subject no longer exists.
 */
export async function createScreeningReport(
  p: Platform,
  ctx: Ctx,
  tx: Database,
  input: { subjectId: string; title: string; body: string; sourceReliability: ReportInput['sourceReliability']; infoCredibility: ReportInput['infoCredibility'] },
): Promise<string | undefined> {
  const subject = await getSubjectRow(tx, input.subjectId);
  if (!subject) return undefined;
  const id = crypto.randomUUID();
  await repo.insertReport(
    tx,
    {
      id,
      title: input.title,
      body: input.body,
      reported_on: ctx.now.toISOString().slice(0, 10),
      source_org_id: ctx.actor.orgId,
      source_reliability: input.sourceReliability,
      info_credibility: input.infoCredibility,
      search_text: latinKey(`${input.title} ${input.body}`),
      owner_org_id: subject.owner_org_id,
      classification: subject.classification,
      tlp: 'amber',
      distribution: 'organisation',
      shared_org_ids: [],
      group_ids: [],
      handling_code: subject.handling_code,
      hit_no_hit: false,
      legal_basis: subject.legal_basis,
      purpose: 'border screening',
      review_date: subject.review_date,
      created_by: ctx.actor.userId,
      updated_by: ctx.actor.userId,
    },
    [input.subjectId],
  );
  await p.record(ctx, [{ action: 'report.create', recordType: 'report', recordId: id, details: { subjectIds: [input.subjectId], via: 'screening' } }], tx);
  return id;
}
