/**
 * National-list entries are intelligence subjects: their markings (kept with the entry, `access`) decide
 * what a screening user sees, through the same policy as intel (module "intel"). Here: the policy's
 * SQL twin over those markings (so lists, queues and counts filter before paging) and the read door
 * for the subjects a screening answer shows (one audit event naming the released and hit/no-hit ids).
 */
import { sql, type RawBuilder } from 'kysely';
import type { RecordMarkings } from '../../../core/access/policy.ts';
import type { AuditDetails } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { passDoor } from '../../platform/door.ts';
import type { Platform } from '../../platform/platform.ts';
import { readableOrHitSql, readableSql } from '../../platform/records.ts';

/** The module whose read policy national entries follow. */
export const NATIONAL_MODULE = 'intel' as const;

/** The subject id of a national entry id `national:<uuid>`. */
export function subjectIdOf(entryId: string): string {
  return entryId.slice('national:'.length);
}

/**
 * The policy on a national entry's markings (the jsonb column `accessCol`) as a SQL condition: full
 * reads only, or full reads and hit/no-hit answers. False when the entry has no markings.
 */
export function accessSql(p: Platform, ctx: Ctx, accessCol: string, opts: { hits: boolean }): RawBuilder<boolean> {
  const a = sql.ref(accessCol);
  const grace = p.config.retentionGraceDays;
  const cond = opts.hits ? readableOrHitSql(ctx, NATIONAL_MODULE, grace, 'm') : readableSql(ctx, NATIONAL_MODULE, grace, 'm');
  return sql<boolean>`(${a} IS NOT NULL AND EXISTS (SELECT 1 FROM (SELECT
      (${a}->>'id')::uuid AS id,
      (${a}->>'ownerOrgId')::uuid AS owner_org_id,
      ${a}->>'classification' AS classification,
      ${a}->>'distribution' AS distribution,
      ARRAY(SELECT jsonb_array_elements_text(coalesce(${a}->'sharedOrgIds', '[]'::jsonb)))::uuid[] AS shared_org_ids,
      ARRAY(SELECT jsonb_array_elements_text(coalesce(${a}->'groupIds', '[]'::jsonb)))::uuid[] AS group_ids,
      coalesce((${a}->>'hitNoHit')::boolean, false) AS hit_no_hit,
      (${a}->>'reviewDate')::date AS review_date,
      coalesce((${a}->>'deleted')::boolean, false) AS deleted) m
    WHERE NOT m.deleted AND ${cond}))`;
}

/** The id of the active national version, as a SQL scalar. */
const ACTIVE_NATIONAL = sql`(SELECT nv.id FROM watchlist_versions nv WHERE nv.source_id = 'national' AND nv.active)`;

/**
 * Whether the viewer may see a stored hit (table alias `h`): the screening-encounter rule's SQL twin
 * (policy.ts screeningEncounter; issue #15, no false "clear"). Hits on official and custom lists, hits
 * whose subject left the national list (shown as withdrawn), and every national hit on a subject that
 * is not deleted (answered in full or "listed — contact"); nothing national for oversight. Queues and
 * counts filter by it before paging.
 */
export function hitVisibleSql(_p: Platform, ctx: Ctx, h: string): RawBuilder<boolean> {
  const c = (col: string) => sql.ref(`${h}.${col}`);
  if (ctx.actor.orgKind === 'oversight') return sql<boolean>`(${c('source_id')} <> 'national')`;
  return sql<boolean>`(${c('source_id')} <> 'national' OR NOT EXISTS (SELECT 1 FROM watchlist_entries ne
    WHERE ne.version_id = ${ACTIVE_NATIONAL} AND ne.entry_id = ${c('entry_id')} AND coalesce((ne.access->>'deleted')::boolean, false)))`;
}

/** A national subject a screening answer would show: its id and its markings. */
export interface NationalRow {
  subjectId: string;
  access: RecordMarkings;
}

/**
 * Passes the national subjects of one screening answer through the read door (one audit event:
 * `recordIds` = subjects shown in full, `hitIds` = subjects answered "listed — contact"), and returns
 * the viewer's decision per subject id (absent: refused).
 */
export async function passNational(
  p: Platform,
  ctx: Ctx,
  rows: readonly NationalRow[],
  req: { action: string; details?: AuditDetails; tx?: Database; hits?: boolean },
): Promise<Map<string, 'full' | 'hit'>> {
  const unique = [...new Map(rows.map((r) => [r.subjectId, r])).values()];
  const out = await passDoor(p, ctx, {
    module: NATIONAL_MODULE,
    recordType: 'subject',
    action: req.action,
    rows: unique,
    markings: (r) => ({ ...r.access, id: r.subjectId, deleted: r.access.deleted === true }),
    hits: req.hits ?? true,
    ...(req.details ? { details: req.details } : {}),
    ...(req.tx ? { tx: req.tx } : {}),
  });
  const view = new Map<string, 'full' | 'hit'>();
  for (const r of out.full) view.set(r.subjectId, 'full');
  for (const h of out.hits) view.set(h.id, 'hit');
  return view;
}
