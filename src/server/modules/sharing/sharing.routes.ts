/**
 * Sharing with partners: STIX and MISP import/export, the objects held, partner instances and their
 * status, the long-poll that wakes partners, the TAXII 2.1 server, and the module's background jobs
 * (outbox projection, federation pulls, correlation), started when the server is ready and stopped on close.
 *
 * Settings (environment): VIGIL_SHARING_INDEX_MS (outbox interval, 2000), VIGIL_SHARING_PULL_MS (pull
 * interval without long-poll and back-off base, 30000), VIGIL_SHARING_TIMEOUT_MS (15000),
 * VIGIL_SHARING_LONGPOLL_S (25), VIGIL_SHARING_PAGE (1000), VIGIL_SHARING_FANOUT (25),
 * VIGIL_SHARING_JOBS=0 (no background jobs).
 */
import * as preview from './preview.service.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { Correlator } from './correlation.ts';
import * as exchange from './exchange.service.ts';
import { Federation } from './federation.ts';
import type { OnStored } from './objects.store.ts';
import { Outbox } from './outbox.ts';
import * as partners from './partners.service.ts';
import { taxiiRoutes } from './taxii.routes.ts';

const idParams = z.object({ id: uuid });
const num = (v: string | undefined, d: number) => (v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : d);

export interface SharingJobs {
  outbox: Outbox;
  correlator: Correlator;
  federation: Federation;
}

export function sharingSettings(env: NodeJS.ProcessEnv = process.env) {
  return {
    indexMs: num(env.VIGIL_SHARING_INDEX_MS, 2000),
    pullMs: num(env.VIGIL_SHARING_PULL_MS, 30_000),
    timeoutMs: num(env.VIGIL_SHARING_TIMEOUT_MS, 15_000),
    longPollS: num(env.VIGIL_SHARING_LONGPOLL_S, 25),
    pageSize: num(env.VIGIL_SHARING_PAGE, 1000),
    fanOut: num(env.VIGIL_SHARING_FANOUT, 25),
    jobs: env.VIGIL_SHARING_JOBS !== '0',
  };
}

export async function sharingRoutes(app: FastifyInstance, p: Platform): Promise<SharingJobs> {
  const s = sharingSettings();
  const log = (msg: string, err?: unknown) => app.log.error({ err }, msg);
  const correlator = new Correlator(p, s.fanOut, log);
  const onStored: OnStored = (ids, rows) => correlator.enqueue(ids, rows);
  const outbox = new Outbox(p, onStored);
  const federation = new Federation(p, s, onStored, log);
  const closing = new AbortController();
  let timer: NodeJS.Timeout | undefined;

  app.decorate('sharing', { outbox, correlator, federation });
  app.addHook('onReady', async () => {
    if (!s.jobs) return;
    timer = setInterval(() => void outbox.catchUp().catch((e) => log('sharing: outbox failed', e)), s.indexMs);
    timer.unref();
    await federation.start();
  });
  app.addHook('preClose', async () => {
    closing.abort();
    if (timer) clearInterval(timer);
    federation.stop();
  });
  app.addHook('onClose', async () => {
    await correlator.idle();
  });

  await taxiiRoutes(app, p, outbox, onStored);

  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sharing'];
  r.post('/api/sharing/preview', { schema: { tags, summary: 'Who will see a record with these markings, and how', body: preview.previewInput } }, async (req) =>
    preview.preview(p, ctxOf(req), req.body),
  );
  r.get('/api/sharing/objects', { schema: { tags, summary: 'Objects held (own records as STIX, received, imported) you may read', querystring: exchange.listQuery } }, async (req) => {
    await outbox.catchUp();
    return exchange.listObjects(p, ctxOf(req), req.query);
  });
  r.get('/api/sharing/objects/:id', { schema: { tags, summary: 'One object by record id, with provenance and versions', params: idParams } }, async (req) => {
    await outbox.catchUp();
    return exchange.getObject(p, ctxOf(req), req.params.id);
  });
  r.post('/api/sharing/stix/export', { schema: { tags, summary: 'Export records as a STIX 2.1 bundle', body: exchange.exportInput } }, async (req) => {
    const ctx = ctxOf(req);
    await outbox.catchUp();
    return exchange.exportStix(p, ctx, req.body.ids);
  });
  r.post('/api/sharing/stix/import', { schema: { tags, summary: 'Import a STIX 2.1 bundle (all or nothing; errors name a JSON pointer)' } }, async (req, reply) =>
    reply.status(201).send(await exchange.importStix(p, ctxOf(req), req.body, onStored)),
  );
  r.post('/api/sharing/misp/export', { schema: { tags, summary: 'Export records as a MISP event', body: exchange.exportInput } }, async (req) => {
    const ctx = ctxOf(req);
    await outbox.catchUp();
    return exchange.exportMisp(p, ctx, req.body.ids);
  });
  r.post('/api/sharing/misp/import', { schema: { tags, summary: 'Import a MISP event (wrapped or bare)' } }, async (req, reply) =>
    reply.status(201).send(await exchange.importMisp(p, ctxOf(req), req.body, onStored)),
  );
  r.get('/api/sharing/partners', { schema: { tags, summary: 'Partner instances and their status (administrators)' } }, async (req) => partners.listPartners(p, ctxOf(req)));
  r.post('/api/sharing/partners', { schema: { tags, summary: 'Register a partner instance to pull from', body: partners.partnerInput } }, async (req, reply) =>
    reply.status(201).send(await partners.createPartner(p, ctxOf(req), federation, req.body)),
  );
  r.get('/api/sharing/partners/:id', { schema: { tags, summary: "A partner's status page", params: idParams } }, async (req) => partners.getPartner(p, ctxOf(req), req.params.id));
  r.patch('/api/sharing/partners/:id', { schema: { tags, summary: 'Change a partner (token, collections, enabled)', params: idParams, body: partners.partnerPatch } }, async (req) =>
    partners.updatePartner(p, ctxOf(req), federation, req.params.id, req.body),
  );
  r.delete('/api/sharing/partners/:id', { schema: { tags, summary: 'Remove a partner (its flow stops at once)', params: idParams } }, async (req) => {
    await partners.deletePartner(p, ctxOf(req), federation, req.params.id);
    return { ok: true };
  });
  r.post('/api/sharing/partners/:id/sync', { schema: { tags, summary: 'Pull from a partner now', params: idParams } }, async (req) => partners.syncNow(p, ctxOf(req), federation, req.params.id));
  r.get('/api/sharing/events', { schema: { tags, summary: 'Long-poll: answers when objects you may receive were added after `after`', querystring: partners.eventsQuery } }, async (req) =>
    partners.waitForEvents(p, ctxOf(req), outbox, req.query, closing.signal),
  );
  return { outbox, correlator, federation };
}

declare module 'fastify' {
  interface FastifyInstance {
    sharing?: SharingJobs;
  }
}
