/**
 * Routes of hash banks (CRUD, entries by upload, CSV import and export) and of signals (hash an
 * upload, look up hashes). Registered inside the content plugin's scope (raw-body and CSV parsers).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { ctxOf, sendDownload } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { bankListWire, bankWire, entryListWire, hashWire, importWire, lookupWire, uploadWire } from './banks.presenter.ts';
import * as banks from './banks.service.ts';
import { csvWire, okWire } from './content.presenter.ts';
import * as signals from './signals.service.ts';

const idParams = z.object({ id: uuid });
const entryParams = z.object({ id: uuid, entryId: uuid });
export const BINARY = { consumes: ['application/octet-stream', 'image/*', 'video/*'], body: signals.rawBody };

/** A rejected CSV answers every bad line (with its number), beside the usual error shape. */
function csvError(reply: FastifyReply, e: unknown) {
  if (e instanceof banks.CsvImportError) {
    return reply.status(400).send({ error: { code: e.code, message: e.message, field: e.field, lines: e.lines } });
  }
  throw e;
}

export async function bankRoutes(scope: FastifyInstance, p: Platform): Promise<void> {
  const r = scope.withTypeProvider<ZodTypeProvider>();
  const tags = ['online content: hash banks'];

  r.get('/api/content/banks', { schema: { tags, summary: 'Hash banks the caller may see, with entry counts', response: { 200: bankListWire } } }, async (req) => banks.listBanks(p, ctxOf(req)));
  r.post('/api/content/banks', { schema: { tags, summary: 'Create a bank (content write)', body: banks.bankInput, response: { 201: bankWire } } }, async (req, reply) =>
    reply.status(201).send(await banks.createBank(p, ctxOf(req), req.body)),
  );
  r.get('/api/content/banks/:id', { schema: { tags, summary: 'A bank (404 when missing or refused)', params: idParams, response: { 200: bankWire } } }, async (req) => banks.getBank(p, ctxOf(req), req.params.id));
  r.patch('/api/content/banks/:id', { schema: { tags, summary: 'Rename, enable/disable, change TLP or distance threshold (owner organisation)', params: idParams, body: banks.bankPatch, response: { 200: bankWire } } }, async (req) =>
    banks.updateBank(p, ctxOf(req), req.params.id, req.body),
  );
  r.delete('/api/content/banks/:id', { schema: { tags, summary: 'Delete a bank and its entries', params: idParams, response: { 200: okWire } } }, async (req) => banks.deleteBank(p, ctxOf(req), req.params.id));
  r.get('/api/content/banks/:id/entries', { schema: { tags, summary: 'Entries, oldest first; lowQuality=true lists the flagged ones', params: idParams, querystring: banks.entriesQuery, response: { 200: entryListWire } } }, async (req) =>
    banks.listEntries(p, ctxOf(req), req.params.id, req.query),
  );
  r.post(
    '/api/content/banks/:id/entries',
    { schema: { tags, summary: 'Add content by upload: the raw file as the body (image → PDQ + MD5 + SHA-256; video → digests)', params: idParams, querystring: banks.uploadQuery, ...BINARY, response: { 201: uploadWire } } },
    async (req, reply) => reply.status(201).send(await banks.addUpload(p, ctxOf(req), req.params.id, req.body, req.query)),
  );
  r.delete('/api/content/banks/:id/entries/:entryId', { schema: { tags, summary: 'Delete an entry', params: entryParams, response: { 200: okWire } } }, async (req) => banks.deleteEntry(p, ctxOf(req), req.params.id, req.params.entryId));
  r.post(
    '/api/content/banks/:id/import',
    { schema: { tags, summary: 'Import CSV (text/csv; header with hash, optional label, source, quality). Any malformed line → 400 with every bad line, nothing imported', params: idParams, consumes: ['text/csv'], body: signals.csvBody, response: { 200: importWire } } },
    async (req, reply) => banks.importCsv(p, ctxOf(req), req.params.id, req.body).catch((e: unknown) => csvError(reply, e)),
  );
  r.get('/api/content/banks/:id/export', { schema: { tags, summary: 'Export PDQ entries as CSV: hash,quality,label,source', params: idParams, response: { 200: csvWire } } }, async (req, reply) => {
    const out = await banks.exportCsv(p, ctxOf(req), req.params.id);
    return sendDownload(reply, out.filename, 'text/csv', out.csv);
  });

  const stags = ['online content: signals and matching'];
  r.post(
    '/api/content/hash',
    { schema: { tags: stags, summary: 'Hash an upload (raw body) → signals {kind, pdq, quality, lowQuality, md5, sha256} and bank matches', querystring: signals.hashQuery, ...BINARY, response: { 200: hashWire } } },
    async (req) => signals.hashAndMatch(p, ctxOf(req), req.body, req.query.match === 'true'),
  );
  r.post('/api/content/lookup', { schema: { tags: stags, summary: 'Bank entries matching a PDQ hash (per-bank threshold) or an MD5/SHA-256 digest', body: signals.lookupInput, response: { 200: lookupWire } } }, async (req) =>
    signals.lookup(p, ctxOf(req), req.body),
  );
}
