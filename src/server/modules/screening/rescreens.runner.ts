/**
 * Re-screening on every list change (issue #15): when a version of an official or custom list adds or
 * changes entries, the travellers screened in the look-back window (p.config.watchlistFetch.rescreenDays)
 * before the change are screened again against those entries only — a small index of them, weighted as
 * the whole index would weigh their tokens. A new hit goes to the traveller's own batch, open for review
 * and marked "listed after travel" (screening_hits.rescreen_id). Chunks commit with their cursor, so a
 * run stopped anywhere goes on where it was (a sweep claims runs whose heartbeat is a minute old).
 * National-list changes are re-screened too (queued by rescreens.service.ts, several changes to one run):
 * a hit on a subject is decided for the batch's screener under the screening-encounter rule — stored
 * for review as "listed — contact the owner" where they may not read it, and the owner told of the
 * encounter (notification and audit, encounters.service.ts), as for a live screening.
 */
import { screeningEncounter, type RecordMarkings } from '../../../core/access/policy.ts';
import { InvalidTravellerError, ScreeningIndex, type Hit, type WatchlistEntry } from '../../../core/screening/engine.ts';
import type { AuditEvent } from '../../platform/audit.ts';
import { actorById, type SessionActor } from '../../platform/auth.ts';
import type { Database } from '../../platform/db.ts';
import type { Platform } from '../../platform/platform.ts';
import * as repo from './rescreens.repository.ts';
import { batchCtx } from './batches.runner.ts';
import { recordEncounters } from './encounters.service.ts';
import { runtimeOf, type ScreenedHit } from './screening.runtime.ts';
import type { HitStatus } from './screening.tables.ts';
import { ResumableRunner } from '../../platform/resumable-runner.ts';

/** Travellers read and screened per transaction. */
export const RESCREEN_CHUNK = 2000;
const SYSTEM = { userId: null, username: 'system', orgId: null, orgName: 'Vigil' };

/** A past traveller as the re-screening reads it. */
export interface PastTravellerLike {
  batch_id: string;
  seq: number;
  traveller: unknown;
  threshold: number;
}

/**
 * Screens past travellers against a small index of new and changed entries (pure: no I/O). Travellers
 * the engine refuses (no usable name) are passed over; they were answered as errors at the time.
 */
export function rescreenTravellers<T extends PastTravellerLike>(index: ScreeningIndex, rows: readonly T[]): Array<{ row: T; hits: Hit[] }> {
  const out: Array<{ row: T; hits: Hit[] }> = [];
  for (const r of rows) {
    let hits: Hit[];
    try {
      hits = index.screen(r.traveller as never, { threshold: r.threshold, limit: 10 });
    } catch (e) {
      if (e instanceof InvalidTravellerError) continue;
      throw e;
    }
    if (hits.length) out.push({ row: r, hits });
  }
  return out;
}

/**
 * Queues the re-screening of a new version inside its transaction (nothing when the version only
 * removed entries or when re-screening is off; the national list's: rescreens.service.ts). Returns its id.
 */
export async function queueRescreen(p: Platform, tx: Database, v: { id: string; source: string; added: number | null; changed: number | null; createdAt: string }): Promise<string | null> {
  const days = p.config.watchlistFetch.rescreenDays;
  const entries = (v.added ?? 0) + (v.changed ?? 0);
  if (days === 0 || v.source === 'national' || entries === 0) return null;
  const id = crypto.randomUUID();
  const since = new Date(new Date(v.createdAt).getTime() - days * 86_400_000);
  await repo.insertRescreen(tx, { id, versionId: v.id, sourceId: v.source, entries, since });
  return id;
}

export class Rescreener extends ResumableRunner {
  /** Waiting re-screenings and those a stopped process left. */
  protected claimable(): Promise<string[]> {
    return repo.claimableRescreens(this.p.db);
  }

  protected async markFailed(id: string, message: string): Promise<void> {
    await repo.failRescreen(this.p.db, id, message);
  }

  protected async run(id: string): Promise<void> {
    const r = await repo.claimRescreen(this.p.db, id);
    if (!r) return;
    const national = r.source_id === 'national';
    const delta = national ? await repo.nationalDelta(this.p.db, r.version_id) : await repo.deltaEntries(this.p.db, r.version_id);
    const rt = runtimeOf(this.p);
    await rt.ensureCurrent();
    const index = new ScreeningIndex(delta.map((d) => d.entry as WatchlistEntry), { weights: rt.tokenWeight() });
    const hashes = new Map(delta.map((d) => [d.entry_id, d.hash]));
    const access = new Map(delta.map((d) => [d.entry_id, 'access' in d ? (d.access as RecordMarkings | null) : null]));
    const entryIds = [...hashes.keys()];
    // National changes are joined while queued: the run covers travellers screened until it starts.
    const until = national ? new Date() : r.created_at;
    if (r.cursor_batch === null) await repo.setRescreenTotal(this.p.db, id, await repo.countTravellers(this.p.db, r.since, until));
    let cursor = r.cursor_batch !== null ? { batch: r.cursor_batch, seq: r.cursor_seq! } : null;
    if (r.cursor_batch === null) {
      await this.p.audit.append(SYSTEM, [{ action: 'screening.rescreen_start', recordType: 'screening_rescreen', recordId: id, details: { versionId: r.version_id, source: r.source_id, entries: entryIds.length, since: r.since.toISOString() } }]);
    }
    const screeners = new Map<string, SessionActor | null>();
    while (!this.stopped) {
      const rows = entryIds.length ? await repo.travellersAfter(this.p.db, r.since, until, cursor, RESCREEN_CHUNK) : [];
      if (rows.length === 0) {
        await this.p.db.transaction().execute(async (tx) => {
          const done = await repo.finishRescreen(tx, id);
          await this.p.audit.append(SYSTEM, [{ action: 'screening.rescreen_done', recordType: 'screening_rescreen', recordId: id, details: { versionId: r.version_id, source: r.source_id, processed: done.processed, hits: done.hit_count } }], tx);
        });
        return;
      }
      const found = rescreenTravellers(index, rows);
      const last = rows[rows.length - 1]!;
      const next = { batch: last.batch_id, seq: last.seq };
      cursor = next;
      const batches = [...new Set(found.map((f) => f.row.batch_id))];
      const who = national && found.length ? await this.screenersOf(batches, screeners) : new Map<string, { actor: SessionActor | null; ownerOrgId: string }>();
      // Organisation names (the owner is told who screened) are read before the transaction (one connection on the embedded database).
      if (national && found.length) await this.p.orgs.fresh();
      const now = new Date();
      await this.p.db.transaction().execute(async (tx) => {
        const had = await repo.existingHits(tx, batches, entryIds);
        const hits: Array<{ id: string; batch_id: string; seq: number; entry_id: string; source_id: string; version_id: string; entry_hash: string; score: number; explanation: string; status: HitStatus; suppression_id: null; rescreen_id: string }> = [];
        const met = new Map<string, Array<{ seq: number; hits: Array<ScreenedHit & { id: string }> }>>();
        for (const f of found) {
          const screener = who.get(f.row.batch_id);
          const listed: Array<ScreenedHit & { id: string }> = [];
          for (const h of f.hits) {
            if (had.has(`${f.row.batch_id}|${f.row.seq}|${h.entryId}`)) continue;
            const marks = access.get(h.entryId) ?? null;
            let view: 'full' | 'hit' = 'full';
            if (national && marks) {
              // The screener's decision as at a live screening (no false "clear"; nothing for oversight).
              const d = screener?.actor ? screeningEncounter(screener.actor, marks, { now, graceDays: this.p.config.retentionGraceDays }) : 'listed';
              if (d === 'none') continue;
              view = d === 'full' ? 'full' : 'hit';
            }
            const hitId = crypto.randomUUID();
            hits.push({
              id: hitId, batch_id: f.row.batch_id, seq: f.row.seq, entry_id: h.entryId, source_id: r.source_id, version_id: r.version_id,
              entry_hash: hashes.get(h.entryId)!, score: h.score, explanation: JSON.stringify(h.explanation), status: 'open', suppression_id: null, rescreen_id: id,
            });
            if (national) listed.push({ ...h, id: hitId, view, meta: { sourceId: 'national', versionId: r.version_id, hash: hashes.get(h.entryId)!, access: marks } });
          }
          if (listed.length) met.set(f.row.batch_id, [...(met.get(f.row.batch_id) ?? []), { seq: f.row.seq, hits: listed }]);
        }
        if (hits.length) {
          await repo.storeRescreenHits(tx, hits);
          // On the record with ids: the hits found and the batches they went to (never a name).
          const events: AuditEvent[] = [{ action: 'screening.rescreen_hits', recordType: 'screening_rescreen', recordId: id, details: { versionId: r.version_id, hits: hits.map((h) => h.id), batches: [...new Set(hits.map((h) => h.batch_id))] } }];
          await this.p.audit.append(SYSTEM, events, tx);
        }
        // National subjects met by another organisation's past screening: their owners are told.
        for (const [batchId, results] of met) {
          const actor = who.get(batchId)?.actor;
          if (actor) await recordEncounters(this.p, batchCtx(actor, batchId), tx, batchId, results, { rescreenId: id });
        }
        await repo.addRescreenProgress(tx, id, { processed: rows.length, hits: hits.length, cursor: next });
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** The screeners (batch creators) of these batches, cached for the run (null: the user is disabled). */
  private async screenersOf(batchIds: string[], cache: Map<string, SessionActor | null>): Promise<Map<string, { actor: SessionActor | null; ownerOrgId: string }>> {
    const out = new Map<string, { actor: SessionActor | null; ownerOrgId: string }>();
    for (const [batchId, b] of await repo.batchScreeners(this.p.db, batchIds)) {
      if (!cache.has(b.createdBy)) cache.set(b.createdBy, (await actorById(this.p.db, b.createdBy)) ?? null);
      out.set(batchId, { actor: cache.get(b.createdBy)!, ownerOrgId: b.ownerOrgId });
    }
    return out;
  }
}

const runners = new WeakMap<Platform, Rescreener>();

/** The re-screening runner of a platform (one per process and database). */
export function rescreenerOf(p: Platform): Rescreener {
  let r = runners.get(p);
  if (!r) {
    r = new Rescreener(p);
    runners.set(p, r);
  }
  return r;
}
