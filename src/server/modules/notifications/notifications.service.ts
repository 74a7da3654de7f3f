import { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { passDoor } from '../../platform/door.ts';
import { policyMarkings, type MarkingRow } from '../../platform/records.ts';
import { intelRecordMarkings, intelRecordNames } from '../intel/subjects.service.ts';
import { presentNotification } from './notifications.presenter.ts';
import * as repo from './notifications.repository.ts';

export const listQuery = z.object({ unread: z.enum(['true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) });

/** Queues an in-app notification for each user (inside the caller's transaction). */
export async function notify(
  tx: Database,
  userIds: readonly string[],
  n: { kind: string; recordType?: string; recordId?: string; payload: Record<string, unknown> },
): Promise<void> {
  if (userIds.length === 0) return;
  await repo.insertNotifications(tx, userIds, { kind: n.kind, recordType: n.recordType ?? null, recordId: n.recordId ?? null, payload: n.payload });
}

type NotificationRow = repo.NotificationRow;

function ownRows(p: Platform, ctx: Ctx, unreadOnly: boolean, limit: number) {
  return repo.ownRows(p.db, ctx.actor.userId, unreadOnly, limit);
}

/** A notification as it leaves: the record's name only for a reader the door released it to. */
export interface VisibleNotification {
  row: NotificationRow;
  recordName: string | null;
}

/**
 * Notifications about intelligence records pass the read door at read time: a user sees one only while
 * the policy still lets them read its subject or report (a record narrowed or deleted since drops out),
 * and the ids released are on the audit record. Those released carry the record's name (a subject's
 * first name, a report's title), read when the notification is listed, never stored with it.
 */
async function throughDoor(p: Platform, ctx: Ctx, rows: NotificationRow[], audit: boolean): Promise<VisibleNotification[]> {
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
  const names = new Map<string, string>();
  if (audit) {
    for (const type of ['subject', 'report'] as const) {
      const ids = [...new Set(out.full.filter((r) => r.record_type === type).map((r) => r.record_id!))];
      for (const [id, name] of await intelRecordNames(p.db, type, ids)) names.set(`${type}:${id}`, name);
    }
  }
  const visible: VisibleNotification[] = [];
  for (const r of rows) {
    const intel = r.record_type === 'subject' || r.record_type === 'report';
    if (!intel) visible.push({ row: r, recordName: null });
    else if (allowed.has(r.id)) visible.push({ row: r, recordName: names.get(`${r.record_type}:${r.record_id}`) ?? null });
  }
  return visible;
}

/** The caller's own notifications, newest first, with the unread count (both through the read door). */
export async function listNotifications(p: Platform, ctx: Ctx, q: z.infer<typeof listQuery>) {
  const [rows, unreadRows] = await Promise.all([ownRows(p, ctx, q.unread === 'true', q.limit), ownRows(p, ctx, true, 1000)]);
  const [visible, unread] = await Promise.all([throughDoor(p, ctx, rows, true), throughDoor(p, ctx, unreadRows, false)]);
  return {
    unread: unread.length,
    items: visible.map((v) => presentNotification(v.row, v.recordName)),
  };
}

/** Marks one of the caller's notifications read (404 for another's), or all of them. */
export async function markRead(p: Platform, ctx: Ctx, id: string | 'all'): Promise<{ ok: true }> {
  const changed = await repo.markRead(p.db, ctx.actor.userId, id);
  if (id !== 'all' && changed === 0 && !(await repo.ownExists(p.db, ctx.actor.userId, id))) throw notFound('notification');
  return { ok: true };
}
