/** All SQL of webhook deliveries and their attempts (content_deliveries, content_delivery_attempts). */
import { sql } from 'kysely';
import { withTables, type Database } from '../../platform/db.ts';
import type { ContentTables } from './content.tables.ts';

const db = (d: Database) => withTables<ContentTables>(d);

/** A delivery the job claimed. */
export interface ClaimedDelivery {
  id: string;
  order_id: string;
  provider_id: string;
  event: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/** Queues a webhook message of an order, due now. */
export async function insertDelivery(d: Database, v: { orderId: string; providerId: string; event: string; payload: Record<string, unknown> }): Promise<void> {
  await db(d)
    .insertInto('content_deliveries')
    .values({ id: crypto.randomUUID(), order_id: v.orderId, provider_id: v.providerId, event: v.event, payload: JSON.stringify(v.payload), status: 'pending', next_attempt_at: new Date() })
    .execute();
}

/** Leases up to 20 due deliveries (skipping those another process holds) until `leaseUntil`. */
export async function claimDue(d: Database, now: Date, leaseUntil: Date): Promise<ClaimedDelivery[]> {
  const { rows } = await sql<ClaimedDelivery>`
      UPDATE content_deliveries SET lease_until = ${leaseUntil}
      WHERE id IN (
        SELECT id FROM content_deliveries
        WHERE status = 'pending' AND next_attempt_at <= ${now} AND (lease_until IS NULL OR lease_until < ${new Date()})
        ORDER BY next_attempt_at LIMIT 20 FOR UPDATE SKIP LOCKED)
      RETURNING id, order_id, provider_id, event, payload, attempts`.execute(d);
  return rows;
}

/** Records one attempt and the delivery's new state. */
export async function recordAttempt(
  tx: Database,
  a: { deliveryId: string; attempt: number; at: Date; statusCode: number | null; error: string | null; durationMs: number },
  next: { status: 'delivered' | 'failed' | 'pending'; deliveredAt: Date | null; nextAttemptAt: Date | null },
): Promise<void> {
  await db(tx).insertInto('content_delivery_attempts').values({ delivery_id: a.deliveryId, attempt: a.attempt, at: a.at, status_code: a.statusCode, error: a.error, duration_ms: a.durationMs }).execute();
  await db(tx)
    .updateTable('content_deliveries')
    .set({ attempts: a.attempt, lease_until: null, status: next.status, delivered_at: next.deliveredAt, next_attempt_at: next.nextAttemptAt })
    .where('id', '=', a.deliveryId)
    .execute();
}

/** Every delivery of the orders, oldest first. */
export function deliveriesOfOrders(d: Database, orderIds: readonly string[]) {
  return db(d)
    .selectFrom('content_deliveries')
    .select(['id', 'order_id', 'event', 'status', 'attempts', 'next_attempt_at', 'delivered_at', 'manual_note', 'created_at'])
    .where('order_id', 'in', orderIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Every attempt of the deliveries, in order. */
export function attemptsOf(d: Database, deliveryIds: readonly string[]) {
  return db(d).selectFrom('content_delivery_attempts').selectAll().where('delivery_id', 'in', deliveryIds).orderBy('attempt').execute();
}

/** A failed delivery becomes due again now. */
export async function retryFailed(tx: Database, deliveryId: string, now: Date): Promise<void> {
  await db(tx).updateTable('content_deliveries').set({ status: 'pending', next_attempt_at: now, lease_until: null }).where('id', '=', deliveryId).where('status', '=', 'failed').execute();
}

/** Marks a delivery as made by other means, with the note and who marked it. */
export async function markOtherMeans(tx: Database, deliveryId: string, v: { at: Date; note: string; by: string }): Promise<void> {
  await db(tx)
    .updateTable('content_deliveries')
    .set({ status: 'other_means', delivered_at: v.at, next_attempt_at: null, lease_until: null, manual_note: v.note, manual_by: v.by })
    .where('id', '=', deliveryId)
    .execute();
}
