/** Every SQL statement of the notifications module's table, notifications (typed in notifications.tables.ts). */
import type { Database } from '../../platform/db.ts';

export type NotificationRow = Awaited<ReturnType<typeof ownRows>>[number];

export async function insertNotifications(
  tx: Database,
  userIds: readonly string[],
  n: { kind: string; recordType: string | null; recordId: string | null; payload: Record<string, unknown> },
): Promise<void> {
  await tx
    .insertInto('notifications')
    .values(userIds.map((user_id) => ({ id: crypto.randomUUID(), user_id, kind: n.kind, record_type: n.recordType, record_id: n.recordId, payload: JSON.stringify(n.payload), read_at: null })))
    .execute();
}

/** A user's notifications, newest first. */
export function ownRows(d: Database, userId: string, unreadOnly: boolean, limit: number) {
  let query = d.selectFrom('notifications').selectAll().where('user_id', '=', userId);
  if (unreadOnly) query = query.where('read_at', 'is', null);
  return query.orderBy('created_at', 'desc').limit(limit).execute();
}

/** Marks one of a user's unread notifications read, or all of them; returns how many changed. */
export async function markRead(d: Database, userId: string, id: string | 'all'): Promise<number> {
  let q = d.updateTable('notifications').set({ read_at: new Date() }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (id !== 'all') q = q.where('id', '=', id);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
}

export async function ownExists(d: Database, userId: string, id: string): Promise<boolean> {
  return !!(await d.selectFrom('notifications').select('id').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst());
}
