/** The wire shape of a notification (zod, the routes' response schemas) and the row → wire function. */
import { z } from 'zod';
import { iso } from '../../platform/markings.presenter.ts';
import type { NotificationRow } from './notifications.repository.ts';

export const notificationWire = z.object({
  id: z.string(),
  kind: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  /** What the kind needs to be shown (e.g. a level change's from and to): references, never content. */
  payload: z.record(z.string(), z.unknown()),
  /** The record's name (a subject's first name, a report's title), only when the reader may read the record now. */
  recordName: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});

export const notificationListWire = z.object({ unread: z.number(), items: z.array(notificationWire) });

export function presentNotification(r: NotificationRow, recordName: string | null = null): z.infer<typeof notificationWire> {
  return { id: r.id, kind: r.kind, recordType: r.record_type, recordId: r.record_id, payload: r.payload, recordName, createdAt: iso(r.created_at), read: r.read_at !== null };
}
