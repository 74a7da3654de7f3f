/** Routes of administration (organisations, users and their pending changes, sharing groups): zod in and out, one service call each. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { ctxOf } from '../../platform/context.ts';
import { okWire } from '../../platform/markings.presenter.ts';
import type { Platform } from '../../platform/platform.ts';
import { groupListWire, groupWire, organisationListWire, organisationWire, userChangeListWire, userCreatedWire, userEditedWire, userListWire } from './admin.presenter.ts';
import * as admin from './admin.service.ts';
import * as changes from './user-changes.service.ts';

const idParams = z.object({ id: uuid });

export async function adminRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['administration'];
  r.get('/api/organisations', { schema: { tags, summary: 'Organisations (agencies)', response: { 200: organisationListWire } } }, async (req) => admin.listOrganisations(p, ctxOf(req)));
  r.post('/api/organisations', { schema: { tags, summary: 'Create an organisation (global administrator)', body: admin.orgInput, response: { 201: organisationWire } } }, async (req, reply) =>
    reply.status(201).send(await admin.createOrganisation(p, ctxOf(req), req.body)),
  );
  r.patch('/api/organisations/:id', { schema: { tags, summary: 'Edit an organisation (global administrator)', params: idParams, body: admin.orgInput.partial(), response: { 200: okWire } } }, async (req) =>
    admin.updateOrganisation(p, ctxOf(req), req.params.id, req.body),
  );
  r.get('/api/users', { schema: { tags, summary: 'Users (administrators)', response: { 200: userListWire } } }, async (req) => admin.listUsers(p, ctxOf(req)));
  r.post('/api/users', { schema: { tags, summary: 'Create a user', body: admin.userInput, response: { 201: userCreatedWire } } }, async (req, reply) =>
    reply.status(201).send(await admin.createUser(p, ctxOf(req), req.body)),
  );
  r.patch(
    '/api/users/:id',
    { schema: { tags, params: idParams, body: admin.userPatch, summary: 'Edit a user; clearance, roles and organisation wait for a second administrator (202)', response: { 200: userEditedWire, 202: userEditedWire } } },
    async (req, reply) => {
      const { pendingChangeId } = await admin.updateUser(p, ctxOf(req), req.params.id, req.body);
      return pendingChangeId ? reply.status(202).send({ ok: true, pendingChangeId }) : { ok: true as const };
    },
  );
  r.get('/api/user-changes', { schema: { tags, summary: 'Changes of users awaiting a second administrator', response: { 200: userChangeListWire } } }, async (req) => changes.listChanges(p, ctxOf(req)));
  r.post('/api/user-changes/:id', { schema: { tags, params: idParams, body: changes.decisionInput, summary: 'Approve (apply) or reject a pending change', response: { 200: okWire } } }, async (req) =>
    changes.decideChange(p, ctxOf(req), req.params.id, req.body.decision),
  );
  r.get('/api/groups', { schema: { tags, summary: 'Sharing groups', response: { 200: groupListWire } } }, async (req) => admin.listGroups(p, ctxOf(req)));
  r.post('/api/groups', { schema: { tags, summary: 'Create a sharing group (global administrator)', body: admin.groupInput, response: { 201: groupWire } } }, async (req, reply) =>
    reply.status(201).send(await admin.createGroup(p, ctxOf(req), req.body)),
  );
  r.put('/api/groups/:id/members', { schema: { tags, summary: 'Set the member organisations of a sharing group', params: idParams, body: z.object({ orgIds: z.array(uuid).max(500) }), response: { 200: okWire } } }, async (req) =>
    admin.setGroupMembers(p, ctxOf(req), req.params.id, req.body.orgIds),
  );
}
