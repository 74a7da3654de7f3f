import { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { passDoor } from '../../platform/door.ts';
import { policyMarkings, type MarkingRow } from '../../platform/records.ts';
import { intelRecordMarkings } from '../intel/subjects.service.ts';

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

type NotificationRow = Awaited<ReturnType<typeof ownRows>>[number];

function ownRows(p: Platform, ctx: Ctx, unreadOnly: boolean, limit: number) {
  let query = p.db.selectFrom('notifications').selectAll().where('user_id', '=', ctx.actor.userId);
  if (unreadOnly) query = query.where('read_at', 'is', null);
  return query.orderBy('created_at', 'desc').limit(limit).execute();
}

/**
 * Notifications about intelligence records pass the read door: a user sees one only while the policy
 * still lets them read its subject or report (a record narrowed or deleted since drops out), and the
 * ids released are on the audit record.
 */
async function throughDoor(p: Platform, ctx: Ctx, rows: NotificationRow[], audit: boolean): Promise<NotificationRow[]> {
  const intelRows = rows.filter((r) => r.record_type === 'subject' || r.record_type === 'report');
  const markings = new Map<string, MarkingRow>();
  for (const type of ['subject', 'report'] as const) {
    const ids = [...new Set(intelRows.filter((r) => r.record_type === type).map((r) => r.record_id!))];
    for (const [id, m] of await intelRecordMarkings(p.db, type, ids)) markings.set(id, m);
  }
  const present = intelRows.filter((r) => markings.has(r.record_id!));
  const out = await passDoor(p, ctx, {
    module: 'intel',
    recordType: 'notification',
    action: 'notification.list',
    rows: present,
    markings: (r) => policyMarkings(markings.get(r.record_id!)!),
    ...(audit ? {} : { audit: false as const }),
  });
  const allowed = new Set(out.full.map((r) => r.id));
  return rows.filter((r) => (r.record_type !== 'subject' && r.record_type !== 'report') || allowed.has(r.id));
}

/** The caller's own notifications, newest first, with the unread count (both through the read door). */
export async function listNotifications(p: Platform, ctx: Ctx, q: z.infer<typeof listQuery>) {
  const [rows, unreadRows] = await Promise.all([ownRows(p, ctx, q.unread === 'true', q.limit), ownRows(p, ctx, true, 1000)]);
  const [visible, unread] = await Promise.all([throughDoor(p, ctx, rows, true), throughDoor(p, ctx, unreadRows, false)]);
  return {
    unread: unread.length,
    items: visible.map((r) => ({ id: r.id, kind: r.kind, recordType: r.record_type, recordId: r.record_id, payload: r.payload, createdAt: r.created_at, read: r.read_at !== null })),
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
