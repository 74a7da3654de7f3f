/** Routes of the incident log, the significant-events board and situation reports. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { logInput, sitrepInput } from '../../../core/crisis/inputs.ts';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { changedWire, logWire, sitrepListWire } from './board.presenter.ts';
import { idParams, tags } from './incidents.routes.ts';
import * as log from './log.service.ts';

export async function logRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const entryParams = z.object({ id: uuid, entryId: uuid });
  r.get('/api/crisis/incidents/:id/log', { schema: { tags, summary: 'The decision and communication log with its hash-chain check', params: idParams, response: { 200: logWire } } }, async (req) => log.listLog(p, ctxOf(req), req.params.id));
  r.post('/api/crisis/incidents/:id/log', { schema: { tags, summary: 'Append a log entry (a correction names the entry it corrects)', params: idParams, body: logInput, response: { 201: changedWire } } }, async (req, reply) =>
    reply.status(201).send(await log.appendEntry(p, ctxOf(req), req.params.id, req.body)),
  );
  r.post('/api/crisis/incidents/:id/log/:entryId/flag', { schema: { tags, summary: 'Flag an entry significant', params: entryParams, response: { 200: changedWire } } }, async (req) => log.flagEntry(p, ctxOf(req), req.params.id, req.params.entryId));
  r.post('/api/crisis/incidents/:id/log/:entryId/confirm', { schema: { tags, summary: 'Confirm a flagged entry (situation unit): it goes on the significant-events board', params: entryParams, response: { 200: changedWire } } }, async (req) =>
    log.confirmEntry(p, ctxOf(req), req.params.id, req.params.entryId),
  );
  r.get('/api/crisis/incidents/:id/significant', { schema: { tags, summary: 'The significant-events board', params: idParams, response: { 200: logWire } } }, async (req) => log.significantBoard(p, ctxOf(req), req.params.id));
  r.get('/api/crisis/incidents/:id/sitreps', { schema: { tags, summary: 'Numbered situation reports', params: idParams, response: { 200: sitrepListWire } } }, async (req) => log.listSitreps(p, ctxOf(req), req.params.id));
  r.post('/api/crisis/incidents/:id/sitreps', { schema: { tags, summary: 'Write the next situation report', params: idParams, body: sitrepInput, response: { 201: changedWire } } }, async (req, reply) =>
    reply.status(201).send(await log.createSitrep(p, ctxOf(req), req.params.id, req.body)),
  );
  r.post('/api/crisis/incidents/:id/sitreps/:sitrepId/approve', { schema: { tags, summary: 'Approve a situation report', params: z.object({ id: uuid, sitrepId: uuid }), response: { 200: changedWire } } }, async (req) =>
    log.approveSitrep(p, ctxOf(req), req.params.id, req.params.sitrepId),
  );
}
