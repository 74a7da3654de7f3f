/**
 * The national trend of an indicator as an interval per period, never as a bare line:
 * - for counts with a denominator: the pooled rate (all cases over all inhabitants of the municipalities
 *   that reported) with a 95% Poisson interval on the total count (Byar's approximation, within about
 *   1% of the exact interval from a count of 1 up);
 * - for values without counts: the median of the municipalities with the interquartile range.
 */

const Z95 = 1.959963984540054;

/** Byar's approximate 95% interval for a Poisson count x. */
export function poissonInterval(x: number, z = Z95): { low: number; high: number } {
  const low = x <= 0 ? 0 : x * Math.pow(1 - 1 / (9 * x) - z / (3 * Math.sqrt(x)), 3);
  const y = x + 1;
  const high = y * Math.pow(1 - 1 / (9 * y) + z / (3 * Math.sqrt(y)), 3);
  return { low: Math.max(0, low), high };
}

/** The q-quantile (0..1) of sorted values, linear between order statistics. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export interface UnitValue {
  value: number;
  numerator: number | null;
  denominator: number | null;
}

export interface NationalPoint {
  value: number;
  low: number;
  high: number;
  method: 'poisson' | 'spread';
  units: number;
}

/** The national point and interval of one period from the municipalities' values. */
export function nationalPoint(units: UnitValue[], factor: number): NationalPoint | null {
  if (units.length === 0) return null;
  const counted = units.filter((u) => u.numerator !== null && u.denominator !== null && u.denominator > 0);
  if (counted.length === units.length) {
    const x = counted.reduce((s, u) => s + u.numerator!, 0);
    const n = counted.reduce((s, u) => s + u.denominator!, 0);
    const ci = poissonInterval(x);
    return { value: (x / n) * factor, low: (ci.low / n) * factor, high: (ci.high / n) * factor, method: 'poisson', units: units.length };
  }
  const sorted = units.map((u) => u.value).sort((a, b) => a - b);
  return { value: quantile(sorted, 0.5), low: quantile(sorted, 0.25), high: quantile(sorted, 0.75), method: 'spread', units: units.length };
}
