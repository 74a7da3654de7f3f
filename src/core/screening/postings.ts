/**
 * Compact inverted index of blocking keys: an open-addressing hash table of 31-bit key hashes and
 * linked posting lists, all in typed arrays (about 8 bytes per posting and 12 per key slot instead of a
 * Map of strings to arrays). Two keys whose hashes collide share one list; that only adds candidates,
 * which are scored in full anyway.
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

/** Posting lists of name ids keyed by blocking-key hashes. */
export class PostingTable {
  private keys = new Int32Array(1024);
  private heads = new Int32Array(1024);
  private counts = new Int32Array(1024);
  private used = 0;
  private vals = new Int32Array(4096);
  private next = new Int32Array(4096);
  private size = 0;

  /** Number of distinct keys. */
  get keyCount(): number {
    return this.used;
  }

  /** Number of postings. */
  get postingCount(): number {
    return this.size;
  }

  /** Appends a name id to a key's list. */
  add(key: string, id: number): void {
    if ((this.used + 1) * 2 > this.keys.length) this.rehash(this.keys.length * 2);
    const h = keyHash(key);
    const mask = this.keys.length - 1;
    let s = h & mask;
    while (this.keys[s] !== 0 && this.keys[s] !== h) s = (s + 1) & mask;
    if (this.keys[s] === 0) {
      this.keys[s] = h;
      this.heads[s] = -1;
      this.used++;
    }
    if (this.size === this.vals.length) {
      const n = Math.ceil(this.size * 1.5);
      const v = new Int32Array(n);
      v.set(this.vals);
      this.vals = v;
      const x = new Int32Array(n);
      x.set(this.next);
      this.next = x;
    }
    this.vals[this.size] = id;
    this.next[this.size] = this.heads[s]!;
    this.heads[s] = this.size++;
    this.counts[s]!++;
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
    return this.counts[slot]!;
  }

  /** First posting of a slot (-1 when empty); walk with nextOf / idOf. */
  head(slot: number): number {
    return this.heads[slot]!;
  }

  nextOf(p: number): number {
    return this.next[p]!;
  }

  idOf(p: number): number {
    return this.vals[p]!;
  }

  /** Length of a key's list (0 when absent). */
  lengthOf(key: string): number {
    const s = this.find(key);
    return s < 0 ? 0 : this.counts[s]!;
  }

  /** Empties the table. */
  clear(): void {
    this.keys = new Int32Array(1024);
    this.heads = new Int32Array(1024);
    this.counts = new Int32Array(1024);
    this.used = 0;
    this.vals = new Int32Array(4096);
    this.next = new Int32Array(4096);
    this.size = 0;
  }

  private rehash(cap: number): void {
    const { keys, heads, counts } = this;
    this.keys = new Int32Array(cap);
    this.heads = new Int32Array(cap);
    this.counts = new Int32Array(cap);
    const mask = cap - 1;
    for (let i = 0; i < keys.length; i++) {
      const h = keys[i]!;
      if (h === 0) continue;
      let s = h & mask;
      while (this.keys[s] !== 0) s = (s + 1) & mask;
      this.keys[s] = h;
      this.heads[s] = heads[i]!;
      this.counts[s] = counts[i]!;
    }
  }
}
