/**
 * Screening runs: one traveller (form or API, screened at once) or a passenger list (JSON Lines, CSV,
 * MRZ lines) streamed into a batch and screened in the background, with progress. A batch belongs to
 * the organisation that ran it; others do not see it.
 */
import { z } from 'zod';
import { DEFAULT_THRESHOLD, InvalidTravellerError, prepareQuery, travellerSchema } from '../../../core/screening/engine.ts';
import { normalizeTraveller } from '../../../core/screening/quality.ts';
import type { LineSource } from '../../../core/screening/source.ts';
import { isoDate } from '../../../core/contracts.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { runnerOf, screenRows } from './batches.runner.ts';
import { identityKey, PASSENGER_FORMATS, passengerRecords, type PassengerFormat } from './passengers.ts';
import { presentHits } from './present.ts';
import { runtimeOf, type Coverage } from './runtime.ts';
import { pdb, requirePermission, sdb, type ScreeningBatchesTable, text } from './screening.db.ts';
import { sql, type Selectable } from 'kysely';
import { hitVisibleSql } from './national.ts';

/** Most travellers one batch takes. */
export const MAX_TRAVELLERS = 200_000;

const threshold = z.coerce.number().min(0.5).max(1);
export const batchMeta = z.object({
  flight: text().trim().max(20).default(''),
  date: isoDate.optional(),
  port: text().trim().max(60).default(''),
  format: z.enum(PASSENGER_FORMATS).optional(),
  threshold: threshold.optional(),
});
/** A batch sent as JSON: its metadata and the list text. */
export const batchJsonBody = batchMeta.extend({ format: z.enum(PASSENGER_FORMATS), content: text().min(1) });
export const batchListQuery = z.object({
  status: z.enum(['receiving', 'queued', 'running', 'done', 'failed']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const resultsQuery = z.object({
  status: z.enum(['pending', 'screened', 'error', 'hit']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export const screenBody = z.object({
  id: text().max(100).optional(),
  name: text().max(300).optional(),
  givenName: text().max(200).optional(),
  familyName: text().max(200).optional(),
  birthDate: text().max(20).optional(),
  nationality: text().max(60).optional(),
  documentNumber: text().max(40).optional(),
  gender: text().max(20).optional(),
  threshold: threshold.optional(),
  flight: text().trim().max(20).default(''),
  date: isoDate.optional(),
  port: text().trim().max(60).default(''),
});

type BatchRecord = Selectable<ScreeningBatchesTable>;

export function presentBatch(b: BatchRecord) {
  return {
    id: b.id,
    kind: b.kind,
    format: b.format,
    flight: b.flight,
    date: b.travel_date,
    port: b.port,
    status: b.status,
    progress: { processed: b.processed, total: b.total, percent: b.total ? Math.floor((100 * b.processed) / b.total) : b.status === 'done' ? 100 : 0 },
    hits: b.hit_count,
    suppressed: b.suppressed_count,
    errors: b.error_count,
    threshold: b.threshold,
    failure: b.failure,
    createdAt: b.created_at,
    finishedAt: b.finished_at,
  };
}

/** A batch of the caller's organisation, or 404 (as for a missing one). */
export async function loadBatch(p: Platform, ctx: Ctx, id: string): Promise<BatchRecord> {
  const b = await sdb(p.db).selectFrom('screening_batches').selectAll().where('id', '=', id).executeTakeFirst();
  if (!b || b.owner_org_id !== ctx.actor.orgId) throw notFound('screening batch');
  return b;
}

/**
 * Reads a passenger list record by record into a new batch (rows stored as they come, so memory does
 * not grow with the list), then queues it for screening. Lines that cannot be parsed become error
 * results with their line number and id; the rest go on. A failed upload leaves nothing.
 */
export async function createBatch(p: Platform, ctx: Ctx, meta: z.infer<typeof batchMeta>, format: PassengerFormat, lines: LineSource) {
  requirePermission(ctx, 'write');
  const db = sdb(p.db);
  const id = crypto.randomUUID();
  await db
    .insertInto('screening_batches')
    .values({ id, kind: 'batch', format, flight: meta.flight, travel_date: meta.date ?? null, port: meta.port, status: 'receiving', threshold: meta.threshold ?? DEFAULT_THRESHOLD, owner_org_id: ctx.actor.orgId, created_by: ctx.actor.userId, heartbeat: new Date(), failure: null, finished_at: null })
    .execute();
  let seq = 0;
  let errors = 0;
  let rows: Array<{ batch_id: string; seq: number; line: number; traveller_id: string | null; traveller: string | null; identity_key: string | null; status: 'pending' | 'error'; error: string | null; max_score: null }> = [];
  const flush = async () => {
    if (rows.length) await db.insertInto('screening_travellers').values(rows).execute();
    rows = [];
  };
  try {
    for await (const r of passengerRecords(lines, format)) {
      if (++seq > MAX_TRAVELLERS) throw new AppError('PAYLOAD_TOO_LARGE', `A batch takes at most ${MAX_TRAVELLERS.toLocaleString('en')} travellers; split the list.`);
      if (r.error !== undefined || !r.traveller) errors++;
      rows.push({
        batch_id: id, seq, line: r.line, traveller_id: r.travellerId?.slice(0, 200) ?? null,
        traveller: r.traveller ? JSON.stringify(r.warnings ? { ...r.traveller, warnings: r.warnings } : r.traveller) : null,
        identity_key: r.traveller ? identityKey(r.traveller) : null,
        status: r.traveller ? 'pending' : 'error', error: r.error?.slice(0, 500) ?? null, max_score: null,
      });
      if (rows.length >= 500) await flush();
    }
    await flush();
    if (seq === 0) throw new AppError('INVALID_INPUT', 'The passenger list is empty.', 'content');
  } catch (e) {
    await db.deleteFrom('screening_batches').where('id', '=', id).execute();
    throw e;
  }
  const b = await db.transaction().execute(async (tx) => {
    const row = await tx.updateTable('screening_batches').set({ status: 'queued', total: seq, processed: errors, error_count: errors, heartbeat: null }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await p.record(ctx, [{ action: 'screening.batch_create', recordType: 'screening_batch', recordId: id, details: { format, travellers: seq, errors } }], pdb(tx));
    return row;
  });
  runnerOf(p).kick(id);
  return presentBatch(b);
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
  const rt = runtimeOf(p);
  await rt.ensureCurrent();
  // What this screening runs against: the live index as it is now (screens never wait for an update).
  const coverage = rt.coverage();
  const db = sdb(p.db);
  const id = crypto.randomUUID();
  const batch = { id, owner_org_id: ctx.actor.orgId, threshold: body.threshold ?? DEFAULT_THRESHOLD, created_by: ctx.actor.userId };
  const result = await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('screening_batches')
      .values({ ...batch, kind: 'single', format: 'form', flight: body.flight, travel_date: body.date ?? null, port: body.port, status: 'running', total: 1, failure: null, finished_at: null, heartbeat: null })
      .execute();
    await tx.insertInto('screening_travellers').values({ batch_id: id, seq: 1, line: 1, traveller_id: t.id, traveller: JSON.stringify(t), identity_key: identityKey(t), status: 'pending', error: null, max_score: null }).execute();
    const r = await screenRows(p, tx, batch, [{ seq: 1, traveller: t, identity_key: identityKey(t) }], ctx.actor, ctx.now, ctx);
    const row = await tx
      .updateTable('screening_batches')
      .set({ status: 'done', processed: 1, cursor: 1, hit_count: r.hits, suppressed_count: r.suppressed, error_count: r.errors, finished_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    // The answer leaves through the read door inside the transaction: one event for the screening and
    // the national subjects it shows (recordIds in full, hitIds "listed — contact").
    const hitIds = r.results[0]?.hits.map((h) => h.id) ?? [];
    const rows = hitIds.length ? await tx.selectFrom('screening_hits').selectAll().where('id', 'in', hitIds).orderBy('score', 'desc').execute() : [];
    const hits = await presentHits(p, ctx, rows, {
      withTraveller: false,
      action: 'screening.screen',
      details: { batchId: id, hits: r.hits, suppressed: r.suppressed, entries: rows.filter((h) => h.source_id !== 'national').map((h) => h.entry_id) },
      tx,
    });
    return { row, hits, leftOut: r.leftOut + (rows.length - hits.length) };
  });
  return { batch: presentBatch(result.row), traveller: t, hits: result.hits, ...screenedAgainst(coverage, result.leftOut, result.hits.length) };
}

/**
 * What a screening was run against ("N entries of lists A, B, national list version V") and its outcome:
 * hit, listed (national subjects answered "listed — contact"), no_hit, or incomplete — never "no hit"
 * when entries were left out or no list was loaded.
 */
export function screenedAgainst(c: Coverage, leftOut: number, shown: number) {
  const names = c.lists.map((l) => `${l.source} v${l.version}`);
  if (c.nationalVersion !== null) names.push(`national v${c.nationalVersion}`);
  const complete = leftOut === 0 && c.loadedAt !== null && names.length > 0;
  return {
    screenedAgainst: {
      entries: c.entries,
      lists: c.lists,
      nationalVersion: c.nationalVersion,
      complete,
      leftOut,
      text: `${c.entries.toLocaleString('en')} entries of lists ${names.join(', ') || '(none loaded)'}`,
    },
    outcome: shown > 0 ? 'hit' : complete ? 'no_hit' : 'incomplete',
  };
}

/**
 * Hit counts of batches as the viewer may see them (the policy on national subjects applies, so a
 * count never includes a hit the viewer could not open): open, not suppressed, suppressed.
 */
async function visibleCounts(p: Platform, ctx: Ctx, batchIds: string[]) {
  const out = new Map<string, { open: number; hits: number; suppressed: number }>();
  if (batchIds.length === 0) return out;
  const rows = await sdb(p.db)
    .selectFrom('screening_hits as h')
    .select((eb) => [
      'h.batch_id',
      eb.fn.countAll<number>().filterWhere('h.status', '=', 'open').as('open'),
      eb.fn.countAll<number>().filterWhere('h.status', '<>', 'suppressed').as('hits'),
      eb.fn.countAll<number>().filterWhere('h.status', '=', 'suppressed').as('suppressed'),
    ])
    .where('h.batch_id', 'in', batchIds)
    .where(hitVisibleSql(p, ctx, 'h'))
    .groupBy('h.batch_id')
    .execute();
  for (const r of rows) out.set(r.batch_id, { open: Number(r.open), hits: Number(r.hits), suppressed: Number(r.suppressed) });
  return out;
}

/** A batch as the viewer sees it: the stored counters replaced by the counts of the hits the viewer may see. */
function presentFor(b: BatchRecord, counts: Map<string, { open: number; hits: number; suppressed: number }>) {
  const c = counts.get(b.id) ?? { open: 0, hits: 0, suppressed: 0 };
  return { ...presentBatch(b), hits: c.hits, suppressed: c.suppressed };
}

/** The organisation's batches, newest first. */
export async function listBatches(p: Platform, ctx: Ctx, q: z.infer<typeof batchListQuery>) {
  requirePermission(ctx, 'read');
  const rows = await sdb(p.db)
    .selectFrom('screening_batches')
    .selectAll()
    .where('owner_org_id', '=', ctx.actor.orgId)
    .$if(!!q.status, (qb) => qb.where('status', '=', q.status!))
    .orderBy('created_at', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  const counts = await visibleCounts(p, ctx, rows.map((r) => r.id));
  await p.record(ctx, [{ action: 'screening.batch_list', recordType: 'screening_batch', details: { results: rows.length } }]);
  return { items: rows.map((b) => presentFor(b, counts)) };
}

/** A batch with its progress (the UI polls this for the progress bar) and the number of hits still open. */
export async function getBatch(p: Platform, ctx: Ctx, id: string) {
  requirePermission(ctx, 'read');
  const b = await loadBatch(p, ctx, id);
  const counts = await visibleCounts(p, ctx, [id]);
  await p.record(ctx, [{ action: 'screening.batch_read', recordType: 'screening_batch', recordId: id }]);
  return { ...presentFor(b, counts), openHits: counts.get(id)?.open ?? 0 };
}

/**
 * The result lines of a batch in list order: screened (with hit counts), errors (with line and reason),
 * pending. Hit counts and the best score count only the hits the viewer may see.
 */
export async function batchResults(p: Platform, ctx: Ctx, id: string, q: z.infer<typeof resultsQuery>) {
  requirePermission(ctx, 'read');
  await loadBatch(p, ctx, id);
  const visible = (agg: 'count' | 'max') =>
    agg === 'count'
      ? sql<number>`(SELECT count(*) FROM screening_hits h WHERE h.batch_id = t.batch_id AND h.seq = t.seq AND h.status <> 'suppressed' AND ${hitVisibleSql(p, ctx, 'h')})`
      : sql<number | null>`(SELECT max(h.score) FROM screening_hits h WHERE h.batch_id = t.batch_id AND h.seq = t.seq AND ${hitVisibleSql(p, ctx, 'h')})`;
  const rows = await sdb(p.db)
    .selectFrom('screening_travellers as t')
    .select(['t.seq', 't.line', 't.traveller_id', 't.traveller', 't.status', 't.error', visible('count').as('hit_count'), visible('max').as('max_score')])
    .where('t.batch_id', '=', id)
    .$if(q.status === 'hit', (qb) => qb.where('t.hit_count', '>', 0).where(sql<boolean>`${visible('count')} > 0`))
    .$if(!!q.status && q.status !== 'hit', (qb) => qb.where('t.status', '=', q.status as 'pending' | 'screened' | 'error'))
    .orderBy('t.seq')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  await p.record(ctx, [{ action: 'screening.results_read', recordType: 'screening_batch', recordId: id, details: { results: rows.length } }]);
  return {
    items: rows.map((r) => ({
      seq: r.seq, line: r.line, id: r.traveller_id, status: r.status, error: r.error, traveller: r.traveller, hits: Number(r.hit_count), maxScore: r.max_score === null ? null : Number(r.max_score),
    })),
  };
}
