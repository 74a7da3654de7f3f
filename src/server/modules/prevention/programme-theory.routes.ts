/** Routes of a programme's theory of change: zod in and out, one service call each. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { idParams } from './cases.presenter.ts';
import { programmeTheoryBody, programmeTheoryHistoryWire, programmeTheoryWire } from './programme-theory.presenter.ts';
import * as theory from './programme-theory.service.ts';

export async function programmeTheoryRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['prevention: programmes'];
  r.get('/api/prevention/programmes/:id/theory', { schema: { tags, summary: "A programme's theory of change (else its type's theory, flagged as a proposal)", params: idParams, response: { 200: programmeTheoryWire } } }, async (req) =>
    theory.getProgrammeTheory(p, ctxOf(req), req.params.id),
  );
  r.put('/api/prevention/programmes/:id/theory', { schema: { tags, summary: "Save a new version of a programme's theory of change (the organisation that runs it; version from the last read)", params: idParams, body: programmeTheoryBody, response: { 200: programmeTheoryWire } } }, async (req) =>
    theory.setProgrammeTheory(p, ctxOf(req), req.params.id, req.body),
  );
  r.get('/api/prevention/programmes/:id/theory/history', { schema: { tags, summary: "Every saved version of a programme's theory of change, newest first", params: idParams, response: { 200: programmeTheoryHistoryWire } } }, async (req) =>
    theory.programmeTheoryHistory(p, ctxOf(req), req.params.id),
  );
}
