/**
 * Border screening over HTTP: watch lists (imports, versions, entries), screening (one traveller, or a
 * passenger list streamed into a batch with progress), hit review, suppressions and referrals. Two
 * encapsulated plugins, so the list and passenger-list media types stay local to these routes. Each
 * route: zod in and out, one service call.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { batchDetailWire, batchErrorWire, batchListWire, batchWire, resultsWire, screenResultWire } from './batches.presenter.ts';
import * as batches from './batches.service.ts';
import * as encounters from './encounters.service.ts';
import * as messages from './messages.service.ts';
import { actionWire, hitDetailWire, queueWire, referralsWire, revokedWire, suppressionsWire } from './hits.presenter.ts';
import { discardedWire, entriesWire, importErrorWire, importedWire, previewWire, rebuildWire, sourcesWire, versionDiffWire, versionsWire, versionWire } from './lists.presenter.ts';
import * as lists from './lists.service.ts';
import * as previews from './previews.service.ts';
import * as review from './screening-review.service.ts';
import { batchAnswer, batchUpload, importPayload, LIST_TYPES, PASSENGER_TYPES } from './screening.http.ts';
import * as input from './screening.inputs.ts';
import * as suppressions from './suppressions.service.ts';
import { updatesRoutes } from './updates.routes.ts';

export async function screeningRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const tags = ['border screening'];
  const { idParams, sourceParams } = input;

  // Watch lists: list bodies arrive whole (they are parsed all or nothing).
  await app.register(async (child) => {
    child.addContentTypeParser(LIST_TYPES, { parseAs: 'string', bodyLimit: 64 * 1024 * 1024 }, (_req, body, done) => done(null, body));
    const r = child.withTypeProvider<ZodTypeProvider>();
    r.get('/api/screening/lists', { schema: { tags, summary: 'Watch lists with their active version and the index size', response: { 200: sourcesWire } } }, async (req) => lists.listSources(p, ctxOf(req)));
    r.post(
      '/api/screening/lists/:source/import',
      {
        bodyLimit: 64 * 1024 * 1024,
        schema: {
          tags,
          summary: 'Import a list: a custom list (CSV, JSON Lines) as a new version at once (201); un (XML) or ofac ({"sdn","alt"} or sdn CSV), global lists, only by the list administrator and first as a preview of the diff (202) applied by its confirm call',
          params: sourceParams,
          querystring: input.importQuery,
          response: { 201: importedWire, 202: previewWire, 400: importErrorWire },
        },
      },
      async (req, reply) => {
        try {
          const r = await lists.importList(p, ctxOf(req), req.params.source, importPayload(req, req.query));
          // A global list answers with a preview of its diff (202): it applies only on confirmation.
          return reply.status('kind' in r && r.kind === 'preview' ? 202 : 201).send(r);
        } catch (e) {
          // Malformed lines: every line and its reason (the shared error shape names one field only).
          if (e instanceof lists.ListImportError) return reply.status(400).send({ error: { code: e.code, message: e.message, issues: e.issues } });
          throw e;
        }
      },
    );
    r.get('/api/screening/previews/:id', { schema: { tags, summary: 'A pending import of a global list: counts and the diff (changed fields per entry)', params: idParams, querystring: input.previewQuery, response: { 200: previewWire } } }, async (req) =>
      previews.getPreview(p, ctxOf(req), req.params.id, req.query),
    );
    r.post('/api/screening/previews/:id/confirm', { schema: { tags, summary: 'Apply a previewed import of a global list (list administrator); 409 when the list changed since', params: idParams, response: { 201: importedWire } } }, async (req, reply) =>
      reply.status(201).send(await previews.confirmPreview(p, ctxOf(req), req.params.id)),
    );
    r.post('/api/screening/previews/:id/discard', { schema: { tags, summary: 'Discard a previewed import (nothing is applied)', params: idParams, response: { 200: discardedWire } } }, async (req) => previews.discardPreview(p, ctxOf(req), req.params.id));
    r.post('/api/screening/lists/national/rebuild', { schema: { tags, summary: 'Rebuild the national list from intelligence subjects now', response: { 200: rebuildWire } } }, async (req) => lists.rebuildNational(p, ctxOf(req)));
    r.post('/api/screening/lists/:source/delist', { schema: { tags, summary: 'Delist entries of a custom list (a new version without them)', params: sourceParams, body: input.delistBody, response: { 201: versionWire } } }, async (req, reply) =>
      reply.status(201).send(await lists.delist(p, ctxOf(req), req.params.source, req.body)),
    );
    r.get('/api/screening/lists/:source/versions', { schema: { tags, summary: "A list's versions, newest first, with counts", params: sourceParams, response: { 200: versionsWire } } }, async (req) =>
      lists.listVersions(p, ctxOf(req), req.params.source),
    );
    r.get('/api/screening/versions/:id', { schema: { tags, summary: 'A version and its diff (added, removed = delisted, changed)', params: idParams, querystring: input.versionQuery, response: { 200: versionDiffWire } } }, async (req) =>
      lists.getVersion(p, ctxOf(req), req.params.id, req.query),
    );
    r.get('/api/screening/entries', { schema: { tags, summary: 'Entries of the active lists (by list, id or name); ?id= adds its history', querystring: input.entriesQuery, response: { 200: entriesWire } } }, async (req) =>
      lists.listEntries(p, ctxOf(req), req.query),
    );
  });

  // Lists kept current and re-screening (issue #15).
  await app.register(async (child) => updatesRoutes(child, p));

  // Screening and review: passenger lists are read as they arrive.
  await app.register(async (child) => {
    child.removeContentTypeParser(['text/plain']);
    child.addContentTypeParser(PASSENGER_TYPES, (_req, payload, done) => done(null, payload));
    const r = child.withTypeProvider<ZodTypeProvider>();
    r.post('/api/screening/screen', { config: { admission: 'urgent' }, schema: { tags, summary: 'Screen one traveller now (stored as a batch of one; hits go to review)', body: input.screenBody, response: { 201: screenResultWire } } }, async (req, reply) =>
      reply.status(201).send(await batches.screenOne(p, ctxOf(req), req.body)),
    );
    r.post(
      '/api/screening/batches',
      {
        schema: {
          tags,
          summary: 'Start a batch: JSON {format, content, flight, date, port} or the list itself (text/csv, application/x-ndjson, text/plain with ?format=; a PAXLST or PNRGOV message is recognised by its UNA/UNB start) with metadata in the query',
          querystring: input.batchMeta,
          response: { 202: batchWire, 400: batchErrorWire },
        },
      },
      async (req, reply) => batchAnswer(reply, batches.uploadBatch(p, ctxOf(req), req.query, batchUpload(req))),
    );
    r.post(
      '/api/screening/batches/messages',
      {
        schema: {
          tags,
          summary: 'Start a batch from a passenger message: UN/EDIFACT PAXLST (API) or PNRGOV (PNR), sent as it is (application/edifact, text/plain) or as JSON {content}; flight, date and port from the message unless given; 400 names the segment and line of a message that cannot be read (nothing is imported)',
          querystring: input.messageMeta,
          response: { 202: batchWire, 400: batchErrorWire },
        },
      },
      async (req, reply) => batchAnswer(reply, messages.uploadMessage(p, ctxOf(req), req.query, batchUpload(req))),
    );
    r.get('/api/screening/batches', { schema: { tags, summary: "Your organisation's batches, newest first", querystring: input.batchListQuery, response: { 200: batchListWire } } }, async (req) => batches.listBatches(p, ctxOf(req), req.query));
    r.get('/api/screening/batches/:id', { schema: { tags, summary: 'A batch and its progress (processed/total)', params: idParams, response: { 200: batchDetailWire } } }, async (req) => batches.getBatch(p, ctxOf(req), req.params.id));
    r.get('/api/screening/batches/:id/results', { schema: { tags, summary: 'Result lines of a batch (errors with line and reason)', params: idParams, querystring: input.resultsQuery, response: { 200: resultsWire } } }, async (req) =>
      batches.batchResults(p, ctxOf(req), req.params.id, req.query),
    );
    r.get('/api/screening/batches/:id/hits', { schema: { tags, summary: 'Review queue of a batch, best score first or sorted (sort=score|status|source|seq, dir), paged, with the total the viewer may see', params: idParams, querystring: input.queueQuery, response: { 200: queueWire } } }, async (req) =>
      review.hitQueue(p, ctxOf(req), req.params.id, req.query),
    );
    r.get('/api/screening/hits/:id', { schema: { tags, summary: 'A hit beside its listed entry, with the explanation and decisions', params: idParams, response: { 200: hitDetailWire } } }, async (req) => review.getHit(p, ctxOf(req), req.params.id));
    r.post('/api/screening/hits/:id/decision', { schema: { tags, summary: 'Decide a hit: true_match, false_positive (reason; suppressed next time) or escalate', params: idParams, body: input.decisionBody, response: { 200: hitDetailWire } } }, async (req) =>
      review.decideHit(p, ctxOf(req), req.params.id, req.body),
    );
    r.get('/api/screening/suppressions', { schema: { tags, summary: "Your organisation's remembered false positives", querystring: input.suppressionsQuery, response: { 200: suppressionsWire } } }, async (req) =>
      suppressions.listSuppressions(p, ctxOf(req), req.query),
    );
    r.post('/api/screening/suppressions/:id/revoke', { schema: { tags, summary: 'Revoke a suppression (the pair alerts again)', params: idParams, body: input.revokeBody, response: { 200: revokedWire } } }, async (req) =>
      suppressions.revokeSuppression(p, ctxOf(req), req.params.id, req.body),
    );
    r.get('/api/screening/national/:subjectId/action', { schema: { tags, summary: 'The screening action of a national subject (its owner only): what a screener who may not read it is asked to do', params: input.actionParams, response: { 200: actionWire } } }, async (req) =>
      encounters.getAction(p, ctxOf(req), req.params.subjectId),
    );
    r.put('/api/screening/national/:subjectId/action', { schema: { tags, summary: 'Set the screening action of a national subject: discreet_check, stop or inform (default); owner only', params: input.actionParams, body: input.actionBody, response: { 200: actionWire } } }, async (req) =>
      encounters.setAction(p, ctxOf(req), req.params.subjectId, req.body),
    );
    r.get('/api/screening/referrals', { schema: { tags, summary: 'Escalated official-list hits referred to the intelligence services', querystring: input.referralsQuery, response: { 200: referralsWire } } }, async (req) =>
      review.listReferrals(p, ctxOf(req), req.query),
    );
  });
}
