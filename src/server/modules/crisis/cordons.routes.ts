/** Routes of an incident's cordons (its map): list, draw, lift. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { cordonInput, cordonLiftInput } from '../../../core/crisis/inputs.ts';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { changedWire } from './board.presenter.ts';
import { cordonListWire } from './cordons.presenter.ts';
import * as cordons from './cordons.service.ts';
import { idParams, tags } from './incidents.routes.ts';

export async function cordonRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/crisis/incidents/:id/cordons', { schema: { tags, summary: "The incident's cordons (active and lifted)", params: idParams, response: { 200: cordonListWire } } }, async (req) => cordons.listCordons(p, ctxOf(req), req.params.id));
  r.post('/api/crisis/incidents/:id/cordons', { schema: { tags, summary: 'Draw a cordon (inner, outer, traffic) as a polygon or a circle; a polygon not closed or crossing itself is refused', params: idParams, body: cordonInput, response: { 201: changedWire } } }, async (req, reply) =>
    reply.status(201).send(await cordons.createCordon(p, ctxOf(req), req.params.id, req.body)),
  );
  r.post('/api/crisis/incidents/:id/cordons/:cordonId/lift', { schema: { tags, summary: 'Lift a cordon', params: z.object({ id: uuid, cordonId: uuid }), body: cordonLiftInput.optional(), response: { 200: changedWire } } }, async (req) =>
    cordons.liftCordon(p, ctxOf(req), req.params.id, req.params.cordonId, req.body ?? {}),
  );
}
