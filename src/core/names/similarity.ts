/** String similarity measures for name tokens: Jaro-Winkler and an OCR-aware Damerau-Levenshtein. */

/** Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, up to 4 characters). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const range = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  if (la > 64 || lb > 64) return jaroWinklerLong(a, b);
  const ma = MA.fill(0, 0, la);
  const mb = MB.fill(0, 0, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - range);
    const hi = Math.min(lb - 1, i + range);
    const c = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (mb[j] === 0 && b.charCodeAt(j) === c) {
        ma[i] = 1;
        mb[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (ma[i] === 0) continue;
    while (mb[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) t++;
    k++;
  }
  const jaro = (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
  let p = 0;
  while (p < 4 && p < la && p < lb && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return jaro + p * 0.1 * (1 - jaro);
}

const MA = new Uint8Array(64);
const MB = new Uint8Array(64);

function jaroWinklerLong(a: string, b: string): number {
  return jaroWinkler(a.slice(0, 64), b.slice(0, 64));
}

/** Character pairs that scanners and OCR confuse; substituting one for the other costs 0.5. */
const OCR_PAIRS = new Set(['o0', 'il', 'i1', 'l1', 'sz', 'rn', 'uv', 'ce', 'oq', 'bh', 'ec', 'cg', 'mn', 'jy', 'vy', 'ao', 'ei']);

const OCR_COST = new Float64Array(128 * 128).fill(1);
for (const p of OCR_PAIRS) {
  const x = p.charCodeAt(0);
  const y = p.charCodeAt(1);
  OCR_COST[x * 128 + y] = 0.5;
  OCR_COST[y * 128 + x] = 0.5;
}
for (let c = 0; c < 128; c++) OCR_COST[c * 128 + c] = 0;

/**
 * Two letters that OCR reads as one (and the reverse): rn/m (MAJEED read as RNAJEED), cl/d, vv/w.
 * Replacing one by the other costs 0.5 in editDistance.
 */
export const OCR_GLYPHS: ReadonlyArray<readonly [string, string]> = [['rn', 'm'], ['cl', 'd'], ['vv', 'w']];

function isGlyphPair(x: string, y: string, z: string): boolean {
  return (z === 'm' && x === 'r' && y === 'n') || (z === 'd' && x === 'c' && y === 'l') || (z === 'w' && x === 'v' && y === 'v');
}

/** Whether a token has two letters that OCR may have read for one (see OCR_GLYPHS). */
export function hasGlyphPair(t: string): boolean {
  return t.includes('rn') || t.includes('cl') || t.includes('vv');
}

/** The token with OCR two-letter confusions read as the single letter (rnajeed → majeed), for blocking. */
export function ocrFold(t: string): string {
  return hasGlyphPair(t) ? t.replace(/rn/g, 'm').replace(/cl/g, 'd').replace(/vv/g, 'w') : t;
}

function subCost(x: string, y: string): number {
  if (x === y) return 0;
  const a = x.charCodeAt(0);
  const b = y.charCodeAt(0);
  return a < 128 && b < 128 ? OCR_COST[a * 128 + b]! : 1;
}

/**
 * Optimal-string-alignment (Damerau-Levenshtein) distance with cheaper OCR confusions
 * (0/O, 1/I/l, rn/m-like pairs). Returns `max + 1` as soon as the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = 3, glyphs = hasGlyphPair(a) || hasGlyphPair(b)): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  if (lb >= 63) return editDistanceAlloc(a, b, max);
  let prev2 = R0;
  let prev = R1;
  let cur = R2;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = cur[0]!;
    const ai = a[i - 1]!;
    for (let j = 1; j <= lb; j++) {
      const bj = b[j - 1]!;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + subCost(ai, bj));
      if (i > 1 && j > 1 && ai === b[j - 2] && a[i - 2] === bj) v = Math.min(v, prev2[j - 2]! + 1);
      if (glyphs) {
        if (i > 1 && isGlyphPair(a[i - 2]!, ai, bj)) v = Math.min(v, prev2[j - 1]! + 0.5);
        if (j > 1 && isGlyphPair(b[j - 2]!, bj, ai)) v = Math.min(v, prev[j - 2]! + 0.5);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb]!;
}

const R0 = new Float64Array(64);
const R1 = new Float64Array(64);
const R2 = new Float64Array(64);

function editDistanceAlloc(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  let prev2 = new Float64Array(lb + 1);
  let prev = new Float64Array(lb + 1);
  let cur = new Float64Array(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    for (let j = 1; j <= lb; j++) {
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + subCost(a[i - 1]!, b[j - 1]!));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      if (i > 1 && isGlyphPair(a[i - 2]!, a[i - 1]!, b[j - 1]!)) v = Math.min(v, prev2[j - 1]! + 0.5);
      if (j > 1 && isGlyphPair(b[j - 2]!, b[j - 1]!, a[i - 1]!)) v = Math.min(v, prev[j - 2]! + 0.5);
      cur[j] = v;
    }
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[lb]!, max + 1);
}
