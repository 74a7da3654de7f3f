/**
 * Screening runs: one traveller (form or API, screened at once) or a passenger list (JSON Lines, CSV,
 * MRZ lines; PAXLST and PNRGOV messages through messages.service.ts) streamed into a batch and screened
 * in the background, with progress. A batch belongs to the organisation that ran it; others do not see it.
 */
import type { z } from 'zod';
import { DEFAULT_THRESHOLD, InvalidTravellerError, prepareQuery, travellerSchema } from '../../../core/screening/engine.ts';
import { looksLikeEdifact } from '../../../core/screening/passenger-messages.ts';
import { normalizeTraveller } from '../../../core/screening/quality.ts';
import type { LineSource } from '../../../core/screening/source.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { dbFor, type Platform } from '../../platform/platform.ts';
import { chunkToStore, screenTravellers, suppressionKeys } from './batches.runner.ts';
import { presentBatch, presentBatchFor, screenedAgainst, type BatchWire } from './batches.presenter.ts';
import * as repo from './batches.repository.ts';
import { entriesFor } from './watchlists.repository.ts';
import type { BatchRecord } from './batches.repository.ts';
import { decideHits, hitWires, presentHits, type HitDecisions } from './hit-views.service.ts';
import { encounterSubjects, recordEncounters } from './encounters.service.ts';
import { HeldEvents } from '../../platform/audit.ts';
import { GroupedWrites } from '../../platform/audit-groups.ts';
import { storeBatch } from './batches.intake.ts';
import { screeningBasis } from './legal-links.service.ts';
import { isEdifactType, messageBatch, peekStart } from './messages.service.ts';
import { identityKey, passengerRecords, type PassengerFormat } from './passengers.ts';
import { requirePermission } from './screening.access.ts';
import { batchJsonBody, type batchListQuery, type batchMeta, type resultsQuery, type screenBody } from './screening.inputs.ts';
import { runtimeOf } from './screening.runtime.ts';

/** A batch of the caller's organisation, or 404 (as for a missing one). */
export async function loadBatch(p: Platform, ctx: Ctx, id: string): Promise<BatchRecord> {
  const b = await repo.findBatch(p.db, id);
  if (!b || b.owner_org_id !== ctx.actor.orgId) throw notFound('screening batch');
  return b;
}

/** A passenger list as it arrives: JSON {format, content, …} or the list itself, whose media type may name its format. */
export type BatchUpload = { kind: 'json'; body: unknown } | { kind: 'stream'; mediaType: string; lines: LineSource };

/**
 * Starts a batch from an upload (the access step comes before anything about the body). A passenger
 * message (format paxlst or pnrgov, media type application/edifact, or a list that starts with UNA/UNB)
 * goes to the message intake (messages.service.ts), which shares the storing and screening below.
 */
export async function uploadBatch(p: Platform, ctx: Ctx, meta: z.infer<typeof batchMeta>, upload: BatchUpload): Promise<BatchWire> {
  requirePermission(ctx, 'write');
  if (upload.kind === 'stream') {
    const t = upload.mediaType;
    if (meta.format === 'paxlst' || meta.format === 'pnrgov' || isEdifactType(t)) return messageBatch(p, ctx, meta, { kind: 'lines', lines: upload.lines });
    let format: PassengerFormat | undefined = meta.format ?? (t === 'text/csv' ? 'csv' : t.includes('json') ? 'jsonl' : t === 'text/x-mrz' ? 'mrz' : undefined);
    let lines = upload.lines;
    if (!format) {
      // A passenger message announces itself (UNA service string advice or the UNB interchange header).
      const peeked = await peekStart(lines);
      lines = peeked.lines;
      if (looksLikeEdifact(peeked.start)) return messageBatch(p, ctx, meta, { kind: 'lines', lines });
    }
    if (!format) throw new AppError('INVALID_INPUT', 'Say which format the list is in: ?format=jsonl|csv|mrz|paxlst|pnrgov.', 'format');
    return createBatch(p, ctx, meta, format, lines);
  }
  const body = batchJsonBody.safeParse(upload.body ?? {});
  if (!body.success) {
    const i = body.error.issues[0]!;
    throw new AppError('INVALID_INPUT', `${i.path.join('.') || 'body'}: ${i.message}`, i.path.join('.') || undefined);
  }
  const { format, content, ...rest } = body.data;
  if (format === 'paxlst' || format === 'pnrgov') return messageBatch(p, ctx, { ...meta, ...rest, format }, { kind: 'text', text: content });
  return createBatch(p, ctx, { ...meta, ...rest }, format, content);
}

/** Reads a passenger list record by record into a new batch (see storeBatch), then queues it for screening. */
export async function createBatch(p: Platform, ctx: Ctx, meta: z.infer<typeof batchMeta>, format: PassengerFormat, lines: LineSource): Promise<BatchWire> {
  requirePermission(ctx, 'write');
  return storeBatch(p, ctx, { format, flight: meta.flight, date: meta.date ?? null, port: meta.port, threshold: meta.threshold, legalBasisId: meta.legalBasisId }, passengerRecords(lines, format));
}

type StoredSingle = Awaited<ReturnType<typeof repo.insertSingles>>[number];
const singles = new WeakMap<Platform, GroupedWrites<repo.SingleRows, StoredSingle>>();
/**
 * The platform's writer of single screens: screens that arrive while one waits for the audit chain's
 * turn are written with it, in one statement (audit-groups.ts).
 */
function singlesOf(p: Platform): GroupedWrites<repo.SingleRows, StoredSingle> {
  let w = singles.get(p);
  if (!w) singles.set(p, (w = new GroupedWrites(p.audit, (ex, items, append) => repo.insertSingles(ex, items, append))));
  return w;
}

/** Screens one traveller now; the result is stored as a batch of one, so its hits go to review like any other. */
export async function screenOne(p: Platform, ctx: Ctx, body: z.infer<typeof screenBody>) {
  requirePermission(ctx, 'write');
  const parsed = travellerSchema.safeParse({ ...body, id: body.id ?? 'form' });
  if (!parsed.success) throw new AppError('INVALID_INPUT', 'Give the traveller\'s name (or given and family names).', 'name');
  // Malformed fields are read leniently or left out, with a data-quality flag: never a refusal.
  const t = normalizeTraveller(parsed.data);
  try {
    prepareQuery(t);
  } catch (e) {
    if (e instanceof InvalidTravellerError) throw new AppError('INVALID_INPUT', e.message, /birth/i.test(e.message) ? 'birthDate' : 'name');
    throw e;
  }
  // A screen at the desk is urgent work: its statements take a connection before ordinary ones.
  const db = dbFor(p, ctx);
  const rt = runtimeOf(p);
  await rt.ensureCurrent();
  // What this screening runs against: the live index as it is now (screens never wait for an update).
  const coverage = rt.coverage();
  const id = crypto.randomUUID();
  const batch = { id, owner_org_id: ctx.actor.orgId, threshold: body.threshold ?? DEFAULT_THRESHOLD, created_by: ctx.actor.userId };
  const travellers = [{ seq: 1, traveller: t, identity_key: identityKey(t) }];
  const screened = screenTravellers(p, batch, travellers, ctx.actor, ctx.now);
  const found = screened.screened[0]?.found ?? [];
  // What the answer needs besides the index is read at once, before the transaction (a traveller at the
  // desk waits for each round trip): the legal basis, the suppressions of this identity and the hits'
  // entries. Organisation names ("listed — contact X") too: on the embedded database the transaction
  // holds the only connection.
  const [basis, supps, entries] = await Promise.all([
    screeningBasis(p, ctx, body.legalBasisId),
    repo.activeSuppressions(db, batch.owner_org_id, suppressionKeys(screened)),
    entriesFor(db, [...new Set(found.map((h) => h.entryId))], [...new Set(found.map((h) => h.meta.versionId))]),
    p.orgs.fresh(),
  ]);
  const { chunk: c, results } = chunkToStore(batch, travellers, screened, supps);
  const error = c.errors[0]?.error ?? null;
  const rows = [
    {
      ...batch, kind: 'single' as const, format: 'form', flight: body.flight, travel_date: body.date ?? null, port: body.port, status: 'done' as const, total: 1, failure: null, heartbeat: null,
      legal_basis_id: basis?.id ?? null, legal_basis: basis?.citation ?? null, processed: 1, cursor: 1, hit_count: c.counts.hits, suppressed_count: c.counts.suppressed,
      error_count: c.counts.errors, finished_at: new Date(), left_out: c.counts.leftOut, screened_against: JSON.stringify({ ...coverage, loadedAt: coverage.loadedAt?.toISOString() ?? null }),
    },
    {
      batch_id: id, seq: 1, line: 1, traveller_id: t.id, traveller: JSON.stringify(t), identity_key: identityKey(t), status: error === null ? ('screened' as const) : ('error' as const), error,
      hit_count: c.screened.counts[0] ?? 0, max_score: c.screened.maxes[0] ?? null,
    },
    c.hits,
  ] as const;
  // The answer leaves through the read door: one event for the screening and the national subjects it
  // shows (recordIds in full, hitIds "listed — contact").
  const door = {
    withTraveller: false,
    entries,
    action: 'screening.screen',
    details: { batchId: id, hits: c.counts.hits, suppressed: c.counts.suppressed, entries: c.hits.filter((h) => h.source_id !== 'national').map((h) => h.entry_id) },
  };
  let stored: StoredSingle;
  let decisions: HitDecisions;
  if (encounterSubjects(ctx, results).size === 0) {
    // Decided before anything is written, its audit event held: the batch, its traveller, the hits and
    // the event are then written in ONE statement outside a transaction (one round trip instead of four,
    // and the audit chain's lock held for that statement only).
    const held = new HeldEvents();
    decisions = await decideHits(p, ctx, c.hits, { ...door, held });
    stored = await singlesOf(p).add(rows, held);
  } else {
    // Owners to tell of the encounter (notifications to their readers): everything in one transaction.
    ({ stored, decisions } = await db.transaction().execute(async (tx) => {
      const written = (await repo.insertSingles(tx, [rows]))[0]!;
      await recordEncounters(p, ctx, tx, id, results);
      return { stored: written, decisions: await decideHits(p, ctx, written.hits, { ...door, tx }) };
    }));
  }
  const hits = hitWires(p, decisions, stored.hits);
  const leftOut = c.counts.leftOut + (stored.hits.length - hits.length);
  return { batch: presentBatch(stored.batch), traveller: { ...t }, hits, ...screenedAgainst(coverage, leftOut, hits.length) };
}

/** The organisation's batches, newest first; hit counts are those the viewer may see. */
export async function listBatches(p: Platform, ctx: Ctx, q: z.infer<typeof batchListQuery>) {
  requirePermission(ctx, 'read');
  const rows = await repo.batchesOf(p.db, ctx.actor.orgId, q);
  const counts = await repo.visibleCounts(p.db, ctx, rows.map((r) => r.id));
  await p.record(ctx, [{ action: 'screening.batch_list', recordType: 'screening_batch', details: { results: rows.length } }]);
  return { items: rows.map((b) => presentBatchFor(b, counts)) };
}

/** A batch with its progress (the UI polls this for the progress bar) and the number of hits still open. */
export async function getBatch(p: Platform, ctx: Ctx, id: string) {
  requirePermission(ctx, 'read');
  const b = await loadBatch(p, ctx, id);
  const counts = await repo.visibleCounts(p.db, ctx, [id]);
  await p.record(ctx, [{ action: 'screening.batch_read', recordType: 'screening_batch', recordId: id }]);
  return { ...presentBatchFor(b, counts), openHits: counts.get(id)?.open ?? 0 };
}

/**
 * The result lines of a batch in list order: screened (with hit counts), errors (with line and reason),
 * pending. Hit counts and the best score count only the hits the viewer may see.
 */
export async function batchResults(p: Platform, ctx: Ctx, id: string, q: z.infer<typeof resultsQuery>) {
  requirePermission(ctx, 'read');
  await loadBatch(p, ctx, id);
  const rows = await repo.resultLines(p.db, ctx, id, q);
  await p.record(ctx, [{ action: 'screening.results_read', recordType: 'screening_batch', recordId: id, details: { results: rows.length } }]);
  return {
    items: rows.map((r) => ({
      seq: r.seq, line: r.line, id: r.traveller_id, status: r.status, error: r.error, traveller: r.traveller as { id: string; name: string } | null, hits: Number(r.hit_count), maxScore: r.max_score === null ? null : Number(r.max_score),
    })),
  };
}
