/**
 * TAXII 2.1 endpoints: discovery at /taxii2/, one API root at /taxii2/vigil/. Every answer is
 * application/taxii+json;version=2.1; errors are TAXII error messages. Bearer API tokens (or a session).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { VIGIL_EXTENSION_SCHEMA } from '../../../core/sharing/extension-schema.ts';
import { STIX_MEDIA_TYPE, VIGIL_EXTENSION_DEFINITION, VIGIL_IDENTITY, type StixObject } from '../../../core/sharing/stix.ts';
import { StixError, validateEnvelope } from '../../../core/sharing/validate.ts';
import { ctxOf } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { receive } from './exchange.service.ts';
import { TAXII_MEDIA } from './federation.ts';
import type { OnStored } from './objects.repository.ts';
import type { Outbox } from './outbox.ts';
import * as taxii from './taxii.service.ts';
import * as w from './taxii.presenter.ts';
import type { ZodType } from 'zod';

const ROOT = `/taxii2/${taxii.API_ROOT}/`;
const MAX_CONTENT = 20 * 1024 * 1024;

function acceptable(req: FastifyRequest): boolean {
  const a = req.headers.accept;
  if (!a || a.includes('*/*')) return true;
  return a.split(',').some((t) => {
    const v = t.trim().toLowerCase().replace(/\s/g, '');
    return v.startsWith('application/taxii+json') && (!v.includes('version=') || v.includes('version=2.1'));
  });
}

function send(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  // A Buffer, so the media type goes out exactly as TAXII writes it (no charset parameter added).
  return reply.status(status).header('content-type', TAXII_MEDIA).send(Buffer.from(JSON.stringify(body)));
}

const TITLES: Record<number, string> = { 400: 'Bad request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found', 406: 'Not acceptable', 409: 'Conflict', 413: 'Too large', 415: 'Unsupported media type', 500: 'Internal error' };

type Handler = (req: FastifyRequest, reply: FastifyReply) => Promise<{ status?: number; body: unknown; headers?: Record<string, string> }>;

/** Wraps a handler: content negotiation, TAXII error messages. */
function handle(fn: Handler) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    try {
      if (!acceptable(req)) throw Object.assign(new Error(`Ask for ${TAXII_MEDIA}.`), { taxiiStatus: 406 });
      const r = await fn(req, reply);
      for (const [k, v] of Object.entries(r.headers ?? {})) reply.header(k, v);
      return send(reply, r.status ?? 200, r.body);
    } catch (e) {
      const status = e instanceof AppError ? e.status : ((e as { taxiiStatus?: number }).taxiiStatus ?? 500);
      if (status === 500) req.log.error({ err: e }, 'taxii request failed');
      const description = status === 500 ? `Something went wrong on our side; the request id is ${req.id}` : (e as Error).message;
      return send(reply, status, { title: TITLES[status] ?? 'Error', description, http_status: String(status), ...(e instanceof AppError && e.field ? { details: { field: e.field } } : {}) });
    }
  };
}

const rangeHeaders = (first: string | undefined, last: string | undefined): Record<string, string> =>
  first && last ? { 'X-TAXII-Date-Added-First': first, 'X-TAXII-Date-Added-Last': last } : {};

function filterOf(q: Record<string, string | undefined>): taxii.TaxiiFilter {
  const limit = q.limit === undefined ? undefined : Number(q.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new AppError('INVALID_INPUT', 'limit: must be a positive integer', 'limit');
  return { ...q, limit };
}

export async function taxiiRoutes(app: FastifyInstance, p: Platform, outbox: Outbox, onStored: OnStored): Promise<void> {
  app.addContentTypeParser(/^application\/(taxii|stix)\+json/, { parseAs: 'string', bodyLimit: MAX_CONTENT }, (_req, body, done) => {
    try {
      done(null, JSON.parse(String(body)));
    } catch {
      done(Object.assign(new Error('The body is not JSON.'), { statusCode: 400 }), undefined);
    }
  });
  const schema = { tags: ['sharing: TAXII 2.1'] };
  // A partner's read brings the projection up to date, waiting at most the freshness bound.
  const fresh = () => outbox.freshWithin(p.config.sharing.freshWaitMs, (msg, e) => app.log.error({ err: e }, msg));
  const get = (path: string, summary: string, response: ZodType, h: Handler) => {
    app.get(path, { schema: { ...schema, summary, response: { 200: response } } }, handle(h));
    if (path.endsWith('/') && path !== '/taxii2/') app.get(path.slice(0, -1), { schema: { ...schema, hide: true, response: { 200: response } } }, handle(h));
  };
  const params = (req: FastifyRequest) => req.params as Record<string, string>;
  const query = (req: FastifyRequest) => req.query as Record<string, string | undefined>;
  const base = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

  app.get('/taxii2', { schema: { hide: true, response: { 200: w.discoveryWire } } }, handle(async (req) => ({ body: discovery(req) })));
  get('/taxii2/', 'TAXII discovery', w.discoveryWire, async (req) => ({ body: discovery(req) }));
  function discovery(req: FastifyRequest) {
    ctxOf(req);
    return { title: 'Vigil TAXII 2.1 server', description: 'Records shared with partners under need-to-know', contact: 'the platform office of this instance', default: `${base(req)}${ROOT}`, api_roots: [`${base(req)}${ROOT}`] };
  }
  get(ROOT, 'TAXII API root', w.apiRootWire, async (req) => {
    ctxOf(req);
    return { body: { title: 'Vigil', description: 'Vigil records as STIX 2.1', versions: [TAXII_MEDIA], max_content_length: MAX_CONTENT } };
  });
  get(`${ROOT}collections/`, 'Collections you may read', w.collectionsWire, async (req) => {
    const ctx = ctxOf(req);
    return { body: { collections: (await taxii.visibleCollections(p, ctx)).map((c) => taxii.presentCollection(ctx, c)) } };
  });
  get(`${ROOT}collections/:cid/`, 'A collection', w.collectionWire, async (req) => {
    const ctx = ctxOf(req);
    return { body: taxii.presentCollection(ctx, await taxii.collectionOf(p, ctx, params(req).cid!)) };
  });
  get(`${ROOT}collections/:cid/objects/`, 'Objects of a collection (limit, next, added_after, match[…])', w.envelopeWire, async (req) => {
    const ctx = ctxOf(req);
    const c = taxii.collectionRefOf(ctx, params(req).cid!);
    const f = filterOf(query(req));
    // The projection is brought up to date at the start of a run; the pages of a run (`next`) follow it.
    if (!f.next) await fresh();
    const page = await taxii.collectionPage(p, ctx, 'taxii.objects', c, f);
    return { body: taxii.envelopeOf(page.released.map((r) => r.object), page.more, page.next), headers: rangeHeaders(page.first, page.last) };
  });
  get(`${ROOT}collections/:cid/manifest/`, 'Manifest of a collection', w.manifestWire, async (req) => {
    const ctx = ctxOf(req);
    const c = taxii.collectionRefOf(ctx, params(req).cid!);
    await fresh();
    const page = await taxii.collectionPage(p, ctx, 'taxii.manifest', c, filterOf(query(req)));
    const objects = page.released.map(({ row: r }) => ({ id: r.stix_id, date_added: r.date_added, version: r.version, media_type: STIX_MEDIA_TYPE }));
    return { body: { more: page.more, ...(page.next ? { next: page.next } : {}), objects }, headers: rangeHeaders(page.first, page.last) };
  });
  get(`${ROOT}collections/:cid/objects/:oid/`, 'An object (its versions per match[version])', w.envelopeWire, async (req) => {
    const ctx = ctxOf(req);
    const c = taxii.collectionRefOf(ctx, params(req).cid!);
    const q = filterOf(query(req));
    await fresh();
    const page = await taxii.collectionPage(p, ctx, 'taxii.objects', c, { ...q, 'match[id]': undefined }, params(req).oid!);
    if (page.released.length === 0 && !q.next) throw notFound('object');
    return { body: taxii.envelopeOf(page.released.map((r) => r.object), page.more, page.next), headers: rangeHeaders(page.first, page.last) };
  });
  get(`${ROOT}collections/:cid/objects/:oid/versions/`, 'Versions of an object', w.versionsWire, async (req) => {
    const ctx = ctxOf(req);
    const c = taxii.collectionRefOf(ctx, params(req).cid!);
    const q = filterOf(query(req));
    await fresh();
    const page = await taxii.collectionPage(p, ctx, 'taxii.versions', c, { ...q, 'match[id]': undefined, 'match[version]': 'all' }, params(req).oid!);
    if (page.released.length === 0 && !q.next) throw notFound('object');
    return { body: { more: page.more, ...(page.next ? { next: page.next } : {}), versions: page.released.map((r) => r.row.version) }, headers: rangeHeaders(page.first, page.last) };
  });
  app.post(`${ROOT}collections/:cid/objects/`, { schema: { ...schema, summary: 'Add objects (answers a status resource)', response: { 202: w.statusWire } } }, handle(async (req) => addObjects(req)));
  app.post(`${ROOT}collections/:cid/objects`, { schema: { ...schema, hide: true, response: { 202: w.statusWire } } }, handle(async (req) => addObjects(req)));
  async function addObjects(req: FastifyRequest) {
    const ctx = ctxOf(req);
    const c = taxii.collectionRefOf(ctx, params(req).cid!);
    taxii.requireWrite(ctx);
    if (!/^application\/taxii\+json/i.test(String(req.headers['content-type'] ?? ''))) throw Object.assign(new Error(`Send ${TAXII_MEDIA}.`), { taxiiStatus: 415 });
    let objects: StixObject[];
    try {
      objects = validateEnvelope(req.body).objects;
    } catch (e) {
      if (e instanceof StixError) throw new AppError('INVALID_INPUT', e.message, e.pointer);
      throw e;
    }
    const receipt = { origin: 'partner' as const, originInstance: `taxii:${ctx.actor.username}`, partnerId: null, receivingOrgId: ctx.actor.orgId, fallbackOrg: { id: ctx.actor.orgId, name: ctx.actor.orgName } };
    const { ids, refused } = await receive(p, objects, receipt, onStored, ctx);
    const stored = new Set(ids);
    const no = new Map(refused.map((x) => [x.id, x.message]));
    const id = crypto.randomUUID();
    const version = (o: StixObject) => String(o.modified ?? o.created ?? '');
    const successes = objects.filter((o) => !no.has(o.id)).map((o) => ({ id: o.id, version: version(o), message: stored.has(o.id) ? 'added' : 'already held' }));
    const failures = objects.filter((o) => no.has(o.id)).map((o) => ({ id: o.id, version: version(o), message: no.get(o.id)! }));
    await taxii.addStatus(p, { id, userId: ctx.actor.userId, collectionId: c.id, totalCount: objects.length, successes, failures });
    await p.record(ctx, [{ action: 'taxii.add', recordType: 'sharing-object', details: { collection: c.id, count: objects.length, ids: objects.map((o) => o.id) } }]);
    return { status: 202, body: await taxii.statusOf(p, ctx, id) };
  }
  get(`${ROOT}status/:sid/`, 'Status of a POST', w.statusWire, async (req) => {
    const ctx = ctxOf(req);
    const sid = params(req).sid!;
    if (!/^[0-9a-f-]{36}$/i.test(sid)) throw notFound('status');
    return { body: await taxii.statusOf(p, ctx, sid) };
  });
  app.get('/taxii2/extensions/vigil-record-1.0.json', { config: { public: true }, schema: { ...schema, summary: "Vigil's STIX extension-definition and its publisher", response: { 200: w.extensionWire } } }, async (_req, reply) =>
    reply.header('content-type', 'application/stix+json;version=2.1').send(Buffer.from(JSON.stringify({ objects: [VIGIL_IDENTITY, VIGIL_EXTENSION_DEFINITION] }))),
  );
  app.get('/taxii2/extensions/vigil-record-1.0.schema.json', { config: { public: true }, schema: { ...schema, summary: "JSON Schema of Vigil's STIX extension", response: { 200: w.extensionSchemaWire } } }, async (_req, reply) =>
    reply.header('content-type', 'application/schema+json').send(JSON.stringify(VIGIL_EXTENSION_SCHEMA)),
  );
}
