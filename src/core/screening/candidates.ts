/**
 * Candidate generation for one query: the blocking keys of its tokens, pairs and compounds are looked
 * up, shortest posting list first, and every name on a list gains the key's credit (per token, the best
 * key counts). Lists longer than the cap are skipped, and once the query has read its posting budget the
 * remaining (longer, hence less telling) lists are skipped too, as search engines skip stop words: the
 * cost of a query stays bounded as the index grows, and a name found only through a very common key is
 * still found through its rarer ones. The best `k` names by credit are returned.
 */
import { ABD_SHORT, isAbdComplement } from '../names/normalize.ts';
import type { NameToken } from '../names/tokens.ts';
import { compoundKeys, pairKeys, tokenKeyHashes } from './blocking.ts';
import { keyHash, type PostingTable } from './postings.ts';

/** Tuning of candidate generation. */
export interface CandidateOptions {
  /** single-token and compound lists longer than this are skipped (pair lists: 4×) */
  cap: number;
  /** postings read per query at most, shortest lists first */
  budget: number;
  /** names returned */
  k: number;
}

const PAIR_GAIN = 0.5;
const COMPOUND_GAIN = 0.8;
/** Credit of the Abd- compound looked up for a name that completes it (see find). */
const ABD_GAIN = 0.6;
/** Credit lost per token of difference between a name's and the query's length (a tie-break). */
const LEN_TIE = 0.02;

/** Growable Int32Array. */
export class Ints {
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

/** Reusable per-index scratch state of candidate generation (one query at a time). */
export class CandidateFinder {
  private credit = new Float64Array(1024);
  private tokGain = new Float64Array(1024);
  private tokStamp = new Uint32Array(1024);
  private stamp = 0;
  private readonly touched = new Ints();
  // keys of the current query: slot, list length, gain, stamp
  private kSlot = new Int32Array(256);
  private kLen = new Int32Array(256);
  private kGain = new Float64Array(256);
  private kSt = new Uint32Array(256);
  private kOrder = new Int32Array(256);
  private nk = 0;
  // top-k heap (of entries) and per-entry state of the current query: stamp, best credit, best name
  private hId = new Int32Array(64);
  private readonly ents = new Ints();
  private eStamp = new Uint32Array(1024);
  private eBest = new Float64Array(1024);
  private eFirst = new Int32Array(1024);
  private eStampNext = 0;

  constructor(private readonly opts: CandidateOptions) {}

  /** Candidate name ids for query tokens, best blocking credit first. `alive[id] < 0` marks removed names. */
  find(post: PostingTable, alive: Int32Array, lens: Int32Array, nNames: number, tokens: readonly NameToken[], weight: (t: NameToken) => number): number[] {
    this.ensure(nNames);
    const cap = this.opts.cap;
    this.nk = 0;
    let qn = 0;
    for (const t of tokens) if (!t.particle && !t.initial) qn++;
    for (const t of tokens) {
      // "Abdul" alone is a short form (see normalize.ts ABD_SHORT): like an initial, it finds nothing by itself
      if (t.particle || t.initial || t.t === ABD_SHORT) continue;
      const { hashes, gains } = tokenKeyHashes(t);
      const st = this.nextStamp();
      const w = weight(t);
      for (let i = 0; i < hashes.length; i++) this.key(post, post.findHash(hashes[i]!), cap, w * gains[i]!, st);
      // a name that completes "Abd" (Rahman, Salam) may stand for the whole compound (ABD EL-RAHMAN)
      if (isAbdComplement(t.t)) this.key(post, post.find('w' + 'abd' + t.t), cap, w * ABD_GAIN, st);
    }
    const comp = compoundKeys(tokens);
    if (comp.length) {
      const st = this.nextStamp();
      for (const k of comp) this.key(post, post.find(k), cap, COMPOUND_GAIN, st);
    }
    for (const k of pairKeys(tokens)) this.key(post, post.findHash(keyHash(k)), cap * 4, PAIR_GAIN, this.nextStamp());

    // shortest lists first, within the budget
    const n = this.nk;
    const order = this.kOrder;
    const len = this.kLen;
    for (let i = 0; i < n; i++) {
      let j = i;
      while (j > 0 && len[order[j - 1]!]! > len[i]!) {
        order[j] = order[j - 1]!;
        j--;
      }
      order[j] = i;
    }
    let spent = 0;
    for (let x = 0; x < n; x++) {
      const i = order[x]!;
      if (spent > 0 && spent + len[i]! > this.opts.budget) break;
      spent += len[i]!;
      this.visit(post, alive, this.kSlot[i]!, this.kGain[i]!, this.kSt[i]!);
    }
    return this.top(lens, qn, alive);
  }

  private nextStamp(): number {
    if (this.stamp >= 0xfffffff0) {
      this.stamp = 0;
      this.tokStamp.fill(0);
    }
    return ++this.stamp;
  }

  private key(post: PostingTable, slot: number, max: number, gain: number, st: number): void {
    if (slot < 0) return;
    const c = post.count(slot);
    if (c > max) return;
    if (this.nk === this.kSlot.length) {
      const m = this.nk * 2;
      const grow = <T extends Int32Array | Float64Array | Uint32Array>(a: T, b: T): T => (b.set(a), b);
      this.kSlot = grow(this.kSlot, new Int32Array(m));
      this.kLen = grow(this.kLen, new Int32Array(m));
      this.kGain = grow(this.kGain, new Float64Array(m));
      this.kSt = grow(this.kSt, new Uint32Array(m));
      this.kOrder = new Int32Array(m);
    }
    const i = this.nk++;
    this.kSlot[i] = slot;
    this.kLen[i] = c;
    this.kGain[i] = gain;
    this.kSt[i] = st;
  }

  private visit(post: PostingTable, alive: Int32Array, slot: number, gain: number, st: number): void {
    const fv = post.fvals;
    for (let p = post.offs[slot]!, e = post.offs[slot + 1]!; p < e; p++) this.touch(fv[p]!, alive, gain, st);
    const ov = post.ovals;
    const on = post.onext;
    for (let p = post.ohead[slot]!; p > 0; p = on[p - 1]!) this.touch(ov[p - 1]!, alive, gain, st);
  }

  /** Credits name `id` with the key's gain; a token's best key counts once, whatever the order of the lists. */
  private touch(id: number, alive: Int32Array, gain: number, st: number): void {
    const { credit, tokGain, tokStamp } = this;
    if (tokStamp[id] === st) {
      if (gain > tokGain[id]!) {
        credit[id] = credit[id]! + gain - tokGain[id]!;
        tokGain[id] = gain;
      }
      return;
    }
    if (alive[id]! < 0) return;
    if (credit[id] === 0) this.touched.push(id);
    tokStamp[id] = st;
    tokGain[id] = gain;
    credit[id] = credit[id]! + gain;
  }

  /**
   * The touched names of the best k entries, more credit first (then lower id); an entry counts with its
   * best name, so an entry listed under many similar aliases takes one place, not many. Among names with
   * the same credit, those with as many significant tokens as the query come first (length
   * normalisation, as in BM25): when every Mohammed Ahmed X meets Mohammed Ahmadi's keys, the
   * two-token name is the likelier one. Resets the credits.
   */
  private top(lens: Int32Array, qn: number, entryOf: Int32Array): number[] {
    const { credit, touched } = this;
    const k = this.opts.k;
    const n = touched.n;
    const ids = touched.a;
    touched.n = 0;
    const st = this.nextEntryStamp();
    const ents = this.ents;
    ents.n = 0;
    for (let x = 0; x < n; x++) {
      const id = ids[x]!;
      const c = credit[id]! - LEN_TIE * Math.abs(lens[id]! - qn);
      credit[id] = c;
      const e = entryOf[id]!;
      this.ensureEntries(e + 1);
      if (this.eStamp[e] !== st) {
        this.eStamp[e] = st;
        this.eBest[e] = c;
        this.eFirst[e] = id;
        ents.push(e);
      } else if (c > this.eBest[e]! || (c === this.eBest[e] && id < this.eFirst[e]!)) {
        this.eBest[e] = c;
        this.eFirst[e] = id;
      }
    }
    const chosen = this.bestEntries(k);
    const out: number[] = [];
    for (let x = 0; x < n; x++) {
      const id = ids[x]!;
      if (this.eStamp[entryOf[id]!] === chosen) out.push(id);
    }
    out.sort((a, b) => credit[b]! - credit[a]! || a - b);
    for (let x = 0; x < n; x++) credit[ids[x]!] = 0;
    return out;
  }

  /** Marks the best k touched entries (min-heap of the best k) with a new stamp, which it returns. */
  private bestEntries(k: number): number {
    const ents = this.ents;
    const m0 = ents.n;
    const best = this.eBest;
    const first = this.eFirst;
    const chosen = this.nextEntryStamp();
    if (m0 <= k) {
      for (let x = 0; x < m0; x++) this.eStamp[ents.a[x]!] = chosen;
      return chosen;
    }
    if (this.hId.length < k) this.hId = new Int32Array(k);
    const h = this.hId;
    // worse: less credit, then the higher id of its best name
    const worse = (a: number, b: number) => best[a]! < best[b]! || (best[a] === best[b] && first[a]! > first[b]!);
    let m = 0;
    for (let x = 0; x < m0; x++) {
      const e = ents.a[x]!;
      if (m === k) {
        if (!worse(h[0]!, e)) continue;
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          if (l >= m) break;
          const r = l + 1;
          const w = r < m && worse(h[r]!, h[l]!) ? r : l;
          if (!worse(h[w]!, e)) break;
          h[i] = h[w]!;
          i = w;
        }
        h[i] = e;
      } else {
        let i = m++;
        while (i > 0) {
          const p = (i - 1) >> 1;
          if (!worse(e, h[p]!)) break;
          h[i] = h[p]!;
          i = p;
        }
        h[i] = e;
      }
    }
    for (let x = 0; x < m; x++) this.eStamp[h[x]!] = chosen;
    return chosen;
  }

  private nextEntryStamp(): number {
    if (this.eStampNext >= 0xfffffff0) {
      this.eStampNext = 0;
      this.eStamp.fill(0);
    }
    return ++this.eStampNext;
  }

  private ensureEntries(n: number): void {
    if (this.eStamp.length >= n) return;
    const m = Math.max(n, this.eStamp.length * 2);
    const s = new Uint32Array(m);
    s.set(this.eStamp);
    this.eStamp = s;
    const b = new Float64Array(m);
    b.set(this.eBest);
    this.eBest = b;
    const f = new Int32Array(m);
    f.set(this.eFirst);
    this.eFirst = f;
  }

  private ensure(nNames: number): void {
    if (this.credit.length >= nNames) return;
    const n = Math.max(nNames, this.credit.length * 2);
    const c = new Float64Array(n);
    c.set(this.credit);
    this.credit = c;
    this.tokGain = new Float64Array(n);
    const s = new Uint32Array(n);
    s.set(this.tokStamp);
    this.tokStamp = s;
  }
}
