/**
 * In-memory PDQ hash-match index: exact (equal to a brute-force scan), sub-linear in the bank size,
 * updated incrementally as banks change.
 *
 * Storage: one Uint32Array of 8 words per hash (id = position, stable for the life of the index) and
 * one flag byte per hash (quality, removed bit). Search structure, LSM-style:
 * - main: an MIH segment (16 × 16-bit slots) over ids [0, mainEnd);
 * - delta: an MIH segment over ids [mainEnd, deltaEnd), rebuilt as additions accumulate;
 * - tail: ids [deltaEnd, count), scanned linearly (at most TAIL_MAX).
 * Removal sets the removed bit (checked on every hit) and the next rebuild drops the entry from the
 * tables; the 32 bytes of the hash stay until the index is rebuilt from scratch.
 * Hashes of quality < 50 are stored but never indexed nor matched.
 */
import { HASH_WORDS, hexToWords, bytesToWords, wordsToHex } from './hash256.ts';
import { MihSegment, NARROW, REMOVED, WIDE, matchable, scanRange } from './mih.ts';

/** One match: the id given by add() and the Hamming distance to the query. */
export interface MatchHit {
  id: number;
  distance: number;
}

/** A hash as 64 hex characters, 32 bytes, or 8 words. */
export type HashInput = string | Uint8Array | Uint32Array;

/** Tuning knobs (defaults suit banks from a few hashes to tens of millions). */
export interface MatchIndexOptions {
  /** Most hashes left unindexed in the linearly scanned tail (default 2048). */
  tailMax?: number;
  /** The delta segment is merged into main once it exceeds this fraction of main (default 1/16). */
  deltaFraction?: number;
  /** Segments of at least this many hashes use the wide 12-slot layout (default 1,000,000). */
  wideMin?: number;
  /** Always probe the tables, never fall back to a scan (for tests and benchmarks). */
  forceIndex?: boolean;
}

/** Random accesses (probes, candidates) cost about this many sequentially scanned hashes. */
const SCAN_RATIO = 4;

/** Converts any accepted hash form to 8 words (throws InvalidHashError for malformed hex). */
export function toWords(h: HashInput): Uint32Array {
  if (typeof h === 'string') return hexToWords(h);
  if (h instanceof Uint32Array) {
    if (h.length !== HASH_WORDS) throw new RangeError('a hash has 8 words');
    return h;
  }
  return bytesToWords(h);
}

function clampQuality(q: number): number {
  if (!Number.isFinite(q)) return 0;
  return Math.max(0, Math.min(100, Math.trunc(q)));
}

/** Exact PDQ match index (multi-index hashing, incremental add/remove). */
export class MatchIndex {
  private words: Uint32Array;
  private flags: Uint8Array;
  private count = 0;
  private liveCount = 0;
  private main: MihSegment | null = null;
  private mainEnd = 0;
  private delta: MihSegment | null = null;
  private deltaEnd = 0;
  private readonly tailMax: number;
  private readonly deltaFraction: number;
  private readonly wideMin: number;
  private readonly forceIndex: boolean;

  /** An empty index; see MatchIndex.fromWords for bulk loading. */
  constructor(options: MatchIndexOptions = {}) {
    this.tailMax = options.tailMax ?? 2048;
    this.deltaFraction = options.deltaFraction ?? 1 / 16;
    this.wideMin = options.wideMin ?? 1_000_000;
    this.forceIndex = options.forceIndex ?? false;
    this.words = new Uint32Array(HASH_WORDS * 1024);
    this.flags = new Uint8Array(1024);
  }

  /**
   * Bulk load: adopts `words` (8 per hash, not copied) and optional qualities (default 100), builds
   * the tables at once. Ids are 0 .. n−1 in the order given.
   */
  static fromWords(words: Uint32Array, qualities?: ArrayLike<number>, options: MatchIndexOptions = {}): MatchIndex {
    if (words.length % HASH_WORDS !== 0) throw new RangeError('words length must be a multiple of 8');
    const n = words.length / HASH_WORDS;
    if (qualities && qualities.length !== n) throw new RangeError(`expected ${n} qualities, got ${qualities.length}`);
    const idx = new MatchIndex(options);
    idx.words = words;
    idx.flags = new Uint8Array(n);
    for (let i = 0; i < n; i++) idx.flags[i] = qualities ? clampQuality(qualities[i]!) : 100;
    idx.count = n;
    idx.liveCount = n;
    idx.rebuildMain();
    return idx;
  }

  /** Builds an index from hex hashes (with optional qualities); ids follow the array order. */
  static fromHex(hashes: readonly string[], qualities?: ArrayLike<number>, options: MatchIndexOptions = {}): MatchIndex {
    const words = new Uint32Array(hashes.length * HASH_WORDS);
    hashes.forEach((h, i) => hexToWords(h, words, i * HASH_WORDS));
    return MatchIndex.fromWords(words, qualities, options);
  }

  /** Number of live (not removed) hashes, including those too low in quality to match. */
  get size(): number {
    return this.liveCount;
  }

  /** Number of ids ever assigned (ids are 0 .. idCount−1). */
  get idCount(): number {
    return this.count;
  }

  /** Adds a hash (quality defaults to 100) and returns its id. */
  add(hash: HashInput, quality = 100): number {
    const w = toWords(hash);
    if (this.count === this.flags.length) this.grow();
    const id = this.count++;
    this.words.set(w, id * HASH_WORDS);
    this.flags[id] = clampQuality(quality);
    this.liveCount++;
    if (this.count - this.deltaEnd > this.tailMax) this.rebuildDelta();
    return id;
  }

  /** Removes a hash by id; returns false when the id is unknown or already removed. */
  remove(id: number): boolean {
    if (!Number.isInteger(id) || id < 0 || id >= this.count) return false;
    const f = this.flags[id]!;
    if (f & REMOVED) return false;
    this.flags[id] = f | REMOVED;
    this.liveCount--;
    return true;
  }

  /** True when `id` is a live hash. */
  has(id: number): boolean {
    return Number.isInteger(id) && id >= 0 && id < this.count && (this.flags[id]! & REMOVED) === 0;
  }

  /** The stored hash and quality of a live id, or undefined. */
  get(id: number): { hex: string; quality: number } | undefined {
    if (!this.has(id)) return undefined;
    return { hex: wordsToHex(this.words, id * HASH_WORDS), quality: this.flags[id]! };
  }

  /**
   * Every live hash of quality ≥ 50 within Hamming distance `maxDistance` (inclusive, default 31) of
   * `hash`, sorted by distance then id. Exactly what bruteForce() returns.
   */
  query(hash: HashInput, maxDistance = 31): MatchHit[] {
    const q = toWords(hash);
    const d = Math.floor(maxDistance);
    if (!(d >= 0)) return [];
    const ids: number[] = [];
    const dist: number[] = [];
    const dd = Math.min(d, 256);
    const cost = (this.main?.plan(dd).cost ?? 0) + (this.delta?.plan(dd).cost ?? 0);
    if (!this.forceIndex && cost * SCAN_RATIO >= this.count) {
      scanRange(this.words, this.flags, 0, this.count, q, d, ids, dist); // probing would cost more than a scan
    } else {
      this.main?.search(this.words, this.flags, q, dd, ids, dist);
      this.delta?.search(this.words, this.flags, q, dd, ids, dist);
      scanRange(this.words, this.flags, this.deltaEnd, this.count, q, d, ids, dist);
    }
    return sortHits(ids, dist);
  }

  /** Linear scan over every stored hash: the reference the index must equal (for tests and benchmarks). */
  bruteForce(hash: HashInput, maxDistance = 31): MatchHit[] {
    const q = toWords(hash);
    const d = Math.floor(maxDistance);
    if (!(d >= 0)) return [];
    const ids: number[] = [];
    const dist: number[] = [];
    scanRange(this.words, this.flags, 0, this.count, q, d, ids, dist);
    return sortHits(ids, dist);
  }

  /** Bytes held by the index's typed arrays (hash words, flags, tables). */
  get bytes(): number {
    return this.words.byteLength + this.flags.byteLength + (this.main?.bytes ?? 0) + (this.delta?.bytes ?? 0);
  }

  /** Indexes everything now (tail and delta merged into main), e.g. after a large batch of changes. */
  optimize(): void {
    this.rebuildMain();
  }

  private grow(): void {
    const cap = Math.max(1024, Math.ceil(this.flags.length * 1.5));
    const words = new Uint32Array(cap * HASH_WORDS);
    words.set(this.words.subarray(0, this.count * HASH_WORDS));
    const flags = new Uint8Array(cap);
    flags.set(this.flags.subarray(0, this.count));
    this.words = words;
    this.flags = flags;
  }

  private members(from: number, to: number): Uint32Array {
    let n = 0;
    for (let id = from; id < to; id++) if (matchable(this.flags[id]!)) n++;
    const out = new Uint32Array(n);
    for (let id = from, k = 0; id < to; id++) if (matchable(this.flags[id]!)) out[k++] = id;
    return out;
  }

  private segment(from: number, to: number, allowWide: boolean): MihSegment {
    const members = this.members(from, to);
    return new MihSegment(this.words, members, allowWide && members.length >= this.wideMin ? WIDE : NARROW);
  }

  private rebuildMain(): void {
    this.main = null; // let the old tables go before allocating the new ones
    this.delta = null;
    this.main = this.segment(0, this.count, true);
    this.mainEnd = this.deltaEnd = this.count;
  }

  private rebuildDelta(): void {
    const pending = this.count - this.mainEnd;
    if (pending > Math.max(this.tailMax, (this.main?.size ?? 0) * this.deltaFraction)) {
      this.rebuildMain();
      return;
    }
    this.delta = null;
    this.delta = this.segment(this.mainEnd, this.count, false); // narrow: 4 MB of offsets, not 134
    this.deltaEnd = this.count;
  }
}

function sortHits(ids: number[], dist: number[]): MatchHit[] {
  const hits: MatchHit[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) hits[i] = { id: ids[i]!, distance: dist[i]! };
  hits.sort((a, b) => a.distance - b.distance || a.id - b.id);
  return hits;
}
