/**
 * For the legal module: the intelligence records (subjects, reports) whose legal basis cites a basis of
 * the legal registry, when the basis expires or is amended. Only records the caller may read in full:
 * the policy narrows the SQL before the limit, so a count never includes the others, and the door
 * checks each row again and puts the ids released on the record.
 */
import { hasPermission } from '../../../core/access/policy.ts';
import { citationKey } from '../../../core/legal/citation.ts';
import type { Ctx } from '../../platform/context.ts';
import { passDoor } from '../../platform/door.ts';
import type { Platform } from '../../platform/platform.ts';
import { readableSql } from '../../platform/records.ts';
import * as repo from './basis-citing.repository.ts';

/** A record citing a basis, as the legal review lists it. */
export interface CitingRecord { recordType: 'subject' | 'report'; id: string; label: string; reviewDate: string | null }

/** Subjects and reports whose legal basis is one of `citations` (compared as citationKey), readable by the caller; audited with the ids released. */
export async function intelRecordsCitingBasis(p: Platform, ctx: Ctx, citations: readonly string[]): Promise<{ records: CitingRecord[]; truncated: boolean }> {
  if (!hasPermission(ctx.actor, 'intel', 'read') || citations.length === 0) return { records: [], truncated: false };
  const keys = [...new Set(citations.map(citationKey))];
  const grace = p.config.retentionGraceDays;
  const [subjects, reports] = await Promise.all([repo.subjectsCiting(p.db, keys, readableSql(ctx, 'intel', grace, 't')), repo.reportsCiting(p.db, keys, readableSql(ctx, 'intel', grace, 't'))]);
  const details = (count: number) => ({ filters: ['legalBasis'], count });
  const s = await passDoor(p, ctx, { module: 'intel', recordType: 'subject', action: 'subject.list', rows: subjects, details: details(subjects.length) });
  const r = await passDoor(p, ctx, { module: 'intel', recordType: 'report', action: 'report.list', rows: reports, details: details(reports.length) });
  return {
    records: [
      ...s.full.map((x) => ({ recordType: 'subject' as const, id: x.id, label: x.names[0] ?? '', reviewDate: x.review_date })),
      ...r.full.map((x) => ({ recordType: 'report' as const, id: x.id, label: x.title, reviewDate: x.review_date })),
    ],
    truncated: subjects.length >= repo.CITING_LIMIT || reports.length >= repo.CITING_LIMIT,
  };
}
