/**
 * Routes of the online-content pillar. Uploads are raw request bodies (application/octet-stream,
 * image/*, video/*; at most 20 MB); bank imports are text/csv. Both parsers live in this plugin's
 * scope only.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { ctxOf, sendDownload } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import * as banks from './banks.service.ts';
import { caseRoutes } from './cases.routes.ts';
import * as providers from './providers.service.ts';
import { startRuntime } from './runtime.ts';
import * as signals from './signals.service.ts';

const idParams = z.object({ id: uuid });
const entryParams = z.object({ id: uuid, entryId: uuid });
export const UPLOAD_LIMIT = 20 * 1024 * 1024;
export const UPLOAD_TYPES = /^(application\/octet-stream|image\/[\w.+-]+|video\/[\w.+-]+)$/;
export const BINARY = { consumes: ['application/octet-stream', 'image/*', 'video/*'], body: signals.rawBody };

function csvError(reply: FastifyReply, e: unknown) {
  if (e instanceof banks.CsvImportError) {
    return reply.status(400).send({ error: { code: e.code, message: e.message, field: e.field, lines: e.lines } });
  }
  throw e;
}

export async function contentRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const rt = await startRuntime(app, p);
  const m = rt.matcher;
  await app.register(async (scope) => {
    scope.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_req, body, done) => done(null, body));
    scope.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: UPLOAD_LIMIT }, (_req, body, done) => done(null, body));
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['online content: hash banks'];

    r.get('/api/content/banks', { schema: { tags, summary: 'Hash banks the caller may see, with entry counts' } }, async (req) => banks.listBanks(p, ctxOf(req)));
    r.post('/api/content/banks', { schema: { tags, summary: 'Create a bank (content write)', body: banks.bankInput } }, async (req, reply) =>
      reply.status(201).send(await banks.createBank(p, m, ctxOf(req), req.body)),
    );
    r.get('/api/content/banks/:id', { schema: { tags, params: idParams } }, async (req) => banks.getBank(p, ctxOf(req), req.params.id));
    r.patch('/api/content/banks/:id', { schema: { tags, summary: 'Rename, enable/disable, change TLP or distance threshold (owner organisation)', params: idParams, body: banks.bankPatch } }, async (req) =>
      banks.updateBank(p, m, ctxOf(req), req.params.id, req.body),
    );
    r.delete('/api/content/banks/:id', { schema: { tags, summary: 'Delete a bank and its entries', params: idParams } }, async (req) => {
      await banks.deleteBank(p, m, ctxOf(req), req.params.id);
      return { ok: true };
    });
    r.get('/api/content/banks/:id/entries', { schema: { tags, summary: 'Entries, oldest first; lowQuality=true lists the flagged ones', params: idParams, querystring: banks.entriesQuery } }, async (req) =>
      banks.listEntries(p, ctxOf(req), req.params.id, req.query),
    );
    r.post(
      '/api/content/banks/:id/entries',
      { schema: { tags, summary: 'Add content by upload: the raw file as the body (image → PDQ + MD5 + SHA-256; video → digests)', params: idParams, querystring: banks.uploadQuery, ...BINARY } },
      async (req, reply) => reply.status(201).send(await banks.addUpload(p, m, ctxOf(req), req.params.id, req.body, req.query)),
    );
    r.delete('/api/content/banks/:id/entries/:entryId', { schema: { tags, params: entryParams } }, async (req) => {
      await banks.deleteEntry(p, m, ctxOf(req), req.params.id, req.params.entryId);
      return { ok: true };
    });
    r.post(
      '/api/content/banks/:id/import',
      { schema: { tags, summary: 'Import CSV (text/csv; header with hash, optional label, source, quality). Any malformed line → 400 with every bad line, nothing imported', params: idParams, consumes: ['text/csv'], body: signals.csvBody } },
      async (req, reply) => {
        try {
          return await banks.importCsv(p, m, ctxOf(req), req.params.id, req.body);
        } catch (e) {
          return csvError(reply, e);
        }
      },
    );
    r.get('/api/content/banks/:id/export', { schema: { tags, summary: 'Export PDQ entries as CSV: hash,quality,label,source', params: idParams } }, async (req, reply) => {
      const out = await banks.exportCsv(p, ctxOf(req), req.params.id);
      return sendDownload(reply, out.filename, 'text/csv', out.csv);
    });

    const stags = ['online content: signals and matching'];
    r.post(
      '/api/content/hash',
      { schema: { tags: stags, summary: 'Hash an upload (raw body) → signals {kind, pdq, quality, lowQuality, md5, sha256} and bank matches', querystring: signals.hashQuery, ...BINARY } },
      async (req) => signals.hashAndMatch(p, m, ctxOf(req), req.body, req.query.match === 'true'),
    );
    r.post('/api/content/lookup', { schema: { tags: stags, summary: 'Bank entries matching a PDQ hash (per-bank threshold) or an MD5/SHA-256 digest', body: signals.lookupInput } }, async (req) =>
      signals.lookup(p, m, ctxOf(req), req.body),
    );

    const ptags = ['online content: hosting providers'];
    r.get('/api/content/providers', { schema: { tags: ptags, summary: 'Hosting providers (webhook URL, signing scheme, public key)' } }, async (req) => providers.listProviders(p, ctxOf(req)));
    r.post('/api/content/providers', { schema: { tags: ptags, summary: 'Register a provider (content approve); the HMAC secret is in this answer only', body: providers.providerInput } }, async (req, reply) =>
      reply.status(201).send(await providers.createProvider(p, ctxOf(req), req.body)),
    );
    r.patch('/api/content/providers/:id', { schema: { tags: ptags, summary: 'Change a provider; rotateSecret answers the new secret once', params: idParams, body: providers.providerPatch } }, async (req) =>
      providers.updateProvider(p, ctxOf(req), req.params.id, req.body),
    );

    await caseRoutes(scope, p, rt);
  });
}
