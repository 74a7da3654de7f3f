/**
 * Routes of referrals and removal orders: drafting, issuing, withdrawing, appeals, webhook deliveries,
 * cross-border scrutiny and the transparency report.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { ctxOf, sendDownload } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import * as deliveries from './deliveries.service.ts';
import * as reads from './order-reads.service.ts';
import { orderDetailWire, orderListWire, scrutinyDecisionWire, scrutinyInboxWire } from './orders.presenter.ts';
import * as orders from './orders.service.ts';
import { transparencyWire } from './transparency.presenter.ts';
import * as transparency from './transparency.service.ts';

const idParams = z.object({ id: uuid });
const deliveryWire = z.object({ ok: z.literal(true), deliveryId: z.string() });
const authoritiesWire = z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), country: z.string(), kind: z.string(), contact: z.string() })) });

/** The base URL of portal links: VIGIL_PUBLIC_URL (config), else the origin the issuing request came to. */
export function portalBase(req: FastifyRequest, configured: string | undefined): string {
  return configured ?? `${req.protocol}://${req.host}`;
}

export async function orderRoutes(scope: FastifyInstance, p: Platform): Promise<void> {
  const r = scope.withTypeProvider<ZodTypeProvider>();
  const tags = ['online content: cases and orders'];
  const one = { params: idParams, response: { 200: orderDetailWire } };

  r.post('/api/content/cases/:id/orders', { schema: { tags, summary: 'Draft a referral or removal order; duplicates (other authorities, same URL or matching hash) are flagged', params: idParams, body: orders.orderInput, response: { 201: orderDetailWire } } }, async (req, reply) =>
    reply.status(201).send(await orders.createOrder(p, ctxOf(req), req.params.id, req.body)),
  );
  r.get('/api/content/orders', { schema: { tags, summary: 'Orders on readable cases; state=pending|overdue|removed|…; sort=createdAt|issuedAt|dueAt|kind|status|url, dir; with the total the caller may read', querystring: reads.orderListQuery, response: { 200: orderListWire } } }, async (req) => reads.listOrders(p, ctxOf(req), req.query));
  r.get('/api/content/orders/:id', { schema: { tags, summary: 'An order with its webhook deliveries and every attempt', ...one } }, async (req) => reads.getOrder(p, ctxOf(req), req.params.id));
  r.post('/api/content/orders/:id/issue', { schema: { tags, summary: 'Send a draft (removal orders: content approve); 409 when duplicates are not acknowledged', body: orders.issueInput, ...one } }, async (req) =>
    orders.issueOrder(p, ctxOf(req), req.params.id, req.body, portalBase(req, p.config.content.publicUrl)),
  );
  r.post('/api/content/orders/:id/withdraw', { schema: { tags, summary: 'Withdraw a draft, or revoke an issued order (the provider is told)', body: orders.withdrawInput, ...one } }, async (req) =>
    orders.withdrawOrder(p, ctxOf(req), req.params.id, req.body, portalBase(req, p.config.content.publicUrl)),
  );
  r.post('/api/content/orders/:id/appeal', { schema: { tags, summary: 'Record an appeal and its outcome (lodged → upheld | overturned)', body: orders.appealInput, ...one } }, async (req) =>
    orders.recordAppeal(p, ctxOf(req), req.params.id, req.body, portalBase(req, p.config.content.publicUrl)),
  );
  r.post('/api/content/orders/:id/delivery/retry', { schema: { tags, summary: 'Retry a failed webhook delivery now (the issuing authority)', params: idParams, response: { 200: deliveryWire } } }, async (req) =>
    deliveries.retryDelivery(p, ctxOf(req), req.params.id),
  );
  r.post('/api/content/orders/:id/delivery/other-means', { schema: { tags, summary: 'Mark the delivery as made by other means, with a note (on the audit record)', params: idParams, body: deliveries.otherMeansInput, response: { 200: deliveryWire } } }, async (req) =>
    deliveries.markDeliveredOtherMeans(p, ctxOf(req), req.params.id, req.body),
  );
  r.post('/api/content/orders/:id/portal-link', { schema: { tags, summary: 'A fresh portal link for the provider (shown once), to pass on by hand', params: idParams, response: { 200: z.object({ url: z.string() }) } } }, async (req) =>
    deliveries.portalLink(p, ctxOf(req), req.params.id, portalBase(req, p.config.content.publicUrl)),
  );
  r.get('/api/content/authorities', { schema: { tags, summary: 'Competent authorities of a member state (to scrutinise a cross-border removal order)', querystring: deliveries.authoritiesQuery, response: { 200: authoritiesWire } } }, async (req) =>
    deliveries.listAuthorities(p, ctxOf(req), req.query.country),
  );
  r.get('/api/content/scrutiny', { schema: { tags, summary: "Cross-border removal orders sent to the caller's authority for scrutiny (72 h)", response: { 200: scrutinyInboxWire } } }, async (req) => reads.scrutinyInbox(p, ctxOf(req)));
  r.post('/api/content/orders/:id/scrutiny', { schema: { tags, summary: 'Host member state authority: decide within 72 h (infringement revokes the order)', params: idParams, body: orders.scrutinyInput, response: { 200: scrutinyDecisionWire } } }, async (req) =>
    orders.scrutinise(p, ctxOf(req), req.params.id, req.body, portalBase(req, p.config.content.publicUrl)),
  );
  r.get('/api/content/transparency', { schema: { tags, summary: "The caller's authority's yearly transparency report (format=json|csv)", querystring: transparency.transparencyQuery, response: { 200: transparencyWire } } }, async (req, reply) => {
    const out = await transparency.transparency(p, ctxOf(req), req.query);
    return 'csv' in out ? sendDownload(reply, `transparency-${out.year}.csv`, 'text/csv', out.csv!) : out.report;
  });
}
