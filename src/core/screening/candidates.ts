/**
 * Candidate generation for one query: the blocking keys of its tokens, pairs and compounds are looked
 * up, shortest posting list first, and every name on a list gains the key's credit (per token, the best
 * key counts). Lists longer than the cap are skipped, and once the query has read its posting budget the
 * remaining (longer, hence less telling) lists are skipped too, as search engines skip stop words: the
 * cost of a query stays bounded as the index grows, and a name found only through a very common key is
 * still found through its rarer ones. The best `k` names by credit are returned.
 */
import { ABD_SHORT, isAbdComplement } from '../names/normalize.ts';
import { boundedMemo } from '../names/memo.ts';
import { skeleton } from '../names/phonetic.ts';
import type { NameToken } from '../names/tokens.ts';
import { compoundKeys, KEY_GAIN, pairKeys, tokenKeyHashes } from './blocking.ts';
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
/** Credit of a skeleton key (as blocking.ts KEY_GAIN gives it). */
const KEY_GAIN_SKELETON = KEY_GAIN.s!;
/** Credit of the Abd- compound looked up for a name that completes it (see find). */
const ABD_GAIN = 0.6;
/** Credit lost per token of difference between a name's and the query's length (a tie-break). */
const LEN_TIE = 0.02;

/** The skeleton of a token with every v read as w (memoised per shared token). */
const VW = new WeakMap<NameToken, string>();
function vwSkeleton(t: NameToken): string {
  let v = VW.get(t);
  if (v === undefined) {
    v = skeleton(t.t.replace(/v/g, 'w'));
    VW.set(t, v);
  }
  return v;
}

/** Skeletons of two query words joined, memoised without making shared tokens of them. */
const joinedSkeleton = boundedMemo(50_000, (w) => skeleton(w));

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
  // top-k heap
  private hId = new Int32Array(64);
  private hCr = new Float64Array(64);

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
      // w written for v or v for w (see tokens.ts): the other letter's skeleton
      if (t.wv) {
        const vw = vwSkeleton(t);
        if (t.wv !== t.sk) this.key(post, post.find('s' + t.wv), cap, w * KEY_GAIN_SKELETON * 0.9, st);
        if (vw !== t.sk && vw !== t.wv) this.key(post, post.find('s' + vw), cap, w * KEY_GAIN_SKELETON * 0.9, st);
      }
      // a name that completes "Abd" (Rahman, Salam) may stand for the whole compound (ABD EL-RAHMAN), and a
      // compound may be listed without its "Abd" (Abdul MANAN joined, Abdul Rahim MANAN listed)
      if (isAbdComplement(t.t)) this.key(post, post.find('w' + 'abd' + t.t), cap, w * ABD_GAIN, st);
      else if (t.t.length >= 6 && t.t.startsWith('abd')) this.key(post, post.find('w' + t.t.slice(3)), cap, w * ABD_GAIN, st);
    }
    const comp = compoundKeys(tokens);
    // two short words the list may write as one (ولی جان → Walijan): the skeleton of the two joined,
    // credited as the two tokens it stands for
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i]!;
      const b = tokens[i + 1]!;
      if (a.particle || b.particle || a.initial || b.initial || a.t.length + b.t.length > 16) continue;
      const sk = joinedSkeleton(a.t + b.t);
      if (sk.length >= 3) this.key(post, post.find('s' + sk), cap, (weight(a) + weight(b)) * KEY_GAIN_SKELETON, this.nextStamp());
    }
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
    return this.top(lens, qn);
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
   * The best k touched names (more credit first, then lower id), and resets the credits. Among names
   * with the same credit, those with as many significant tokens as the query come first (length
   * normalisation, as in BM25): when every Mohammed Ahmed X meets Mohammed Ahmadi's keys, the
   * two-token name is the likelier one.
   */
  private top(lens: Int32Array, qn: number): number[] {
    const { credit, touched } = this;
    const k = this.opts.k;
    const n = touched.n;
    const ids = touched.a;
    touched.n = 0;
    if (n <= k) {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push(ids[i]!);
      out.sort((a, b) => credit[b]! - credit[a]! || a - b);
      for (const id of out) credit[id] = 0;
      return out;
    }
    if (this.hId.length < k) {
      this.hId = new Int32Array(k);
      this.hCr = new Float64Array(k);
    }
    // min-heap of the best k: the root is the worst kept
    const hId = this.hId;
    const hCr = this.hCr;
    let m = 0;
    const worse = (c1: number, i1: number, c2: number, i2: number) => c1 < c2 || (c1 === c2 && i1 > i2);
    for (let x = 0; x < n; x++) {
      const id = ids[x]!;
      const raw = credit[id]!;
      credit[id] = 0;
      // the length term only lowers a credit: a name already below the heap's worst needs no look-up
      if (m === k && raw < hCr[0]!) continue;
      const c = raw - LEN_TIE * Math.abs(lens[id]! - qn);
      if (m === k) {
        if (!worse(hCr[0]!, hId[0]!, c, id)) continue;
        // replace the root and sift down
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          if (l >= m) break;
          const r = l + 1;
          const w = r < m && worse(hCr[r]!, hId[r]!, hCr[l]!, hId[l]!) ? r : l;
          if (!worse(hCr[w]!, hId[w]!, c, id)) break;
          hCr[i] = hCr[w]!;
          hId[i] = hId[w]!;
          i = w;
        }
        hCr[i] = c;
        hId[i] = id;
      } else {
        let i = m++;
        while (i > 0) {
          const p = (i - 1) >> 1;
          if (!worse(c, id, hCr[p]!, hId[p]!)) break;
          hCr[i] = hCr[p]!;
          hId[i] = hId[p]!;
          i = p;
        }
        hCr[i] = c;
        hId[i] = id;
      }
    }
    const out = Array.from(hId.subarray(0, m));
    const cr = new Map(out.map((id, i) => [id, hCr[i]!]));
    out.sort((a, b) => cr.get(b)! - cr.get(a)! || a - b);
    return out;
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
