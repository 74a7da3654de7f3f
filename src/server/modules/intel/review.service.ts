import { hasPermission } from '../../../core/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { reviewFlags } from './subjects.service.ts';

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
