/**
 * The screening index: entries with their prepared names, inverted posting lists of blocking keys
 * (frequency-capped so cost grows far slower than the list), token frequencies for weights, and
 * incremental add/remove so a server can keep it current as lists change.
 */
import type { NameToken } from '../names/tokens.ts';
import { compoundKeys, KEY_GAIN, pairKeys, tokenKeys } from './blocking.ts';
import type { TokenWeight } from './name-match.ts';
import { DEFAULT_THRESHOLD, prepareEntry, prepareQuery, scoreEntry, type PreparedEntry, type PreparedQuery } from './score.ts';
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

interface NameRec { entry: string; idx: number; tokens: readonly NameToken[] }

/** An in-memory, incrementally updatable watch-list index. */
export class ScreeningIndex {
  private readonly entries = new Map<string, { pe: PreparedEntry; nameIds: number[] }>();
  private readonly names: Array<NameRec | undefined> = [];
  private readonly postings = new Map<string, number[]>();
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
    return this.entries.size;
  }

  /** Number of indexed names (entries × aliases). */
  get nameCount(): number {
    return this.liveNames;
  }

  /** Whether an entry id is indexed. */
  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** The entry with this id. */
  get(id: string): WatchlistEntry | undefined {
    return this.entries.get(id)?.pe.entry;
  }

  /** All entries. */
  *all(): IterableIterator<WatchlistEntry> {
    for (const v of this.entries.values()) yield v.pe.entry;
  }

  /** Adds an entry, replacing any entry with the same id. */
  add(entry: WatchlistEntry): void {
    if (this.entries.has(entry.id)) this.remove(entry.id);
    const pe = prepareEntry(entry);
    const nameIds: number[] = [];
    pe.names.forEach((n, idx) => {
      const id = this.names.length;
      this.names.push({ entry: entry.id, idx, tokens: n.name.tokens });
      nameIds.push(id);
      this.liveNames++;
      const keys = new Set<string>(pairKeys(n.name.tokens));
      for (const k of compoundKeys(n.name.tokens)) keys.add(k);
      const sks = new Set<string>();
      for (const t of n.name.tokens) {
        for (const k of tokenKeys(t)) keys.add(k);
        sks.add(t.sk);
      }
      for (const k of keys) {
        const list = this.postings.get(k);
        if (list) list.push(id);
        else this.postings.set(k, [id]);
      }
      for (const s of sks) this.df.set(s, (this.df.get(s) ?? 0) + 1);
    });
    this.entries.set(entry.id, { pe, nameIds });
    this.idfMax = Math.log((this.liveNames + 1) / 1.5);
  }

  /** Removes an entry; returns whether it was present. */
  remove(id: string): boolean {
    const rec = this.entries.get(id);
    if (!rec) return false;
    for (const nid of rec.nameIds) {
      const n = this.names[nid];
      if (!n) continue;
      for (const s of new Set(n.tokens.map((t) => t.sk))) {
        const c = (this.df.get(s) ?? 1) - 1;
        if (c <= 0) this.df.delete(s);
        else this.df.set(s, c);
      }
      this.names[nid] = undefined;
      this.liveNames--;
      this.deadNames++;
    }
    this.entries.delete(id);
    if (this.deadNames > 1000 && this.deadNames > this.liveNames) this.compact();
    return true;
  }

  private compact(): void {
    for (const [k, list] of this.postings) {
      const kept = list.filter((id) => this.names[id] !== undefined);
      if (kept.length) this.postings.set(k, kept);
      else this.postings.delete(k);
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
    const cands = this.candidates(q.name.tokens);
    const byEntry = new Map<string, number[]>();
    for (const nid of cands) {
      const n = this.names[nid]!;
      const list = byEntry.get(n.entry);
      if (list) list.push(n.idx);
      else byEntry.set(n.entry, [n.idx]);
    }
    const hits: Hit[] = [];
    for (const [eid, nameIdx] of byEntry) {
      const rec = this.entries.get(eid)!;
      const hit = scoreEntry(q, rec.pe, this.weight, nameIdx);
      if (hit.score >= threshold) hits.push(hit);
    }
    hits.sort((a, b) => b.score - a.score || (a.entryId < b.entryId ? -1 : 1));
    return hits.slice(0, limit);
  }

  /** Candidate name ids for query tokens, best blocking credit first. */
  candidates(tokens: readonly NameToken[]): number[] {
    if (this.credit.length < this.names.length) {
      const n = Math.max(this.names.length, this.credit.length * 2);
      this.credit = new Float64Array(n);
      this.tokStamp = new Uint32Array(n);
    }
    const credit = this.credit;
    const tokStamp = this.tokStamp;
    const touched: number[] = [];
    const visit = (list: number[], gain: number, st: number) => {
      for (let i = 0; i < list.length; i++) {
        const id = list[i]!;
        if (tokStamp[id] === st) continue;
        if (this.names[id] === undefined) continue;
        if (credit[id] === 0) touched.push(id);
        tokStamp[id] = st;
        credit[id] = credit[id]! + gain;
      }
    };
    for (const t of tokens) {
      const keys = tokenKeys(t);
      if (!keys.length) continue;
      const st = ++this.stamp;
      const w = this.weight(t);
      for (const k of keys) {
        const list = this.postings.get(k);
        if (list && list.length <= this.cap) visit(list, w * KEY_GAIN[k[0]!]!, st);
      }
    }
    const comp = compoundKeys(tokens);
    if (comp.length) {
      const st = ++this.stamp;
      for (const k of comp) {
        const list = this.postings.get(k);
        if (list && list.length <= this.cap) visit(list, 0.8, st);
      }
    }
    for (const k of pairKeys(tokens)) {
      const list = this.postings.get(k);
      if (list && list.length <= this.cap * 4) visit(list, 0.5, ++this.stamp);
    }
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
