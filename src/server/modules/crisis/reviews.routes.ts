/** Routes of the after-action review and its improvement plan. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { actionInput, actionMoveInput, reviewInput } from '../../../core/crisis/inputs.ts';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { changedWire } from './board.presenter.ts';
import { idParams, tags } from './incidents.routes.ts';
import * as reviews from './reviews.service.ts';

export async function reviewRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/crisis/incidents/:id/review', { schema: { tags, summary: 'The after-action review and its improvement plan (review null when none yet)', params: idParams, response: { 200: reviews.reviewWire } } }, async (req) => reviews.getReview(p, ctxOf(req), req.params.id));
  r.put('/api/crisis/incidents/:id/review', { schema: { tags, summary: 'Write the review: objectives and ratings, strengths, areas for improvement', params: idParams, body: reviewInput, response: { 200: changedWire } } }, async (req) =>
    reviews.saveReview(p, ctxOf(req), req.params.id, req.body),
  );
  r.post('/api/crisis/incidents/:id/review/complete', { schema: { tags, summary: 'Complete the review', params: idParams, response: { 200: changedWire } } }, async (req) => reviews.completeReview(p, ctxOf(req), req.params.id));
  r.post('/api/crisis/incidents/:id/review/actions', { schema: { tags, summary: 'Add a corrective action (owner organisation, due date, protocol template it changes)', params: idParams, body: actionInput, response: { 201: changedWire } } }, async (req, reply) =>
    reply.status(201).send(await reviews.addAction(p, ctxOf(req), req.params.id, req.body)),
  );
  r.post('/api/crisis/incidents/:id/review/actions/:actionId/status', { schema: { tags, summary: 'Change the status of a corrective action', params: z.object({ id: uuid, actionId: uuid }), body: actionMoveInput, response: { 200: changedWire } } }, async (req) =>
    reviews.moveAction(p, ctxOf(req), req.params.id, req.params.actionId, req.body),
  );
}
