import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import * as n from './notifications.service.ts';

export async function notificationRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  r.get('/api/notifications', { schema: { tags, summary: 'Your notifications', querystring: n.listQuery } }, async (req) => n.listNotifications(p, ctxOf(req), req.query));
  r.post('/api/notifications/:id/read', { schema: { tags, params: z.object({ id: uuid }) } }, async (req) => {
    await n.markRead(p, ctxOf(req), req.params.id);
    return { ok: true };
  });
  r.post('/api/notifications/read-all', { schema: { tags } }, async (req) => {
    await n.markRead(p, ctxOf(req), 'all');
    return { ok: true };
  });
}
