/**
 * Order-free alignment of two names' tokens and the name score: weighted coverage of both names by
 * the aligned tokens, with compound tokens (Abdulrahman ↔ Abdul Rahman), initials and particles.
 */
import { ABD_SHORT } from '../names/normalize.ts';
import { lastTokenMatch, prepareToken, tokenSimilarity, type NameToken, type PreparedName, type ScriptSide, type TokenMatch } from '../names/tokens.ts';
import { editDistance, jaroWinkler } from '../names/similarity.ts';
import type { TokenAlignment } from './types.ts';

/** Weight of a token (rarer tokens weigh more); the index supplies one from its frequencies. */
export type TokenWeight = (t: NameToken) => number;

/** Default weights: particles and initials count little, every other token 1. */
export const uniformWeight: TokenWeight = (t) => (t.particle ? 0.2 : t.initial ? 0.3 : 1);

/** Result of comparing two names. */
export interface NameMatch {
  score: number;
  tokens: TokenAlignment[];
  unmatchedQuery: string[];
  unmatchedEntry: string[];
}

const SHORTER_SIDE = 0.7;

/**
 * Compares a traveller's name (q) with one listed name (e); an Arabic-script name is compared under
 * both its Arabic and Persian readings (PreparedName.alt) and the better one counts.
 */
export function matchNames(q: PreparedName, e: PreparedName, weight: TokenWeight = uniformWeight): NameMatch {
  const [qq, ee] = bestReadings(q, e, weight);
  return matchOne(qq, ee, weight, true);
}

/** The name score of matchNames without the alignment (allocates nothing; the screening hot path). */
export function nameScore(q: PreparedName, e: PreparedName, weight: TokenWeight = uniformWeight): number {
  let best = matchOne(q, e, weight, false).score;
  if (q.alt) best = Math.max(best, matchOne(q.alt, e, weight, false).score);
  if (e.alt) {
    best = Math.max(best, matchOne(q, e.alt, weight, false).score);
    if (q.alt) best = Math.max(best, matchOne(q.alt, e.alt, weight, false).score);
  }
  return best;
}

/** The pair of readings (Arabic or Persian, see PreparedName.alt) that scores best, first on ties. */
function bestReadings(q: PreparedName, e: PreparedName, weight: TokenWeight): [PreparedName, PreparedName] {
  let best: [PreparedName, PreparedName] = [q, e];
  if (!q.alt && !e.alt) return best;
  let s = matchOne(q, e, weight, false).score;
  for (const [a, b] of [[q.alt, e], [q, e.alt], [q.alt, e.alt]] as const) {
    if (!a || !b) continue;
    const x = matchOne(a, b, weight, false).score;
    if (x > s) {
      s = x;
      best = [a, b];
    }
  }
  return best;
}

// scratch space of matchOne (names rarely have more than a few tokens; grown when needed)
let P_SIM = new Float64Array(256);
let P_IJ = new Int32Array(256);
let P_HOW: TokenMatch[] = [];
let P_ORD = new Int32Array(256);
let USED_Q = new Int8Array(64);
let USED_E = new Int8Array(64);
let GAIN_Q = new Float64Array(64);
let GAIN_E = new Float64Array(64);
let PART_Q = new Int32Array(64);
let PART_E = new Int32Array(64);
const NO_ALIGN: TokenAlignment[] = [];
const NONE: string[] = [];

function matchOne(q: PreparedName, e: PreparedName, weight: TokenWeight, explain: boolean): NameMatch {
  const qt = q.tokens;
  const et = e.tokens;
  const nq = qt.length;
  const ne = et.length;
  // which side is a name romanised from another script (see ScriptSide)
  // (known only for Arabic and Hebrew script, whose romanisations lack the short vowels; Cyrillic and
  // Greek ones write every vowel)
  const nonLatin: ScriptSide = q.nonLatin === e.nonLatin ? false : q.nonLatin ? (q.abjad ? 'a' : true) : e.abjad ? 'b' : true;
  if (nq * ne > P_SIM.length) {
    P_SIM = new Float64Array(nq * ne * 2);
    P_IJ = new Int32Array(nq * ne * 2);
    P_ORD = new Int32Array(nq * ne * 2);
  }
  if (Math.max(nq, ne) > USED_Q.length) {
    const m = Math.max(nq, ne) * 2;
    USED_Q = new Int8Array(m);
    USED_E = new Int8Array(m);
    GAIN_Q = new Float64Array(m);
    GAIN_E = new Float64Array(m);
    PART_Q = new Int32Array(m);
    PART_E = new Int32Array(m);
  }
  // token pairs that match, best first (then nearest in position; stable)
  let np = 0;
  for (let i = 0; i < nq; i++) {
    for (let j = 0; j < ne; j++) {
      const sim = tokenSimilarity(qt[i]!, et[j]!, nonLatin);
      if (sim <= 0) continue;
      P_SIM[np] = sim;
      P_IJ[np] = i * 65536 + j;
      P_HOW[np] = lastTokenMatch();
      let x = np++;
      const d = Math.abs(i - j);
      while (x > 0) {
        const o = P_ORD[x - 1]!;
        const so = P_SIM[o]!;
        if (so > sim || (so === sim && Math.abs((P_IJ[o]! >> 16) - (P_IJ[o]! & 65535)) <= d)) break;
        P_ORD[x] = o;
        x--;
      }
      P_ORD[x] = np - 1;
    }
  }
  const qUsed = USED_Q.fill(0, 0, nq);
  const eUsed = USED_E.fill(0, 0, ne);
  const qGain = GAIN_Q.fill(0, 0, nq);
  const eGain = GAIN_E.fill(0, 0, ne);
  // the token each one is aligned with (a weak match may give way to a compound)
  const qPart = PART_Q.fill(-1, 0, nq);
  const ePart = PART_E.fill(-1, 0, ne);
  const aligned: TokenAlignment[] = explain ? [] : NO_ALIGN;
  for (let x = 0; x < np; x++) {
    const p = P_ORD[x]!;
    const pi = P_IJ[p]! >> 16;
    const pj = P_IJ[p]! & 65535;
    if (qUsed[pi] || eUsed[pj]) continue;
    qUsed[pi] = 1;
    eUsed[pj] = 1;
    qPart[pi] = pj;
    ePart[pj] = pi;
    const a = qt[pi]!;
    const b = et[pj]!;
    const sim = P_SIM[p]!;
    const how = P_HOW[p]!;
    // the fuller side of an initial (M ↔ Mohamed) or short form (Abdul ↔ Abdulrahman) is half covered
    qGain[pi] = (how === 'initial' && b.initial && !a.initial) || (how === 'short' && b.t.length < a.t.length) ? 0.5 : sim;
    eGain[pj] = (how === 'initial' && a.initial && !b.initial) || (how === 'short' && a.t.length < b.t.length) ? 0.5 : sim;
    if (explain) aligned.push({ query: a.t, entry: b.t, how, similarity: round(sim) });
  }
  // compounds: an unmatched token against two adjacent unmatched tokens of the other name
  compound(qt, et, qUsed, eUsed, qGain, eGain, qPart, aligned, nonLatin, false, explain);
  compound(et, qt, eUsed, qUsed, eGain, qGain, ePart, aligned, nonLatin === 'a' ? 'b' : nonLatin === 'b' ? 'a' : nonLatin, true, explain);

  // a title dropped from the front of one name (Sheikh) is the same word left in the other (EL SHEIKH)
  let strong = titleMatches(q.titles, et, eUsed, eGain, aligned, false, explain) + titleMatches(e.titles, qt, qUsed, qGain, aligned, true, explain);
  // a title both names carry (Shaykh AL-HAMIDAWI, Shaykh 'Adnan AL-HAMIDAWI) supports the other tokens
  if (q.titles && e.titles && q.titles.some((t) => e.titles!.includes(t))) strong++;
  // one garbled token left on each side of two longer names (Sami Ben hemams ESSID for Khemais) is
  // partly the same word; it covers a part of both but is no support of its own
  if (nq >= 3 && ne >= 3) strong -= residualPair(qt, et, qUsed, eUsed, qGain, eGain, aligned, explain);
  let qw = 0, qs = 0, ew = 0, es = 0;
  let qn = 0, en = 0;
  for (let i = 0; i < nq; i++) {
    const t = qt[i]!;
    const w = weight(t);
    qw += w;
    qs += w * qGain[i]!;
    if (qUsed[i] && !t.particle && !t.initial) strong++;
    if (!t.particle) qn++;
  }
  for (let j = 0; j < ne; j++) {
    const t = et[j]!;
    const w = weight(t);
    ew += w;
    es += w * eGain[j]!;
    if (!t.particle) en++;
  }
  const covQ = qw > 0 ? qs / qw : 0;
  const covE = ew > 0 ? es / ew : 0;
  // the shorter name's coverage matters most: a missing middle name is normal, a wrong one is not
  const [short, long] = qn <= en ? [covQ, covE] : [covE, covQ];
  let score = SHORTER_SIDE * short + (1 - SHORTER_SIDE) * long;
  // one matching token is not enough when either name has several
  if (strong < 2 && Math.max(qn, en) >= 2) score *= 0.72;
  if (!explain) return { score: round(score), tokens: NO_ALIGN, unmatchedQuery: NONE, unmatchedEntry: NONE };
  return {
    score: round(score),
    tokens: aligned,
    unmatchedQuery: qt.filter((_, i) => !qUsed[i]).map((t) => t.t),
    unmatchedEntry: et.filter((_, j) => !eUsed[j]).map((t) => t.t),
  };
}

/** Gain of a residual pair (see matchOne); 1 when one was credited, else 0. */
const RESIDUAL_GAIN = 0.6;

function residualPair(
  q: NameToken[], e: NameToken[], qUsed: Int8Array, eUsed: Int8Array, qGain: Float64Array, eGain: Float64Array,
  aligned: TokenAlignment[], explain: boolean,
): number {
  const i = onlyUnmatched(q, qUsed);
  const j = i >= 0 ? onlyUnmatched(e, eUsed) : -1;
  if (j < 0) return 0;
  const a = q[i]!.t;
  const b = e[j]!.t;
  const minLen = Math.min(a.length, b.length);
  // alike (Hemams, Khemais), or one slip apart in a short one (Ati for Tai, I1 for Il)
  if (!((minLen >= 4 && jaroWinkler(a, b) >= 0.8) || (minLen >= 2 && editDistance(a, b, 1) <= 1))) return 0;
  qUsed[i] = 1;
  eUsed[j] = 1;
  qGain[i] = RESIDUAL_GAIN;
  eGain[j] = RESIDUAL_GAIN;
  if (explain) aligned.push({ query: a, entry: b, how: 'fuzzy', similarity: RESIDUAL_GAIN });
  return 1;
}

/** The index of the only unmatched token that is not a particle or an initial, or -1. */
function onlyUnmatched(t: NameToken[], used: Int8Array): number {
  let k = -1;
  for (let i = 0; i < t.length; i++) {
    if (used[i] || t[i]!.particle || t[i]!.initial) continue;
    if (k >= 0) return -1;
    k = i;
  }
  return k;
}

function titleMatches(
  titles: readonly string[] | undefined, b: NameToken[], bUsed: Int8Array, bGain: Float64Array, aligned: TokenAlignment[],
  swapped: boolean, explain: boolean,
): number {
  if (!titles) return 0;
  let n = 0;
  for (let j = 0; j < b.length; j++) {
    if (bUsed[j] || !titles.includes(b[j]!.t)) continue;
    bUsed[j] = 1;
    bGain[j] = 1;
    if (!b[j]!.particle) n++;
    if (explain) aligned.push({ query: b[j]!.t, entry: b[j]!.t, how: 'exact', similarity: 1 });
  }
  return swapped ? 0 : n;
}

function compound(
  a: NameToken[], b: NameToken[], aUsed: Int8Array, bUsed: Int8Array, aGain: Float64Array, bGain: Float64Array,
  aPart: Int32Array, aligned: TokenAlignment[], nonLatin: ScriptSide, swapped: boolean, explain: boolean,
): void {
  for (let i = 0; i < a.length; i++) {
    // a token matched only loosely to one half (Mohammad ~ Mohammadbagher, fuzzy) may still be the compound
    if ((aUsed[i] && aGain[i]! >= 0.85) || a[i]!.initial) continue;
    const part = aUsed[i] ? aPart[i]! : -1;
    for (let j = 0; j + 1 < b.length; j++) {
      if (part >= 0 && part !== j && part !== j + 1) continue;
      // a half of the compound may already be matched, but only as a particle (al, abu) or to this
      // token; a token matched on its own is not counted twice (Aasi Yaf is not Aasi + Yusuf)
      if ((bUsed[j] && !b[j]!.particle && part !== j) || (bUsed[j + 1] && !b[j + 1]!.particle && part !== j + 1)) continue;
      // an article before another word is that word's (عوضية الصفار is not Adel)
      if (j + 2 < b.length && (b[j + 1]!.t === 'al' || b[j + 1]!.t === 'el')) continue;
      // a particle matched on its own joins only a compound that reads closely like the token (Ben
      // Hassine ~ بنحسين, not Abou Seye ~ Abu Abbas)
      const reused = (bUsed[j] && part !== j) || (bUsed[j + 1] && part !== j + 1);
      // "Abdul" + a word it did not join (a typo in it: Abdul Muhstin) joins here as an Abd- compound
      const head = b[j]!.t === ABD_SHORT ? 'abd' : b[j]!.t;
      const mergedLen = head.length + b[j + 1]!.t.length;
      if (Math.abs(mergedLen - a[i]!.t.length) > 3 || a[i]!.t[0] !== head[0] && !nonLatin && !(a[i]!.ea && b[j]!.ea)) continue;
      const merged = prepareToken(head + b[j + 1]!.t);
      const sim = tokenSimilarity(a[i]!, merged, nonLatin);
      // the joined halves must read like the token; an article guessed inside the join does not count
      if (sim < (reused ? 0.9 : 0.85) || lastTokenMatch() === 'particle' || sim <= aGain[i]!) continue;
      if (part >= 0 && explain) {
        const k = aligned.findIndex((x) => (swapped ? x.entry === a[i]!.t && x.query === b[part]!.t : x.query === a[i]!.t && x.entry === b[part]!.t));
        if (k >= 0) aligned.splice(k, 1);
      }
      // a half of the compound may already be matched weakly (particle); take it over
      aUsed[i] = 1;
      bUsed[j] = 1;
      bUsed[j + 1] = 1;
      aGain[i] = sim;
      bGain[j] = sim;
      bGain[j + 1] = sim;
      if (!explain) break;
      const joined = b[j]!.t + ' ' + b[j + 1]!.t;
      aligned.push(swapped ? { query: joined, entry: a[i]!.t, how: 'compound', similarity: round(sim) } : { query: a[i]!.t, entry: joined, how: 'compound', similarity: round(sim) });
      break;
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
