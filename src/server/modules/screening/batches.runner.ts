/**
 * Screening batches in the background of the server process: chunks of travellers screened in one
 * transaction each (hits, traveller rows, counters and cursor commit together), yielding to the event
 * loop between chunks. A batch whose process died (heartbeat older than a minute) is claimed again by
 * the next sweep and goes on with its pending travellers.
 */
import type { Insertable } from 'kysely';
import { actorById, type SessionActor } from '../../platform/auth.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import type { Platform } from '../../platform/platform.ts';
import { activeSuppressions, addProgress, claimBatch, failBatch, finishBatch, pendingTravellers, storeScreened, sweepBatches, type PendingRow } from './batches.repository.ts';
import { recordEncounters } from './encounters.service.ts';
import { runtimeOf, type ScreenedHit } from './screening.runtime.ts';
import type { HitStatus, ScreeningHitsTable } from './screening.tables.ts';
import { ResumableRunner } from '../../platform/resumable-runner.ts';

const CHUNK = 100;

export interface BatchRow {
  id: string;
  owner_org_id: string;
  threshold: number;
  created_by: string;
}

/** What screening a chunk found, ready to store: its hits, the travellers screened and those in error, and the counts. */
export interface ScreenedChunk {
  hits: Array<Insertable<ScreeningHitsTable>>;
  screened: { seqs: number[]; counts: number[]; maxes: Array<number | null> };
  errors: Array<{ seq: number; error: string }>;
  counts: { hits: number; suppressed: number; errors: number; leftOut: number };
}

/** How a chunk is stored: by default onto travellers stored beforehand (a batch of one writes itself whole instead). */
export type StoreChunk = (chunk: ScreenedChunk) => Promise<void>;

/**
 * Screens pending travellers of a batch inside `tx` and stores their hits (`store`); a hit on an entry
 * the organisation marked a false positive for this identity (and the entry unchanged) is stored as
 * suppressed. Returns the counts to add to the batch.
 */
export async function screenRows(
  p: Platform,
  tx: Database,
  batch: BatchRow,
  rows: PendingRow[],
  actor: SessionActor,
  now: Date,
  ctx: Ctx = batchCtx(actor, batch.id),
  store: StoreChunk = (c) => storeScreened(tx, batch.id, c.hits, c.screened, c.errors),
) {
  const s = screenTravellers(p, batch, rows, actor, now);
  const supps = await activeSuppressions(tx, batch.owner_org_id, suppressionKeys(s));
  return storeScreenedRows(p, tx, batch, rows, s, supps, ctx, store);
}

/** What the live index found for some travellers (in memory; nothing read or written yet). */
export interface ScreenedRows {
  screened: Array<{ row: PendingRow; found: ScreenedHit[] }>;
  errors: Array<{ seq: number; error: string }>;
  leftOut: number;
}

/** Screens travellers against the live index for `actor` (no database work). */
export function screenTravellers(p: Platform, batch: BatchRow, rows: PendingRow[], actor: SessionActor, now: Date): ScreenedRows {
  const rt = runtimeOf(p);
  const errors: Array<{ seq: number; error: string }> = [];
  let leftOut = 0;
  const screened: Array<{ row: PendingRow; found: ScreenedHit[] }> = [];
  for (const r of rows) {
    try {
      const found = rt.screenFor(actor, r.traveller, { threshold: batch.threshold, now, graceDays: p.config.retentionGraceDays });
      leftOut += found.leftOut ?? 0;
      screened.push({ row: r, found });
    } catch (e) {
      errors.push({ seq: r.seq, error: (e as Error).message });
    }
  }
  return { screened, errors, leftOut };
}

/** The identities whose suppressions a screening needs: only those with hits (most travellers have none). */
export function suppressionKeys(s: ScreenedRows): string[] {
  return [...new Set(s.screened.filter((x) => x.found.length && x.row.identity_key).map((x) => x.row.identity_key!))];
}

/**
 * Stores what screenTravellers found, inside `tx`, with the organisation's active suppressions `supps`
 * of those identities (activeSuppressions of suppressionKeys); see screenRows.
 */
export async function storeScreenedRows(
  p: Platform,
  tx: Database,
  batch: BatchRow,
  rows: PendingRow[],
  found: ScreenedRows,
  supps: Awaited<ReturnType<typeof activeSuppressions>>,
  ctx: Ctx,
  store: StoreChunk,
) {
  const c = chunkToStore(batch, rows, found, supps);
  await store(c.chunk);
  // National subjects met by another organisation: their owners are told (issue #15).
  const listed = await recordEncounters(p, ctx, tx, batch.id, c.results);
  return { ...c.summary, results: c.results, listed };
}

/**
 * What to store of what screenTravellers found (no database work): the hit rows with their ids (a hit
 * on an entry the organisation marked a false positive for this identity, the entry unchanged, is
 * stored as suppressed), the travellers' hit counts, and the counts to add to the batch.
 */
export function chunkToStore(batch: BatchRow, rows: PendingRow[], { screened, errors, leftOut }: ScreenedRows, supps: Awaited<ReturnType<typeof activeSuppressions>>) {
  const hitRows: ScreenedChunk['hits'] = [];
  const seqs: number[] = [];
  const counts: number[] = [];
  const maxes: Array<number | null> = [];
  let hits = 0;
  let suppressed = 0;
  const out: Array<{ seq: number; hits: Array<ScreenedHit & { id: string; status: HitStatus }> }> = [];
  for (const { row: r, found } of screened) {
    const stored: Array<ScreenedHit & { id: string; status: HitStatus }> = [];
    let open = 0;
    for (const h of found) {
      const s = supps.find((x) => x.identity_key === r.identity_key && x.entry_id === h.entryId && x.entry_hash === h.meta.hash);
      const id = crypto.randomUUID();
      const status: HitStatus = s ? 'suppressed' : 'open';
      if (s) suppressed++;
      else open++;
      hitRows.push({
        id, batch_id: batch.id, seq: r.seq, entry_id: h.entryId, source_id: h.meta.sourceId, version_id: h.meta.versionId, entry_hash: h.meta.hash,
        score: h.score, explanation: JSON.stringify(h.explanation), status, suppression_id: s?.id ?? null,
      });
      stored.push({ ...h, id, status });
    }
    hits += open;
    seqs.push(r.seq);
    counts.push(open);
    maxes.push(found.length ? found[0]!.score : null);
    out.push({ seq: r.seq, hits: stored });
  }
  const chunk: ScreenedChunk = { hits: hitRows, screened: { seqs, counts, maxes }, errors, counts: { hits, suppressed, errors: errors.length, leftOut } };
  return { chunk, results: out, summary: { processed: rows.length, hits, suppressed, errors: errors.length, lastSeq: rows.length ? rows[rows.length - 1]!.seq : 0, leftOut } };
}

/** The service context of a batch's creator (audit entries of background work are theirs). */
export function batchCtx(actor: Awaited<ReturnType<typeof actorById>> & object, batchId: string): Ctx {
  return { actor, requestId: batchId, purpose: 'border screening', now: new Date() };
}

export class BatchRunner extends ResumableRunner {
  /** Queued batches and those whose process stopped (stale heartbeat); fails uploads cut off long ago. */
  protected claimable(): Promise<string[]> {
    return sweepBatches(this.p.db);
  }

  protected async markFailed(id: string, message: string): Promise<void> {
    await failBatch(this.p.db, id, message);
  }

  protected async run(id: string): Promise<void> {
    const batch = await claimBatch(this.p.db, id);
    if (!batch) return;
    const actor = await actorById(this.p.db, batch.created_by);
    if (!actor) {
      await this.fail(id, new Error('the user who started the batch is disabled'));
      return;
    }
    const rt = runtimeOf(this.p);
    while (!this.stopped) {
      await rt.ensureCurrent();
      const rows = await pendingTravellers(this.p.db, id, CHUNK);
      if (rows.length === 0) {
        const ctx = batchCtx(actor, id);
        await this.p.db.transaction().execute(async (tx) => {
          const done = await finishBatch(tx, id);
          await this.p.record(ctx, [{ action: 'screening.batch_screened', recordType: 'screening_batch', recordId: id, details: { processed: done.processed, hits: done.hit_count, suppressed: done.suppressed_count, errors: done.error_count } }], tx);
        });
        return;
      }
      // Organisation names (encounters tell the owner who screened) are read before the transaction: on
      // the embedded database the transaction holds the only connection.
      await this.p.orgs.fresh();
      await this.p.db.transaction().execute(async (tx) => {
        // What these travellers are screened against: the live index as it is now (kept with the batch).
        const coverage = rt.storedCoverage();
        const r = await screenRows(this.p, tx, batch, rows, actor, new Date());
        await addProgress(tx, id, { ...r, coverage });
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

const runners = new WeakMap<Platform, BatchRunner>();

/** The batch runner of a platform (one per process and database). */
export function runnerOf(p: Platform): BatchRunner {
  let r = runners.get(p);
  if (!r) {
    r = new BatchRunner(p);
    runners.set(p, r);
  }
  return r;
}
