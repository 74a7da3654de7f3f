import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import * as admin from './admin.service.ts';
import * as changes from './admin.changes.ts';

const idParams = z.object({ id: uuid });

export async function adminRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['administration'];
  r.get('/api/organisations', { schema: { tags, summary: 'Organisations (agencies)' } }, async (req) => admin.listOrganisations(p, ctxOf(req)));
  r.post('/api/organisations', { schema: { tags, body: admin.orgInput } }, async (req, reply) =>
    reply.status(201).send(await admin.createOrganisation(p, ctxOf(req), req.body)),
  );
  r.patch('/api/organisations/:id', { schema: { tags, params: idParams, body: admin.orgInput.partial() } }, async (req) => {
    await admin.updateOrganisation(p, ctxOf(req), req.params.id, req.body);
    return { ok: true };
  });
  r.get('/api/users', { schema: { tags, summary: 'Users (administrators)' } }, async (req) => admin.listUsers(p, ctxOf(req)));
  r.post('/api/users', { schema: { tags, body: admin.userInput } }, async (req, reply) =>
    reply.status(201).send(await admin.createUser(p, ctxOf(req), req.body)),
  );
  r.patch('/api/users/:id', { schema: { tags, params: idParams, body: admin.userPatch, summary: 'Edit a user; clearance, roles and organisation wait for a second administrator (202)' } }, async (req, reply) => {
    const { pendingChangeId } = await admin.updateUser(p, ctxOf(req), req.params.id, req.body);
    return pendingChangeId ? reply.status(202).send({ ok: true, pendingChangeId }) : { ok: true };
  });
  r.get('/api/user-changes', { schema: { tags, summary: 'Changes of users awaiting a second administrator' } }, async (req) => changes.listChanges(p, ctxOf(req)));
  r.post('/api/user-changes/:id', { schema: { tags, params: idParams, body: changes.decisionInput, summary: 'Approve (apply) or reject a pending change' } }, async (req) => {
    await changes.decideChange(p, ctxOf(req), req.params.id, req.body.decision);
    return { ok: true };
  });
  r.get('/api/groups', { schema: { tags, summary: 'Sharing groups' } }, async (req) => admin.listGroups(p, ctxOf(req)));
  r.post('/api/groups', { schema: { tags, body: admin.groupInput } }, async (req, reply) =>
    reply.status(201).send(await admin.createGroup(p, ctxOf(req), req.body)),
  );
  r.put('/api/groups/:id/members', { schema: { tags, params: idParams, body: z.object({ orgIds: z.array(uuid).max(500) }) } }, async (req) => {
    await admin.setGroupMembers(p, ctxOf(req), req.params.id, req.body.orgIds);
    return { ok: true };
  });
}
