/** Routes of the hosting provider's portal: no Vigil account, the per-order token only. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Platform } from '../../platform/platform.ts';
import { portalOrderWire } from './portal.presenter.ts';
import * as portal from './portal.service.ts';

const portalParams = z.object({ id: z.string().max(64) });
const portalQuery = z.object({ token: z.string().max(200).optional() });

/** The portal token: the x-portal-token header (preferred), or ?token=. */
function portalToken(req: FastifyRequest, query: { token?: string | undefined }): string | undefined {
  const h = req.headers['x-portal-token'];
  if (typeof h === 'string' && h) return h.trim();
  return query.token;
}

export async function portalRoutes(scope: FastifyInstance, p: Platform): Promise<void> {
  const r = scope.withTypeProvider<ZodTypeProvider>();
  const tags = ['online content: provider portal'];
  const security: Array<Record<string, string[]>> = [];
  r.get(
    '/api/portal/orders/:id',
    { config: { public: true }, schema: { tags, security, summary: 'Provider portal: the order (token in the x-portal-token header or ?token=)', params: portalParams, querystring: portalQuery, response: { 200: portalOrderWire } } },
    async (req) => portal.portalGet(p, req.params.id, portalToken(req, req.query), req.ip),
  );
  r.post(
    '/api/portal/orders/:id',
    { config: { public: true }, schema: { tags, security, summary: 'Provider portal: confirm removal (removed|disabled), contest (removal order) or decline (referral)', params: portalParams, querystring: portalQuery, body: portal.portalAnswer, response: { 200: portalOrderWire } } },
    async (req) => portal.portalAnswerOrder(p, req.params.id, portalToken(req, req.query), req.ip, req.body),
  );
}
