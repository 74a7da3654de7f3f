/**
 * Passenger messages in their standards → a screening batch (issue #15): Advance Passenger Information
 * as UN/EDIFACT PAXLST and PNR as PNRGOV (EDIFACT form), read by src/core/screening/passenger-messages.ts.
 * The interchange is read whole and parsed before anything is stored: one that cannot be split into
 * passengers is refused (400, the segment number, tag and line) and leaves nothing. Each passenger then
 * goes the way of a passenger-list line (batches.intake.ts): a malformed field is read leniently or left
 * out with a data-quality flag and the traveller is screened on everything else; a passenger without a
 * name is an error result line of its own. Flight, date and port come from the message unless given.
 */
import type { z } from 'zod';
import { EdifactError } from '../../../core/screening/edifact.ts';
import { parsePassengerMessage, type PassengerMessage } from '../../../core/screening/passenger-messages.ts';
import { linesOf, type LineSource } from '../../../core/screening/source.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { storeBatch } from './batches.intake.ts';
import type { BatchWire } from './batches.presenter.ts';
import { fromObject, type PassengerRecord } from './passengers.ts';
import { requirePermission } from './screening.access.ts';
import { messageJsonBody, type messageMeta } from './screening.inputs.ts';

/** Largest interchange read (a PAXLST of 400 passengers is about 60 kB). */
export const MAX_MESSAGE_CHARS = 32 * 1024 * 1024;

/** Media types that say "UN/EDIFACT" (RFC 1767). */
export const EDIFACT_TYPES = ['application/edifact', 'application/x-edifact'];

export function isEdifactType(mediaType: string): boolean {
  return EDIFACT_TYPES.includes(mediaType);
}

/** The first non-blank line of a source, and the whole source again (the lines read are given back). */
export async function peekStart(src: LineSource): Promise<{ start: string; lines: AsyncGenerator<string> }> {
  const it = linesOf(src)[Symbol.asyncIterator]();
  const head: string[] = [];
  let start = '';
  let done = false;
  while (head.length < 1000) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    head.push(r.value);
    if (r.value.trim()) {
      start = r.value;
      break;
    }
  }
  async function* again(): AsyncGenerator<string> {
    yield* head;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return { start, lines: again() };
}

/** Where an interchange cannot be read: one issue, with its line and segment number. */
export interface MessageIssue {
  line: number;
  segment: number;
  tag: string;
  element?: number;
  message: string;
}

/** A passenger message that cannot be split into passengers: nothing was imported (400 with the issue). */
export class MessageParseError extends AppError {
  readonly issues: MessageIssue[];
  constructor(e: EdifactError) {
    super('INVALID_INPUT', `The passenger message cannot be read; nothing was imported. ${e.message[0]!.toUpperCase()}${e.message.slice(1)}`, 'content');
    this.issues = [{ line: e.line, segment: e.segment, tag: e.tag, ...(e.element !== undefined ? { element: e.element } : {}), message: e.message }];
  }
}

/** A message as it arrives: its text, or its lines read as they come (joined back, bounded). */
export type MessageSource = { kind: 'text'; text: string } | { kind: 'lines'; lines: LineSource };

/** What the caller may say about a message; anything left out comes from the message. */
export type MessageMeta = { format?: 'paxlst' | 'pnrgov' | string | undefined; flight?: string | undefined; date?: string | undefined; port?: string | undefined; threshold?: number | undefined; legalBasisId?: string | undefined };

async function readText(src: MessageSource): Promise<string> {
  if (src.kind === 'text') return src.text;
  const parts: string[] = [];
  let size = 0;
  for await (const l of linesOf(src.lines)) {
    size += l.length + 1;
    if (size > MAX_MESSAGE_CHARS) throw new AppError('PAYLOAD_TOO_LARGE', `A passenger message of more than ${MAX_MESSAGE_CHARS / 1024 / 1024} MB; send its messages in several interchanges.`);
    parts.push(l);
  }
  return parts.join('\n');
}

/** POST /api/screening/batches/messages: the interchange as text (any of the passenger media types) or JSON {content, …}. */
export async function uploadMessage(p: Platform, ctx: Ctx, meta: z.infer<typeof messageMeta>, upload: { kind: 'json'; body: unknown } | { kind: 'stream'; lines: LineSource }): Promise<BatchWire> {
  requirePermission(ctx, 'write');
  if (upload.kind === 'stream') return messageBatch(p, ctx, meta, { kind: 'lines', lines: upload.lines });
  const body = messageJsonBody.safeParse(upload.body ?? {});
  if (!body.success) {
    const i = body.error.issues[0]!;
    throw new AppError('INVALID_INPUT', `${i.path.join('.') || 'body'}: ${i.message} (send the message as text, or JSON {"content"})`, i.path.join('.') || 'content');
  }
  const { content, ...rest } = body.data;
  return messageBatch(p, ctx, { ...meta, ...rest }, { kind: 'text', text: content });
}

/** Reads a PAXLST or PNRGOV interchange into a new batch (all or nothing), queued for screening. */
export async function messageBatch(p: Platform, ctx: Ctx, meta: MessageMeta, src: MessageSource): Promise<BatchWire> {
  requirePermission(ctx, 'write');
  const text = (await readText(src)).replace(/\u0000/g, '');
  if (!text.trim()) throw new AppError('INVALID_INPUT', 'The passenger message is empty.', 'content');
  let msg: PassengerMessage;
  try {
    msg = parsePassengerMessage(text, ctx.now);
  } catch (e) {
    if (e instanceof EdifactError) throw new MessageParseError(e);
    throw e;
  }
  if (meta.format && meta.format !== msg.type) throw new AppError('INVALID_INPUT', `The message is ${msg.type.toUpperCase()}, not ${meta.format.toUpperCase()} (UNH names its type); nothing was imported.`, 'format');
  const f = msg.flight;
  const date = meta.date ?? (f.date && /^\d{4}-\d{2}-\d{2}$/.test(f.date) ? f.date : null);
  return storeBatch(
    p,
    ctx,
    {
      format: msg.type,
      flight: meta.flight || f.number.slice(0, 20),
      date,
      port: meta.port || (f.to ?? '').slice(0, 60),
      threshold: meta.threshold,
      legalBasisId: meta.legalBasisId,
      message: { ref: msg.interchangeRef.slice(0, 100), departure: f.from?.slice(0, 60) || null, arrival: f.to?.slice(0, 60) || null },
    },
    messageRecords(msg),
  );
}

/** Each passenger of a message as a record to screen (or an error line), with what the message adds. */
export function* messageRecords(msg: PassengerMessage): Generator<PassengerRecord> {
  for (const r of msg.records) {
    if (!r.traveller) {
      yield { line: r.line, travellerId: null, error: r.error ?? `segment ${r.segment}: not a passenger`, context: { segment: r.segment } };
      continue;
    }
    const { document, role, reservation, itinerary, givenName, familyName, ...screened } = r.traveller;
    const context: Record<string, unknown> = { segment: r.segment };
    for (const [k, v] of Object.entries({ givenName, familyName, role, document, reservation, itinerary })) if (v !== undefined) context[k] = v;
    yield { ...fromObject(r.line, screened, screened.id), context };
  }
}
