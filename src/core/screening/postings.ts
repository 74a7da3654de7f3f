/**
 * Compact inverted index of blocking keys: an open-addressing hash table of 31-bit key hashes whose
 * posting lists are stored contiguously (compressed-sparse-row: one Int32Array of name ids, lists in
 * slot order, `offs` prefix sums), so that scanning a list reads memory in sequence instead of chasing
 * a pointer per posting. Names added after the last rebuild go to an overflow of linked postings; the
 * table is rebuilt (overflow merged) when the overflow grows as large as the contiguous part, when the
 * key table grows, or on `freeze()`. About 4 bytes per posting and 16 per key slot. Two keys whose
 * hashes collide share one list; that only adds candidates, which are scored in full anyway.
 */

/** FNV-1a hash of a string, in [1, 2^31). */
export function keyHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 1) || 1;
}

const MIN_OVERFLOW = 1 << 16;

/** Posting lists of name ids keyed by blocking-key hashes. */
export class PostingTable {
  /** key hash per slot (0 = empty) */
  private keys = new Int32Array(1024);
  /** contiguous lists: slot s owns fvals[offs[s] .. offs[s + 1]) */
  offs = new Int32Array(1025);
  fvals = new Int32Array(0);
  /** overflow: 1-based index of the newest posting of a slot (0 = none) and its length */
  ohead = new Int32Array(1024);
  private ocnt = new Int32Array(1024);
  ovals = new Int32Array(1024);
  onext = new Int32Array(1024);
  private osize = 0;
  private used = 0;

  /** Number of distinct keys. */
  get keyCount(): number {
    return this.used;
  }

  /** Number of postings. */
  get postingCount(): number {
    return this.fvals.length + this.osize;
  }

  /** Number of postings not yet in the contiguous part. */
  get overflowCount(): number {
    return this.osize;
  }

  /** Appends a name id to a key's list. */
  add(key: string, id: number): void {
    this.addHash(keyHash(key), id);
  }

  /** Appends a name id to the list of a key hash (see keyHash). */
  addHash(h: number, id: number): void {
    if ((this.used + 1) * 2 > this.keys.length) this.rebuild(this.keys.length * 2);
    const mask = this.keys.length - 1;
    let s = h & mask;
    while (this.keys[s] !== 0 && this.keys[s] !== h) s = (s + 1) & mask;
    if (this.keys[s] === 0) {
      this.keys[s] = h;
      this.used++;
    }
    if (this.osize === this.ovals.length) {
      const n = this.osize * 2;
      const v = new Int32Array(n);
      v.set(this.ovals);
      this.ovals = v;
      const x = new Int32Array(n);
      x.set(this.onext);
      this.onext = x;
    }
    this.ovals[this.osize] = id;
    this.onext[this.osize] = this.ohead[s]!;
    this.ohead[s] = ++this.osize;
    this.ocnt[s]!++;
    if (this.osize >= MIN_OVERFLOW && this.osize >= this.fvals.length) this.rebuild(this.keys.length);
  }

  /** Merges the overflow into the contiguous lists (cheap when there is none). */
  freeze(): void {
    if (this.osize > 0) this.rebuild(this.keys.length);
  }

  /** The slot of a key, or -1. */
  find(key: string): number {
    return this.findHash(keyHash(key));
  }

  /** The slot of a key hash (see keyHash), or -1. */
  findHash(h: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    let s = h & mask;
    for (;;) {
      const k = keys[s]!;
      if (k === h) return s;
      if (k === 0) return -1;
      s = (s + 1) & mask;
    }
  }

  /** Length of a slot's list. */
  count(slot: number): number {
    return this.offs[slot + 1]! - this.offs[slot]! + this.ocnt[slot]!;
  }

  /** The ids of a slot's list (for tests and tools; the hot path reads offs/fvals/ohead/onext/ovals). */
  ids(slot: number): number[] {
    const out: number[] = [];
    for (let p = this.offs[slot]!; p < this.offs[slot + 1]!; p++) out.push(this.fvals[p]!);
    for (let p = this.ohead[slot]!; p > 0; p = this.onext[p - 1]!) out.push(this.ovals[p - 1]!);
    return out;
  }

  /** Length of a key's list (0 when absent). */
  lengthOf(key: string): number {
    const s = this.find(key);
    return s < 0 ? 0 : this.count(s);
  }

  /** Empties the table. */
  clear(): void {
    this.keys = new Int32Array(1024);
    this.offs = new Int32Array(1025);
    this.fvals = new Int32Array(0);
    this.ohead = new Int32Array(1024);
    this.ocnt = new Int32Array(1024);
    this.ovals = new Int32Array(1024);
    this.onext = new Int32Array(1024);
    this.osize = 0;
    this.used = 0;
  }

  /** Re-lays every list contiguously in a key table of `cap` slots (a power of two). */
  private rebuild(cap: number): void {
    const { keys, offs, fvals, ohead, ocnt, ovals, onext } = this;
    const nk = new Int32Array(cap);
    const where = new Int32Array(keys.length);
    const len = new Int32Array(cap + 1);
    const mask = cap - 1;
    for (let i = 0; i < keys.length; i++) {
      const h = keys[i]!;
      if (h === 0) continue;
      let s = h & mask;
      while (nk[s] !== 0) s = (s + 1) & mask;
      nk[s] = h;
      where[i] = s;
      len[s + 1] = offs[i + 1]! - offs[i]! + ocnt[i]!;
    }
    for (let s = 0; s < cap; s++) len[s + 1] = len[s + 1]! + len[s]!;
    const nv = new Int32Array(len[cap]!);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      let o = len[where[i]!]!;
      nv.set(fvals.subarray(offs[i]!, offs[i + 1]!), o);
      o += offs[i + 1]! - offs[i]!;
      // overflow lists run newest first; keep insertion order
      let e = o + ocnt[i]!;
      for (let p = ohead[i]!; p > 0; p = onext[p - 1]!) nv[--e] = ovals[p - 1]!;
    }
    this.keys = nk;
    this.offs = len;
    this.fvals = nv;
    this.ohead = new Int32Array(cap);
    this.ocnt = new Int32Array(cap);
    this.ovals = new Int32Array(1024);
    this.onext = new Int32Array(1024);
    this.osize = 0;
  }
}
