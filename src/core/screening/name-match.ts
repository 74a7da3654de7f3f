/**
 * Order-free alignment of two names' tokens and the name score: weighted coverage of both names by
 * the aligned tokens, with compound tokens (Abdulrahman ↔ Abdul Rahman), initials and particles.
 */
import { compareTokens, prepareToken, type NameToken, type PreparedName, type TokenMatch } from '../names/tokens.ts';
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

interface Pair { i: number; j: number; sim: number; how: TokenMatch }

const SHORTER_SIDE = 0.7;

/**
 * Compares a traveller's name (q) with one listed name (e); an Arabic-script name is compared under
 * both its Arabic and Persian readings (PreparedName.alt) and the better one counts.
 */
export function matchNames(q: PreparedName, e: PreparedName, weight: TokenWeight = uniformWeight): NameMatch {
  let best = matchOne(q, e, weight);
  if (q.alt) best = better(best, matchOne(q.alt, e, weight));
  if (e.alt) {
    best = better(best, matchOne(q, e.alt, weight));
    if (q.alt) best = better(best, matchOne(q.alt, e.alt, weight));
  }
  return best;
}

function better(a: NameMatch, b: NameMatch): NameMatch {
  return b.score > a.score ? b : a;
}

function matchOne(q: PreparedName, e: PreparedName, weight: TokenWeight): NameMatch {
  const qt = q.tokens;
  const et = e.tokens;
  const nonLatin = q.nonLatin !== e.nonLatin;
  const pairs: Pair[] = [];
  for (let i = 0; i < qt.length; i++) {
    for (let j = 0; j < et.length; j++) {
      const [sim, how] = compareTokens(qt[i]!, et[j]!, nonLatin);
      if (sim > 0) pairs.push({ i, j, sim, how });
    }
  }
  pairs.sort((a, b) => b.sim - a.sim || Math.abs(a.i - a.j) - Math.abs(b.i - b.j));
  const qUsed = new Int8Array(qt.length);
  const eUsed = new Int8Array(et.length);
  const qGain = new Float64Array(qt.length);
  const eGain = new Float64Array(et.length);
  const aligned: TokenAlignment[] = [];
  for (const p of pairs) {
    if (qUsed[p.i] || eUsed[p.j]) continue;
    qUsed[p.i] = 1;
    eUsed[p.j] = 1;
    const a = qt[p.i]!;
    const b = et[p.j]!;
    qGain[p.i] = p.how === 'initial' && b.initial && !a.initial ? 0.5 : p.sim;
    eGain[p.j] = p.how === 'initial' && a.initial && !b.initial ? 0.5 : p.sim;
    aligned.push({ query: a.t, entry: b.t, how: p.how, similarity: round(p.sim) });
  }
  // compounds: an unmatched token against two adjacent unmatched tokens of the other name
  compound(qt, et, qUsed, eUsed, qGain, eGain, aligned, nonLatin, false);
  compound(et, qt, eUsed, qUsed, eGain, qGain, aligned, nonLatin, true);

  let qw = 0, qs = 0, ew = 0, es = 0;
  let strong = 0;
  for (let i = 0; i < qt.length; i++) {
    const w = weight(qt[i]!);
    qw += w;
    qs += w * qGain[i]!;
    if (qUsed[i] && !qt[i]!.particle && !qt[i]!.initial) strong++;
  }
  for (let j = 0; j < et.length; j++) {
    const w = weight(et[j]!);
    ew += w;
    es += w * eGain[j]!;
  }
  const covQ = qw > 0 ? qs / qw : 0;
  const covE = ew > 0 ? es / ew : 0;
  const qn = qt.filter((t) => !t.particle).length;
  const en = et.filter((t) => !t.particle).length;
  // the shorter name's coverage matters most: a missing middle name is normal, a wrong one is not
  const [short, long] = qn <= en ? [covQ, covE] : [covE, covQ];
  let score = SHORTER_SIDE * short + (1 - SHORTER_SIDE) * long;
  // one matching token is not enough when either name has several
  if (strong < 2 && Math.max(qn, en) >= 2) score *= 0.72;
  return {
    score: round(score),
    tokens: aligned,
    unmatchedQuery: qt.filter((_, i) => !qUsed[i]).map((t) => t.t),
    unmatchedEntry: et.filter((_, j) => !eUsed[j]).map((t) => t.t),
  };
}

function compound(
  a: NameToken[], b: NameToken[], aUsed: Int8Array, bUsed: Int8Array, aGain: Float64Array, bGain: Float64Array,
  aligned: TokenAlignment[], nonLatin: boolean, swapped: boolean,
): void {
  for (let i = 0; i < a.length; i++) {
    if (aUsed[i] || a[i]!.initial) continue;
    for (let j = 0; j + 1 < b.length; j++) {
      const partial = bUsed[j] && bUsed[j + 1];
      if (partial) continue;
      const mergedLen = b[j]!.t.length + b[j + 1]!.t.length;
      if (Math.abs(mergedLen - a[i]!.t.length) > 3 || a[i]!.t[0] !== b[j]!.t[0] && !nonLatin) continue;
      const merged = prepareToken(b[j]!.t + b[j + 1]!.t);
      const [sim] = compareTokens(a[i]!, merged, nonLatin);
      if (sim < 0.85) continue;
      // a half of the compound may already be matched weakly (particle); take it over
      aUsed[i] = 1;
      bUsed[j] = 1;
      bUsed[j + 1] = 1;
      aGain[i] = sim;
      bGain[j] = sim;
      bGain[j + 1] = sim;
      const joined = b[j]!.t + ' ' + b[j + 1]!.t;
      aligned.push(swapped ? { query: joined, entry: a[i]!.t, how: 'compound', similarity: round(sim) } : { query: a[i]!.t, entry: joined, how: 'compound', similarity: round(sim) });
      break;
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
