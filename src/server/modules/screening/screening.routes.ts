/**
 * Border screening over HTTP: watch lists (imports, versions, entries), screening (one traveller, or a
 * passenger list streamed into a batch with progress), hit review, suppressions and referrals.
 * Two encapsulated plugins, so the list and passenger-list media types stay local to these routes.
 */
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { ctxOf } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import * as batches from './batches.service.ts';
import * as encounters from './encounters.ts';
import { runnerOf } from './batches.runner.ts';
import * as lists from './lists.service.ts';
import * as previews from './lists.preview.ts';
import type { PassengerFormat } from './passengers.ts';
import * as review from './review.service.ts';
import { runtimeOf } from './runtime.ts';
import { requirePermission } from './screening.db.ts';
import * as suppressions from './suppressions.service.ts';

const idParams = z.object({ id: uuid });
const sourceParams = z.object({ source: lists.sourceParam });
const LIST_TYPES = ['text/csv', 'application/xml', 'text/xml', 'application/x-ndjson', 'application/jsonl'];
const PASSENGER_TYPES = ['text/plain', 'text/csv', 'application/x-ndjson', 'application/jsonl', 'text/x-mrz'];
const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;
const MAX_LINE = 1024 * 1024;

/** Lines of a request body as it arrives (bounded: total size and line length). */
async function* streamLines(body: Readable): AsyncGenerator<string> {
  const dec = new TextDecoder('utf-8');
  let rest = '';
  let bytes = 0;
  let first = true;
  for await (const chunk of body) {
    bytes += (chunk as Buffer).length;
    if (bytes > MAX_UPLOAD_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'The passenger list is larger than 256 MB; split it.');
    rest += dec.decode(chunk as Buffer, { stream: true });
    if (first) {
      rest = rest.replace(/^\uFEFF/, '');
      first = false;
    }
    let i: number;
    while ((i = rest.indexOf('\n')) >= 0) {
      yield rest.slice(0, i).replace(/\r$/, '');
      rest = rest.slice(i + 1);
    }
    if (rest.length > MAX_LINE) throw new AppError('INVALID_INPUT', 'A line longer than 1 MB: not a passenger list.');
  }
  rest += dec.decode();
  if (rest.length) yield rest.replace(/\r$/, '');
}

function mediaType(req: FastifyRequest): string {
  return String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

function isStream(v: unknown): v is Readable {
  return !!v && typeof (v as Readable).pipe === 'function';
}

/** The import payload from a JSON body or a raw list body (XML, CSV, JSON Lines). */
function importPayload(req: FastifyRequest, query: z.infer<typeof lists.importQuery>): lists.ImportPayload {
  const t = mediaType(req);
  const flags = {
    ...(query.skipInvalid ? { skipInvalid: query.skipInvalid === 'true' } : {}),
    ...(query.includeEntities ? { includeEntities: query.includeEntities === 'true' } : {}),
    ...(query.note ? { note: query.note } : {}),
  };
  if (typeof req.body === 'string') {
    const format = query.format ?? (t.includes('xml') ? 'xml' : t.includes('csv') ? 'csv' : t.includes('json') ? 'jsonl' : undefined);
    return { content: req.body.replace(/^\uFEFF/, '').replace(/\u0000/g, ''), ...(format ? { format } : {}), ...flags };
  }
  const parsed = lists.importBody.safeParse(req.body ?? {});
  if (!parsed.success) throw new AppError('INVALID_INPUT', 'body: expected {"content"} or {"sdn","alt"} (or send the list as text/csv, application/xml or application/x-ndjson)');
  return { ...parsed.data, ...(query.format && !parsed.data.format ? { format: query.format } : {}), ...flags };
}

export async function screeningRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const tags = ['border screening'];
  const runner = runnerOf(p);
  const rt = runtimeOf(p);

  // Watch lists: list bodies arrive whole (they are parsed all or nothing).
  await app.register(async (child) => {
    child.addContentTypeParser(LIST_TYPES, { parseAs: 'string', bodyLimit: 64 * 1024 * 1024 }, (_req, body, done) => done(null, body));
    const r = child.withTypeProvider<ZodTypeProvider>();
    r.get('/api/screening/lists', { schema: { tags, summary: 'Watch lists with their active version and the index size' } }, async (req) => lists.listSources(p, ctxOf(req)));
    r.post(
      '/api/screening/lists/:source/import',
      {
        bodyLimit: 64 * 1024 * 1024,
        schema: { tags, summary: 'Import a list: a custom list (CSV, JSON Lines) as a new version at once (201); un (XML) or ofac ({"sdn","alt"} or sdn CSV), global lists, only by the list administrator and first as a preview of the diff (202) applied by its confirm call', params: sourceParams, querystring: lists.importQuery },
      },
      async (req, reply) => {
        const ctx = ctxOf(req);
        try {
          const r = await lists.importList(p, ctx, req.params.source, () => importPayload(req, req.query));
          // A global list answers with a preview of its diff (202): it applies only on confirmation.
          return reply.status('kind' in r && r.kind === 'preview' ? 202 : 201).send(r);
        } catch (e) {
          if (e instanceof lists.ListImportError) return reply.status(400).send({ error: { code: e.code, message: e.message, issues: e.issues } });
          throw e;
        }
      },
    );
    r.get('/api/screening/previews/:id', { schema: { tags, summary: 'A pending import of a global list: counts and the diff (changed fields per entry)', params: idParams, querystring: previews.previewQuery } }, async (req) =>
      previews.getPreview(p, ctxOf(req), req.params.id, req.query),
    );
    r.post('/api/screening/previews/:id/confirm', { schema: { tags, summary: 'Apply a previewed import of a global list (list administrator); 409 when the list changed since', params: idParams } }, async (req, reply) =>
      reply.status(201).send(await previews.confirmPreview(p, ctxOf(req), req.params.id)),
    );
    r.post('/api/screening/previews/:id/discard', { schema: { tags, summary: 'Discard a previewed import (nothing is applied)', params: idParams } }, async (req) => previews.discardPreview(p, ctxOf(req), req.params.id));
    r.post('/api/screening/lists/national/rebuild', { schema: { tags, summary: 'Rebuild the national list from intelligence subjects now' } }, async (req) => lists.rebuildNational(p, ctxOf(req)));
    r.post('/api/screening/lists/:source/delist', { schema: { tags, summary: 'Delist entries of a custom list (a new version without them)', params: sourceParams, body: lists.delistBody } }, async (req, reply) =>
      reply.status(201).send(await lists.delist(p, ctxOf(req), req.params.source, req.body)),
    );
    r.get('/api/screening/lists/:source/versions', { schema: { tags, summary: "A list's versions, newest first, with counts", params: sourceParams } }, async (req) =>
      lists.listVersions(p, ctxOf(req), req.params.source),
    );
    r.get('/api/screening/versions/:id', { schema: { tags, summary: 'A version and its diff (added, removed = delisted, changed)', params: idParams, querystring: lists.versionQuery } }, async (req) =>
      lists.getVersion(p, ctxOf(req), req.params.id, req.query),
    );
    r.get('/api/screening/entries', { schema: { tags, summary: 'Entries of the active lists (by list, id or name); ?id= adds its history', querystring: lists.entriesQuery } }, async (req) =>
      lists.listEntries(p, ctxOf(req), req.query),
    );
  });

  // Screening and review: passenger lists are read as they arrive.
  await app.register(async (child) => {
    child.removeContentTypeParser(['text/plain']);
    child.addContentTypeParser(PASSENGER_TYPES, (_req, payload, done) => done(null, payload));
    const r = child.withTypeProvider<ZodTypeProvider>();
    r.post('/api/screening/screen', { schema: { tags, summary: 'Screen one traveller now (stored as a batch of one; hits go to review)', body: batches.screenBody } }, async (req, reply) =>
      reply.status(201).send(await batches.screenOne(p, ctxOf(req), req.body)),
    );
    r.post(
      '/api/screening/batches',
      { schema: { tags, summary: 'Start a batch: JSON {format, content, flight, date, port} or the list itself (text/csv, application/x-ndjson, text/plain with ?format=) with metadata in the query', querystring: batches.batchMeta } },
      async (req, reply) => {
        const ctx = ctxOf(req);
        if (isStream(req.body)) {
          requirePermission(ctx, 'write'); // before anything about the body
          const t = mediaType(req);
          const format: PassengerFormat | undefined = req.query.format ?? (t === 'text/csv' ? 'csv' : t.includes('json') ? 'jsonl' : t === 'text/x-mrz' ? 'mrz' : undefined);
          if (!format) throw new AppError('INVALID_INPUT', 'Say which format the list is in: ?format=jsonl|csv|mrz.', 'format');
          return reply.status(202).send(await batches.createBatch(p, ctx, req.query, format, streamLines(req.body)));
        }
        const body = batches.batchJsonBody.safeParse(req.body ?? {});
        if (!body.success) {
          const i = body.error.issues[0]!;
          throw new AppError('INVALID_INPUT', `${i.path.join('.') || 'body'}: ${i.message}`, i.path.join('.') || undefined);
        }
        return reply.status(202).send(await batches.createBatch(p, ctx, { ...req.query, ...body.data }, body.data.format, body.data.content));
      },
    );
    r.get('/api/screening/batches', { schema: { tags, summary: "Your organisation's batches, newest first", querystring: batches.batchListQuery } }, async (req) => batches.listBatches(p, ctxOf(req), req.query));
    r.get('/api/screening/batches/:id', { schema: { tags, summary: 'A batch and its progress (processed/total)', params: idParams } }, async (req) => batches.getBatch(p, ctxOf(req), req.params.id));
    r.get('/api/screening/batches/:id/results', { schema: { tags, summary: 'Result lines of a batch (errors with line and reason)', params: idParams, querystring: batches.resultsQuery } }, async (req) =>
      batches.batchResults(p, ctxOf(req), req.params.id, req.query),
    );
    r.get('/api/screening/batches/:id/hits', { schema: { tags, summary: 'Review queue of a batch, best score first', params: idParams, querystring: review.queueQuery } }, async (req) =>
      review.hitQueue(p, ctxOf(req), req.params.id, req.query),
    );
    r.get('/api/screening/hits/:id', { schema: { tags, summary: 'A hit beside its listed entry, with the explanation and decisions', params: idParams } }, async (req) => review.getHit(p, ctxOf(req), req.params.id));
    r.post('/api/screening/hits/:id/decision', { schema: { tags, summary: 'Decide a hit: true_match, false_positive (reason; suppressed next time) or escalate', params: idParams, body: review.decisionBody } }, async (req) =>
      review.decideHit(p, ctxOf(req), req.params.id, req.body),
    );
    r.get('/api/screening/suppressions', { schema: { tags, summary: "Your organisation's remembered false positives", querystring: suppressions.suppressionsQuery } }, async (req) =>
      suppressions.listSuppressions(p, ctxOf(req), req.query),
    );
    r.post('/api/screening/suppressions/:id/revoke', { schema: { tags, summary: 'Revoke a suppression (the pair alerts again)', params: idParams, body: suppressions.revokeBody } }, async (req) =>
      suppressions.revokeSuppression(p, ctxOf(req), req.params.id, req.body),
    );
    r.get('/api/screening/national/:subjectId/action', { schema: { tags, summary: "The screening action of a national subject (its owner only): what a screener who may not read it is asked to do", params: encounters.actionParams } }, async (req) =>
      encounters.getAction(p, ctxOf(req), req.params.subjectId),
    );
    r.put('/api/screening/national/:subjectId/action', { schema: { tags, summary: 'Set the screening action of a national subject: discreet_check, stop or inform (default); owner only', params: encounters.actionParams, body: encounters.actionBody } }, async (req) =>
      encounters.setAction(p, ctxOf(req), req.params.subjectId, req.body),
    );
    r.get('/api/screening/referrals', { schema: { tags, summary: 'Escalated official-list hits referred to the intelligence services', querystring: review.referralsQuery } }, async (req) =>
      review.listReferrals(p, ctxOf(req), req.query),
    );
  });

  // Start-up and upkeep: load the index, go on with batches a stopped process left, keep the national list current.
  const refreshMs = Number(process.env.VIGIL_SCREENING_REFRESH_SECONDS ?? 300) * 1000;
  let timer: NodeJS.Timeout | undefined;
  // VIGIL_SCREENING_JOBS=0 switches the upkeep off (benchmarks of other modules); screening requests
  // still bring the index up to date themselves.
  const jobs = process.env.VIGIL_SCREENING_JOBS !== '0';
  app.addHook('onReady', async () => {
    if (!jobs) return;
    // In the background: with a large national list the index takes seconds to build, and the server
    // must answer (health, search) meanwhile; only a screening request before the first load waits for it.
    void rt
      .ensureCurrent()
      .then(() => runner.sweep())
      .catch((e: unknown) => app.log.error({ err: e }, 'screening start-up failed'));
    // National-list changes reach the live index within about VIGIL_SCREENING_SYNC_MS (screens never wait).
    rt.startSync((e: unknown) => app.log.error({ err: e }, 'screening list update failed'));
    if (refreshMs > 0) {
      timer = setInterval(() => {
        rt.ensureCurrent()
          .then(() => runner.sweep())
          .catch((e: unknown) => app.log.error({ err: e }, 'screening upkeep failed'));
      }, refreshMs);
      timer.unref();
    }
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await rt.stopSync();
    await runner.stop();
  });
}
