/** Routes of content cases and their evidence screenshot. Registered inside the content plugin's scope (raw-body parser). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { caseListWire, evidenceWire } from './content-cases.presenter.ts';
import * as cases from './content-cases.service.ts';
import { fileWire } from './content.presenter.ts';
import { caseDetailWire } from './orders.presenter.ts';
import { rawBody } from './signals.service.ts';

const idParams = z.object({ id: uuid });
const IMAGE = { consumes: ['application/octet-stream', 'image/png', 'image/jpeg', 'image/webp'], body: rawBody };

export async function caseRoutes(scope: FastifyInstance, p: Platform): Promise<void> {
  const r = scope.withTypeProvider<ZodTypeProvider>();
  const tags = ['online content: cases and orders'];
  r.get('/api/content/cases', { schema: { tags, summary: 'Cases the caller may read, newest first', querystring: cases.caseListQuery, response: { 200: caseListWire } } }, async (req) => cases.listCases(p, ctxOf(req), req.query));
  r.post('/api/content/cases', { schema: { tags, summary: 'Open a case: URL, provider, offence, legal assessment, content hashes, markings', body: cases.caseInput, response: { 201: caseDetailWire } } }, async (req, reply) =>
    reply.status(201).send(await cases.createCase(p, ctxOf(req), req.body)),
  );
  r.get('/api/content/cases/:id', { schema: { tags, summary: 'A case with its orders (countdown, state, scrutiny, time to removal)', params: idParams, response: { 200: caseDetailWire } } }, async (req) =>
    cases.getCase(p, ctxOf(req), req.params.id),
  );
  r.put('/api/content/cases/:id/evidence', { schema: { tags, summary: 'Upload the evidence screenshot (raw PNG/JPEG/WebP body, ≤ 10 MB)', params: idParams, ...IMAGE, response: { 200: evidenceWire } } }, async (req) =>
    cases.putEvidence(p, ctxOf(req), req.params.id, req.body),
  );
  r.get('/api/content/cases/:id/evidence', { schema: { tags, summary: 'The evidence screenshot (image bytes)', params: idParams, response: { 200: fileWire } } }, async (req, reply) => {
    const ev = await cases.getEvidence(p, ctxOf(req), req.params.id);
    return reply.header('content-type', ev.type).header('cache-control', 'no-store').header('content-disposition', `inline; filename="evidence-${req.params.id}"`).send(ev.data);
  });
}
