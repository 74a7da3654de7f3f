/** Routes of a prevention case's offence classification (issue #16): zod in and out, one service call each. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { idParams } from './cases.presenter.ts';
import * as svc from './case-offences.service.ts';

export async function caseOffenceRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['prevention: case consultation'];
  const out = { 200: svc.caseOffencesWire };
  r.get('/api/prevention/cases/:id/offences', { schema: { tags, summary: "A case's offences from the legal registry, and whether the caller may change them (404 when missing or refused)", params: idParams, response: out } }, async (req) =>
    svc.getCaseOffences(p, ctxOf(req), req.params.id),
  );
  r.put('/api/prevention/cases/:id/offences', { schema: { tags, summary: "Classify a case by offence: the registry's offence codes (a participating member with write right; an empty list clears)", params: idParams, body: svc.caseOffencesInput, response: out } }, async (req) =>
    svc.setCaseOffences(p, ctxOf(req), req.params.id, req.body),
  );
  r.delete('/api/prevention/cases/:id/offences', { schema: { tags, summary: "Clear a case's offence classification (a participating member with write right)", params: idParams, response: out } }, async (req) =>
    svc.clearCaseOffences(p, ctxOf(req), req.params.id),
  );
}
