/** Synthetic benchmark data: clustered PDQ-like hash banks, queries, and 1-megapixel JPEGs. */
import sharp from 'sharp';

/** Deterministic PRNG (mulberry32), 32-bit unsigned outputs. */
export function rng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function flip(words: Uint32Array, o: number, r: () => number, n: number): void {
  for (let f = 0; f < n; f++) {
    const b = r() & 255;
    words[o + (b >>> 5)]! ^= 1 << (b & 31);
  }
}

/**
 * A bank of n hashes like a real one: about half are singletons; the rest come in families of 2..64
 * near-duplicates of one original (re-encodes, crops, edits: 0..24 bits flipped, a few exact copies).
 */
export function clusteredBank(n: number, seed: number): Uint32Array {
  const r = rng(seed);
  const words = new Uint32Array(n * 8);
  let i = 0;
  while (i < n) {
    const c = i * 8;
    for (let w = 0; w < 8; w++) words[c + w] = r();
    i++;
    if (r() % 2 === 0) continue;
    const size = 1 + (r() % 63);
    for (let k = 0; k < size && i < n; k++, i++) {
      words.copyWithin(i * 8, c, c + 8);
      flip(words, i * 8, r, r() % 10 === 0 ? 0 : r() % 25);
    }
  }
  return words;
}

/** Queries: half near-duplicates of bank hashes (0..30 bits flipped), half unrelated hashes. */
export function queries(bank: Uint32Array, count: number, seed: number): Uint32Array[] {
  const r = rng(seed);
  const n = bank.length / 8;
  const out: Uint32Array[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      const id = r() % n;
      const q = bank.slice(id * 8, id * 8 + 8);
      flip(q, 0, r, r() % 31);
      out.push(q);
    } else out.push(Uint32Array.from({ length: 8 }, () => r()));
  }
  return out;
}

/** A 1000×1000 JPEG (quality 85): gradients, noise and shapes, different for each seed. */
export async function syntheticJpeg(seed: number, size = 1000): Promise<Buffer> {
  const r = rng(seed);
  const px = new Uint8Array(size * size * 3);
  const fx = 1 + (r() % 7), fy = 1 + (r() % 5); // prettier-ignore
  const shapes = Array.from({ length: 6 }, () => ({ x: r() % size, y: r() % size, rad: 40 + (r() % 200), c: [r() & 255, r() & 255, r() & 255] }));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const o = (y * size + x) * 3;
      const noise = (r() & 31) - 16;
      let R = 128 + 100 * Math.sin((x * fx) / 97) + noise;
      let G = (255 * y) / size + noise;
      let B = 128 + 100 * Math.cos(((x + y) * fy) / 131) + noise;
      for (const s of shapes) {
        if ((x - s.x) ** 2 + (y - s.y) ** 2 < s.rad ** 2) [R, G, B] = [s.c[0]! + noise, s.c[1]! + noise, s.c[2]! + noise];
      }
      px[o] = R;
      px[o + 1] = G;
      px[o + 2] = B;
    }
  }
  return sharp(px, { raw: { width: size, height: size, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
}
