/** Routes of public alerts: zod in and out, one service call each. The /cap/ answers are public. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { LIST_STATES } from './alerts.repository.ts';
import { alertDetailWire, alertListWire, createBody, followUpBody, geoWire, idParams, previewWire, returnBody, updateBody, versionBody } from './alerts.presenter.ts';
import * as alerts from './alerts.service.ts';
import * as publish from './publish.service.ts';
import { notModified, type CachedAnswer } from './feed.cache.ts';

const listQuery = z.object({ state: z.enum(LIST_STATES).optional(), incidentId: z.string().uuid().optional(), limit: z.coerce.number().int().min(1).max(500).optional() });
const discardQuery = z.object({ version: z.coerce.number().int().positive() });
const discardWire = z.object({ id: z.string(), discarded: z.literal(true) });
const fileParams = z.object({ file: z.string().max(200) });
// The body of a cached public answer is sent as bytes; the schema documents it for /api/openapi.json.
const bytes = z.any().describe('the document itself');

/** Sends a cached answer, or 304 when the client already holds it (If-None-Match). */
function sendCached(req: FastifyRequest, reply: FastifyReply, a: CachedAnswer): FastifyReply {
  reply.header('etag', a.etag).header('cache-control', a.cacheControl).header('vary', 'accept-encoding');
  if (notModified(req.headers['if-none-match'], a.etag)) return reply.status(304).send();
  return reply.type(a.type).send(a.body);
}

export async function alertsRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public alerts'];
  const pub = { public: true };

  r.get('/api/alerts', { schema: { tags, summary: 'Alerts: own organisation in every state, others once published', querystring: listQuery, response: { 200: alertListWire } } }, async (req) =>
    alerts.listAlerts(p, ctxOf(req), req.query),
  );
  r.post('/api/alerts', { schema: { tags, summary: 'Draft an alert (CAP msgType Alert)', body: createBody, response: { 201: alertDetailWire } } }, async (req, reply) =>
    reply.status(201).send(await alerts.createAlert(p, ctxOf(req), req.body)),
  );
  r.get('/api/alerts/geo/municipalities', { schema: { tags, summary: 'The shipped map of Belgian municipalities (TopoJSON, CC0)', response: { 200: geoWire } } }, async (req, reply) => {
    const g = publish.municipalitiesMap(ctxOf(req));
    return sendCached(req, reply, { body: g.raw, etag: g.etag, type: 'application/json', cacheControl: 'private, max-age=86400' });
  });
  r.get('/api/alerts/:id', { schema: { tags, summary: 'An alert with its open problems (404 when missing or refused)', params: idParams, response: { 200: alertDetailWire } } }, async (req) =>
    alerts.getAlert(p, ctxOf(req), req.params.id),
  );
  r.put('/api/alerts/:id', { schema: { tags, summary: 'Save a draft (version from the last read)', params: idParams, body: updateBody, response: { 200: alertDetailWire } } }, async (req) =>
    alerts.updateAlert(p, ctxOf(req), req.params.id, req.body),
  );
  r.delete('/api/alerts/:id', { schema: { tags, summary: 'Discard a draft', params: idParams, querystring: discardQuery, response: { 200: discardWire } } }, async (req) =>
    alerts.discardAlert(p, ctxOf(req), req.params.id, req.query.version),
  );
  r.get('/api/alerts/:id/preview', { schema: { tags, summary: 'The CAP XML as it will be published, the problems, and the message it follows', params: idParams, response: { 200: previewWire } } }, async (req) =>
    publish.previewAlert(p, ctxOf(req), req.params.id),
  );
  r.post('/api/alerts/:id/submit', { schema: { tags, summary: 'Submit for approval (every CAP field checked)', params: idParams, body: versionBody, response: { 200: alertDetailWire } } }, async (req) =>
    alerts.submitAlert(p, ctxOf(req), req.params.id, req.body.version),
  );
  r.post('/api/alerts/:id/return', { schema: { tags, summary: 'Return to draft with a reason (approver)', params: idParams, body: returnBody, response: { 200: alertDetailWire } } }, async (req) =>
    alerts.returnAlert(p, ctxOf(req), req.params.id, req.body),
  );
  r.post('/api/alerts/:id/approve', { schema: { tags, summary: 'Approve (a second user with the approve right)', params: idParams, body: versionBody, response: { 200: alertDetailWire } } }, async (req) =>
    alerts.approveAlert(p, ctxOf(req), req.params.id, req.body.version),
  );
  r.post('/api/alerts/:id/publish', { schema: { tags, summary: 'Publish an approved alert (signed CAP 1.2 in the public feed)', params: idParams, response: { 200: alertDetailWire } } }, async (req) =>
    publish.publishAlert(p, ctxOf(req), req.params.id),
  );
  r.post('/api/alerts/:id/follow-up', { schema: { tags, summary: 'Draft an Update or Cancel of a published alert', params: idParams, body: followUpBody, response: { 201: alertDetailWire } } }, async (req, reply) =>
    reply.status(201).send(await alerts.followUp(p, ctxOf(req), req.params.id, req.body)),
  );

  // Public answers for notice boards and the press: no session, cached in memory, ETag/304.
  r.get('/cap/feed.atom', { config: pub, schema: { tags, summary: 'Atom feed of published alerts, newest first (public)', response: { 200: bytes } } }, async (req, reply) =>
    sendCached(req, reply, await publish.publicAnswer(p, { kind: 'feed' })),
  );
  r.get('/cap/keys.pem', { config: pub, schema: { tags, summary: 'Public keys that sign published alerts (public)', response: { 200: bytes } } }, async (req, reply) =>
    sendCached(req, reply, await publish.publicAnswer(p, { kind: 'keys' })),
  );
  r.get('/cap/alerts/:file', { config: pub, schema: { tags, summary: 'A published CAP message ({id}.xml) or its detached Ed25519 signature ({id}.xml.sig) (public)', params: fileParams, response: { 200: bytes } } }, async (req, reply) =>
    sendCached(req, reply, await publish.publicAnswer(p, { kind: 'message', file: req.params.file })),
  );
}
