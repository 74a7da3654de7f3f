/** Recall at fixed alert rates, top-1 accuracy and latency percentiles. */
import type { Query } from './data.ts';

/** One scored query: the target's score (positives) or the best score (negatives), and the top hit. */
export interface Scored {
  q: Query;
  score: number;
  top?: string;
  /** best hit score */
  best?: number;
}

/** The smallest score s with at most `rate` of negatives scoring ≥ s. */
export function thresholdAt(neg: number[], rate: number): number {
  const sorted = [...neg].sort((a, b) => b - a);
  const allowed = Math.floor(sorted.length * rate);
  // first score strictly below the allowed-th best negative
  const s = sorted[allowed] ?? 0;
  return s + 1e-9;
}

/** Recall per change type at a threshold. */
export function recallBy(pos: Scored[], thr: number): Map<string, number> {
  const by = new Map<string, [number, number]>();
  for (const p of pos) {
    const c = by.get(p.q.change) ?? [0, 0];
    c[1]++;
    if (p.score >= thr) c[0]++;
    by.set(p.q.change, c);
    const all = by.get('ALL') ?? [0, 0];
    all[1]++;
    if (p.score >= thr) all[0]++;
    by.set('ALL', all);
  }
  return new Map([...by].map(([k, [a, n]]) => [k, a / n]));
}

/** Percentile of a list of numbers. */
export function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length - 1) * p))] ?? 0;
}

/** Median. */
export function median(xs: number[]): number {
  return pct(xs, 0.5);
}
