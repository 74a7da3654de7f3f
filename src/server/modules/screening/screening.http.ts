/**
 * Reading the bodies of the screening routes: watch lists sent whole (XML, CSV, JSON Lines or JSON) and
 * passenger lists read line by line as they arrive (bounded: total size and line length).
 */
import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import type { BatchWire } from './batches.presenter.ts';
import type { BatchUpload } from './batches.service.ts';
import { EDIFACT_TYPES, MessageParseError } from './messages.service.ts';
import { importBody, type ImportPayload, type importQuery } from './screening.inputs.ts';

export const LIST_TYPES = ['text/csv', 'application/xml', 'text/xml', 'application/x-ndjson', 'application/jsonl'];
export const PASSENGER_TYPES = ['text/plain', 'text/csv', 'application/x-ndjson', 'application/jsonl', 'text/x-mrz', ...EDIFACT_TYPES];
const MAX_UPLOAD_BYTES = 256 * 1024 * 1024;
const MAX_LINE = 1024 * 1024;

/** Lines of a request body as it arrives (bounded: total size and line length). */
async function* streamLines(body: Readable): AsyncGenerator<string> {
  const dec = new TextDecoder('utf-8');
  let rest = '';
  let bytes = 0;
  let first = true;
  for await (const chunk of body) {
    bytes += (chunk as Buffer).length;
    if (bytes > MAX_UPLOAD_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', 'The passenger list is larger than 256 MB; split it.');
    rest += dec.decode(chunk as Buffer, { stream: true });
    if (first) {
      rest = rest.replace(/^\uFEFF/, '');
      first = false;
    }
    let i: number;
    while ((i = rest.indexOf('\n')) >= 0) {
      yield rest.slice(0, i).replace(/\r$/, '');
      rest = rest.slice(i + 1);
    }
    if (rest.length > MAX_LINE) throw new AppError('INVALID_INPUT', 'A line longer than 1 MB: not a passenger list.');
  }
  rest += dec.decode();
  if (rest.length) yield rest.replace(/\r$/, '');
}

function mediaType(req: FastifyRequest): string {
  return String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

function isStream(v: unknown): v is Readable {
  return !!v && typeof (v as Readable).pipe === 'function';
}

/** A passenger list upload: the JSON body, or the list itself read lazily (nothing is read before the service's access step). */
export function batchUpload(req: FastifyRequest): BatchUpload {
  return isStream(req.body) ? { kind: 'stream', mediaType: mediaType(req), lines: streamLines(req.body) } : { kind: 'json', body: req.body };
}

/** A new batch (202), or a passenger message refused with the segment and line where it cannot be read (400). */
export async function batchAnswer(reply: FastifyReply, start: Promise<BatchWire>) {
  try {
    return reply.status(202).send(await start);
  } catch (e) {
    if (e instanceof MessageParseError) return reply.status(400).send({ error: { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}), issues: e.issues } });
    throw e;
  }
}

/** The import payload from a JSON body or a raw list body (XML, CSV, JSON Lines); read only when the service asks. */
export function importPayload(req: FastifyRequest, query: z.infer<typeof importQuery>): () => ImportPayload {
  return () => {
    const t = mediaType(req);
    const flags = {
      ...(query.skipInvalid ? { skipInvalid: query.skipInvalid === 'true' } : {}),
      ...(query.includeEntities ? { includeEntities: query.includeEntities === 'true' } : {}),
      ...(query.note ? { note: query.note } : {}),
    };
    if (typeof req.body === 'string') {
      const format = query.format ?? (t.includes('xml') ? 'xml' : t.includes('csv') ? 'csv' : t.includes('json') ? 'jsonl' : undefined);
      return { content: req.body.replace(/^\uFEFF/, '').replace(/\u0000/g, ''), ...(format ? { format } : {}), ...flags };
    }
    const parsed = importBody.safeParse(req.body ?? {});
    if (!parsed.success) throw new AppError('INVALID_INPUT', 'body: expected {"content"} or {"sdn","alt"} (or send the list as text/csv, application/xml or application/x-ndjson)');
    return { ...parsed.data, ...(query.format && !parsed.data.format ? { format: query.format } : {}), ...flags };
  };
}
