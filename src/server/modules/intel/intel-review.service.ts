import { hasPermission } from '../../../core/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { passDoor } from '../../platform/door.ts';
import { decide, policyMarkings, readableSql, type MarkingRow } from '../../platform/records.ts';
import { checkNextReviewDate, reviewFlags } from './subjects.service.ts';
import * as reportsRepo from './reports.repository.ts';
import * as store from './subjects.repository.ts';

/**
 * The retention review queue of the caller's organisation: its subjects and reports whose review
 * date has passed or falls within the next 30 days, most urgent first.
 */
export async function reviewQueue(p: Platform, ctx: Ctx) {
  if (!hasPermission(ctx.actor, 'intel', 'read')) return { items: [] };
  const horizon = new Date(ctx.now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  const grace = p.config.retentionGraceDays;
  // The whole policy in SQL before the limit (the owner reads only what its clearance covers), then the door.
  const [subjects, reports] = await Promise.all([
    store.reviewDueSubjects(p.db, ctx.actor.orgId, horizon, readableSql(ctx, 'intel', grace, 't')),
    reportsRepo.reviewDueReports(p.db, ctx.actor.orgId, horizon, readableSql(ctx, 'intel', grace, 't')),
  ]);
  const items = [
    ...subjects.map((s) => ({ recordType: 'subject' as const, id: s.id, label: s.names[0] ?? '', reviewDate: s.review_date!, classification: s.classification, row: s as MarkingRow })),
    ...reports.map((r) => ({ recordType: 'report' as const, id: r.id, label: r.title, reviewDate: r.review_date!, classification: r.classification, row: r as MarkingRow })),
  ].sort((a, b) => a.reviewDate.localeCompare(b.reviewDate));
  const out = await passDoor(p, ctx, { module: 'intel', recordType: 'record', action: 'review.queue', rows: items, markings: (i) => policyMarkings(i.row) });
  return { items: out.full.map(({ row: _row, ...i }) => ({ ...i, ...reviewFlags(i.reviewDate, ctx, grace) })) };
}

/** The owner reviews a report: sets its next review date, which lifts a retention restriction. */
export async function reviewReport(p: Platform, ctx: Ctx, id: string, input: { nextReviewDate: string }) {
  if (!hasPermission(ctx.actor, 'intel', 'write')) throw forbidden('You need write permission on intelligence records.');
  checkNextReviewDate(ctx, input.nextReviewDate);
  await p.db.transaction().execute(async (tx) => {
    const row = await reportsRepo.findReportRow(tx, id);
    if (!row) throw notFound('report');
    if (decide(ctx, row, 'write', 'intel', p.config.retentionGraceDays) !== 'full') {
      if (decide(ctx, row, 'read', 'intel', p.config.retentionGraceDays) === 'full') throw forbidden('Only the owner organisation can review this record.');
      throw notFound('report');
    }
    await store.setReviewDate(tx, 'reports', id, input.nextReviewDate, ctx.actor.userId);
    await p.record(ctx, [{ action: 'report.review', recordType: 'report', recordId: id, details: { nextReviewDate: input.nextReviewDate } }], tx);
  });
  return { id, reviewDate: input.nextReviewDate };
}
