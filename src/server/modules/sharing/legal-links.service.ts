/**
 * For the legal module: the sharing objects held here — received from partners or imported — whose
 * legal basis cites a basis of the legal registry, when the basis expires or is amended. An object's
 * basis is the free text of its markings, compared as citationKey. (An object this instance projects
 * from an intelligence record carries that record's markings; the record is reviewed itself.) Only
 * objects the caller may read in full are returned and counted: the policy narrows the SQL before the
 * limit, and the door checks each row again and puts the ids released on the record (`sharing.list`).
 * Only the object's name or STIX id, its type and origin leave.
 */
import { hasPermission } from '../../../core/access/policy.ts';
import { citationKey } from '../../../core/legal/citation.ts';
import type { Ctx } from '../../platform/context.ts';
import { passDoor } from '../../platform/door.ts';
import type { Platform } from '../../platform/platform.ts';
import { readableSql } from '../../platform/records.ts';
import { CITING_LIMIT, receivedCiting } from './objects.repository.ts';

const MODULE = 'sharing' as const;

/** A held object as the legal review lists it. */
export interface CitingObject { id: string; stixId: string; name: string; type: string; origin: string }

/** Held objects the caller may read whose legal basis is one of `citations` (compared as citationKey); audited with the ids released. */
export async function sharingObjectsCitingBasis(p: Platform, ctx: Ctx, citations: readonly string[]): Promise<{ objects: CitingObject[]; truncated: boolean }> {
  if (!hasPermission(ctx.actor, MODULE, 'read')) return { objects: [], truncated: false };
  const keys = [...new Set(citations.map(citationKey))].filter((k) => k.length > 0);
  if (!keys.length) return { objects: [], truncated: false };
  const rows = await receivedCiting(p.db, keys, readableSql(ctx, MODULE, p.config.retentionGraceDays, 'o'));
  const { full } = await passDoor(p, ctx, { module: MODULE, recordType: 'sharing-object', action: 'sharing.list', rows, details: { count: rows.length } });
  return {
    objects: full.map((r) => {
      const name = (r.object as { name?: unknown }).name;
      return { id: r.id, stixId: r.stix_id, name: typeof name === 'string' && name ? name : r.stix_id, type: r.stix_type, origin: r.origin };
    }),
    truncated: rows.length >= CITING_LIMIT,
  };
}
