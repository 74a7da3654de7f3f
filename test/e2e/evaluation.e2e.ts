/**
 * Evaluation of prevention programmes in the browser: the analyst reads the indicator registry, checks
 * and imports a CSV file of values, runs the evaluation for Vilvoorde on the demo series and sees both
 * estimates with their placebo intervals and the charts, and opens the map; a user without prevention
 * rights has no evaluation entry and the page refuses.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, expectCleanPage, signIn, useBrowser } from './browser.ts';

const DEPARTURES = /Departures to Syria and Iraq/;

async function chooseIndicator(page: Page, testId = 'indicator-select'): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: DEPARTURES }).click();
}

async function chooseMunicipality(page: Page, testId: string, name: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name} \\(`) }).first().click();
}

describeBrowser('evaluation of prevention programmes', () => {
  const s = useBrowser();

  it('runs the evaluation for Vilvoorde and shows both estimates with their placebo intervals and charts', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'evaluation.analyst');
    await page.getByTestId('nav-evaluation').click();
    // The registry: definitions in words, with reliability, and the theories of change.
    const card = page.getByTestId('indicator').filter({ hasText: DEPARTURES });
    await card.waitFor();
    expect(await card.textContent()).toContain('per 100,000');
    expect(await card.getByTestId('reliability').textContent()).toBe('indicative');
    expect(await page.getByTestId('theory').count()).toBeGreaterThanOrEqual(2);

    // The evaluation view.
    await page.getByTestId('evaluation-tab-run').click();
    await chooseIndicator(page);
    await chooseMunicipality(page, 'run-municipality', 'Vilvoorde');
    // A bad date is refused with a message naming the field.
    await page.getByTestId('run-date').fill('1 July 2014');
    await page.getByTestId('run-evaluation').click();
    expect(await page.getByTestId('run-form-error').textContent()).toContain('Programme start');
    await page.getByTestId('run-date').fill('01/07/2014');
    expect(await page.getByTestId('run-date').getAttribute('data-iso')).toBe('2014-07-01');
    await page.getByTestId('run-evaluation').click();
    await page.getByTestId('evaluation-result').waitFor();
    expect(await page.getByTestId('result-title').textContent()).toContain('Vilvoorde');

    // Synthetic control: a number, its placebo interval with its level, the rank and the pre-period fit.
    const synth = (await page.getByTestId('synth-effect').textContent()) ?? '';
    expect(synth).toMatch(/^[+−-]?\d/);
    const synthInterval = (await page.getByTestId('synth-interval').textContent()) ?? '';
    expect(synthInterval).toMatch(/Placebo interval \(\d+%, \d+ placebos\): [+−-]?[\d.,]+ to [+−-]?[\d.,]+/);
    expect(await page.getByTestId('synth-rank').textContent()).toMatch(/Rank \d+ of \d+/);
    expect(await page.getByTestId('synth-rmspe').textContent()).toMatch(/RMSPE\): [\d.,]+/);
    // Difference in differences, likewise.
    expect(await page.getByTestId('did-effect').textContent()).toMatch(/^[+−-]?\d/);
    expect(await page.getByTestId('did-interval').textContent()).toMatch(/Placebo interval \(\d+%, \d+ placebos\)/);
    // Vilvoorde's own departures fall after its plan: the synthetic-control estimate is a decrease.
    expect(synth.startsWith('-') || synth.startsWith('−')).toBe(true);

    // Caveats in words, donor weights, small cells flagged.
    expect(await page.getByTestId('caveat-not-causal').textContent()).toContain('not proof');
    await page.getByTestId('caveat-indicative-data').waitFor();
    expect(await page.getByTestId('weight-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('period-table').locator('tbody tr').count()).toBe(12);
    expect(await page.getByTestId('period-table').getByTestId('small-cell').count()).toBeGreaterThan(0);

    // Both charts are drawn on a canvas.
    await page.locator('[data-testid="evaluation-series-chart"] canvas').first().waitFor();
    await page.locator('[data-testid="evaluation-placebo-chart"] canvas').first().waitFor();

    // The CSV export answers with the series, small cells left blank.
    const href = await page.getByTestId('evaluation-csv').getAttribute('href');
    expect(href).toContain('nis=23088');
    const csv = await page.evaluate((u) => fetch(u!).then((r) => r.text()), href);
    expect(csv).toContain('period,after_intervention,treated,synthetic');
    expect(csv).toContain('under 10 cases');

    // Printed, the page is a report: no navigation or form, the result and charts stay.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('nav-evaluation').isVisible()).toBe(false);
    expect(await page.getByTestId('run-form').isVisible()).toBe(false);
    expect(await page.getByTestId('estimate-synth').isVisible()).toBe(true);
    expect(await page.getByTestId('evaluation-placebo-chart').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // The report in Dutch and French, caveats included; back to English for the next tests.
    const sw = page.getByTestId('language-switcher');
    await sw.getByText('NL', { exact: true }).click();
    await page.getByTestId('caveat-not-causal').getByText(/bewijst niet/).waitFor();
    expect(await page.getByTestId('synth-interval').textContent()).toMatch(/^Placebo-interval \(\d+%, \d+ placebo’s\)/);
    await sw.getByText('FR', { exact: true }).click();
    await page.getByTestId('caveat-not-causal').getByText(/ne prouve pas/).waitFor();
    expect(await page.getByTestId('estimate-synth').textContent()).toContain('Contrôle synthétique');
    await sw.getByText('EN', { exact: true }).click();
    await page.getByTestId('caveat-not-causal').getByText(/not proof/).waitFor();
    expectCleanPage(s);
  });

  it('checks a CSV file line by line and imports it only when it is clean', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'evaluation.analyst');
    await page.goto(`${s.server.url}/evaluation/values`);
    await chooseIndicator(page);
    await page.getByTestId('values-table').waitFor();
    const box = page.getByTestId('import-csv');
    await box.fill('nis_code,period,numerator\n23088,2017-H1,0\n99999,2017-H1,2\n23088,2017-X9,1\n');
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-preview').waitFor();
    const problems = await page.getByTestId('import-problem').allTextContents();
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.some((p) => p.startsWith('3') && p.includes('nis_code'))).toBe(true);
    expect(problems.some((p) => p.startsWith('4') && p.includes('period'))).toBe(true);
    expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
    // Fixed: the import writes every row.
    await box.fill('nis_code,period,numerator\n23088,2017-H1,0\n12025,2017-H1,0\n');
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-sample').waitFor();
    expect(await page.getByTestId('import-problem').count()).toBe(0);
    await page.getByTestId('import-run').click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-done').textContent()).toContain('Imported 2 rows');
    await page.getByTestId('values-table').getByRole('columnheader', { name: '2017-H1' }).waitFor();

    // One value entered by hand: a wrong period is refused with the field named, then saved.
    const form = page.getByTestId('value-form');
    await chooseMunicipality(page, 'value-municipality', 'Mechelen');
    await form.getByLabel('Period').fill('2017-13');
    await form.getByLabel('Numerator').fill('3');
    await page.getByTestId('save-value').click();
    expect(await form.getByTestId('act-error').textContent()).toMatch(/period/i);
    await form.getByLabel('Period').fill('2017-H2');
    await page.getByTestId('save-value').click();
    await form.getByTestId('value-saved').waitFor();
    expect(await form.getByTestId('value-saved').textContent()).toContain('Mechelen 2017-H2');
    const mechelen = page.getByTestId('values-table').locator('tr', { hasText: 'Mechelen' });
    await page.getByTestId('values-table').getByRole('columnheader', { name: '2017-H2' }).waitFor();
    await mechelen.locator('td').last().getByTestId('small-cell').waitFor(); // 3 cases: flagged as under 10
    expectCleanPage(s);
  });

  it('colours the municipalities on the map with a legend', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'evaluation.analyst');
    await page.goto(`${s.server.url}/evaluation/map`);
    await chooseIndicator(page);
    await page.getByTestId('evaluation-map').waitFor();
    // The demo series' peak half-year (the import test above may have added a later, sparser period).
    await page.getByTestId('map-period').click();
    await page.getByRole('option', { name: '2013-H1', exact: true }).click();
    await page.getByTestId('map-legend').getByText('–').first().waitFor();
    await page.locator('[data-testid="evaluation-map"] path[data-has-value="yes"]').first().waitFor();
    expect(await page.locator('[data-testid="evaluation-map"] path[data-has-value="yes"]').count()).toBeGreaterThanOrEqual(20);
    expect(await page.locator('[data-testid="evaluation-map"] path[data-nis]').count()).toBeGreaterThan(500);
    expect(await page.getByTestId('map-legend').textContent()).toContain('no value');
    await page.getByTestId('map-programmes').waitFor();
    expectCleanPage(s);
  });

  it('gives a user without prevention rights no evaluation entry, and the page refuses', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'analyst.threat');
    await page.getByTestId('nav-threat').waitFor();
    expect(await page.getByTestId('nav-evaluation').count()).toBe(0);
    await page.goto(`${s.server.url}/evaluation/run`);
    await page.getByText('Not available to you').waitFor();
    expect(await page.getByTestId('run-form').count()).toBe(0);
    // The server refuses too.
    const status = await page.evaluate(() => fetch('/api/evaluation/indicators').then((r) => r.status));
    expect(status).toBe(403);
    expectCleanPage(s);
  });
});
