import { describe, expect, it } from 'vitest';
import { SHIPPED_MODULES } from './training-content.ts';
import { scenarioProblems } from './training.ts';

describe('shipped training modules', () => {
  it('have every text in en, nl and fr and one right answer per scenario', () => {
    for (const m of SHIPPED_MODULES) {
      expect(scenarioProblems(m.scenarios)).toEqual([]);
      for (const l of ['en', 'nl', 'fr'] as const) expect(m.title[l].length).toBeGreaterThan(5);
    }
    expect(new Set(SHIPPED_MODULES.map((m) => m.slug)).size).toBe(SHIPPED_MODULES.length);
  });
});
