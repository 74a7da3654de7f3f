/**
 * For the legal module: the content cases whose legal basis cites a basis of the legal registry, when
 * the basis expires or is amended. A case's basis is the free text of its markings (a basis chosen with
 * the markings' registry picker is written as the entry's citation), compared as citationKey. Only
 * cases the caller may read in full are returned and counted: the policy narrows the SQL before the
 * limit, and the door checks each row again and puts the ids released on the record
 * (`content.case.list`). Only the URL and the status leave, never the case's evidence or hashes.
 */
import { hasPermission } from '../../../core/access/policy.ts';
import { citationKey } from '../../../core/legal/citation.ts';
import type { Ctx } from '../../platform/context.ts';
import { passDoor } from '../../platform/door.ts';
import type { Platform } from '../../platform/platform.ts';
import * as repo from './content-cases.repository.ts';
import { MODULE } from './content.rules.ts';

/** A content case as the legal review lists it. */
export interface CitingCase { id: string; url: string; status: string }

/** Cases the caller may read whose legal basis is one of `citations` (compared as citationKey); audited with the ids released. */
export async function contentCasesCitingBasis(p: Platform, ctx: Ctx, citations: readonly string[]): Promise<{ cases: CitingCase[]; truncated: boolean }> {
  if (!hasPermission(ctx.actor, MODULE, 'read')) return { cases: [], truncated: false };
  const keys = [...new Set(citations.map(citationKey))].filter((k) => k.length > 0);
  if (!keys.length) return { cases: [], truncated: false };
  const rows = await repo.readableCasesCiting(p.db, ctx, p.config.retentionGraceDays, keys);
  const { full } = await passDoor(p, ctx, { module: MODULE, recordType: 'content_case', action: 'content.case.list', rows, details: { cases: rows.length } });
  return { cases: full.map((r) => ({ id: r.id, url: r.url, status: r.status })), truncated: rows.length >= repo.CITING_LIMIT };
}
