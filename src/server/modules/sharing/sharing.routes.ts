/**
 * Sharing with partners: STIX and MISP import/export, the objects held, partner instances and their
 * status, the long-poll that wakes partners, and the TAXII 2.1 server. The background jobs (outbox,
 * federation, correlation) are sharing.jobs.ts, started by the module (sharing.module.ts); settings are
 * Config.sharing (src/server/platform/config.ts).
 */
import * as preview from './preview.service.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import * as exchange from './exchange.service.ts';
import * as partners from './partners.service.ts';
import * as w from './sharing.presenter.ts';
import { sharingJobs, type SharingJobs } from './sharing.jobs.ts';
import { taxiiRoutes } from './taxii.routes.ts';

const idParams = z.object({ id: uuid });

export async function sharingRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const jobs = sharingJobs(p);
  const { outbox, federation, onStored, closing } = jobs;
  app.decorate('sharing', jobs);
  // Waiting long-polls end before the server waits for open requests.
  app.addHook('preClose', async () => jobs.beginClose());
  await taxiiRoutes(app, p, outbox, onStored);

  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sharing'];
  r.post('/api/sharing/preview', { schema: { tags, summary: 'Who will see a record with these markings, and how', body: preview.previewInput, response: { 200: w.previewWire } } }, async (req) =>
    preview.preview(p, ctxOf(req), req.body),
  );
  r.get('/api/sharing/objects', { schema: { tags, summary: 'Objects held (own records as STIX, received, imported) you may read', querystring: exchange.listQuery, response: { 200: w.objectListWire } } }, async (req) => {
    await outbox.catchUp();
    return exchange.listObjects(p, ctxOf(req), req.query);
  });
  r.get('/api/sharing/objects/:id', { schema: { tags, summary: 'One object by record id, with provenance and versions', params: idParams, response: { 200: w.objectDetailWire } } }, async (req) => {
    await outbox.catchUp();
    return exchange.getObject(p, ctxOf(req), req.params.id);
  });
  r.post('/api/sharing/stix/export', { schema: { tags, summary: 'Export records as a STIX 2.1 bundle', body: exchange.exportInput, response: { 200: w.bundleWire } } }, async (req) => {
    const ctx = ctxOf(req);
    await outbox.catchUp();
    return exchange.exportStix(p, ctx, req.body.ids);
  });
  r.post('/api/sharing/stix/import', { schema: { tags, summary: 'Import a STIX 2.1 bundle (all or nothing; errors name a JSON pointer)', response: { 201: w.importWire } } }, async (req, reply) =>
    reply.status(201).send(await exchange.importStix(p, ctxOf(req), req.body, onStored)),
  );
  r.post('/api/sharing/misp/export', { schema: { tags, summary: 'Export records as a MISP event', body: exchange.exportInput, response: { 200: w.mispWire } } }, async (req) => {
    const ctx = ctxOf(req);
    await outbox.catchUp();
    return exchange.exportMisp(p, ctx, req.body.ids);
  });
  r.post('/api/sharing/misp/import', { schema: { tags, summary: 'Import a MISP event (wrapped or bare)', response: { 201: w.importWire } } }, async (req, reply) =>
    reply.status(201).send(await exchange.importMisp(p, ctxOf(req), req.body, onStored)),
  );
  r.get('/api/sharing/partners', { schema: { tags, summary: 'Partner instances and their status (administrators)', response: { 200: w.partnerListWire } } }, async (req) => partners.listPartners(p, ctxOf(req)));
  r.post('/api/sharing/partners', { schema: { tags, summary: 'Register a partner instance to pull from', body: partners.partnerInput, response: { 201: w.partnerWire } } }, async (req, reply) =>
    reply.status(201).send(await partners.createPartner(p, ctxOf(req), federation, req.body)),
  );
  r.get('/api/sharing/partners/:id', { schema: { tags, summary: "A partner's status page", params: idParams, response: { 200: w.partnerWire } } }, async (req) => partners.getPartner(p, ctxOf(req), req.params.id));
  r.patch('/api/sharing/partners/:id', { schema: { tags, summary: 'Change a partner (token, collections, enabled)', params: idParams, body: partners.partnerPatch, response: { 200: w.partnerWire } } }, async (req) =>
    partners.updatePartner(p, ctxOf(req), federation, req.params.id, req.body),
  );
  r.delete('/api/sharing/partners/:id', { schema: { tags, summary: 'Remove a partner (its flow stops at once)', params: idParams, response: { 200: w.okWire } } }, async (req) => {
    await partners.deletePartner(p, ctxOf(req), federation, req.params.id);
    return { ok: true as const };
  });
  r.post('/api/sharing/partners/:id/sync', { schema: { tags, summary: 'Pull from a partner now', params: idParams, response: { 200: w.syncWire } } }, async (req) => partners.syncNow(p, ctxOf(req), federation, req.params.id));
  r.get('/api/sharing/events', { config: { admission: 'exempt' }, schema: { tags, summary: 'Long-poll: answers when objects you may receive were added after `after`', querystring: partners.eventsQuery, response: { 200: w.eventsWire } } }, async (req) =>
    partners.waitForEvents(p, ctxOf(req), outbox, req.query, closing),
  );
}

declare module 'fastify' {
  interface FastifyInstance {
    sharing?: SharingJobs;
  }
}
