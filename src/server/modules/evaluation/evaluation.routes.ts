/** Routes of evaluation: indicators, theories of change, values and imports, runs, map. zod in and out, one service call each. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf, sendDownload } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { evaluateQuery, evaluationWire, mapQuery, mapWire } from './analysis.presenter.ts';
import * as analysis from './analysis.service.ts';
import { evaluationPdf } from './evaluation.pdf.ts';
import { sendPdf } from '../../platform/pdf.ts';
import { csvWire, geoWire, idParams, importBody, importWire, indicatorBody, indicatorUpdateBody, indicatorWire, municipalitiesWire, previewWire, theoriesWire, theoryBody, theoryParams, theoryWire, valueBody, valuesQuery, valuesWire, valueWire } from './evaluation.presenter.ts';
import * as indicators from './indicators.service.ts';
import * as values from './values.service.ts';

/** Sends the map file with its ETag, or 304 when the client holds it. */
function sendCachedFile(ifNoneMatch: string | undefined, reply: FastifyReply, g: { raw: Buffer; etag: string }): FastifyReply {
  reply.header('etag', g.etag).header('cache-control', 'private, max-age=86400');
  if (ifNoneMatch === g.etag) return reply.status(304).send();
  return reply.type('application/json').send(g.raw);
}

export async function evaluationRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['evaluation'];

  r.get('/api/evaluation/indicators', { schema: { tags, summary: 'Indicator definitions', response: { 200: z.array(indicatorWire) } } }, async (req) => indicators.listIndicators(p, ctxOf(req)));
  r.post('/api/evaluation/indicators', { schema: { tags, summary: 'Define an indicator (prevention admin)', body: indicatorBody, response: { 201: indicatorWire } } }, async (req, reply) =>
    reply.status(201).send(await indicators.createIndicator(p, ctxOf(req), req.body)),
  );
  r.put('/api/evaluation/indicators/:id', { schema: { tags, summary: 'Change an indicator definition (prevention admin; version from the last read)', params: idParams, body: indicatorUpdateBody, response: { 200: indicatorWire } } }, async (req) =>
    indicators.updateIndicator(p, ctxOf(req), req.params.id, req.body),
  );
  r.get('/api/evaluation/theories', { schema: { tags, summary: 'Theories of change per programme type', response: { 200: theoriesWire } } }, async (req) => indicators.listTheories(p, ctxOf(req)));
  r.put('/api/evaluation/theories/:programmeType', { schema: { tags, summary: 'Set the theory of change of a programme type (prevention admin)', params: theoryParams, body: theoryBody, response: { 200: theoryWire } } }, async (req) =>
    indicators.setTheory(p, ctxOf(req), req.params.programmeType, req.body),
  );
  r.get('/api/evaluation/municipalities', { schema: { tags, summary: 'Belgian municipalities: NIS code, names, population (1 January 2020)', response: { 200: municipalitiesWire } } }, async (req) => analysis.municipalities(ctxOf(req)));
  r.get('/api/evaluation/geo/municipalities', { schema: { tags, summary: 'The shipped map of Belgian municipalities (TopoJSON, CC0)', response: { 200: geoWire } } }, async (req, reply) => {
    const g = analysis.municipalitiesMap(ctxOf(req));
    return sendCachedFile(req.headers['if-none-match'], reply, g);
  });
  r.get('/api/evaluation/indicators/:id/values', { schema: { tags, summary: 'Values of an indicator (small cells flagged)', params: idParams, querystring: valuesQuery, response: { 200: valuesWire } } }, async (req) =>
    values.listValues(p, ctxOf(req), req.params.id, req.query),
  );
  r.post('/api/evaluation/indicators/:id/values', { schema: { tags, summary: 'Enter or replace one value', params: idParams, body: valueBody, response: { 201: valueWire } } }, async (req, reply) =>
    reply.status(201).send(await values.enterValue(p, ctxOf(req), req.params.id, req.body)),
  );
  r.post('/api/evaluation/indicators/:id/imports/preview', { schema: { tags, summary: 'Check a CSV file of values without importing (problems by line and column)', params: idParams, body: importBody, response: { 200: previewWire } } }, async (req) =>
    values.previewImport(p, ctxOf(req), req.params.id, req.body),
  );
  r.post('/api/evaluation/indicators/:id/imports', { schema: { tags, summary: 'Import a CSV file of values: every row or none', params: idParams, body: importBody, response: { 201: importWire } } }, async (req, reply) =>
    reply.status(201).send(await values.importValues(p, ctxOf(req), req.params.id, req.body)),
  );
  r.get('/api/evaluation/indicators/:id/values.csv', { schema: { tags, summary: 'Values as CSV (aggregates; small cells blank)', params: idParams, response: { 200: csvWire } } }, async (req, reply) => {
    const f = await values.exportValues(p, ctxOf(req), req.params.id);
    return sendDownload(reply, f.filename, 'text/csv', f.body);
  });
  r.get('/api/evaluation/indicators/:id/evaluate', { schema: { tags, summary: 'Difference in differences and synthetic control with placebo intervals for one municipality', params: idParams, querystring: evaluateQuery, response: { 200: evaluationWire } } }, async (req) =>
    analysis.evaluate(p, ctxOf(req), req.params.id, req.query),
  );
  r.get('/api/evaluation/indicators/:id/evaluate.csv', { schema: { tags, summary: 'The evaluation as CSV (aggregates; small cells blank)', params: idParams, querystring: evaluateQuery, response: { 200: csvWire } } }, async (req, reply) => {
    const f = await analysis.exportEvaluation(p, ctxOf(req), req.params.id, req.query);
    return sendDownload(reply, f.filename, 'text/csv', f.body);
  });
  r.get('/api/evaluation/indicators/:id/evaluate.pdf', { schema: { tags, summary: 'The evaluation as PDF (application/pdf; aggregates; small cells blank, as the CSV)', params: idParams, querystring: evaluateQuery, response: { 200: z.string().describe('application/pdf') } } }, async (req, reply) => {
    const f = await evaluationPdf(p, ctxOf(req), req.params.id, req.query);
    return sendPdf(reply, f.filename, f.body);
  });
  r.get('/api/evaluation/indicators/:id/map', { schema: { tags, summary: 'Values per municipality for one period, and programme participation', params: idParams, querystring: mapQuery, response: { 200: mapWire } } }, async (req) =>
    analysis.indicatorMap(p, ctxOf(req), req.params.id, req.query),
  );
}
