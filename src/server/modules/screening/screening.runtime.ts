/**
 * The in-memory screening index of this process: built from the active version of every watch list,
 * rebuilt beside the live index and swapped in one assignment when another list's version changes (an
 * import here or in another process sharing the database). The national list is kept current with
 * intel's subjects incrementally: changes are applied to the live index (add/remove), screens never
 * wait for an update, and each result names the versions it used (issue #15); each national change
 * is queued for re-screening past travellers (rescreens.service.ts). Its jobs start in
 * screening.jobs.ts.
 */
import { screeningEncounter, type Actor, type RecordMarkings } from '../../../core/access/policy.ts';
import { parseIsoBirthDate, ScreeningIndex, toAlpha2, type BirthDate, type Hit, type Traveller, type WatchlistEntry } from '../../../core/screening/engine.ts';
import { watchlistSubjects, watchlistSubjectsStamp, type WatchlistSubject } from '../intel/subjects.service.ts';
import { watchlistSubjectsChanged } from '../intel/intel-feeds.service.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { presentVersion, type VersionSummary } from './lists.presenter.ts';
import { queueNationalRescreen } from './rescreens.service.ts';
import type { StoredCoverage } from './screening.tables.ts';
import { storedEntry } from './watchlist.diff.ts';
import { activeEntries, activeGeneration, activeVersionsBySource, createVersion, nationalChangesAfter, type ActiveEntryRow, type VersionContent } from './watchlists.repository.ts';

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

/** What a screening was run against: the lists and versions of the index it used. */
export interface Coverage {
  /** Entries of the official and custom lists (the national list's size is not shown). */
  entries: number;
  lists: Array<{ source: string; version: number; entries: number | null }>;
  /** The national list version used (its size is not shown), or null when none is loaded. */
  nationalVersion: number | null;
  /** When the index was last brought up to date. */
  loadedAt: Date | null;
}

/**
 * Allowance for clocks (ms): a subject's updated_at is written by a Vigil process's clock, a
 * transaction's start by the database's.
 */
const CLOCK_SLACK_MS = 1_000;

/**
 * Where the next national sync reads the change feed from: the last sync's head, or, when a transaction
 * was open then, its start if earlier (what it commits later carries a time from after it began, maybe
 * older than the head), less the clock allowance. Null stays null: everything is read.
 */
const readFrom = (at: string | null, openSince: string | null) =>
  at === null ? null : new Date(Math.min(Date.parse(at), openSince === null ? Infinity : Date.parse(openSince)) - CLOCK_SLACK_MS).toISOString();

/** Entries added to a rebuilt index between two yields to the event loop (screens go on meanwhile). */
const BUILD_SLICE = 2000;

export class ScreeningRuntime {
  private index = new ScreeningIndex();
  private meta = new Map<string, EntryMeta>();
  private versions = new Map<string, { id: string; number: number; entries: number }>();
  private generation: string | undefined;
  private nationalStamp: string | undefined;
  /** Where the subjects' change feed stood at the last national sync (undefined: the next one compares the whole list). */
  private nationalSince: { subjectsAt: string | null; deletedAt: string | null; openSince: string | null } | undefined;
  private busy: Promise<unknown> = Promise.resolve();
  private first: Promise<void> | undefined;
  private pending: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** When a screen last asked for an update (ensureCurrent without the timer), ms since the epoch. */
  private askedAt = 0;
  loadedAt: Date | null = null;

  constructor(private readonly p: Platform) {}

  /** Entries in the index per list (the national list's size is not shown), and when it was loaded. */
  stats() {
    const bySource: Record<string, number> = {};
    for (const m of this.meta.values()) if (m.sourceId !== 'national') bySource[m.sourceId] = (bySource[m.sourceId] ?? 0) + 1;
    return { entries: bySource, loadedAt: this.loadedAt };
  }

  /** The coverage as a batch keeps it. */
  storedCoverage(): StoredCoverage {
    const c = this.coverage();
    return { ...c, loadedAt: c.loadedAt ? c.loadedAt.toISOString() : null };
  }

  /** The lists and versions the live index holds now (what a screening is run against). */
  coverage(): Coverage {
    const lists: Coverage['lists'] = [];
    let entries = 0;
    for (const [source, v] of [...this.versions].sort(([a], [b]) => a.localeCompare(b))) {
      if (source === 'national') continue;
      lists.push({ source, version: v.number, entries: v.entries });
      entries += v.entries;
    }
    return { entries, lists, nationalVersion: this.versions.get('national')?.number ?? null, loadedAt: this.loadedAt };
  }

  /** Runs `fn` after every earlier update of this process (one at a time). */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.busy.then(fn, fn);
    this.busy = next.catch(() => undefined);
    return next;
  }

  /**
   * For screens: the index as it is now. Only the very first load is waited for (a failed one is tried
   * again by the next call); after that a screen never waits for an update. The timer (startSync) keeps
   * the index current; without it running, a screen asks for an update in the background, at most one
   * every p.config.screeningSyncMs.
   */
  async ensureCurrent(): Promise<void> {
    if (!this.first) {
      this.first = this.sync().catch((e: unknown) => {
        this.first = undefined;
        throw e;
      });
      // Awaited below only while nothing is loaded; when a reload came first, nobody waits for it, and
      // its failure (the next update tries again) must not become an unhandled rejection.
      this.first.catch(() => undefined);
    }
    if (this.loadedAt === null) {
      await this.first;
      return;
    }
    if (this.timer) return;
    const now = Date.now();
    if (now - this.askedAt < this.p.config.screeningSyncMs) return;
    this.askedAt = now;
    void this.sync().catch(() => undefined);
  }

  /**
   * Keeps the index current in the background (every p.config.screeningSyncMs, VIGIL_SCREENING_SYNC_MS):
   * a national-list change reaches screening within about this. Stop with stopSync.
   */
  startSync(onError: (e: unknown) => void): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.sync().catch(onError), this.p.config.screeningSyncMs);
    this.timer.unref();
  }

  /** Stops the background updates and waits for the one in progress. */
  async stopSync(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.busy;
  }

  /**
   * One update (coalesced: calls while one runs share the next): national-list changes applied to
   * the live index, and a reload when another list's active version changed. Cheap (two small
   * queries) when nothing changed.
   */
  sync(): Promise<void> {
    if (this.pending) return this.pending;
    const run = this.serial(async () => {
      this.pending = undefined;
      await this.syncNational(null);
      const gen = await activeGeneration(this.p.db);
      if (gen !== this.generation) await this.load(gen);
    });
    this.pending = run;
    return run;
  }

  /** Reloads the index from the database now (after an import in this process). */
  reload(): Promise<void> {
    return this.serial(async () => this.load(await activeGeneration(this.p.db)));
  }

  private async load(gen: string): Promise<void> {
    const versions = await activeVersionsBySource(this.p.db);
    // Only the national version changed (another process applied subject changes): patch the live
    // index in one synchronous step instead of rebuilding every list.
    const before = new Set((this.generation ?? '').split(',').filter(Boolean));
    const after = gen.split(',').filter(Boolean);
    const changed = after.filter((v) => !before.has(v));
    const held = this.versions.get('national');
    if (this.generation !== undefined && held && changed.length === 1 && after.length === before.size && versions.get('national')?.id === changed[0]) {
      // Only what the national versions after ours changed is read (not the whole list).
      const delta = await nationalChangesAfter(this.p.db, held.number);
      this.patchNational(delta.rows, delta.gone);
      this.versions = versions;
      this.generation = gen;
      this.loadedAt = new Date();
      return;
    }
    // A full rebuild beside the live index (screens go on with the old one), then the swap.
    const rows = await activeEntries(this.p.db);
    const index = new ScreeningIndex();
    const meta = new Map<string, EntryMeta>();
    for (let i = 0; i < rows.length; i += BUILD_SLICE) {
      for (const r of rows.slice(i, i + BUILD_SLICE)) {
        index.add(r.entry);
        meta.set(r.entry_id, { sourceId: r.source_id, versionId: r.version_id, hash: r.hash, access: r.access });
      }
      if (this.loadedAt !== null && i + BUILD_SLICE < rows.length) await new Promise((resolve) => setImmediate(resolve));
    }
    this.index = index;
    this.meta = meta;
    this.versions = versions;
    this.generation = gen;
    this.loadedAt = new Date();
  }

  /** Applies national changes to the live index: `rows` added or changed (as the active version holds them), `gone` removed. */
  private patchNational(rows: ActiveEntryRow[], gone: readonly string[]): void {
    for (const id of gone) {
      if (this.meta.get(id)?.sourceId === 'national') {
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

  /** Brings the national list up to date from intel's subjects now (on demand); returns the new version or null when nothing changed. */
  rebuildNational(ctx: Ctx | null): Promise<VersionSummary | null> {
    return this.serial(async () => {
      const v = await this.syncNational(ctx, true);
      const gen = await activeGeneration(this.p.db);
      if (gen !== this.generation) await this.load(gen);
      return v;
    });
  }

  /**
   * Applies intel's subject changes to the national list: when the subjects' change feed moved, only
   * the subjects changed or deleted since the last sync are read (the first sync of this process and a
   * forced rebuild compare the whole list), a new version writes only what changed, and the same changes
   * reach the live index in one synchronous step.
   */
  private async syncNational(ctx: Ctx | null, force = false): Promise<VersionSummary | null> {
    const stamp = await watchlistSubjectsStamp(this.p.db);
    // An unchanged head is enough only when no transaction was open at the last sync: one open then may
    // have committed since with times older than the head.
    if (!force && stamp.key === this.nationalStamp && !this.nationalSince?.openSince) return null;
    const since = force ? undefined : this.nationalSince;
    let content: VersionContent;
    if (since) {
      const changed = await watchlistSubjectsChanged(this.p.db, { subjectsAt: readFrom(since.subjectsAt, since.openSince), deletedAt: readFrom(since.deletedAt, since.openSince) });
      content = { put: changed.listed.map((s) => storedEntry(subjectEntry(s), s.markings)), remove: changed.unlisted.map((id) => `national:${id}`) };
    } else {
      content = (await watchlistSubjects(this.p.db)).map((s) => storedEntry(subjectEntry(s), s.markings));
    }
    const made = await this.p.db.transaction().execute(async (tx) => {
      const created = await createVersion(tx, 'national', 'national', content, { origin: 'rebuild', createdBy: ctx?.actor.userId ?? null, skipUnchanged: true });
      if (!created) return null;
      const r = { version: presentVersion(created.row), written: created.written, removedIds: created.removedIds };
      const ev = { action: 'watchlist.rebuild', recordType: 'watchlist_version', recordId: r.version.id, details: { source: 'national', version: r.version.number, entries: r.version.entryCount, added: r.version.added, removed: r.version.removed, changed: r.version.changed } };
      if (ctx) await this.p.record(ctx, [ev], tx);
      else await this.p.audit.append(SYSTEM, [ev], tx);
      // Subjects added or changed reach past travellers too (issue #15: re-screening on every change).
      await queueNationalRescreen(this.p, tx, { id: created.row.id, added: created.row.added, changed: created.row.changed, createdAt: created.row.created_at });
      return r;
    });
    this.nationalStamp = stamp.key;
    this.nationalSince = { subjectsAt: stamp.subjectsAt, deletedAt: stamp.deletedAt, openSince: stamp.openSince };
    if (made && this.generation !== undefined) {
      // Our own change: apply it to the live index now (no reload), and name the new version.
      const prevId = this.versions.get('national')?.id;
      for (const id of made.removedIds) {
        if (this.meta.get(id)?.sourceId === 'national') {
          this.index.remove(id);
          this.meta.delete(id);
        }
      }
      for (const e of made.written) {
        this.index.add(e.entry);
        this.meta.set(e.entryId, { sourceId: 'national', versionId: made.version.id, hash: e.hash, access: e.access });
      }
      this.versions.set('national', { id: made.version.id, number: made.version.number, entries: made.version.entryCount });
      const gen = (this.generation ?? '').split(',').filter(Boolean);
      const at = prevId ? gen.indexOf(prevId) : -1;
      // The generation as it is after our write, unless another process changed lists meanwhile (then sync reloads).
      if (at >= 0 || prevId === undefined) {
        if (at >= 0) gen[at] = made.version.id;
        this.generation = prevId === undefined ? undefined : gen.join(',');
      }
      this.loadedAt = new Date();
    }
    return made?.version ?? null;
  }

  /** An entry's metadata as screens use it: a national entry names the active national version (its entry is unchanged since the version it was written in). */
  private metaOf(entryId: string): EntryMeta | undefined {
    const m = this.meta.get(entryId);
    if (m?.sourceId !== 'national') return m;
    const v = this.versions.get('national')?.id;
    return v && m.versionId !== v ? { ...m, versionId: v } : m;
  }

  /**
   * Screens one traveller for `actor`: hits at or above the threshold, best first. National hits get
   * the screening-encounter decision (full, or "listed" whatever the hit/no-hit flag: no false clear);
   * `leftOut` counts index hits that could not be shown at all.
   */
  screenFor(actor: Actor, t: Traveller, opts: { threshold: number; limit?: number; now: Date; graceDays: number }): ScreenedHit[] & { leftOut?: number } {
    const limit = opts.limit ?? 10;
    const out: ScreenedHit[] & { leftOut?: number } = [];
    let leftOut = 0;
    for (const h of this.index.screen(t, { threshold: opts.threshold, limit: limit * 2 })) {
      const meta = this.metaOf(h.entryId);
      if (!meta) continue;
      let view: 'full' | 'hit' = 'full';
      if (meta.access) {
        const d = screeningEncounter(actor, meta.access, { now: opts.now, graceDays: opts.graceDays });
        if (d === 'none') {
          leftOut++;
          continue;
        }
        view = d === 'full' ? 'full' : 'hit';
      }
      out.push({ ...h, meta, view });
      if (out.length >= limit) break;
    }
    if (leftOut) out.leftOut = leftOut;
    return out;
  }

  /** The token weights of the live index (a re-screening's small index of new entries scores as the whole index would). */
  tokenWeight(): ScreeningIndex['weight'] {
    return this.index.weight;
  }

  /** The current metadata of an entry (undefined when it is not on an active list). */
  entryMeta(entryId: string): EntryMeta | undefined {
    return this.metaOf(entryId);
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
