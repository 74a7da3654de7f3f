import { describe, expect, it } from 'vitest';
import { monthCells, shiftMonth } from './month-grid.ts';

describe('month grid', () => {
  it('covers whole weeks, Monday first, around the month', () => {
    // March 2026 starts on a Sunday and ends on a Tuesday.
    const c = monthCells('2026-03');
    expect(c[0]).toBe('2026-02-23');
    expect(c.at(-1)).toBe('2026-04-05');
    expect(c.length % 7).toBe(0);
    expect(c).toContain('2026-03-01');
    expect(c).toContain('2026-03-31');
    // A month starting on a Monday starts the grid on its 1st; February of a leap year.
    expect(monthCells('2027-02')[0]).toBe('2027-02-01');
    expect(monthCells('2028-02')).toContain('2028-02-29');
  });
  it('moves across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });
});
