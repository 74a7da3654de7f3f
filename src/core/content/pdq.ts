/**
 * PDQ perceptual hash (Meta's ThreatExchange PDQ), full-size pipeline, bit-exact with the C++
 * reference: float32 arithmetic throughout (every float operation is rounded with Math.fround or by
 * storing into a Float32Array; double rounding is harmless for + − × ÷ of float32 operands).
 *
 * Steps: luma 0.299R+0.587G+0.114B → Jarosz tent filter (two passes of box filters along rows then
 * columns, window ceil(dim/128)), skipped for exactly 64×64 → decimation to 64×64 at pixel centres →
 * quality from neighbour gradients → 16×16 DCT coefficients (rows 1..16) → bit set when the
 * coefficient is above the median (the 128th smallest). Images under 5 px on a side hash to zero with
 * quality 0.
 */
import { bytesToHex } from './hash256.ts';

/** A PDQ hash: 32 bytes (big-endian, as printed), its hex form and the quality 0..100. */
export interface PdqResult {
  hash: Uint8Array;
  hex: string;
  quality: number;
}

/** The eight dihedral variants, all computed from one DCT of the original image. */
export type DihedralName = 'orig' | 'rot90' | 'rot180' | 'rot270' | 'flipx' | 'flipy' | 'flipplus1' | 'flipminus1';
/** Names of the dihedral variants, in the reference's order. */
export const DIHEDRAL_NAMES: readonly DihedralName[] = ['orig', 'rot90', 'rot180', 'rot270', 'flipx', 'flipy', 'flipplus1', 'flipminus1'];

/** Dihedral hashes of one image: quality plus one hash per variant. */
export interface PdqDihedralResult {
  quality: number;
  hashes: Record<DihedralName, { hash: Uint8Array; hex: string }>;
}

/** Input raster: interleaved 8-bit samples, `channels` per pixel (R, G, B first), row-major. */
export interface RgbRaster {
  data: Uint8Array;
  width: number;
  height: number;
  /** Samples per pixel (3 for RGB, 4 for RGBA whose alpha is ignored); default 3. */
  channels?: number;
}

/** Below this many pixels on either side, the hash is zero and the quality 0. */
export const MIN_HASHABLE_DIM = 5;
/** Hashes of quality below this are kept but never matched. */
export const MIN_MATCH_QUALITY = 50;
/** The reference match threshold (inclusive Hamming distance). */
export const DEFAULT_MATCH_DISTANCE = 31;

const fr = Math.fround;
const LUMA_R = new Float32Array(256);
const LUMA_G = new Float32Array(256);
const LUMA_B = new Float32Array(256);
{
  const cr = fr(0.299);
  const cg = fr(0.587);
  const cb = fr(0.114);
  for (let v = 0; v < 256; v++) {
    LUMA_R[v] = cr * v; // products of a float and an 8-bit integer are exact in double; the store rounds
    LUMA_G[v] = cg * v;
    LUMA_B[v] = cb * v;
  }
}

/** DCT matrix, 16 rows × 64 columns: float(float(sqrt(2/64)) · cos(π/128 · (i+1)(2j+1))). */
const DCT = new Float32Array(16 * 64);
{
  const scale = fr(Math.sqrt(2 / 64));
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) DCT[i * 64 + j] = scale * Math.cos((Math.PI / 2 / 64) * (i + 1) * (2 * j + 1));
  }
}

function lumaFromRaster(r: RgbRaster): Float32Array {
  const { data, width, height } = r;
  const ch = r.channels ?? 3;
  const n = width * height;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new RangeError(`invalid raster size ${width}x${height}`);
  }
  if (ch < 3 || data.length < n * ch) throw new RangeError(`raster needs ${n * ch} bytes (${ch} per pixel), got ${data.length}`);
  const luma = new Float32Array(n);
  for (let k = 0, p = 0; k < n; k++, p += ch) {
    luma[k] = fr(LUMA_R[data[p]!]! + LUMA_G[data[p + 1]!]!) + LUMA_B[data[p + 2]!]!;
  }
  return luma;
}

/** Window of the Jarosz filter for one axis: ceil(dim / 128). */
function jaroszWindow(dim: number): number {
  return Math.floor((dim + 2 * 64 - 1) / (2 * 64));
}

/**
 * Box filter of window `w` along one vector of `len` samples (`stride` apart, starting at `o`),
 * exactly the reference's four phases and float32 operation order.
 */
function box1(inp: Float32Array, out: Float32Array, o: number, len: number, stride: number, w: number): void {
  const half = (w + 2) >> 1;
  let ri = o;
  let li = o;
  let oi = o;
  let sum = 0;
  let cws = 0;
  for (let i = 0; i < half - 1; i++, ri += stride) { sum = fr(sum + inp[ri]!); cws++; }
  for (let i = 0; i < w - half + 1; i++, ri += stride, oi += stride) { sum = fr(sum + inp[ri]!); cws++; out[oi] = sum / cws; }
  for (let i = 0; i < len - w; i++, ri += stride, li += stride, oi += stride) {
    sum = fr(fr(sum + inp[ri]!) - inp[li]!);
    out[oi] = sum / cws;
  }
  for (let i = 0; i < half - 1; i++, li += stride, oi += stride) { sum = fr(sum - inp[li]!); cws--; out[oi] = sum / cws; }
}

/**
 * Four independent vectors at once (lanes at o, o+d, o+2d, o+3d): the same operations as box1 on
 * each, interleaved so the four float dependency chains run in parallel (about 2.5× faster).
 */
function box4(inp: Float32Array, out: Float32Array, o: number, d: number, len: number, stride: number, w: number): void {
  const half = (w + 2) >> 1;
  const d2 = 2 * d;
  const d3 = 3 * d;
  let ri = o;
  let li = o;
  let oi = o;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0; // prettier-ignore
  let cws = 0;
  for (let i = 0; i < half - 1; i++, ri += stride) {
    s0 = fr(s0 + inp[ri]!); s1 = fr(s1 + inp[ri + d]!); s2 = fr(s2 + inp[ri + d2]!); s3 = fr(s3 + inp[ri + d3]!);
    cws++;
  }
  for (let i = 0; i < w - half + 1; i++, ri += stride, oi += stride) {
    s0 = fr(s0 + inp[ri]!); s1 = fr(s1 + inp[ri + d]!); s2 = fr(s2 + inp[ri + d2]!); s3 = fr(s3 + inp[ri + d3]!);
    cws++;
    out[oi] = s0 / cws; out[oi + d] = s1 / cws; out[oi + d2] = s2 / cws; out[oi + d3] = s3 / cws;
  }
  for (let i = 0; i < len - w; i++, ri += stride, li += stride, oi += stride) {
    s0 = fr(fr(s0 + inp[ri]!) - inp[li]!);
    s1 = fr(fr(s1 + inp[ri + d]!) - inp[li + d]!);
    s2 = fr(fr(s2 + inp[ri + d2]!) - inp[li + d2]!);
    s3 = fr(fr(s3 + inp[ri + d3]!) - inp[li + d3]!);
    out[oi] = s0 / cws; out[oi + d] = s1 / cws; out[oi + d2] = s2 / cws; out[oi + d3] = s3 / cws;
  }
  for (let i = 0; i < half - 1; i++, li += stride, oi += stride) {
    s0 = fr(s0 - inp[li]!); s1 = fr(s1 - inp[li + d]!); s2 = fr(s2 - inp[li + d2]!); s3 = fr(s3 - inp[li + d3]!);
    cws--;
    out[oi] = s0 / cws; out[oi + d] = s1 / cws; out[oi + d2] = s2 / cws; out[oi + d3] = s3 / cws;
  }
}

/** Box filter along every row (rows four at a time). */
function boxAlongRows(inp: Float32Array, out: Float32Array, rows: number, cols: number, w: number): void {
  let r = 0;
  for (; r + 4 <= rows; r += 4) box4(inp, out, r * cols, cols, cols, 1, w);
  for (; r < rows; r++) box1(inp, out, r * cols, cols, 1, w);
}

/** Box filter along the given columns, or along every column (adjacent columns four at a time). */
function boxAlongCols(inp: Float32Array, out: Float32Array, rows: number, cols: number, w: number, only?: Int32Array): void {
  if (only) {
    for (let k = 0; k < only.length; k++) box1(inp, out, only[k]!, rows, cols, w);
    return;
  }
  let j = 0;
  for (; j + 4 <= cols; j += 4) box4(inp, out, j, 1, rows, cols, w);
  for (; j < cols; j++) box1(inp, out, j, rows, cols, w);
}

/** Sample positions of the decimation: floor((i + 0.5) · dim / 64). */
function samplePositions(dim: number): Int32Array {
  const out = new Int32Array(64);
  for (let i = 0; i < 64; i++) out[i] = Math.floor(((i + 0.5) * dim) / 64);
  return out;
}

/** Blur (unless skipped at exactly 64×64) and decimate the luma plane to 64×64. */
function downsample64(luma: Float32Array, rows: number, cols: number, skipAt64: boolean): Float32Array {
  const out = new Float32Array(64 * 64);
  if (skipAt64 && rows === 64 && cols === 64) {
    out.set(luma);
    return out;
  }
  const wRows = jaroszWindow(cols); // window along rows depends on the number of columns
  const wCols = jaroszWindow(rows);
  const tmp = new Float32Array(rows * cols);
  const si = samplePositions(rows);
  const sj = samplePositions(cols);
  const uniqueCols = Int32Array.from(new Set(sj));
  boxAlongRows(luma, tmp, rows, cols, wRows);
  boxAlongCols(tmp, luma, rows, cols, wCols);
  boxAlongRows(luma, tmp, rows, cols, wRows);
  // Only the sampled columns of the last pass are read: the other columns need not be filtered.
  boxAlongCols(tmp, luma, rows, cols, wCols, uniqueCols);
  for (let oi = 0; oi < 64; oi++) {
    const base = si[oi]! * cols;
    for (let oj = 0; oj < 64; oj++) out[oi * 64 + oj] = luma[base + sj[oj]!]!;
  }
  return out;
}

/** Quality 0..100 from the gradients of the 64×64 downsample (integer arithmetic as the reference). */
function quality64(a: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < 63; i++) {
    for (let j = 0; j < 64; j++) {
      const d = Math.trunc(fr(fr(fr(a[i * 64 + j]! - a[(i + 1) * 64 + j]!) * 100) / 255));
      sum += Math.abs(d);
    }
  }
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 63; j++) {
      const d = Math.trunc(fr(fr(fr(a[i * 64 + j]! - a[i * 64 + j + 1]!) * 100) / 255));
      sum += Math.abs(d);
    }
  }
  return Math.min(100, Math.floor(sum / 90));
}

/** 16×16 DCT coefficients B = D·A·Dᵀ with sequential float32 accumulation. */
function dct64To16(a: Float32Array): Float32Array {
  const t = new Float32Array(16 * 64);
  for (let i = 0; i < 16; i++) {
    const di = i * 64;
    for (let j = 0; j < 64; j++) {
      let s = 0;
      for (let k = 0; k < 64; k++) s = fr(s + fr(DCT[di + k]! * a[k * 64 + j]!));
      t[di + j] = s;
    }
  }
  const b = new Float32Array(16 * 16);
  for (let i = 0; i < 16; i++) {
    const ti = i * 64;
    for (let j = 0; j < 16; j++) {
      const dj = j * 64;
      let s = 0;
      for (let k = 0; k < 64; k++) s = fr(s + fr(t[ti + k]! * DCT[dj + k]!));
      b[i * 16 + j] = s;
    }
  }
  return b;
}

/** Bits above the median (128th smallest) of the 16×16 coefficients; bit i·16+j → bytes big-endian. */
function coefficientsToBytes(b: Float32Array): Uint8Array {
  const sorted = Float32Array.from(b).sort();
  const median = sorted[127]!;
  const out = new Uint8Array(32);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      if (b[i * 16 + j]! > median) {
        // 16-bit word i is printed at position 15 − i; its high byte holds columns 8..15.
        const byte = 2 * (15 - i) + (j < 8 ? 1 : 0);
        out[byte]! |= 1 << (j & 7);
      }
    }
  }
  return out;
}

// The reference's single-hash path skips the blur for exactly 64×64 input; its dihedral path does not.
function coefficients(r: RgbRaster, skipAt64: boolean): { coeffs: Float32Array; quality: number } | null {
  const luma = lumaFromRaster(r);
  if (r.height < MIN_HASHABLE_DIM || r.width < MIN_HASHABLE_DIM) return null;
  const a = downsample64(luma, r.height, r.width, skipAt64);
  return { coeffs: dct64To16(a), quality: quality64(a) };
}

/** PDQ hash and quality of an RGB(A) raster, bit-exact with the reference (full-size pipeline). */
export function pdqHash(raster: RgbRaster): PdqResult {
  const c = coefficients(raster, true);
  const hash = c ? coefficientsToBytes(c.coeffs) : new Uint8Array(32);
  return { hash, hex: bytesToHex(hash), quality: c ? c.quality : 0 };
}

/** Variant transforms of the 16×16 DCT: [transpose, sign rule(i, j) → negate?]. */
const DIHEDRAL: Record<DihedralName, [boolean, (i: number, j: number) => boolean]> = {
  orig: [false, () => false],
  rot90: [true, (_i, j) => (j & 1) === 0],
  rot180: [false, (i, j) => ((i + j) & 1) === 1],
  rot270: [true, (i) => (i & 1) === 0],
  flipx: [false, (i) => (i & 1) === 0],
  flipy: [false, (_i, j) => (j & 1) === 0],
  flipplus1: [true, () => false],
  flipminus1: [true, (i, j) => ((i + j) & 1) === 1],
};

/** The eight dihedral hashes (rotations and flips) of a raster, from one DCT as the reference does. */
export function pdqDihedralHashes(raster: RgbRaster): PdqDihedralResult {
  const c = coefficients(raster, false);
  const hashes = {} as PdqDihedralResult['hashes'];
  for (const name of DIHEDRAL_NAMES) {
    let hash: Uint8Array;
    if (!c) hash = new Uint8Array(32);
    else {
      const [xpose, negate] = DIHEDRAL[name];
      const v = new Float32Array(256);
      for (let i = 0; i < 16; i++) {
        for (let j = 0; j < 16; j++) {
          const x = c.coeffs[i * 16 + j]!;
          v[xpose ? j * 16 + i : i * 16 + j] = negate(i, j) ? -x : x;
        }
      }
      hash = coefficientsToBytes(v);
    }
    hashes[name] = { hash, hex: bytesToHex(hash) };
  }
  return { quality: c ? c.quality : 0, hashes };
}
