/**
 * Every SQL statement of the oversight module: its own table (oversight_grants) and its questions to the
 * platform's audit log (read only; the log belongs to no module and is written only by platform/audit.ts).
 */
import { sql, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../platform/db.ts';
import type { DB } from '../../platform/db-types.ts';

/** The filters of the log's questions. */
export interface AuditFilters {
  recordId?: string | undefined;
  actor?: string | undefined;
  actorId?: string | undefined;
  /** One action or several, comma-separated. */
  action?: string | undefined;
  orgId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The end of a period given as a date (the whole day) or a moment. */
export function endOf(to: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(to) ? new Date(new Date(to).getTime() + 86_400_000) : new Date(new Date(to).getTime() + 1);
}

/** The filters every question shares, as SQL conditions on audit_log (alias-free). */
export function auditFilters<Q extends SelectQueryBuilder<DB, 'audit_log', object>>(query: Q, q: AuditFilters): Q {
  let out = query as SelectQueryBuilder<DB, 'audit_log', object>;
  // "Who read record X": the indexed record ids (migration 0008), filled from the hashed details.
  if (q.recordId) out = out.where(sql<boolean>`record_ids @> ARRAY[${q.recordId}]::text[]`);
  if (q.actorId) out = out.where('actor_id', '=', q.actorId);
  if (q.actor) {
    const name = q.actor;
    // left(actor_name, 200) is the indexed form (migration 0008).
    out = out.where(sql<boolean>`left(actor_name, 200) = left(${name}, 200)`).where('actor_name', '=', name);
  }
  if (q.action) {
    const actions = q.action.split(',').map((a) => a.trim()).filter(Boolean);
    if (actions.length > 0) out = out.where('action', 'in', actions);
  }
  if (q.orgId) out = out.where('org_id', '=', q.orgId);
  if (q.from) out = out.where('at', '>=', new Date(q.from));
  if (q.to) out = out.where('at', '<', endOf(q.to));
  return out as Q;
}

/** Audit entries, newest first (`before`: a seq, for the next page). */
export function auditEntries(d: Database, q: AuditFilters & { before?: number | undefined; limit: number }) {
  let query = auditFilters(d.selectFrom('audit_log').selectAll(), q);
  if (q.before) query = query.where('seq', '<', q.before);
  return query.orderBy('seq', 'desc').limit(q.limit).execute();
}

/** The audit table's sort fields, mapped to columns (a whitelist: nothing from the request reaches SQL as a name). */
const AUDIT_ORDER = { seq: 'seq', actor: 'actor_name', organisation: 'org_name', action: 'action', recordType: 'record_type' } as const;
export type AuditSort = keyof typeof AUDIT_ORDER;

/** One page of audit entries: newest first, or by a whitelisted field (newest first within it). */
export function auditPage(d: Database, q: AuditFilters & { sort?: AuditSort | undefined; dir?: 'asc' | 'desc' | undefined; limit: number; offset: number }) {
  const sort = q.sort ?? 'seq';
  const dir = q.dir ?? 'desc';
  let query = auditFilters(d.selectFrom('audit_log').selectAll(), q).orderBy(AUDIT_ORDER[sort], dir);
  if (sort !== 'seq') query = query.orderBy('seq', 'desc');
  return query.limit(q.limit).offset(q.offset).execute();
}

/** How many entries the same filters select, counted up to `cap` (a count of the whole log stays cheap). */
export async function countAudit(d: Database, q: AuditFilters, cap: number): Promise<number> {
  const inner = auditFilters(d.selectFrom('audit_log').select('seq'), q).limit(cap);
  const r = await d.selectFrom(inner.as('x')).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** "Who read record X": one group per actor, latest first (at most `limit`). */
export function readersOfRecord(d: Database, recordId: string, q: AuditFilters, limit: number) {
  return auditFilters(d.selectFrom('audit_log'), q)
    .select([
      'actor_id',
      'actor_name',
      'org_id',
      'org_name',
      sql<number>`count(*)::int`.as('n'),
      sql<number>`count(*) FILTER (WHERE details::jsonb->'hitIds' ? ${recordId})::int`.as('hits'),
      sql<Date>`min(at)`.as('first'),
      sql<Date>`max(at)`.as('last'),
      sql<string[]>`array_agg(DISTINCT purpose) FILTER (WHERE purpose IS NOT NULL)`.as('purposes'),
      sql<string[]>`array_agg(DISTINCT action)`.as('actions'),
    ])
    .groupBy(['actor_id', 'actor_name', 'org_id', 'org_name'])
    .orderBy(sql`max(at)`, 'desc')
    .limit(limit)
    .execute();
}

/** "What did Y read": one group per record the matching entries name, latest first (at most `limit`). */
export function recordsReadBy(d: Database, q: AuditFilters, limit: number) {
  return auditFilters(d.selectFrom('audit_log'), q)
    .innerJoin(sql<{ rid: string }>`unnest(record_ids)`.as('u'), (j) => j.onTrue())
    .select([
      sql<string>`u`.as('rid'),
      sql<number>`count(*)::int`.as('n'),
      sql<Date>`min(at)`.as('first'),
      sql<Date>`max(at)`.as('last'),
      sql<string[]>`array_agg(DISTINCT purpose) FILTER (WHERE purpose IS NOT NULL)`.as('purposes'),
      sql<string[]>`array_agg(DISTINCT action)`.as('actions'),
      sql<string[]>`array_agg(DISTINCT record_type) FILTER (WHERE record_type IS NOT NULL)`.as('types'),
    ])
    .groupBy(sql`u`)
    .orderBy(sql`max(at)`, 'desc')
    .limit(limit)
    .execute();
}

/** Entries and distinct actors per organisation and action in a period. */
export function entriesPerOrganisation(d: Database, q: { from?: string | undefined; to?: string | undefined }) {
  let query = d
    .selectFrom('audit_log')
    .select(['org_name', 'action', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.count<number>('actor_id').distinct().as('users')])
    .groupBy(['org_name', 'action']);
  if (q.from) query = query.where('at', '>=', new Date(q.from));
  if (q.to) query = query.where('at', '<', endOf(q.to));
  return query.orderBy('org_name').orderBy('action').execute();
}

export async function insertGrant(tx: Database, g: { id: string; userId: string; recordId: string; reason: string; grantedBy: string; expiresAt: Date }): Promise<void> {
  await tx.insertInto('oversight_grants').values({ id: g.id, user_id: g.userId, record_id: g.recordId, reason: g.reason, granted_by: g.grantedBy, expires_at: g.expiresAt }).execute();
}
