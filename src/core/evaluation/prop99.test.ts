/**
 * The synthetic control checked against a published example: California's tobacco control programme
 * (Proposition 99, 1988) in Abadie, Diamond and Hainmueller (2010), "Synthetic Control Methods for
 * Comparative Case Studies", JASA 105(490). Panel: per-capita cigarette sales (packs) of California
 * and the 38 donor states, 1970–2000 (test/fixtures/reference/evaluation/prop99-cigsale.csv).
 *
 * The paper matches on covariates and three lagged outcomes with a weighted predictor matrix; Vigil
 * fits the whole pre-period outcome series (no covariates), so the weights are close to, not equal
 * to, the published ones. What the paper reports and this test checks: the donors that make up
 * synthetic California (Utah, Nevada, Montana, Colorado, Connecticut), a pre-period RMSPE below two
 * packs (1.76 in the paper), a gap of about 26 packs in 2000, and an average reduction of about 20
 * packs over 1989–2000.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticControl } from './estimators.ts';

const CSV = new URL('../../../test/fixtures/reference/evaluation/prop99-cigsale.csv', import.meta.url);

function panel() {
  const [header, ...lines] = readFileSync(CSV, 'utf8').trim().split('\n');
  const names = header!.split(',');
  const rows = lines.map((l) => l.split(',').map(Number));
  const column = (name: string) => rows.map((r) => r[names.indexOf(name)]!);
  const donors = names.filter((n) => n !== 'year' && n !== 'California');
  return { years: column('year'), california: column('California'), donors, series: donors.map(column) };
}

describe('synthetic control on Proposition 99 (published example)', () => {
  const p = panel();
  const post = p.years.map((y) => y >= 1989);
  const r = syntheticControl(p.california, p.series, post);
  const weightOf = (state: string) => r.weights[p.donors.indexOf(state)]!;

  it('reads the panel: 31 years, 38 donor states', () => {
    expect(p.years[0]).toBe(1970);
    expect(p.years.at(-1)).toBe(2000);
    expect(p.donors).toHaveLength(38);
  });

  it('builds synthetic California from the published donors', () => {
    expect(r.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 9);
    const top = p.donors.map((d, i) => ({ d, w: r.weights[i]! })).sort((a, b) => b.w - a.w);
    // Utah carries the largest weight, as in the paper (0.334); Nevada and Montana follow.
    expect(top[0]!.d).toBe('Utah');
    expect(top.slice(0, 3).map((x) => x.d).sort()).toEqual(['Montana', 'Nevada', 'Utah']);
    const published = ['Utah', 'Nevada', 'Montana', 'Colorado', 'Connecticut'];
    const onPublished = published.reduce((s, d) => s + weightOf(d), 0);
    expect(onPublished).toBeGreaterThan(0.9);
  });

  it('fits the pre-period as closely as the paper and finds the published effect', () => {
    expect(r.preRmspe).toBeLessThan(2);
    const gap2000 = r.gaps[p.years.indexOf(2000)]!;
    expect(gap2000).toBeGreaterThan(-30);
    expect(gap2000).toBeLessThan(-22);
    expect(r.effect).toBeGreaterThan(-23);
    expect(r.effect).toBeLessThan(-16);
    // The post/pre RMSPE ratio is what the paper's placebo ranking uses: California's is large.
    expect(r.ratio).toBeGreaterThan(8);
  });

  it('converges well before the iteration cap (the solver is polished on the support)', () => {
    expect(r.fit.iterations).toBeLessThan(20_000);
    expect(r.fit.kkt).toBeLessThan(1e-7);
  });
});
