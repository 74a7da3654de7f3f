/** Routes of the hosting-provider registry. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { providerListWire, providerSecretWire } from './providers.presenter.ts';
import * as providers from './providers.service.ts';

const idParams = z.object({ id: uuid });

export async function providerRoutes(scope: FastifyInstance, p: Platform): Promise<void> {
  const r = scope.withTypeProvider<ZodTypeProvider>();
  const tags = ['online content: hosting providers'];
  r.get('/api/content/providers', { schema: { tags, summary: 'Hosting providers (webhook URL, signing scheme, public key)', response: { 200: providerListWire } } }, async (req) => providers.listProviders(p, ctxOf(req)));
  r.post('/api/content/providers', { schema: { tags, summary: 'Register a provider (content approve); the HMAC secret is in this answer only', body: providers.providerInput, response: { 201: providerSecretWire } } }, async (req, reply) =>
    reply.status(201).send(await providers.createProvider(p, ctxOf(req), req.body)),
  );
  r.patch('/api/content/providers/:id', { schema: { tags, summary: 'Change a provider; rotateSecret answers the new secret once', params: idParams, body: providers.providerPatch, response: { 200: providerSecretWire } } }, async (req) =>
    providers.updateProvider(p, ctxOf(req), req.params.id, req.body),
  );
}
