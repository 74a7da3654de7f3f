/** Routes of threat assessment: zod in and out, one service call each. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { threatInput } from '../../../core/contracts.ts';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { assessedWire, assessmentListWire, queueWire } from './threat.presenter.ts';
import * as threat from './threat.service.ts';

export async function threatRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['threat assessment'];
  r.post('/api/threat-assessments', { schema: { tags, summary: 'Assess a threat level (OCAM 1–4) with justification', body: threatInput, response: { 201: assessedWire } } }, async (req, reply) =>
    reply.status(201).send(await threat.assess(p, ctxOf(req), req.body)),
  );
  r.get('/api/threat-assessments', { schema: { tags, summary: "A target's level history, oldest first", querystring: threat.historyQuery, response: { 200: assessmentListWire } } }, async (req) =>
    threat.history(p, ctxOf(req), req.query),
  );
  r.get('/api/threat-levels', { schema: { tags, summary: 'Current levels: country, sectors, events, places', response: { 200: assessmentListWire } } }, async (req) => threat.currentLevels(p, ctxOf(req)));
  r.get('/api/threat-queue', { schema: { tags, summary: 'Re-evaluations overdue or due within 14 days', response: { 200: queueWire } } }, async (req) => threat.reevaluationQueue(p, ctxOf(req)));
}
