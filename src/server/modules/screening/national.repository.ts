/**
 * SQL of the national list as a read-policy object: the policy's SQL twin over a national entry's
 * markings (kept with the entry, `access`) and the screening-encounter rule over stored hits, so lists,
 * queues and counts filter before paging; the markings of active entries; the owners' screening actions.
 */
import { sql, type RawBuilder } from 'kysely';
import type { RecordMarkings } from '../../../core/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import { withTables, type Database } from '../../platform/db.ts';
import type { Platform } from '../../platform/platform.ts';
import { readableOrHitSql, readableSql } from '../../platform/records.ts';
import type { EncounterAction, ScreeningTables } from './screening.tables.ts';

const db = (d: Database) => withTables<ScreeningTables>(d);

/** The module whose read policy national entries follow. */
export const NATIONAL_MODULE = 'intel' as const;

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
export function hitVisibleSql(ctx: Ctx, h: string): RawBuilder<boolean> {
  const c = (col: string) => sql.ref(`${h}.${col}`);
  if (ctx.actor.orgKind === 'oversight') return sql<boolean>`(${c('source_id')} <> 'national')`;
  return sql<boolean>`(${c('source_id')} <> 'national' OR NOT EXISTS (SELECT 1 FROM watchlist_entries ne
    WHERE ne.version_id = ${ACTIVE_NATIONAL} AND ne.entry_id = ${c('entry_id')} AND coalesce((ne.access->>'deleted')::boolean, false)))`;
}

/** The markings of entries on an active version, by entry id (entries without markings left out). */
export async function activeEntryAccess(d: Database, entryIds: readonly string[]): Promise<Map<string, RecordMarkings>> {
  const out = new Map<string, RecordMarkings>();
  if (entryIds.length === 0) return out;
  const rows = await db(d).selectFrom('watchlist_entries as e').innerJoin('watchlist_versions as v', 'v.id', 'e.version_id').select(['e.entry_id', 'e.access']).where('v.active', '=', true).where('e.entry_id', 'in', [...entryIds]).execute();
  for (const r of rows) if (r.access) out.set(r.entry_id, r.access as RecordMarkings);
  return out;
}

/** The markings of a subject's entry on the active national list (undefined when it is not listed). */
export async function nationalEntryAccess(d: Database, subjectId: string): Promise<RecordMarkings | null | undefined> {
  const row = await db(d)
    .selectFrom('watchlist_entries as e')
    .innerJoin('watchlist_versions as v', 'v.id', 'e.version_id')
    .select(['e.access'])
    .where('v.source_id', '=', 'national')
    .where('v.active', '=', true)
    .where('e.entry_id', '=', `national:${subjectId}`)
    .executeTakeFirst();
  return row?.access as RecordMarkings | null | undefined;
}

/** The actions the owners set, by subject id (subjects without one left out). */
export async function subjectActions(d: Database, subjectIds: readonly string[]): Promise<Map<string, EncounterAction>> {
  const out = new Map<string, EncounterAction>();
  if (subjectIds.length === 0) return out;
  const rows = await db(d).selectFrom('screening_subject_actions').select(['subject_id', 'action']).where('subject_id', 'in', [...new Set(subjectIds)]).execute();
  for (const r of rows) out.set(r.subject_id, r.action);
  return out;
}

/** Sets (or replaces) the owner's action for a subject. */
export async function upsertSubjectAction(tx: Database, row: { subjectId: string; action: EncounterAction; ownerOrgId: string; setBy: string }): Promise<void> {
  const set = { action: row.action, owner_org_id: row.ownerOrgId, set_by: row.setBy, set_at: new Date() };
  await db(tx)
    .insertInto('screening_subject_actions')
    .values({ subject_id: row.subjectId, ...set })
    .onConflict((oc) => oc.column('subject_id').doUpdateSet(set))
    .execute();
}

/**
 * Withdraws one entry from the national list inside `tx` (its subject is being deleted): a new active
 * version without it (the other entries' spans stay open: nothing else is written), the removal kept as a change
 * with its reason, and its past hits keep no explanation (they show as withdrawn). Null when the
 * entry is not on the active list.
 */
export async function withdrawNationalEntry(t: Database, entryId: string, r: { reason: string; createdBy: string | null }): Promise<{ id: string; number: number; hits: number } | null> {
  const tx = db(t);
  await sql`SELECT id FROM watchlist_sources WHERE id = 'national' FOR UPDATE`.execute(tx);
  const prev = await tx.selectFrom('watchlist_versions').select(['id', 'number', 'entry_count']).where('source_id', '=', 'national').where('active', '=', true).executeTakeFirst();
  if (!prev) return null;
  // The entry's open span (migration 0041): the entry as the active version holds it.
  const open = sql`watchlist_entry_spans WHERE source_id = 'national' AND valid_to IS NULL AND entry_id = ${entryId}`;
  const listed = await sql`SELECT entry_id FROM ${open}`.execute(tx);
  if (listed.rows.length === 0) return null;
  const last = await tx.selectFrom('watchlist_versions').select((eb) => eb.fn.max('number').as('n')).where('source_id', '=', 'national').executeTakeFirst();
  const id = crypto.randomUUID();
  const number = Number(last?.n ?? 0) + 1;
  await tx.updateTable('watchlist_versions').set({ active: false }).where('id', '=', prev.id).execute();
  await tx
    .insertInto('watchlist_versions')
    .values({ id, source_id: 'national', number, active: true, origin: 'delist', entry_count: Math.max(0, prev.entry_count - 1), added: 0, removed: 1, changed: 0, skipped: '[]', content_sha256: null, note: r.reason, created_by: r.createdBy })
    .execute();
  // Nothing else is written: the other entries' spans stay open into the new version.
  await sql`DELETE FROM ${open}`.execute(tx);
  await tx.insertInto('watchlist_changes').values({ version_id: id, entry_id: entryId, change: 'removed', reason: r.reason }).execute();
  const hits = await tx.updateTable('screening_hits').set({ explanation: null }).where('source_id', '=', 'national').where('entry_id', '=', entryId).executeTakeFirst();
  return { id, number, hits: Number(hits.numUpdatedRows ?? 0) };
}
