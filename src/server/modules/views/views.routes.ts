/** Routes of saved views (/api/me/views): zod in and out, one service call each. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { ctxOf } from '../../platform/context.ts';
import { okWire } from '../../platform/markings.presenter.ts';
import type { Platform } from '../../platform/platform.ts';
import { savedViewListWire, savedViewWire } from './views.presenter.ts';
import * as views from './views.service.ts';

export async function viewRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['saved views'];
  r.get('/api/me/views', { schema: { tags, summary: 'Your saved table views (of one screen with ?screen=)', querystring: views.listQuery, response: { 200: savedViewListWire } } }, async (req) =>
    views.listViews(p, ctxOf(req), req.query),
  );
  r.post('/api/me/views', { schema: { tags, summary: 'Save a table view under a name (the same name replaces it)', body: views.viewInput, response: { 201: savedViewWire } } }, async (req, reply) =>
    reply.status(201).send(await views.saveView(p, ctxOf(req), req.body)),
  );
  r.delete('/api/me/views/:id', { schema: { tags, summary: 'Delete one of your saved views (404 for anyone else’s)', params: z.object({ id: uuid }), response: { 200: okWire } } }, async (req) =>
    views.deleteView(p, ctxOf(req), req.params.id),
  );
}
