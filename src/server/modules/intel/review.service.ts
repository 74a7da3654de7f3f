import { sql } from 'kysely';
import { hasPermission } from '../../../core/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { decide, type MarkingRow } from '../../platform/records.ts';
import { checkNextReviewDate, reviewFlags } from './subjects.service.ts';

/**
 * The retention review queue of the caller's organisation: its subjects and reports whose review
 * date has passed or falls within the next 30 days, most urgent first.
 */
export async function reviewQueue(p: Platform, ctx: Ctx) {
  if (!hasPermission(ctx.actor, 'intel', 'read')) return { items: [] };
  const horizon = new Date(ctx.now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  const [subjects, reports] = await Promise.all([
    p.db
      .selectFrom('subjects')
      .select(['id', 'names', 'review_date', 'classification'])
      .where('owner_org_id', '=', ctx.actor.orgId)
      .where('review_date', '<=', horizon)
      .orderBy('review_date')
      .limit(500)
      .execute(),
    p.db
      .selectFrom('reports')
      .select(['id', 'title', 'review_date', 'classification'])
      .where('owner_org_id', '=', ctx.actor.orgId)
      .where('review_date', '<=', horizon)
      .orderBy('review_date')
      .limit(500)
      .execute(),
  ]);
  const items = [
    ...subjects.map((s) => ({ recordType: 'subject' as const, id: s.id, label: s.names[0] ?? '', reviewDate: s.review_date!, classification: s.classification })),
    ...reports.map((r) => ({ recordType: 'report' as const, id: r.id, label: r.title, reviewDate: r.review_date!, classification: r.classification })),
  ]
    .filter((i) => ctx.actor.clearance && i.reviewDate)
    .sort((a, b) => a.reviewDate.localeCompare(b.reviewDate))
    .map((i) => ({ ...i, ...reviewFlags(i.reviewDate, ctx, p.config.retentionGraceDays) }));
  await p.record(ctx, [{ action: 'review.queue', details: { subjects: subjects.map((s) => s.id), reports: reports.map((r) => r.id) } }]);
  return { items };
}

/** The owner reviews a report: sets its next review date, which lifts a retention restriction. */
export async function reviewReport(p: Platform, ctx: Ctx, id: string, input: { nextReviewDate: string }) {
  if (!hasPermission(ctx.actor, 'intel', 'write')) throw forbidden('You need write permission on intelligence records.');
  checkNextReviewDate(ctx, input.nextReviewDate);
  await p.db.transaction().execute(async (tx) => {
    const row = (await tx.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst()) as MarkingRow | undefined;
    if (!row) throw notFound('report');
    if (decide(ctx, row, 'write', 'intel', p.config.retentionGraceDays) !== 'full') {
      if (decide(ctx, row, 'read', 'intel', p.config.retentionGraceDays) === 'full') throw forbidden('Only the owner organisation can review this record.');
      throw notFound('report');
    }
    await tx.updateTable('reports').set({ review_date: input.nextReviewDate, updated_by: ctx.actor.userId, updated_at: new Date(), version: sql`version + 1` }).where('id', '=', id).execute();
    await p.record(ctx, [{ action: 'report.review', recordType: 'report', recordId: id, details: { nextReviewDate: input.nextReviewDate } }], tx);
  });
  return { id, reviewDate: input.nextReviewDate };
}
