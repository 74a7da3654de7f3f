import { describe, expect, it } from 'vitest';
import { median, percentile } from './stats.ts';

describe('bench statistics', () => {
  it('takes the median of an even count as the mean of the two middle values, of an odd count the middle one', () => {
    expect(median([131.8, 95.3])).toBeCloseTo(113.55, 5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([])).toBeNaN();
  });

  it('takes a percentile by nearest rank of a sorted list', () => {
    const xs = Array.from({ length: 300 }, (_, i) => i + 1);
    expect(percentile(xs, 99)).toBe(297);
    expect(percentile(xs, 50)).toBe(150);
    expect(percentile([], 50)).toBeNaN();
  });
});
