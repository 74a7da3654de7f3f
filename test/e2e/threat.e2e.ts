/** Threat assessment: assess a subject, see its history update, see the re-evaluation queue. */
import { expect, it } from 'vitest';
import { describeBrowser, expectCleanPage, signIn, useBrowser } from './browser.ts';

describeBrowser('threat assessment', () => {
  const s = useBrowser();

  it('assesses a subject and shows the new level in its history', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'analyst.threat');
    await page.getByTestId('nav-threat').click();
    await page.getByTestId('level-card').first().waitFor();
    // The queue lists overdue re-evaluations, highlighted.
    const queue = page.getByTestId('threat-queue');
    await queue.locator('tr[data-overdue="true"]').first().waitFor();
    // Assess a subject picked by searching its name.
    const picker = page.getByTestId('assess-subject');
    await picker.click();
    await picker.fill('Menard');
    await page.getByRole('option', { name: /Évariste Menard/ }).click();
    await page.getByTestId('level-4').click();
    await page.getByLabel('Justification').fill('Recent travel and contacts point to preparation of an attack.');
    // The legal basis comes from the legal registry (the markings' picker): the threat-analysis basis to start with.
    await page.locator('[data-testid="legal-basis-status"][data-status="registry"]').waitFor();
    await page.getByTestId('assess-submit').click();
    await page.getByTestId('assess-done').waitFor();
    expect(await page.getByTestId('assess-done').textContent()).toContain('level 4 recorded');
    // The history of the target shows the new assessment first, with the chart.
    const history = page.getByTestId('history-table');
    await history.getByText('Recent travel and contacts').waitFor();
    const rows = history.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    expect(await rows.first().textContent()).toContain('Very serious');
    // The demo's older assessments of the subject matched no registry basis: flagged for review; the new one cites the registry.
    expect(await history.getByTestId('basis-review').count()).toBeGreaterThan(0);
    expect(await rows.first().getByTestId('basis-review').count()).toBe(0);
    await page.locator('[data-testid="threat-chart"] canvas').first().waitFor();
    await page.getByTestId('target-history').getByTestId('markings-banner').waitFor();
    // The subject page shows the new level too.
    await page.goto(`${s.server.url}/search?q=evariste%20menard`);
    await page.getByTestId('result-link').first().click();
    await page.getByTestId('threat-section').getByText('4 · Very serious').first().waitFor();
    expectCleanPage(s);
  });

  it('shows current levels as cards and the history of a chosen target', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'analyst.threat');
    await page.goto(`${s.server.url}/threat`);
    await page.getByTestId('level-card').filter({ hasText: 'Belgium' }).click();
    await page.getByTestId('history-table').waitFor();
    expect(await page.getByTestId('history-table').locator('tbody tr').count()).toBe(5);
    await page.locator('[data-testid="threat-chart"] canvas').first().waitFor();
    expect(page.url()).toContain('kind=country&key=BE');
    await page.evaluate(() => window.scrollTo(0, 0));
    expectCleanPage(s);
  });
});
