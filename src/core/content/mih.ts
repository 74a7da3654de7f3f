/**
 * Multi-index hashing segment over 256-bit hashes. The hash is cut into m disjoint bit slots; each
 * slot has a compressed sparse table (ids counting-sorted by the slot's value, plus 2^L + 1 offsets),
 * so memory is 4 bytes per hash per slot with no per-bucket objects. Two layouts:
 * - narrow: 16 slots of 16 bits (4 MB of offsets), for small and medium segments;
 * - wide: 12 slots (4 × 22 + 8 × 21 bits, 134 MB of offsets), for large segments: about 4× fewer
 *   candidates per query at distance 31 and 25 % less memory per hash.
 *
 * Search rule (pigeonhole, generalised): if dist(a, b) ≤ d and radii r_s satisfy Σ (r_s + 1) ≥ d + 1,
 * some slot s has slot-distance ≤ r_s. Probing every key within r_s of the query's slot s (r_s = −1:
 * slot not probed) finds every match; the radii are chosen greedily to minimise the expected cost.
 * A hit found in slot s is reported only when no earlier probed slot would have found it too, so
 * nothing is reported twice.
 */
import { popcount32 } from './hash256.ts';

/** Slot layout: bit lengths, most significant bits of the hash first; they sum to 256. */
export type Layout = readonly number[];
/** 16 slots of 16 bits. */
export const NARROW: Layout = Array(16).fill(16);
/** 12 slots: 4 of 22 bits, 8 of 21 bits. */
export const WIDE: Layout = [22, 22, 22, 22, 21, 21, 21, 21, 21, 21, 21, 21];

/** Flag byte of a stored hash: low 7 bits quality (0..100), bit 7 = removed. */
export const REMOVED = 0x80;
/** Quality below which a hash is kept but never matched. */
export const MATCH_MIN_QUALITY = 50;

/** True for a live hash of quality ≥ 50. */
export function matchable(flag: number): boolean {
  return flag < REMOVED && flag >= MATCH_MIN_QUALITY;
}

/** Value of the L-bit field starting at bit `start` (0 = most significant) of the hash at `o`. */
export function fieldOf(words: Uint32Array, o: number, start: number, len: number): number {
  const w = start >>> 5;
  const off = start & 31;
  const hi = words[o + w]!;
  const window = off === 0 ? hi : off + len <= 32 ? hi << off : (hi << off) | (words[o + w + 1]! >>> (32 - off));
  return window >>> (32 - len);
}

const maskCache = new Map<string, Uint32Array>();

/** All L-bit masks of popcount ≤ r, by increasing popcount. */
export function masksUpTo(len: number, r: number): Uint32Array {
  const key = `${len}:${r}`;
  let m = maskCache.get(key);
  if (m) return m;
  const out: number[] = [];
  const rec = (from: number, left: number, acc: number): void => {
    if (left === 0) {
      out.push(acc >>> 0);
      return;
    }
    for (let b = from; b < len; b++) rec(b + 1, left - 1, acc | (1 << b));
  };
  for (let w = 0; w <= Math.min(r, len); w++) rec(0, w, 0);
  m = Uint32Array.from(out);
  maskCache.set(key, m);
  return m;
}

/** C(n, ≤ r): number of n-bit masks of popcount at most r. */
export function ballSize(n: number, r: number): number {
  let c = 1;
  let sum = r >= 0 ? 1 : 0;
  for (let k = 1; k <= Math.min(r, n); k++) {
    c = (c * (n - k + 1)) / k;
    sum += c;
  }
  return sum;
}

/** One immutable MIH table over a set of hash ids (positions in a shared words array). */
export class MihSegment {
  /** Number of hashes in the segment. */
  readonly size: number;
  readonly layout: Layout;
  private readonly starts: Int32Array;
  private readonly tableBase: Float64Array;
  private readonly offsets: Uint32Array;
  private readonly ids: Uint32Array;
  private readonly radiiCache = new Map<number, { radii: Int8Array; cost: number }>();

  /** Builds the tables for `members` (ids of hashes stored at words[id·8 .. id·8+7]). */
  constructor(words: Uint32Array, members: Uint32Array, layout: Layout = NARROW) {
    const n = members.length;
    const m = layout.length;
    this.size = n;
    this.layout = layout;
    this.starts = new Int32Array(m);
    this.tableBase = new Float64Array(m + 1);
    for (let s = 0, b = 0; s < m; s++) {
      this.starts[s] = b;
      b += layout[s]!;
      this.tableBase[s + 1] = this.tableBase[s]! + 2 ** layout[s]! + 1;
    }
    this.offsets = new Uint32Array(this.tableBase[m]!);
    this.ids = new Uint32Array(m * n);
    // Per slot: keys, then a stable two-pass LSD radix sort of (key, id) and offsets from the sorted
    // keys. Every pass is sequential or scatters into at most 2^11 streams, so building 10M hashes
    // stays cache-friendly (a direct counting sort over 2^22 buckets is ~5× slower).
    const keys = new Uint32Array(n);
    const keys2 = new Uint32Array(n);
    const ids2 = new Uint32Array(n);
    const off = this.offsets;
    for (let s = 0; s < m; s++) {
      const len = layout[s]!;
      const start = this.starts[s]!;
      const lowBits = len >> 1;
      const lowMask = (1 << lowBits) - 1;
      for (let i = 0; i < n; i++) keys[i] = fieldOf(words, members[i]! * 8, start, len);
      const hist = new Uint32Array(1 << (len - lowBits));
      for (let i = 0; i < n; i++) hist[keys[i]! & lowMask]!++;
      prefixSums(hist, 1 << lowBits);
      for (let i = 0; i < n; i++) {
        const pos = hist[keys[i]! & lowMask]!++;
        keys2[pos] = keys[i]!;
        ids2[pos] = members[i]!;
      }
      hist.fill(0);
      for (let i = 0; i < n; i++) hist[keys2[i]! >>> lowBits]!++;
      prefixSums(hist, hist.length);
      const ib = s * n;
      for (let i = 0; i < n; i++) {
        const pos = hist[keys2[i]! >>> lowBits]!++;
        this.ids[ib + pos] = ids2[i]!;
        keys[pos] = keys2[i]!;
      }
      const ob = this.tableBase[s]!;
      for (let i = 0; i < n; i++) off[ob + 1 + keys[i]!]!++;
      const nk = 2 ** len;
      for (let k = 0; k < nk; k++) off[ob + k + 1]! += off[ob + k]!;
    }
  }

  /** Bytes held by the segment's typed arrays. */
  get bytes(): number {
    return this.offsets.byteLength + this.ids.byteLength;
  }

  /**
   * Radii for distance d minimising the expected work (bucket probes + candidates), and that work.
   * Greedy: d + 1 increments, each to the slot where it costs least.
   */
  plan(d: number): { radii: Int8Array; cost: number } {
    const hit = this.radiiCache.get(d);
    if (hit) return hit;
    const m = this.layout.length;
    const radii = new Int8Array(m).fill(-1);
    const slotCost = (s: number, r: number): number =>
      r < 0 ? 0 : ballSize(this.layout[s]!, r) * (1 + this.size / 2 ** this.layout[s]!);
    let cost = 0;
    for (let step = 0; step <= d; step++) {
      let best = -1;
      let bestDelta = Infinity;
      for (let s = 0; s < m; s++) {
        if (radii[s]! >= this.layout[s]!) continue;
        const delta = slotCost(s, radii[s]! + 1) - slotCost(s, radii[s]!);
        if (delta < bestDelta) {
          bestDelta = delta;
          best = s;
        }
      }
      if (best < 0) break; // every slot at full radius: everything is probed
      radii[best]!++;
      cost += bestDelta;
    }
    const planned = { radii, cost };
    if (this.radiiCache.size < 300) this.radiiCache.set(d, planned);
    return planned;
  }

  /** Appends to outIds/outDist every matchable member within distance d of `q` (8 words). */
  search(words: Uint32Array, flags: Uint8Array, q: Uint32Array, d: number, outIds: number[], outDist: number[]): void {
    const { radii } = this.plan(d);
    const n = this.size;
    const off = this.offsets;
    const ids = this.ids;
    const buf = CANDIDATES;
    for (let s = 0; s < this.layout.length; s++) {
      const r = radii[s]!;
      if (r < 0) continue;
      const len = this.layout[s]!;
      const qs = fieldOf(q, 0, this.starts[s]!, len);
      const ob = this.tableBase[s]!;
      const ib = s * n;
      const masks = masksUpTo(len, r);
      // Gather the candidates of this slot, touching each hash's cache line in a tight loop (many
      // memory loads in flight at once), then verify them from cache.
      let k = 0;
      let touch = 0;
      for (let mi = 0; mi < masks.length; mi++) {
        const key = (qs ^ masks[mi]!) >>> 0;
        const end = ib + off[ob + key + 1]!;
        for (let p = ib + off[ob + key]!; p < end; p++) {
          const id = ids[p]!;
          touch ^= words[id * 8]!;
          buf[k++] = id;
          if (k === buf.length) {
            this.verify(words, flags, q, d, radii, s, k, outIds, outDist);
            k = 0;
          }
        }
      }
      SINK[0]! ^= touch;
      this.verify(words, flags, q, d, radii, s, k, outIds, outDist);
    }
  }

  /** Verifies candidates CANDIDATES[0..k) found through slot s. */
  private verify(
    words: Uint32Array,
    flags: Uint8Array,
    q: Uint32Array,
    d: number,
    radii: Int8Array,
    s: number,
    k: number,
    outIds: number[],
    outDist: number[],
  ): void {
    const buf = CANDIDATES;
    const q0 = q[0]!, q1 = q[1]!, q2 = q[2]!, q3 = q[3]!, q4 = q[4]!, q5 = q[5]!, q6 = q[6]!, q7 = q[7]!; // prettier-ignore
    for (let i = 0; i < k; i++) {
      const id = buf[i]!;
      const o = id * 8;
      let dist = popcount32(words[o]! ^ q0) + popcount32(words[o + 1]! ^ q1) + popcount32(words[o + 2]! ^ q2) + popcount32(words[o + 3]! ^ q3);
      if (dist > d) continue;
      dist += popcount32(words[o + 4]! ^ q4) + popcount32(words[o + 5]! ^ q5) + popcount32(words[o + 6]! ^ q6) + popcount32(words[o + 7]! ^ q7);
      if (dist > d || !matchable(flags[id]!)) continue;
      if (s > 0 && this.foundEarlier(words, o, q, s, radii)) continue;
      outIds.push(id);
      outDist.push(dist);
    }
  }

  /** True when a probed slot before `s` is within its radius (the hit was reported there). */
  private foundEarlier(words: Uint32Array, o: number, q: Uint32Array, s: number, radii: Int8Array): boolean {
    for (let t = 0; t < s; t++) {
      const r = radii[t]!;
      if (r < 0) continue;
      const start = this.starts[t]!;
      const len = this.layout[t]!;
      if (popcount32(fieldOf(words, o, start, len) ^ fieldOf(q, 0, start, len)) <= r) return true;
    }
    return false;
  }
}

/** Exclusive prefix sums of h[0..len) in place. */
function prefixSums(h: Uint32Array, len: number): void {
  let acc = 0;
  for (let i = 0; i < len; i++) {
    const c = h[i]!;
    h[i] = acc;
    acc += c;
  }
}

/** Scratch buffer of candidate ids (one query at a time: JavaScript is single-threaded). */
const CANDIDATES = new Uint32Array(4096);
/** Keeps the touching loads observable so they are not optimised away. */
const SINK = new Int32Array(1);

/**
 * Brute force: appends every matchable id in [from, to) within distance d of `q`. The reference
 * against which the index is tested, and its fallback when probing would cost more than a scan.
 */
export function scanRange(
  words: Uint32Array,
  flags: Uint8Array,
  from: number,
  to: number,
  q: Uint32Array,
  d: number,
  outIds: number[],
  outDist: number[],
): void {
  const q0 = q[0]!, q1 = q[1]!, q2 = q[2]!, q3 = q[3]!, q4 = q[4]!, q5 = q[5]!, q6 = q[6]!, q7 = q[7]!; // prettier-ignore
  for (let id = from; id < to; id++) {
    const o = id * 8;
    let dist = popcount32(words[o]! ^ q0) + popcount32(words[o + 1]! ^ q1) + popcount32(words[o + 2]! ^ q2) + popcount32(words[o + 3]! ^ q3);
    if (dist > d) continue;
    dist += popcount32(words[o + 4]! ^ q4) + popcount32(words[o + 5]! ^ q5) + popcount32(words[o + 6]! ^ q6) + popcount32(words[o + 7]! ^ q7);
    if (dist > d || !matchable(flags[id]!)) continue;
    outIds.push(id);
    outDist.push(dist);
  }
}
