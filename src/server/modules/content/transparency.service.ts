/**
 * The yearly transparency report of a competent authority (Regulation 2021/784, art. 8): removal
 * orders issued and their outcomes, time to removal, referrals, cross-border scrutiny, appeals.
 * Figures only: no URLs, no case content.
 */
import { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { passDoor } from '../../platform/door.ts';
import type { Platform } from '../../platform/platform.ts';
import { policyMarkings, type MarkingRow } from '../../platform/records.ts';
import { csvField } from './banks.service.ts';
import { iso } from './content.presenter.ts';
import { MODULE, requirePermission } from './content.rules.ts';
import { scrutinyCopyMarkings } from './order-reads.service.ts';
import { orderState } from './orders.presenter.ts';
import { issuedInPeriod, receivedInPeriod } from './orders.repository.ts';

export const transparencyQuery = z.object({
  year: z.coerce.number().int().min(2022).max(2100).optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

function quantile(sorted: number[], q: number): number | null {
  if (!sorted.length) return null;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return Math.round(sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo));
}

const countBy = <T>(xs: T[], key: (x: T) => string) => {
  const out: Record<string, number> = {};
  for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
};

/**
 * The report of the caller's organisation for a calendar year (default: the current one), as JSON.
 * The figures count only orders the caller may read (the policy in SQL: each order under its case's
 * markings; copies received for scrutiny under their own), and the counted orders pass the read door:
 * one audit event names them.
 */
export async function transparencyReport(p: Platform, ctx: Ctx, year: number | undefined, format: 'json' | 'csv') {
  requirePermission(ctx, 'read', 'read the transparency report');
  const y = year ?? ctx.now.getUTCFullYear();
  const from = new Date(Date.UTC(y, 0, 1));
  const to = new Date(Date.UTC(y + 1, 0, 1));
  const issued = await issuedInPeriod(p.db, ctx, p.config.retentionGraceDays, from, to);
  const received = await receivedInPeriod(p.db, ctx.actor.orgId, from, to);
  type Counted = { own: (typeof issued)[number] } | { hosted: (typeof received)[number] };
  const { full } = await passDoor<Counted>(p, ctx, {
    module: MODULE,
    recordType: 'content_order',
    action: 'content.transparency',
    rows: [...issued.map((own) => ({ own })), ...received.map((hosted) => ({ hosted }))],
    markings: (r) => ('own' in r ? policyMarkings(r.own as unknown as MarkingRow) : scrutinyCopyMarkings(r.hosted)),
    details: { year: y, format },
  });
  const orders = full.flatMap((r) => ('own' in r ? [r.own] : []));
  const hosted = full.flatMap((r) => ('hosted' in r ? [r.hosted] : []));
  const now = ctx.now;
  const ro = orders.filter((o) => o.kind === 'removal_order');
  const rf = orders.filter((o) => o.kind === 'referral');
  const times = ro.filter((o) => o.removed_at && o.issued_at).map((o) => (new Date(o.removed_at!).getTime() - new Date(o.issued_at!).getTime()) / 1000).sort((a, b) => a - b);
  const withinHour = times.filter((t) => t <= 3600).length;
  const expired = (o: { scrutiny_decision: string | null; scrutiny_due_at: Date | null }) => !o.scrutiny_decision && !!o.scrutiny_due_at && now > new Date(o.scrutiny_due_at);
  const cross = ro.filter((o) => o.cross_border);
  const appealed = orders.filter((o) => o.appeal_status);
  await p.orgs.fresh();
  const report = {
    year: y,
    authority: { id: ctx.actor.orgId, name: p.orgs.name(ctx.actor.orgId) },
    generatedAt: iso(now),
    removalOrders: {
      issued: ro.length,
      removed: ro.filter((o) => o.status === 'removed').length,
      pending: ro.filter((o) => orderState(o, now) === 'pending').length,
      overdue: ro.filter((o) => orderState(o, now) === 'overdue').length,
      escalated: ro.filter((o) => o.escalated_at).length,
      contested: ro.filter((o) => o.status === 'contested').length,
      revoked: ro.filter((o) => o.status === 'revoked').length,
      // Each issued order is in exactly one outcome: removed, pending, overdue, contested, revoked, or
      // closed without removal (any other final state); the six add up to `issued`.
      notRemoved: ro.filter((o) => !['removed', 'contested', 'revoked'].includes(o.status) && !['pending', 'overdue'].includes(orderState(o, now))).length,
      crossBorder: cross.length,
      flaggedDuplicates: ro.filter((o) => (o.duplicates as unknown[]).length > 0).length,
      byOffence: countBy(ro, (o) => o.offence),
      byProvider: countBy(ro, (o) => o.provider),
    },
    timeToRemoval: {
      removals: times.length,
      medianSeconds: quantile(times, 0.5),
      p90Seconds: quantile(times, 0.9),
      meanSeconds: times.length ? Math.round(times.reduce((a, b) => a + b, 0) / times.length) : null,
      maxSeconds: times.length ? Math.round(times[times.length - 1]!) : null,
      withinOneHour: withinHour,
      withinOneHourShare: times.length ? Math.round((withinHour / times.length) * 1000) / 1000 : null,
    },
    referrals: {
      issued: rf.length,
      removed: rf.filter((o) => o.status === 'removed').length,
      declined: rf.filter((o) => o.status === 'declined').length,
      pending: rf.filter((o) => o.status === 'issued').length,
      revoked: rf.filter((o) => o.status === 'revoked').length,
    },
    scrutiny: {
      ordersSentForScrutiny: cross.length,
      infringementFound: cross.filter((o) => o.scrutiny_decision === 'infringement').length,
      noInfringement: cross.filter((o) => o.scrutiny_decision === 'no_infringement').length,
      periodEndedWithoutDecision: cross.filter(expired).length,
      receivedAsHostAuthority: hosted.length,
      decidedAsHostAuthority: hosted.filter((o) => o.scrutiny_decision).length,
      infringementFoundAsHostAuthority: hosted.filter((o) => o.scrutiny_decision === 'infringement').length,
    },
    appeals: {
      lodged: appealed.length,
      upheld: appealed.filter((o) => o.appeal_status === 'upheld').length,
      overturned: appealed.filter((o) => o.appeal_status === 'overturned').length,
      pending: appealed.filter((o) => o.appeal_status === 'lodged').length,
    },
  };
  return report;
}

/** The same figures flattened to CSV: section,metric,value. */
export function reportCsv(r: Awaited<ReturnType<typeof transparencyReport>>): string {
  const lines = ['section,metric,value', `report,year,${r.year}`, `report,authority,${csvField(r.authority.name)}`, `report,generatedAt,${new Date(r.generatedAt).toISOString()}`];
  const walk = (section: string, obj: Record<string, unknown>, prefix = '') => {
    for (const [k, v] of Object.entries(obj)) {
      if (v !== null && typeof v === 'object') walk(section, v as Record<string, unknown>, `${prefix}${k}.`);
      else lines.push([section, `${prefix}${k}`, v === null ? '' : String(v)].map((x) => csvField(x)).join(','));
    }
  };
  for (const s of ['removalOrders', 'timeToRemoval', 'referrals', 'scrutiny', 'appeals'] as const) walk(s, r[s] as Record<string, unknown>);
  return lines.join('\r\n') + '\r\n';
}

export async function transparency(p: Platform, ctx: Ctx, q: z.infer<typeof transparencyQuery>) {
  const r = await transparencyReport(p, ctx, q.year, q.format);
  return q.format === 'csv' ? { csv: reportCsv(r), year: r.year } : { report: r };
}
