import { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';

export const listQuery = z.object({ unread: z.enum(['true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) });

/** Queues an in-app notification for each user (inside the caller's transaction). */
export async function notify(
  tx: Database,
  userIds: readonly string[],
  n: { kind: string; recordType?: string; recordId?: string; payload: Record<string, unknown> },
): Promise<void> {
  if (userIds.length === 0) return;
  await tx
    .insertInto('notifications')
    .values(
      userIds.map((user_id) => ({
        id: crypto.randomUUID(),
        user_id,
        kind: n.kind,
        record_type: n.recordType ?? null,
        record_id: n.recordId ?? null,
        payload: JSON.stringify(n.payload),
        read_at: null,
      })),
    )
    .execute();
}

/** The caller's own notifications, newest first, with the unread count. */
export async function listNotifications(p: Platform, ctx: Ctx, q: z.infer<typeof listQuery>) {
  let query = p.db.selectFrom('notifications').selectAll().where('user_id', '=', ctx.actor.userId);
  if (q.unread === 'true') query = query.where('read_at', 'is', null);
  const [rows, unread] = await Promise.all([
    query.orderBy('created_at', 'desc').limit(q.limit).execute(),
    p.db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', ctx.actor.userId).where('read_at', 'is', null).executeTakeFirstOrThrow(),
  ]);
  return {
    unread: Number(unread.n),
    items: rows.map((r) => ({ id: r.id, kind: r.kind, recordType: r.record_type, recordId: r.record_id, payload: r.payload, createdAt: r.created_at, read: r.read_at !== null })),
  };
}

export async function markRead(p: Platform, ctx: Ctx, id: string | 'all'): Promise<void> {
  let q = p.db.updateTable('notifications').set({ read_at: new Date() }).where('user_id', '=', ctx.actor.userId).where('read_at', 'is', null);
  if (id !== 'all') q = q.where('id', '=', id);
  const res = await q.executeTakeFirst();
  if (id !== 'all' && Number(res.numUpdatedRows) === 0) {
    const exists = await p.db.selectFrom('notifications').select('id').where('id', '=', id).where('user_id', '=', ctx.actor.userId).executeTakeFirst();
    if (!exists) throw notFound('notification');
  }
}
