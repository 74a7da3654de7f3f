/**
 * Tables as analysts know them (issue 17): the Reports list opens from the navigation and browses every
 * report the user may read; a click on a column header sorts (and again reverses), the pages and the
 * page size follow the total; a filter chip narrows the list and its × removes it; a view saved under a
 * name comes back after a reload, from the views menu.
 */
import { expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeBrowser, expectCleanPage, pick, SCREENSHOTS, signIn, useBrowser } from './browser.ts';

async function dates(page: Page): Promise<string[]> {
  return page.getByTestId('reported-on').evaluateAll((els) => els.map((e) => e.getAttribute('data-value') ?? ''));
}

async function rangeText(page: Page): Promise<string> {
  return (await page.getByTestId('table-range').textContent()) ?? '';
}

/** Waits until the table shows the range `re` (the next page or a new sort has loaded). */
async function waitRange(page: Page, re: RegExp): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const text = await rangeText(page);
    if (re.test(text)) return text;
    await page.waitForTimeout(100);
  }
  throw new Error(`range never matched ${re}: ${await rangeText(page)}`);
}

describeBrowser('tables: sort, page, filter chips, saved views', () => {
  const s = useBrowser();

  it('opens the Reports list, sorts and pages it, filters with a chip, saves a view and reloads it', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'analyst.intel');
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('report-results').waitFor();
    // Browsable without a query: the total every report the user may read, 25 a page.
    const first = await waitRange(page, /^1–25 of \d+$/);
    const total = Number(first.split(' of ')[1]);
    expect(total).toBeGreaterThan(25);
    expect(await page.getByTestId('report-link').count()).toBe(25);

    // The list opens newest first (the date column shows it); a click reverses it, another restores it.
    expect(await page.locator('th[data-sort="reportedOn"]').getAttribute('aria-sort')).toBe('descending');
    await page.getByTestId('sort-reportedOn').click();
    await page.waitForURL(/dir=asc/);
    await page.waitForFunction(() => document.querySelector('th[data-sort="reportedOn"]')?.getAttribute('aria-sort') === 'ascending');
    await page.waitForTimeout(300);
    const asc = await dates(page);
    expect(asc).toEqual([...asc].sort());
    await page.getByTestId('sort-reportedOn').click();
    await page.waitForURL(/dir=desc/);
    await page.waitForTimeout(300);
    const desc = await dates(page);
    expect(desc).toEqual([...desc].sort().reverse());

    // Page two, then ten a page.
    await page.getByTestId('pagination').getByRole('button', { name: '2', exact: true }).click();
    await waitRange(page, /^26–50 of \d+$/);
    expect(page.url()).toContain('page=2');
    await pick(page, 'page-size', '10');
    await waitRange(page, /^1–10 of \d+$/);
    expect(await page.getByTestId('report-link').count()).toBe(10);

    // A filter chip: classification "restricted"; the total shrinks; the chip's × removes it.
    await pick(page, 'filter-classification', /Restricted/);
    await page.getByTestId('chip-classification').waitFor();
    const filtered = await waitRange(page, /of \d+$/);
    const filteredTotal = Number(filtered.split(' of ')[1]);
    expect(filteredTotal).toBeLessThanOrEqual(total);
    await page.screenshot({ path: join(SCREENSHOTS, 'tables-reports.png'), fullPage: true });

    // Save the view, leave it, reload the page, open the view again.
    await page.getByTestId('views-menu').click();
    await page.getByTestId('view-save').click();
    await page.getByTestId('view-name').fill('Restricted, newest');
    await page.getByTestId('view-save-submit').click();
    await page.getByTestId('views-menu').getByText('View: Restricted, newest').waitFor();
    await page.getByTestId('chip-classification').getByRole('button').click();
    await page.getByTestId('chip-classification').waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('report-results').waitFor();
    await page.getByTestId('views-menu').click();
    await page.getByTestId('view-item').filter({ hasText: 'Restricted, newest' }).click();
    await page.getByTestId('chip-classification').waitFor();
    expect(page.url()).toContain('classification=restricted');
    expect(page.url()).toContain('size=10');
    expect(page.url()).toContain('dir=desc');
    await waitRange(page, new RegExp(` of ${filteredTotal}$`));
    expectCleanPage(s);
  });

  it('opens a report from the list, with its actions', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'analyst.intel');
    await page.goto(`${s.server.url}/reports`);
    const link = page.getByTestId('report-link').first();
    await link.waitFor();
    const title = (await link.textContent()) ?? '';
    await link.click();
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByTestId('report-actions').waitFor();
    expectCleanPage(s);
  });

  it('sorts the subjects list by name and pages it', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'analyst.intel');
    await page.goto(`${s.server.url}/subjects`);
    await page.getByTestId('results').waitFor();
    await page.getByTestId('sort-name').click();
    await page.waitForURL(/sort=name/);
    await page.waitForFunction(() => document.querySelector('th[data-sort="name"]')?.getAttribute('aria-sort') === 'ascending');
    await page.waitForTimeout(300);
    const names = await page.getByTestId('result-link').allTextContents();
    // The database's collation orders accents and spaces; the first letters of Latin names agree with it.
    const keys = names.map((n) => n.toLowerCase()[0]!).filter((c) => /[a-z]/.test(c));
    expect(keys.length).toBeGreaterThan(1);
    expect(keys).toEqual([...keys].sort());
    await waitRange(page, /^1–25 of \d+$/);
    expectCleanPage(s);
  });
});
