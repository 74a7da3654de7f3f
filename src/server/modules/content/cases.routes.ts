/**
 * Routes of content cases, referrals and removal orders, cross-border scrutiny, the provider portal
 * and the transparency report. Registered inside the content plugin's scope (raw-body parsers).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { ctxOf, sendDownload } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import * as cases from './cases.service.ts';
import * as deliveries from './deliveries.service.ts';
import { rawBody } from './signals.service.ts';
import * as orders from './orders.service.ts';
import * as views from './orders.view.ts';
import * as portal from './portal.service.ts';
import { portalBase, type ContentRuntime } from './runtime.ts';
import * as transparency from './transparency.service.ts';

const idParams = z.object({ id: uuid });
const portalParams = z.object({ id: z.string().max(64) });
const portalQuery = z.object({ token: z.string().max(200).optional() });
const BINARY = { consumes: ['application/octet-stream', 'image/png', 'image/jpeg', 'image/webp'], body: rawBody };

/** The portal token: the x-portal-token header (preferred), or ?token=. */
function portalToken(req: FastifyRequest, query: { token?: string | undefined }): string | undefined {
  const h = req.headers['x-portal-token'];
  if (typeof h === 'string' && h) return h.trim();
  return query.token;
}

export async function caseRoutes(scope: FastifyInstance, p: Platform, rt: ContentRuntime): Promise<void> {
  const r = scope.withTypeProvider<ZodTypeProvider>();
  const kick = () => rt.worker.kick();
  const tags = ['online content: cases and orders'];

  r.get('/api/content/cases', { schema: { tags, summary: 'Cases the caller may read, newest first', querystring: cases.caseListQuery } }, async (req) => cases.listCases(p, ctxOf(req), req.query));
  r.post('/api/content/cases', { schema: { tags, summary: 'Open a case: URL, provider, offence, legal assessment, content hashes, markings', body: cases.caseInput } }, async (req, reply) => {
    const ctx = ctxOf(req);
    return reply.status(201).send(await cases.createCase(p, ctx, req.body, (id) => views.getCase(p, ctx, id, { audit: false })));
  });
  r.get('/api/content/cases/:id', { schema: { tags, summary: 'A case with its orders (countdown, state, scrutiny, time to removal)', params: idParams } }, async (req) =>
    views.getCase(p, ctxOf(req), req.params.id),
  );
  r.put('/api/content/cases/:id/evidence', { schema: { tags, summary: 'Upload the evidence screenshot (raw PNG/JPEG/WebP body, ≤ 10 MB)', params: idParams, ...BINARY } }, async (req) =>
    cases.putEvidence(p, ctxOf(req), req.params.id, req.body),
  );
  r.get('/api/content/cases/:id/evidence', { schema: { tags, summary: 'The evidence screenshot (image bytes)', params: idParams } }, async (req, reply) => {
    const ev = await cases.getEvidence(p, ctxOf(req), req.params.id);
    return reply.header('content-type', ev.type).header('cache-control', 'no-store').header('content-disposition', `inline; filename="evidence-${req.params.id}"`).send(ev.data);
  });
  r.post('/api/content/cases/:id/orders', { schema: { tags, summary: 'Draft a referral or removal order; duplicates (other authorities, same URL or matching hash) are flagged', params: idParams, body: orders.orderInput } }, async (req, reply) =>
    reply.status(201).send(await orders.createOrder(p, ctxOf(req), req.params.id, req.body)),
  );
  r.get('/api/content/orders', { schema: { tags, summary: 'Orders on readable cases; state=pending|overdue|removed|…', querystring: views.orderListQuery } }, async (req) => views.listOrders(p, ctxOf(req), req.query));
  r.get('/api/content/orders/:id', { schema: { tags, summary: 'An order with its webhook deliveries and every attempt', params: idParams } }, async (req) => views.getOrder(p, ctxOf(req), req.params.id));
  r.post('/api/content/orders/:id/issue', { schema: { tags, summary: 'Send a draft (removal orders: content approve); 409 when duplicates are not acknowledged', params: idParams, body: orders.issueInput } }, async (req) =>
    orders.issueOrder(p, ctxOf(req), req.params.id, req.body, portalBase(req), kick),
  );
  r.post('/api/content/orders/:id/withdraw', { schema: { tags, summary: 'Withdraw a draft, or revoke an issued order (the provider is told)', params: idParams, body: orders.withdrawInput } }, async (req) =>
    orders.withdrawOrder(p, ctxOf(req), req.params.id, req.body, portalBase(req), kick),
  );
  r.post('/api/content/orders/:id/appeal', { schema: { tags, summary: 'Record an appeal and its outcome (lodged → upheld | overturned)', params: idParams, body: orders.appealInput } }, async (req) =>
    orders.recordAppeal(p, ctxOf(req), req.params.id, req.body, portalBase(req), kick),
  );
  r.post('/api/content/orders/:id/delivery/retry', { schema: { tags, summary: 'Retry a failed webhook delivery now (the issuing authority)', params: idParams } }, async (req) =>
    deliveries.retryDelivery(p, ctxOf(req), req.params.id, kick),
  );
  r.post('/api/content/orders/:id/delivery/other-means', { schema: { tags, summary: 'Mark the delivery as made by other means, with a note (on the audit record)', params: idParams, body: deliveries.otherMeansInput } }, async (req) =>
    deliveries.markDeliveredOtherMeans(p, ctxOf(req), req.params.id, req.body),
  );
  r.post('/api/content/orders/:id/portal-link', { schema: { tags, summary: 'A fresh portal link for the provider (shown once), to pass on by hand', params: idParams } }, async (req) =>
    deliveries.portalLink(p, ctxOf(req), req.params.id, portalBase(req)),
  );
  r.get('/api/content/authorities', { schema: { tags, summary: "Competent authorities of a member state (to scrutinise a cross-border removal order)", querystring: deliveries.authoritiesQuery } }, async (req) =>
    deliveries.listAuthorities(p, ctxOf(req), req.query.country),
  );
  r.get('/api/content/scrutiny', { schema: { tags, summary: "Cross-border removal orders sent to the caller's authority for scrutiny (72 h)" } }, async (req) => views.scrutinyInbox(p, ctxOf(req)));
  r.post('/api/content/orders/:id/scrutiny', { schema: { tags, summary: 'Host member state authority: decide within 72 h (infringement revokes the order)', params: idParams, body: orders.scrutinyInput } }, async (req) =>
    orders.scrutinise(p, ctxOf(req), req.params.id, req.body, portalBase(req), kick),
  );
  r.get('/api/content/transparency', { schema: { tags, summary: "The caller's authority's yearly transparency report (format=json|csv)", querystring: transparency.transparencyQuery } }, async (req, reply) => {
    const out = await transparency.transparency(p, ctxOf(req), req.query);
    if ('csv' in out) return sendDownload(reply, `transparency-${out.year}.csv`, 'text/csv', out.csv!);
    return out.report;
  });

  const ptags = ['online content: provider portal'];
  const security: Array<Record<string, string[]>> = [];
  r.get(
    '/api/portal/orders/:id',
    { config: { public: true }, schema: { tags: ptags, security, summary: 'Provider portal: the order (token in the x-portal-token header or ?token=)', params: portalParams, querystring: portalQuery } },
    async (req) => portal.portalGet(p, req.params.id, portalToken(req, req.query), req.ip),
  );
  r.post(
    '/api/portal/orders/:id',
    { config: { public: true }, schema: { tags: ptags, security, summary: 'Provider portal: confirm removal (removed|disabled), contest (removal order) or decline (referral)', params: portalParams, querystring: portalQuery, body: portal.portalAnswer } },
    async (req) => portal.portalAnswerOrder(p, req.params.id, portalToken(req, req.query), req.ip, req.body),
  );
}
