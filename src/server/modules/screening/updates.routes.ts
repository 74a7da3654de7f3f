/**
 * Lists kept current and re-screening over HTTP (issue #15): fetch a global list from its configured
 * address (or another, allow-listed one) as a preview, applied or checked; the fetches with their diff
 * and each source's schedule status; the re-screenings with their progress. List administrators only.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { fetchesWire, fetchWire, rescreensWire, rescreenWire } from './fetches.presenter.ts';
import * as fetches from './fetches.service.ts';
import * as rescreens from './rescreens.service.ts';
import { idParams, previewQuery } from './screening.inputs.ts';
import { fetchBody, fetchesQuery, fetchSourceParams, rescreensQuery } from './updates.inputs.ts';

export async function updatesRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const tags = ['border screening'];
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/screening/lists/:source/fetch',
    {
      schema: {
        tags,
        summary: 'Fetch un or ofac from its configured address (or body.url, which must pass the outbound allow-list): preview (the diff, applied by the preview confirm call), apply (a new version at once; past travellers re-screened) or check; 503 with the reason when the download or parse fails',
        params: fetchSourceParams,
        body: fetchBody,
        response: { 201: fetchWire },
      },
    },
    async (req, reply) => reply.status(201).send(await fetches.fetchList(p, ctxOf(req), req.params.source, { ...req.body, trigger: 'manual' })),
  );
  r.get('/api/screening/fetches', { schema: { tags, summary: 'The fetchable lists (addresses, schedule, last outcome) and the latest fetches', querystring: fetchesQuery, response: { 200: fetchesWire } } }, async (req) =>
    fetches.listFetches(p, ctxOf(req), req.query),
  );
  r.get('/api/screening/fetches/:id', { schema: { tags, summary: 'A fetch with its diff (added, removed, changed with the changed fields)', params: idParams, querystring: previewQuery, response: { 200: fetchWire } } }, async (req) =>
    fetches.getFetch(p, ctxOf(req), req.params.id, req.query),
  );
  r.get('/api/screening/rescreens', { schema: { tags, summary: 'Re-screenings of past travellers after list changes, newest first, with progress', querystring: rescreensQuery, response: { 200: rescreensWire } } }, async (req) =>
    rescreens.listRescreens(p, ctxOf(req), req.query),
  );
  r.get('/api/screening/rescreens/:id', { schema: { tags, summary: 'A re-screening and its progress (processed/total, hits found)', params: idParams, response: { 200: rescreenWire } } }, async (req) => rescreens.getRescreen(p, ctxOf(req), req.params.id));
}
