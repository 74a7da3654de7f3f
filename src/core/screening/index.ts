/**
 * The screening index: entries with their prepared names, inverted posting lists of blocking keys
 * (frequency-capped so cost grows far slower than the list), token frequencies for weights, and
 * incremental add/remove so a server can keep it current as lists change.
 */
import { prepareToken, scriptSpellings, type NameToken } from '../names/tokens.ts';
import { compoundKeys, pairKeys, tokenKeys } from './blocking.ts';
import { CandidateFinder, Ints } from './candidates.ts';
import type { TokenWeight } from './name-match.ts';
import { PostingTable } from './postings.ts';
import { DEFAULT_THRESHOLD, prepareEntry, prepareQuery, scoreEntryAbove, type PreparedEntry, type PreparedQuery } from './score.ts';
import type { Hit, Traveller, WatchlistEntry } from './types.ts';

/** Tuning of candidate generation. */
export interface IndexOptions {
  /** posting lists longer than this are not scanned for single-token keys (default 1500) */
  postingCap?: number;
  /** names fully scored per query (default 32) */
  candidates?: number;
  /** postings read per query at most, shortest lists first (default 12000) */
  postingBudget?: number;
  /**
   * Token weights taken from another index (a small index of a list's new entries scores them as the
   * whole index would: re-screening, issue #15); default: from this index's own frequencies.
   */
  weights?: TokenWeight;
}

/** Options of one screening query. */
export interface ScreenOptions {
  /** minimum score of a hit (default DEFAULT_THRESHOLD) */
  threshold?: number;
  /** maximum number of hits (default 10) */
  limit?: number;
}

interface EntryRec { pe: PreparedEntry; first: number }

/** An in-memory, incrementally updatable watch-list index. */
export class ScreeningIndex {
  private readonly ids = new Map<string, number>();
  /** entry slots (undefined once removed) */
  private readonly slots: Array<EntryRec | undefined> = [];
  /** per name id: its entry slot, or -1 once removed */
  private readonly nameSlot = new Ints();
  /** significant tokens per name id (candidate tie-break, see candidates.ts) */
  private readonly nameLen = new Ints();
  private readonly postings = new PostingTable();
  private readonly df = new Map<string, number>();
  private liveNames = 0;
  private deadNames = 0;
  private readonly finder: CandidateFinder;
  private idfMax = 1;

  constructor(entries: Iterable<WatchlistEntry> = [], opts: IndexOptions = {}) {
    this.finder = new CandidateFinder({ cap: opts.postingCap ?? 1500, budget: opts.postingBudget ?? 12000, k: opts.candidates ?? 32 });
    if (opts.weights) this.weight = opts.weights;
    for (const e of entries) this.add(e);
    this.postings.freeze();
  }

  /** Number of entries. */
  get size(): number {
    return this.ids.size;
  }

  /** Number of indexed names (entries × aliases). */
  get nameCount(): number {
    return this.liveNames;
  }

  /** Number of distinct blocking keys and of postings (for sizing). */
  get postingStats(): { keys: number; postings: number } {
    return { keys: this.postings.keyCount, postings: this.postings.postingCount };
  }

  /** Whether an entry id is indexed. */
  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** The entry with this id. */
  get(id: string): WatchlistEntry | undefined {
    const slot = this.ids.get(id);
    return slot === undefined ? undefined : this.slots[slot]!.pe.entry;
  }

  /** All entries. */
  *all(): IterableIterator<WatchlistEntry> {
    for (const slot of this.ids.values()) yield this.slots[slot]!.pe.entry;
  }

  /** Adds an entry, replacing any entry with the same id. */
  add(entry: WatchlistEntry): void {
    if (this.ids.has(entry.id)) this.remove(entry.id);
    const pe = prepareEntry(entry);
    const slot = this.slots.length;
    this.slots.push({ pe, first: this.nameSlot.n });
    this.ids.set(entry.id, slot);
    for (const n of pe.names) {
      const id = this.nameSlot.n;
      this.nameSlot.push(slot);
      this.nameLen.push(significant(n.name.tokens));
      this.liveNames++;
      for (const k of this.nameKeys(n.name)) this.postings.add(k, id);
      const sks = new Set<string>();
      for (const t of n.name.tokens) sks.add(t.sk);
      for (const s of sks) this.df.set(s, (this.df.get(s) ?? 0) + 1);
    }
    this.idfMax = Math.log((this.liveNames + 1) / 1.5);
    this.wVersion = (this.wVersion + 1) | 0 || 1;
  }

  private nameKeys(name: PreparedEntry['names'][number]['name']): Set<string> {
    const keys = new Set<string>();
    for (const toks of name.alt ? [name.tokens, name.alt.tokens] : [name.tokens]) {
      for (const k of pairKeys(toks)) keys.add(k);
      for (const k of compoundKeys(toks)) keys.add(k);
      for (const t of toks) for (const k of tokenKeys(t)) keys.add(k);
    }
    return keys;
  }

  /** Removes an entry; returns whether it was present. */
  remove(id: string): boolean {
    const slot = this.ids.get(id);
    if (slot === undefined) return false;
    const rec = this.slots[slot]!;
    rec.pe.names.forEach((n, i) => {
      for (const s of new Set(n.name.tokens.map((t) => t.sk))) {
        const c = (this.df.get(s) ?? 1) - 1;
        if (c <= 0) this.df.delete(s);
        else this.df.set(s, c);
      }
      this.nameSlot.a[rec.first + i] = -1;
      this.liveNames--;
      this.deadNames++;
    });
    this.slots[slot] = undefined;
    this.ids.delete(id);
    this.wVersion = (this.wVersion + 1) | 0 || 1;
    if (this.deadNames > 1000 && this.deadNames > this.liveNames) this.compact();
    return true;
  }

  /** Rebuilds the postings from the live names (removed names are skipped until then). */
  private compact(): void {
    this.postings.clear();
    for (const slot of this.ids.values()) {
      const rec = this.slots[slot]!;
      rec.pe.names.forEach((n, i) => {
        for (const k of this.nameKeys(n.name)) this.postings.add(k, rec.first + i);
      });
    }
    this.postings.freeze();
    this.deadNames = 0;
  }

  // weights memoised per token id (direct-mapped, bounded); `wVersion` changes with the frequencies
  private readonly wId = new Int32Array(1 << 14);
  private readonly wVal = new Float64Array(1 << 14);
  private wVersion = 1;
  private readonly wVer = new Int32Array(1 << 14);

  /** Token weight from frequencies: rare tokens weigh 1, very common ones about 0.55. */
  readonly weight: TokenWeight = (t) => {
    if (t.particle) return 0.2;
    if (t.initial) return 0.3;
    const h = t.id & 16383;
    if (this.wId[h] === t.id && this.wVer[h] === this.wVersion) return this.wVal[h]!;
    const df = this.df.get(t.sk) ?? 0;
    const idf = Math.log((this.liveNames + 1) / (df + 1));
    const w = 0.55 + 0.45 * Math.min(1, Math.max(0, idf / this.idfMax));
    this.wId[h] = t.id;
    this.wVer[h] = this.wVersion;
    this.wVal[h] = w;
    return w;
  };

  /** Screens one traveller; hits at or above the threshold, best first. Throws InvalidTravellerError. */
  screen(traveller: Traveller, opts: ScreenOptions = {}): Hit[] {
    return this.screenPrepared(prepareQuery(traveller), opts);
  }

  /** Screens an already prepared traveller (see prepareQuery). */
  screenPrepared(q: PreparedQuery, opts: ScreenOptions = {}): Hit[] {
    const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
    const limit = opts.limit ?? 10;
    const alt = q.name.alt;
    // each reading of an Arabic-script name (see PreparedName.alt) finds its own candidates: read as one
    // longer name, the two would share one budget and the Persian reading's could be crowded out
    let cands = this.candidates(q.name.tokens);
    if (alt) cands = [...new Set([...cands, ...this.candidates(alt.tokens)])];
    // a romanised script name: also the spellings a Latin list may use for it (tokens.ts scriptSpellings)
    if (q.name.abjad) {
      const more = q.name.tokens.map((t) => scriptSpellings(t.t));
      for (let k = 0; k < 2; k++) {
        if (!more.some((m) => m.length > k)) continue;
        const variant = q.name.tokens.map((t, n) => (more[n]![k] ? prepareToken(more[n]![k]!) : t));
        cands = [...new Set([...cands, ...this.candidates(variant)])];
      }
    }
    const byEntry = new Map<number, number[]>();
    for (const nid of cands) {
      const slot = this.nameSlot.a[nid]!;
      const idx = nid - this.slots[slot]!.first;
      const list = byEntry.get(slot);
      if (list) list.push(idx);
      else byEntry.set(slot, [idx]);
    }
    const hits: Hit[] = [];
    for (const [slot, nameIdx] of byEntry) {
      const hit = scoreEntryAbove(q, this.slots[slot]!.pe, this.weight, nameIdx, threshold);
      if (hit) hits.push(hit);
    }
    hits.sort((a, b) => b.score - a.score || (a.entryId < b.entryId ? -1 : 1));
    return hits.slice(0, limit);
  }

  /** Candidate name ids for query tokens, best blocking credit first (see candidates.ts). */
  candidates(tokens: readonly NameToken[]): number[] {
    const post = this.postings;
    // names added since the last rebuild sit in linked postings; merge them once they are a sixteenth
    if (post.overflowCount > 4096 && post.overflowCount * 16 > post.postingCount) post.freeze();
    return this.finder.find(post, this.nameSlot.a, this.nameLen.a, this.nameSlot.n, tokens, this.weight);
  }
}

function significant(tokens: readonly NameToken[]): number {
  let n = 0;
  for (const t of tokens) if (!t.particle && !t.initial) n++;
  return n;
}
