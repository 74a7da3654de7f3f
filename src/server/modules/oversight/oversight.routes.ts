/** Routes of oversight: the audit log's questions, look-ups and grants; zod in and out, one service call each. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf, sendDownload } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { lookup, lookupInput } from './lookup.service.ts';
import { auditListWire, auditTableWire, downloadWire, grantWire, lookupWire, statsWire, summaryWire, verdictWire } from './oversight.presenter.ts';
import * as o from './oversight.service.ts';
import { summary, summaryQuery } from './questions.service.ts';

export async function oversightRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['oversight'];
  r.get('/api/audit', { schema: { tags, summary: 'Audit entries (oversight bodies)', querystring: o.auditQuery, response: { 200: auditListWire } } }, async (req) => o.listAudit(p, ctxOf(req), req.query));
  r.get('/api/audit/entries', { schema: { tags, summary: 'Audit entries as a table: sort (seq|actor|organisation|action|recordType), dir, limit/offset and the total', querystring: o.auditTableQuery, response: { 200: auditTableWire } } }, async (req) =>
    o.auditTable(p, ctxOf(req), req.query),
  );
  r.get('/api/audit/export', { schema: { tags, summary: 'Audit entries as CSV or JSON', querystring: o.exportQuery, response: { 200: downloadWire } } }, async (req, reply) => {
    const file = await o.exportAudit(p, ctxOf(req), req.query);
    return sendDownload(reply, file.filename, file.type, file.body);
  });
  r.get('/api/audit/summary', { schema: { tags, summary: 'Who read a record (per user or partner), or what a user read (per record)', querystring: summaryQuery, response: { 200: summaryWire } } }, async (req) =>
    summary(p, ctxOf(req), req.query),
  );
  r.get('/api/audit/stats', { schema: { tags, summary: 'Access statistics per organisation', querystring: o.statsQuery, response: { 200: statsWire } } }, async (req) => o.stats(p, ctxOf(req), req.query));
  r.get('/api/audit/verify', { schema: { tags, summary: 'Verify the hash chain and every checkpoint signature against the trusted key', response: { 200: verdictWire } } }, async (req) =>
    o.verify(p, ctxOf(req)),
  );
  r.post('/api/oversight/lookup', { schema: { tags, summary: 'Find a record by a name or document number (ids only, audited)', body: lookupInput, response: { 200: lookupWire } } }, async (req) =>
    lookup(p, ctxOf(req), req.body),
  );
  r.post('/api/oversight/grants', { schema: { tags, summary: 'Grant an oversight user read access to a record', body: o.grantInput, response: { 201: grantWire } } }, async (req, reply) =>
    reply.status(201).send(await o.grant(p, ctxOf(req), req.body)),
  );
}
