/**
 * The screening index: entries with their prepared names, inverted posting lists of blocking keys
 * (frequency-capped so cost grows far slower than the list), token frequencies for weights, and
 * incremental add/remove so a server can keep it current as lists change.
 */
import type { NameToken } from '../names/tokens.ts';
import { compoundKeys, pairKeys, tokenKeyHashes, tokenKeys } from './blocking.ts';
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
}

/** Options of one screening query. */
export interface ScreenOptions {
  /** minimum score of a hit (default DEFAULT_THRESHOLD) */
  threshold?: number;
  /** maximum number of hits (default 10) */
  limit?: number;
}

/** Growable Int32Array. */
class Ints {
  a = new Int32Array(1024);
  n = 0;
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.n * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}

interface EntryRec { pe: PreparedEntry; first: number }

/** An in-memory, incrementally updatable watch-list index. */
export class ScreeningIndex {
  private readonly ids = new Map<string, number>();
  /** entry slots (undefined once removed) */
  private readonly slots: Array<EntryRec | undefined> = [];
  /** per name id: its entry slot, or -1 once removed */
  private readonly nameSlot = new Ints();
  private readonly postings = new PostingTable();
  private readonly df = new Map<string, number>();
  private liveNames = 0;
  private deadNames = 0;
  private credit = new Float64Array(1024);
  private tokStamp = new Uint32Array(1024);
  private stamp = 0;
  private readonly cap: number;
  private readonly k: number;
  private idfMax = 1;

  constructor(entries: Iterable<WatchlistEntry> = [], opts: IndexOptions = {}) {
    this.cap = opts.postingCap ?? 1500;
    this.k = opts.candidates ?? 32;
    for (const e of entries) this.add(e);
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
      this.liveNames++;
      for (const k of this.nameKeys(n.name)) this.postings.add(k, id);
      const sks = new Set<string>();
      for (const t of n.name.tokens) sks.add(t.sk);
      for (const s of sks) this.df.set(s, (this.df.get(s) ?? 0) + 1);
    }
    this.idfMax = Math.log((this.liveNames + 1) / 1.5);
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
    this.deadNames = 0;
  }

  /** Token weight from frequencies: rare tokens weigh 1, very common ones about 0.55. */
  readonly weight: TokenWeight = (t) => {
    if (t.particle) return 0.2;
    if (t.initial) return 0.3;
    const df = this.df.get(t.sk) ?? 0;
    const idf = Math.log((this.liveNames + 1) / (df + 1));
    return 0.55 + 0.45 * Math.min(1, Math.max(0, idf / this.idfMax));
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
    const cands = this.candidates(alt ? [...q.name.tokens, ...alt.tokens.filter((t) => !q.name.tokens.some((x) => x.t === t.t))] : q.name.tokens);
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

  /** Candidate name ids for query tokens, best blocking credit first. */
  candidates(tokens: readonly NameToken[]): number[] {
    const nNames = this.nameSlot.n;
    if (this.credit.length < nNames) {
      const n = Math.max(nNames, this.credit.length * 2);
      this.credit = new Float64Array(n);
      this.tokStamp = new Uint32Array(n);
    }
    const credit = this.credit;
    const tokStamp = this.tokStamp;
    const nameSlot = this.nameSlot.a;
    const post = this.postings;
    const touched: number[] = [];
    const visitSlot = (slot: number, max: number, gain: number, st: number) => {
      if (slot < 0 || post.count(slot) > max) return;
      for (let p = post.head(slot); p >= 0; p = post.nextOf(p)) {
        const id = post.idOf(p);
        if (tokStamp[id] === st) continue;
        if (nameSlot[id]! < 0) continue;
        if (credit[id] === 0) touched.push(id);
        tokStamp[id] = st;
        credit[id] = credit[id]! + gain;
      }
    };
    const visit = (key: string, max: number, gain: number, st: number) => visitSlot(post.find(key), max, gain, st);
    for (const t of tokens) {
      if (t.particle || t.initial) continue;
      const { hashes, gains } = tokenKeyHashes(t);
      const st = ++this.stamp;
      const w = this.weight(t);
      for (let i = 0; i < hashes.length; i++) visitSlot(post.findHash(hashes[i]!), this.cap, w * gains[i]!, st);
    }
    const comp = compoundKeys(tokens);
    if (comp.length) {
      const st = ++this.stamp;
      for (const k of comp) visit(k, this.cap, 0.8, st);
    }
    for (const k of pairKeys(tokens)) visit(k, this.cap * 4, 0.5, ++this.stamp);
    if (this.stamp > 0xfffff000) {
      this.stamp = 0;
      tokStamp.fill(0);
    }
    let out = touched;
    if (touched.length > this.k) {
      touched.sort((a, b) => credit[b]! - credit[a]!);
      out = touched.slice(0, this.k);
    }
    for (const id of touched) credit[id] = 0;
    return out;
  }
}
