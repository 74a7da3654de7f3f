/**
 * The evaluation maths against hand-computed examples: a 2×2 difference in differences worked by hand,
 * a synthetic control whose true weights are known (the treated series is an exact convex combination
 * of the donors), optimality of the simplex least squares against brute force, the permutation levels
 * of the placebo interval, Byar's Poisson interval against exact values, and the small-cell rule.
 */
import { describe, expect, it } from 'vitest';
import { differenceInDifferences, syntheticControl } from './estimators.ts';
import { evaluatePanel } from './evaluate.ts';
import { nationalPoint, poissonInterval } from './national.ts';
import { isPost, parsePeriod } from './periods.ts';
import { placeboInterval, rankAmong } from './placebo.ts';
import { kkt, projectSimplex, simplexLeastSquares } from './simplex.ts';
import { isSmallCell, suppressed } from './suppression.ts';

/** A seeded generator (mulberry32), so the random checks are the same every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('difference in differences (2×2 by hand)', () => {
  it('treated 11 → 4, comparison 8 → 7.5: effect −7 − (−0.5) = −6.5', () => {
    // periods: two before, two after
    const post = [false, false, true, true];
    const r = differenceInDifferences([10, 12, 5, 3], [[8, 8, 7, 7], [6, 10, 9, 7]], post);
    expect(r.treatedBefore).toBe(11);
    expect(r.treatedAfter).toBe(4);
    expect(r.comparisonSeries).toEqual([7, 9, 8, 7]);
    expect(r.comparisonBefore).toBe(8);
    expect(r.comparisonAfter).toBe(7.5);
    expect(r.effect).toBeCloseTo(-6.5, 12);
  });
});

describe('projection onto the simplex', () => {
  it('keeps a point of the simplex, and projects others by hand', () => {
    expect(projectSimplex([0.25, 0.75])).toEqual([0.25, 0.75]);
    expect(projectSimplex([2, 0])).toEqual([1, 0]);
    // (3, 1, 0): θ = (3 + 1 − 1)/2 = 1.5 > 1 → only the first stays: θ = 2 → (1, 0, 0)
    expect(projectSimplex([3, 1, 0])).toEqual([1, 0, 0]);
    // (0.5, 0.5, 0.5): θ = 0.5/3 → each 1/3
    projectSimplex([0.5, 0.5, 0.5]).forEach((x) => expect(x).toBeCloseTo(1 / 3, 14));
  });
});

describe('synthetic control with known weights', () => {
  // Four donors over 8 pre and 4 post periods, linearly independent in the pre-period.
  const d1 = [10, 11, 13, 12, 14, 15, 15, 16, 17, 17, 18, 19];
  const d2 = [20, 19, 19, 18, 18, 16, 15, 15, 14, 13, 13, 12];
  const d3 = [5, 7, 6, 9, 8, 10, 12, 11, 13, 12, 14, 15];
  const d4 = [30, 28, 31, 27, 29, 33, 30, 28, 31, 32, 29, 30];
  const post = d1.map((_, t) => t >= 8);
  const truth = [0.2, 0.5, 0.3, 0];
  const effect = -3;
  const treated = d1.map((_, t) => truth[0]! * d1[t]! + truth[1]! * d2[t]! + truth[2]! * d3[t]! + truth[3]! * d4[t]! + (post[t] ? effect : 0));

  it('recovers the weights 0.2 / 0.5 / 0.3 / 0 and the effect −3 exactly', () => {
    const r = syntheticControl(treated, [d1, d2, d3, d4], post);
    r.weights.forEach((w, j) => expect(w).toBeCloseTo(truth[j]!, 9));
    expect(r.preRmspe).toBeLessThan(1e-9);
    expect(r.effect).toBeCloseTo(effect, 9);
    expect(r.gaps.slice(8)).toEqual(r.gaps.slice(8).map(() => expect.closeTo(effect, 9)));
    expect(r.fit.kkt).toBeLessThan(1e-9);
  });

  it('runs the placebos: the treated ratio ranks first and its effect is outside the placebo interval', () => {
    const counts = d1.map(() => null);
    const r = evaluatePanel({
      periods: d1.map((_, t) => String(2000 + t)),
      post,
      treated: { id: 'T', values: treated, counts },
      donors: [d1, d2, d3, d4].map((v, j) => ({ id: `D${j + 1}`, values: v, counts })),
    });
    expect(r.synth.rank).toBe(1);
    expect(r.synth.of).toBe(5);
    expect(r.synth.placebos).toHaveLength(4);
    expect(r.caveats.map((c) => c.code)).toEqual(expect.arrayContaining(['not-causal', 'few-units', 'interval-level']));
  });
});

describe('least squares over the simplex is optimal', () => {
  it('when the treated series is outside the donors, the KKT conditions hold and no grid point does better', () => {
    const X = [
      [1, 2, 3, 4, 5],
      [2, 2, 2, 2, 2],
      [5, 4, 3, 2, 1],
    ];
    const y = [6, 5, 6, 7, 8];
    const fit = simplexLeastSquares(X, y);
    expect(fit.kkt).toBeLessThan(1e-8);
    expect(fit.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    let best = Infinity;
    for (let a = 0; a <= 200; a++) {
      for (let b = 0; a + b <= 200; b++) {
        const w = [a / 200, b / 200, (200 - a - b) / 200];
        const f = 0.5 * y.reduce((s, v, t) => s + (v - (w[0]! * X[0]![t]! + w[1]! * X[1]![t]! + w[2]! * X[2]![t]!)) ** 2, 0);
        best = Math.min(best, f);
      }
    }
    expect(fit.objective).toBeLessThanOrEqual(best + 1e-9);
  });

  it('random problems: feasible, KKT residual small, better than 2,000 random simplex points', () => {
    const r = rng(20240611);
    for (let trial = 0; trial < 20; trial++) {
      const J = 3 + Math.floor(r() * 10);
      const T = 4 + Math.floor(r() * 12);
      const X = Array.from({ length: J }, () => Array.from({ length: T }, () => r() * 100));
      const y = Array.from({ length: T }, () => r() * 120 - 10);
      const fit = simplexLeastSquares(X, y);
      expect(fit.weights.every((w) => w >= 0)).toBe(true);
      expect(fit.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 9);
      expect(kkt(X, y, fit.weights)).toBeLessThan(1e-6);
      for (let k = 0; k < 100; k++) {
        const e = Array.from({ length: J }, () => -Math.log(r()));
        const sum = e.reduce((s, x) => s + x, 0);
        const w = e.map((x) => x / sum);
        const f = 0.5 * y.reduce((s, v, t) => s + (v - X.reduce((a, col, j) => a + w[j]! * col[t]!, 0)) ** 2, 0);
        expect(fit.objective).toBeLessThanOrEqual(f + 1e-9);
      }
    }
  });
});

describe('placebo intervals and ranks', () => {
  const effects = (n: number) => Array.from({ length: n }, (_, i) => i - n / 2);
  it('19 placebos: the full range, 90% (1 − 2/20)', () => {
    const i = placeboInterval(effects(19))!;
    expect(i).toEqual({ low: -9.5, high: 8.5, level: 0.9, count: 19 });
  });
  it('39 placebos: the full range reaches 95%; 79 drop one at each end (1 − 4/80)', () => {
    expect(placeboInterval(effects(39))!.level).toBeCloseTo(0.95, 12);
    const i = placeboInterval(effects(79))!;
    expect(i.level).toBeCloseTo(0.95, 12);
    expect([i.low, i.high]).toEqual([-38.5, 37.5]);
  });
  it('fewer than two placebos give no interval; ties rank against the treated', () => {
    expect(placeboInterval([1])).toBeNull();
    expect(rankAmong(5, [1, 5, 7])).toBe(3);
    expect(rankAmong(9, [1, 5, 7])).toBe(1);
  });
});

describe('national trend as an interval', () => {
  it("Byar's interval is within 0.05 of the exact Poisson interval (x = 0, 10, 50)", () => {
    // exact 95% intervals (chi-square quantiles): 0 → [0, 3.689]; 10 → [4.795, 18.390]; 50 → [37.111, 65.919]
    const cases: Array<[number, number, number]> = [[0, 0, 3.689], [10, 4.795, 18.39], [50, 37.111, 65.919]];
    for (const [x, lo, hi] of cases) {
      const i = poissonInterval(x);
      expect(Math.abs(i.low - lo)).toBeLessThan(0.05);
      expect(Math.abs(i.high - hi)).toBeLessThan(0.05);
    }
  });
  it('pools counts into a rate per 100,000 with its interval; without counts, median and quartiles', () => {
    const p = nationalPoint([{ value: 0, numerator: 4, denominator: 40_000 }, { value: 0, numerator: 6, denominator: 60_000 }], 100_000)!;
    expect(p.method).toBe('poisson');
    expect(p.value).toBeCloseTo(10, 12);
    expect(p.low).toBeCloseTo(4.79, 1);
    expect(p.high).toBeCloseTo(18.39, 1);
    const s = nationalPoint([1, 2, 3, 4, 5].map((v) => ({ value: v, numerator: null, denominator: null })), 1)!;
    expect(s).toMatchObject({ method: 'spread', value: 3, low: 2, high: 4 });
  });
});

describe('small cells and periods', () => {
  it('1–9 cases are small; 0 and 10 are not; exports blank small cells', () => {
    expect([0, 1, 9, 10, null].map((c) => isSmallCell(c))).toEqual([false, true, true, false, false]);
    expect(suppressed(12.5, 3)).toBeNull();
    expect(suppressed(12.5, 10)).toBe(12.5);
  });
  it('parses the four period forms and puts the period holding the intervention after it', () => {
    expect(parsePeriod('2014-q2')).toMatchObject({ label: '2014-Q2', start: '2014-04-01', end: '2014-07-01' });
    expect(parsePeriod('2014-H2')).toMatchObject({ start: '2014-07-01', end: '2015-01-01' });
    expect(parsePeriod('2014-12')).toMatchObject({ start: '2014-12-01', end: '2015-01-01' });
    expect(parsePeriod('2014')).toMatchObject({ periodicity: 'year', end: '2015-01-01' });
    expect(parsePeriod('2014-13')).toBeNull();
    expect(parsePeriod('14-Q2')).toBeNull();
    expect(isPost(parsePeriod('2014-Q1')!, '2014-05-01')).toBe(false);
    expect(isPost(parsePeriod('2014-Q2')!, '2014-05-01')).toBe(true);
  });
});
