/** Oversight: the oversight user sees who accessed a record an analyst just opened, verifies the chain, sees statistics. */
import { expect, it } from 'vitest';
import { describeBrowser, expectCleanPage, signIn, useBrowser } from './browser.ts';

describeBrowser('oversight', () => {
  const s = useBrowser();
  let recordId = '';

  it('an analyst opens a record', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'analyst.police');
    await page.goto(`${s.server.url}/search?q=theophile%20petit`);
    await page.getByTestId('result-link').first().click();
    await page.getByTestId('subject-name').waitFor();
    recordId = page.url().split('/').pop()!;
    expect(recordId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the oversight user sees who accessed it and verifies the chain', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'oversight');
    // Oversight sees only the oversight pages, not intelligence records.
    expect(await page.getByTestId('nav-search').count()).toBe(0);
    await page.getByTestId('nav-oversight').click();
    await page.getByTestId('record-id').fill(recordId);
    await page.getByTestId('record-submit').click();
    const table = page.getByTestId('record-access');
    await table.waitFor();
    await table.getByTestId('audit-actor').filter({ hasText: 'analyst.police' }).first().waitFor();
    expect(await table.textContent()).toContain('subject.read');
    await page.getByTestId('verify').click();
    await page.getByTestId('verdict').waitFor();
    expect(await page.getByTestId('verdict').textContent()).toContain('intact');
    await page.getByTestId('tab-stats').click();
    await page.getByTestId('stats-table').waitFor();
    await page.locator('[data-testid="stats-chart"] canvas').first().waitFor();
    await page.getByTestId('tab-log').click();
    await page.getByTestId('audit-table').waitFor();
    expect(await page.getByTestId('export-csv').getAttribute('href')).toContain('/api/audit/export?format=csv');
    expectCleanPage(s);
  });
});
