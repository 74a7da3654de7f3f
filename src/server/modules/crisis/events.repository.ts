/** SQL of the durable incident event table (crisis_events): append, replay, poll, timeline. */
import { sql } from 'kysely';
import type { Database } from '../../platform/db.ts';
import { withTables } from '../../platform/db.ts';
import type { CrisisTables } from './crisis.tables.ts';
import { AUDIT_LOCK } from '../../platform/audit.ts';

const db = (d: Database) => withTables<CrisisTables>(d);

/**
 * Event ids are taken under the audit chain's advisory lock (platform/audit.ts takes the same lock for
 * every change it records, so one lock and no deadlock): ids then commit in the order they were taken,
 * and a reader that has seen id N will never later find a committed id below N.
 */

export async function insertEvent(tx: Database, incidentId: string, kind: string, payload: Record<string, unknown>, at?: Date): Promise<number> {
  // Lock and insert in one statement (one round trip less while every writer waits on the lock): the
  // row, and so its id, exists only once the lock is held.
  const { rows } = await sql<{ id: string }>`WITH l AS (SELECT pg_advisory_xact_lock(${AUDIT_LOCK}))
    INSERT INTO crisis_events (incident_id, kind, payload, at)
    SELECT ${incidentId}::uuid, ${kind}, ${JSON.stringify(payload)}::jsonb, COALESCE(${at ?? null}::timestamptz, clock_timestamp()) FROM l
    RETURNING id`.execute(tx);
  return Number(rows[0]!.id);
}

export type EventRow = { id: number; incident_id: string; kind: string; payload: Record<string, unknown>; at: Date };

/** Events of every incident after `afterId`, oldest first (the live poller). */
export async function eventsAfter(d: Database, afterId: number, limit: number): Promise<EventRow[]> {
  const rows = await db(d).selectFrom('crisis_events').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** One incident's events after `afterId`, oldest first (replay, timeline). */
export async function incidentEventsAfter(d: Database, incidentId: string, afterId: number, limit: number): Promise<EventRow[]> {
  const rows = await db(d).selectFrom('crisis_events').selectAll().where('incident_id', '=', incidentId).where('id', '>', afterId).orderBy('id').limit(limit).execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

export async function countIncidentEventsAfter(d: Database, incidentId: string, afterId: number): Promise<number> {
  const r = await db(d).selectFrom('crisis_events').select((eb) => eb.fn.countAll<number>().as('n')).where('incident_id', '=', incidentId).where('id', '>', afterId).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function maxEventId(d: Database, incidentId?: string): Promise<number> {
  let q = db(d).selectFrom('crisis_events').select((eb) => eb.fn.max('id').as('m'));
  if (incidentId) q = q.where('incident_id', '=', incidentId);
  const r = await q.executeTakeFirst();
  return Number(r?.m ?? 0);
}
