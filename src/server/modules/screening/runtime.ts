/**
 * The in-memory screening index of this process: built from the active version of every watch list,
 * rebuilt and swapped in one assignment when the set of active versions changes (an import here or in
 * another process sharing the database), and the national list kept current with intel's subjects.
 */
import { canAccess, type Actor, type RecordMarkings } from '../../../core/access/policy.ts';
import { parseIsoBirthDate, ScreeningIndex, toAlpha2, type BirthDate, type Hit, type Traveller, type WatchlistEntry } from '../../../core/screening/engine.ts';
import { watchlistSubjects, watchlistSubjectsStamp, type WatchlistSubject } from '../intel/subjects.service.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { activeEntries, activeGeneration, activeSourceEntries, createVersion, storedEntry, type ActiveEntryRow, type VersionSummary } from './lists.store.ts';
import { pdb, sdb } from './screening.db.ts';

export interface EntryMeta {
  sourceId: string;
  versionId: string;
  hash: string;
  access: RecordMarkings | null;
}

/** A hit with what the server needs to store and present it. */
export interface ScreenedHit extends Hit {
  meta: EntryMeta;
  /** full: the entry may be shown; hit: "listed — contact the owner" only (national subjects). */
  view: 'full' | 'hit';
}

const SYSTEM = { userId: null, username: 'system', orgId: null, orgName: 'Vigil' };

/** A national subject as a watch-list entry `national:<subject id>`. */
export function subjectEntry(s: WatchlistSubject): WatchlistEntry {
  const birthDates: BirthDate[] = [];
  const bd = s.birthDate ? parseIsoBirthDate(s.birthDate) : undefined;
  if (bd) birthDates.push(bd);
  const e: WatchlistEntry = {
    id: `national:${s.id}`,
    names: s.names,
    birthDates,
    nationalities: [...new Set(s.nationalities.map((n) => toAlpha2(n)).filter((c): c is string => !!c))],
    documents: s.documents.map((d) => ({ number: d.number, ...(d.type ? { type: d.type } : {}), ...(toAlpha2(d.country) ? { country: toAlpha2(d.country)! } : {}) })),
    kind: 'individual',
    source: 'national',
  };
  if (s.gender === 'male' || s.gender === 'female') e.gender = s.gender;
  return e;
}

export class ScreeningRuntime {
  private index = new ScreeningIndex();
  private meta = new Map<string, EntryMeta>();
  private generation: string | undefined;
  private nationalStamp: string | undefined;
  private busy: Promise<unknown> = Promise.resolve();
  loadedAt: Date | null = null;

  constructor(private readonly p: Platform) {}

  /** Entries in the index per list (the national list's size is not shown), and when it was loaded. */
  stats() {
    const bySource: Record<string, number> = {};
    for (const m of this.meta.values()) if (m.sourceId !== 'national') bySource[m.sourceId] = (bySource[m.sourceId] ?? 0) + 1;
    return { entries: bySource, loadedAt: this.loadedAt };
  }

  /** Runs `fn` after every earlier rebuild of this process (one at a time). */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.busy.then(fn, fn);
    this.busy = next.catch(() => undefined);
    return next;
  }

  /**
   * Brings the index up to date: rebuilds the national list when intel's subjects changed, and reloads
   * when the active versions differ from the loaded ones. Cheap (two small queries) when nothing changed.
   */
  ensureCurrent(): Promise<void> {
    return this.serial(async () => {
      const stamp = await watchlistSubjectsStamp(this.p.db);
      if (stamp !== this.nationalStamp) {
        await this.rebuildNationalNow(null);
        this.nationalStamp = stamp;
      }
      const gen = await activeGeneration(sdb(this.p.db));
      if (gen !== this.generation) await this.load(gen);
    });
  }

  /** Reloads the index from the database now (after an import in this process). */
  reload(): Promise<void> {
    return this.serial(async () => this.load(await activeGeneration(sdb(this.p.db))));
  }

  private async load(gen: string): Promise<void> {
    // Only the national version changed (subjects changed): patch the live index in one synchronous
    // step (no screening runs in between) instead of rebuilding every list.
    const before = new Set((this.generation ?? '').split(',').filter(Boolean));
    const after = gen.split(',').filter(Boolean);
    const changed = after.filter((v) => !before.has(v));
    if (this.generation !== undefined && changed.length === 1 && after.length === before.size) {
      const nat = await sdb(this.p.db).selectFrom('watchlist_versions').select('id').where('source_id', '=', 'national').where('active', '=', true).executeTakeFirst();
      if (nat?.id === changed[0]) {
        this.patchNational(await activeSourceEntries(sdb(this.p.db), 'national'));
        this.generation = gen;
        this.loadedAt = new Date();
        return;
      }
    }
    const rows = await activeEntries(sdb(this.p.db));
    const index = new ScreeningIndex();
    const meta = new Map<string, EntryMeta>();
    for (const r of rows) {
      index.add(r.entry);
      meta.set(r.entry_id, { sourceId: r.source_id, versionId: r.version_id, hash: r.hash, access: r.access });
    }
    // The swap: screens in progress keep the old index until their next call.
    this.index = index;
    this.meta = meta;
    this.generation = gen;
    this.loadedAt = new Date();
  }

  private patchNational(rows: ActiveEntryRow[]): void {
    const next = new Map(rows.map((r) => [r.entry_id, r]));
    for (const [id, m] of this.meta) {
      if (m.sourceId === 'national' && !next.has(id)) {
        this.index.remove(id);
        this.meta.delete(id);
      }
    }
    for (const r of rows) {
      const m = this.meta.get(r.entry_id);
      if (!m || m.hash !== r.hash) this.index.add(r.entry);
      this.meta.set(r.entry_id, { sourceId: r.source_id, versionId: r.version_id, hash: r.hash, access: r.access });
    }
  }

  /** Rebuilds the national list from intel's subjects (on demand); returns the new version or null when nothing changed. */
  rebuildNational(ctx: Ctx | null): Promise<VersionSummary | null> {
    return this.serial(async () => {
      const v = await this.rebuildNationalNow(ctx);
      await this.load(await activeGeneration(sdb(this.p.db)));
      return v;
    });
  }

  private async rebuildNationalNow(ctx: Ctx | null): Promise<VersionSummary | null> {
    const stamp = await watchlistSubjectsStamp(this.p.db);
    const subjects = await watchlistSubjects(this.p.db);
    const entries = subjects.map((s) => storedEntry(subjectEntry(s), s.markings));
    const made = await sdb(this.p.db).transaction().execute(async (tx) => {
      const r = await createVersion(tx, 'national', 'national', entries, { origin: 'rebuild', createdBy: ctx?.actor.userId ?? null, skipUnchanged: true });
      if (!r) return null;
      const ev = { action: 'watchlist.rebuild', recordType: 'watchlist_version', recordId: r.version.id, details: { source: 'national', version: r.version.number, entries: r.version.entryCount, added: r.version.added, removed: r.version.removed, changed: r.version.changed } };
      if (ctx) await this.p.record(ctx, [ev], pdb(tx));
      else await this.p.audit.append(SYSTEM, [ev], pdb(tx));
      return r.version;
    });
    this.nationalStamp = stamp;
    return made;
  }

  /**
   * Screens one traveller for `actor`: hits at or above the threshold, best first. National hits get
   * the actor's policy decision (full or hit); those the policy refuses entirely are left out.
   */
  screenFor(actor: Actor, t: Traveller, opts: { threshold: number; limit?: number; now: Date; graceDays: number }): ScreenedHit[] {
    const limit = opts.limit ?? 10;
    const out: ScreenedHit[] = [];
    for (const h of this.index.screen(t, { threshold: opts.threshold, limit: limit * 2 })) {
      const meta = this.meta.get(h.entryId);
      if (!meta) continue;
      let view: 'full' | 'hit' = 'full';
      if (meta.access) {
        const d = canAccess(actor, meta.access, 'read', { module: 'intel', now: opts.now, graceDays: opts.graceDays });
        if (d === 'none') continue;
        view = d;
      }
      out.push({ ...h, meta, view });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** The current metadata of an entry (undefined when it is not on an active list). */
  entryMeta(entryId: string): EntryMeta | undefined {
    return this.meta.get(entryId);
  }
}

const runtimes = new WeakMap<Platform, ScreeningRuntime>();

/** The screening runtime of a platform (one per process and database). */
export function runtimeOf(p: Platform): ScreeningRuntime {
  let rt = runtimes.get(p);
  if (!rt) {
    rt = new ScreeningRuntime(p);
    runtimes.set(p, rt);
  }
  return rt;
}
