/**
 * Screening batches in the background of the server process: chunks of travellers screened in one
 * transaction each (hits, traveller rows, counters and cursor commit together), yielding to the event
 * loop between chunks. A batch whose process died (heartbeat older than a minute) is claimed again by
 * the next sweep and goes on with its pending travellers.
 */
import { sql } from 'kysely';
import type { Traveller } from '../../../core/screening/engine.ts';
import { actorById, type SessionActor } from '../../platform/auth.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { recordEncounters } from './encounters.ts';
import { runtimeOf, type ScreenedHit } from './runtime.ts';
import { pdb, sdb, type HitStatus, type ScreeningDb } from './screening.db.ts';

const CHUNK = 100;
/** Queued, or running in a process that stopped beating a minute ago. */
const CLAIMABLE = sql<boolean>`(status = 'queued' OR (status = 'running' AND coalesce(heartbeat, created_at) < now() - interval '60 seconds'))`;

export interface BatchRow {
  id: string;
  owner_org_id: string;
  threshold: number;
  created_by: string;
}

interface PendingRow {
  seq: number;
  traveller: Traveller;
  identity_key: string | null;
}

/**
 * Screens pending travellers of a batch inside `tx` and stores their hits; a hit on an entry the
 * organisation marked a false positive for this identity (and the entry unchanged) is stored as
 * suppressed. Returns the counts to add to the batch.
 */
export async function screenRows(p: Platform, tx: ScreeningDb, batch: BatchRow, rows: PendingRow[], actor: SessionActor, now: Date, ctx: Ctx = batchCtx(actor, batch.id)) {
  const rt = runtimeOf(p);
  const keys = [...new Set(rows.map((r) => r.identity_key).filter((k): k is string => !!k))];
  const supps = keys.length
    ? await tx.selectFrom('screening_suppressions').select(['id', 'identity_key', 'entry_id', 'entry_hash']).where('owner_org_id', '=', batch.owner_org_id).where('revoked_at', 'is', null).where('identity_key', 'in', keys).execute()
    : [];
  const hitRows: Array<{ id: string; batch_id: string; seq: number; entry_id: string; source_id: string; version_id: string; entry_hash: string; score: number; explanation: string; status: HitStatus; suppression_id: string | null }> = [];
  const seqs: number[] = [];
  const counts: number[] = [];
  const maxes: Array<number | null> = [];
  const errors: Array<{ seq: number; error: string }> = [];
  let hits = 0;
  let suppressed = 0;
  let leftOut = 0;
  const out: Array<{ seq: number; hits: Array<ScreenedHit & { id: string; status: HitStatus }> }> = [];
  for (const r of rows) {
    let found: ScreenedHit[];
    try {
      const screened = rt.screenFor(actor, r.traveller, { threshold: batch.threshold, now, graceDays: p.config.retentionGraceDays });
      leftOut += screened.leftOut ?? 0;
      found = screened;
    } catch (e) {
      errors.push({ seq: r.seq, error: (e as Error).message });
      continue;
    }
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
  for (let i = 0; i < hitRows.length; i += 200) await tx.insertInto('screening_hits').values(hitRows.slice(i, i + 200)).execute();
  if (seqs.length) {
    await sql`UPDATE screening_travellers t SET status = 'screened', hit_count = v.hc, max_score = v.ms
      FROM (SELECT unnest(${seqs}::int[]) AS seq, unnest(${counts}::int[]) AS hc, unnest(${maxes}::real[]) AS ms) v
      WHERE t.batch_id = ${batch.id} AND t.seq = v.seq`.execute(tx);
  }
  for (const e of errors) {
    await tx.updateTable('screening_travellers').set({ status: 'error', error: e.error.slice(0, 500) }).where('batch_id', '=', batch.id).where('seq', '=', e.seq).execute();
  }
  // National subjects met by another organisation: their owners are told (issue #15).
  const listed = await recordEncounters(p, ctx, tx, batch.id, out);
  return { processed: rows.length, hits, suppressed, errors: errors.length, lastSeq: rows.length ? rows[rows.length - 1]!.seq : 0, results: out, listed, leftOut };
}

/** The service context of a batch's creator (audit entries of background work are theirs). */
export function batchCtx(actor: Awaited<ReturnType<typeof actorById>> & object, batchId: string): Ctx {
  return { actor, requestId: batchId, purpose: 'border screening', now: new Date() };
}

export class BatchRunner {
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(private readonly p: Platform) {}

  /** Starts (or goes on with) a batch in the background unless this process runs it already. */
  kick(id: string): void {
    if (this.stopped || this.running.has(id)) return;
    const run = this.run(id)
      .catch((e: unknown) => this.fail(id, e))
      .finally(() => this.running.delete(id));
    this.running.set(id, run);
  }

  /** Resolves when the batch's run in this process ends (tests, CLI). */
  async idle(id?: string): Promise<void> {
    if (id) await this.running.get(id);
    else await Promise.all(this.running.values());
  }

  /** Claims queued batches and those whose process stopped (stale heartbeat); fails uploads cut off long ago. */
  async sweep(): Promise<number> {
    if (this.stopped) return 0;
    const db = sdb(this.p.db);
    await db
      .updateTable('screening_batches')
      .set({ status: 'failed', failure: 'the upload did not complete', finished_at: new Date() })
      .where('status', '=', 'receiving')
      .where(sql<boolean>`coalesce(heartbeat, created_at) < now() - interval '1 hour'`)
      .execute();
    const rows = await db
      .selectFrom('screening_batches')
      .select('id')
      .where(CLAIMABLE)
      .orderBy('created_at')
      .limit(20)
      .execute();
    for (const r of rows) this.kick(r.id);
    return rows.length;
  }

  /** Stops after the current chunk of every batch (they stay resumable). */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled(this.running.values());
  }

  private async claim(id: string) {
    return sdb(this.p.db)
      .updateTable('screening_batches')
      .set({ status: 'running', heartbeat: new Date() })
      .where('id', '=', id)
      .where(CLAIMABLE)
      .returning(['id', 'owner_org_id', 'threshold', 'created_by'])
      .executeTakeFirst();
  }

  private async run(id: string): Promise<void> {
    const batch = await this.claim(id);
    if (!batch) return;
    const actor = await actorById(this.p.db, batch.created_by);
    if (!actor) {
      await this.fail(id, new Error('the user who started the batch is disabled'));
      return;
    }
    const rt = runtimeOf(this.p);
    const db = sdb(this.p.db);
    while (!this.stopped) {
      await rt.ensureCurrent();
      const rows = (await db
        .selectFrom('screening_travellers')
        .select(['seq', 'traveller', 'identity_key'])
        .where('batch_id', '=', id)
        .where('status', '=', 'pending')
        .orderBy('seq')
        .limit(CHUNK)
        .execute()) as PendingRow[];
      if (rows.length === 0) {
        const ctx = batchCtx(actor, id);
        await db.transaction().execute(async (tx) => {
          const done = await tx.updateTable('screening_batches').set({ status: 'done', finished_at: new Date(), heartbeat: new Date() }).where('id', '=', id).returning(['processed', 'hit_count', 'suppressed_count', 'error_count']).executeTakeFirstOrThrow();
          await this.p.record(ctx, [{ action: 'screening.batch_screened', recordType: 'screening_batch', recordId: id, details: { processed: done.processed, hits: done.hit_count, suppressed: done.suppressed_count, errors: done.error_count } }], pdb(tx));
        });
        return;
      }
      await db.transaction().execute(async (tx) => {
        const r = await screenRows(this.p, tx, batch, rows, actor, new Date());
        await tx
          .updateTable('screening_batches')
          .set((eb) => ({
            processed: eb('processed', '+', r.processed),
            hit_count: eb('hit_count', '+', r.hits),
            suppressed_count: eb('suppressed_count', '+', r.suppressed),
            error_count: eb('error_count', '+', r.errors),
            cursor: r.lastSeq,
            heartbeat: new Date(),
          }))
          .where('id', '=', id)
          .execute();
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private async fail(id: string, e: unknown): Promise<void> {
    if (this.stopped) return; // closing: the batch stays resumable
    await sdb(this.p.db)
      .updateTable('screening_batches')
      .set({ status: 'failed', failure: String((e as Error)?.message ?? e).slice(0, 500), finished_at: new Date() })
      .where('id', '=', id)
      .execute()
      .catch(() => undefined);
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
