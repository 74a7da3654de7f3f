/** Routes of in-app notifications: zod in and out, one service call each. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { ctxOf } from '../../platform/context.ts';
import { okWire } from '../../platform/markings.presenter.ts';
import type { Platform } from '../../platform/platform.ts';
import { notificationListWire } from './notifications.presenter.ts';
import * as n from './notifications.service.ts';

export async function notificationRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  r.get('/api/notifications', { schema: { tags, summary: 'Your notifications', querystring: n.listQuery, response: { 200: notificationListWire } } }, async (req) =>
    n.listNotifications(p, ctxOf(req), req.query),
  );
  r.post('/api/notifications/:id/read', { schema: { tags, summary: 'Mark one of your notifications read', params: z.object({ id: uuid }), response: { 200: okWire } } }, async (req) =>
    n.markRead(p, ctxOf(req), req.params.id),
  );
  r.post('/api/notifications/read-all', { schema: { tags, summary: 'Mark all your notifications read', response: { 200: okWire } } }, async (req) => n.markRead(p, ctxOf(req), 'all'));
}
