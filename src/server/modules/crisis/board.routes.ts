/** Routes of protocol templates, their activation, the task board and the unit board. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { activateInput, checklistInput, protocolInput, taskCreateInput, taskMoveInput, unitInput, unitMoveInput } from '../../../core/crisis/inputs.ts';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { changedWire, protocolListWire, protocolWire, taskListWire, unitListWire } from './board.presenter.ts';
import * as board from './board.service.ts';
import { idParams, tags } from './incidents.routes.ts';
import * as protocols from './protocols.service.ts';

export async function boardRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/crisis/protocols', { schema: { tags, summary: 'Protocol templates (latest version of each)', response: { 200: protocolListWire } } }, async (req) => protocols.listProtocols(p, ctxOf(req)));
  r.post('/api/crisis/protocols', { schema: { tags, summary: 'Publish a new protocol template (version 1)', body: protocolInput, response: { 201: protocolWire } } }, async (req, reply) =>
    reply.status(201).send(await protocols.createProtocol(p, ctxOf(req), req.body)),
  );
  r.get('/api/crisis/protocols/:id/versions', { schema: { tags, summary: "Every version of a protocol's template, newest first", params: idParams, response: { 200: protocolListWire } } }, async (req) =>
    protocols.protocolVersions(p, ctxOf(req), req.params.id),
  );
  r.post('/api/crisis/protocols/:id/versions', { schema: { tags, summary: 'Publish the next version of a template (closes the improvement actions linked to it)', params: idParams, body: protocolInput, response: { 201: protocolWire.extend({ closedActions: z.number() }) } } }, async (req, reply) =>
    reply.status(201).send(await protocols.reviseProtocol(p, ctxOf(req), req.params.id, req.body)),
  );
  r.post('/api/crisis/incidents/:id/activations', { schema: { tags, summary: 'Activate a protocol on the incident: its tasks appear on the board', params: idParams, body: activateInput, response: { 201: changedWire } } }, async (req, reply) =>
    reply.status(201).send(await protocols.activateProtocol(p, ctxOf(req), req.params.id, req.body)),
  );
  r.get('/api/crisis/incidents/:id/tasks', { schema: { tags, summary: 'The task board', params: idParams, response: { 200: taskListWire } } }, async (req) => board.listTasks(p, ctxOf(req), req.params.id));
  r.post('/api/crisis/incidents/:id/tasks', { schema: { tags, summary: 'Add a task for a role (and organisation)', params: idParams, body: taskCreateInput, response: { 201: changedWire } } }, async (req, reply) =>
    reply.status(201).send(await board.createTask(p, ctxOf(req), req.params.id, req.body)),
  );
  const taskParams = z.object({ id: uuid, taskId: uuid });
  r.post('/api/crisis/incidents/:id/tasks/:taskId/status', { schema: { tags, summary: 'Move a task (todo, doing, done, blocked with a reason)', params: taskParams, body: taskMoveInput, response: { 200: changedWire } } }, async (req) =>
    board.moveTask(p, ctxOf(req), req.params.id, req.params.taskId, req.body),
  );
  r.post('/api/crisis/incidents/:id/tasks/:taskId/checklist', { schema: { tags, summary: 'Tick or untick a checklist item', params: taskParams, body: checklistInput, response: { 200: changedWire } } }, async (req) =>
    board.checkItem(p, ctxOf(req), req.params.id, req.params.taskId, req.body),
  );
  r.get('/api/crisis/incidents/:id/units', { schema: { tags, summary: 'The unit and asset board', params: idParams, response: { 200: unitListWire } } }, async (req) => board.listUnits(p, ctxOf(req), req.params.id));
  r.post('/api/crisis/incidents/:id/units', { schema: { tags, summary: 'Request a unit or asset (optionally with its position: lat and lon together)', params: idParams, body: unitInput, response: { 201: changedWire } } }, async (req, reply) =>
    reply.status(201).send(await board.requestUnit(p, ctxOf(req), req.params.id, req.body)),
  );
  r.post('/api/crisis/incidents/:id/units/:unitId/status', { schema: { tags, summary: 'Move a unit: its status (requested, dispatched, on site, released) and/or its position on the incident map (lat and lon together; both null takes it off the map)', params: z.object({ id: uuid, unitId: uuid }), body: unitMoveInput, response: { 200: changedWire } } }, async (req) =>
    board.moveUnit(p, ctxOf(req), req.params.id, req.params.unitId, req.body),
  );
}
