/**
 * The two estimators of a programme's effect on one municipality, against comparison municipalities.
 * Series are aligned: index t is the same period for every unit; `post[t]` says whether period t is
 * after the intervention.
 *
 * - Difference in differences (2×2): (treated after − treated before) − (comparison after − comparison
 *   before), each "before/after" the mean over the periods, the comparison the mean of its units.
 * - Synthetic control (outcome-only): the convex combination of comparison municipalities whose
 *   pre-period series is closest to the treated one (least squares over the simplex, simplex.ts);
 *   the effect is the mean gap treated − synthetic after the intervention. Pre-period fit is shown as
 *   RMSPE (root mean squared prediction error).
 */
import { simplexLeastSquares, type SimplexFit } from './simplex.ts';

const mean = (xs: number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN);
const pick = (xs: number[], post: boolean[], after: boolean) => xs.filter((_, t) => post[t] === after);

export interface DidResult {
  treatedBefore: number;
  treatedAfter: number;
  comparisonBefore: number;
  comparisonAfter: number;
  /** The comparison mean in each period (for the chart). */
  comparisonSeries: number[];
  effect: number;
}

/** Difference in differences of the treated series against the mean of the comparison series. */
export function differenceInDifferences(treated: number[], comparison: number[][], post: boolean[]): DidResult {
  if (comparison.length === 0) throw new Error('no comparison units');
  const comparisonSeries = treated.map((_, t) => mean(comparison.map((c) => c[t]!)));
  const treatedBefore = mean(pick(treated, post, false));
  const treatedAfter = mean(pick(treated, post, true));
  const comparisonBefore = mean(pick(comparisonSeries, post, false));
  const comparisonAfter = mean(pick(comparisonSeries, post, true));
  return { treatedBefore, treatedAfter, comparisonBefore, comparisonAfter, comparisonSeries, effect: treatedAfter - treatedBefore - (comparisonAfter - comparisonBefore) };
}

export interface SynthResult {
  weights: number[];
  synthetic: number[];
  /** treated − synthetic per period. */
  gaps: number[];
  preRmspe: number;
  postRmspe: number;
  /** postRmspe / preRmspe (Infinity when the pre-period fit is exact and the post gap is not). */
  ratio: number;
  /** Mean gap after the intervention. */
  effect: number;
  fit: SimplexFit;
}

const rmspe = (gaps: number[]): number => Math.sqrt(mean(gaps.map((g) => g * g)));

/** The synthetic control of the treated series from the donors' pre-period series. */
export function syntheticControl(treated: number[], donors: number[][], post: boolean[]): SynthResult {
  if (donors.length === 0) throw new Error('no donors');
  const pre = post.map((p, t) => (p ? -1 : t)).filter((t) => t >= 0);
  const fit = simplexLeastSquares(
    donors.map((d) => pre.map((t) => d[t]!)),
    pre.map((t) => treated[t]!),
  );
  const synthetic = treated.map((_, t) => donors.reduce((s, d, j) => s + fit.weights[j]! * d[t]!, 0));
  const gaps = treated.map((v, t) => v - synthetic[t]!);
  const preRmspe = rmspe(pick(gaps, post, false));
  const postRmspe = rmspe(pick(gaps, post, true));
  const ratio = preRmspe > 0 ? postRmspe / preRmspe : postRmspe > 0 ? Infinity : 0;
  return { weights: fit.weights, synthetic, gaps, preRmspe, postRmspe, ratio, effect: mean(pick(gaps, post, true)), fit };
}
