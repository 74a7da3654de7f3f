/**
 * The shared table on the remaining list screens (issue 17): a batch's hit queue, the oversight audit log
 * and the content orders. On each, a click on a column header sorts (aria-sort and the URL follow), and
 * page two of ten rows shows the next rows under the same total.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runtimeOf } from '../../src/server/modules/screening/screening.runtime.ts';
import { markings, subjectBody } from '../helpers/fixtures.ts';
import { waitBatchDone } from '../helpers/server.ts';
import { describeBrowser, expectCleanPage, pick, signIn, useBrowser } from './browser.ts';

async function rangeText(page: Page): Promise<string> {
  return (await page.getByTestId('table-range').textContent()) ?? '';
}

/** Waits until the table shows the range `re` (the next page or a new sort has loaded). */
async function waitRange(page: Page, re: RegExp): Promise<string> {
  for (let i = 0; i < 150; i++) {
    const text = await rangeText(page);
    if (re.test(text)) return text;
    await page.waitForTimeout(100);
  }
  throw new Error(`range never matched ${re}: ${await rangeText(page)}`);
}

/** Clicks a sortable header and waits until the column says it is sorted that way. */
async function sortBy(page: Page, field: string, dir: 'ascending' | 'descending'): Promise<void> {
  await page.getByTestId(`sort-${field}`).click();
  await page.waitForURL(new RegExp(`sort=${field}`));
  await page.waitForFunction(([f, d]) => document.querySelector(`th[data-sort="${f}"]`)?.getAttribute('aria-sort') === d, [field, dir] as const);
  await page.waitForTimeout(300);
}

/** Ten a page, then page two: the range moves on and the total stays (the audit log grows with every read of it: `live`). */
async function pageTwo(page: Page, live = false): Promise<void> {
  await pick(page, 'page-size', '10');
  const first = await waitRange(page, /^1–10 of \d+$/);
  const total = Number(first.split(' of ')[1]);
  expect(total).toBeGreaterThan(10);
  await page.getByTestId('pagination').getByRole('button', { name: '2', exact: true }).click();
  await waitRange(page, live ? /^11–20 of \d+$/ : new RegExp(`^11–${Math.min(20, total)} of ${total}$`));
  expect(page.url()).toContain('page=2');
}

const numbers = (page: Page, testId: string, attr: string) => page.locator(`[data-testid="${testId}"]`).evaluateAll((els, a) => els.map((e) => Number(e.getAttribute(a))), attr);

describeBrowser('tables on hits, the audit log and content orders', () => {
  const s = useBrowser();

  it('sorts the hit queue by traveller and pages it', async () => {
    const { page } = s;
    const intel = await s.server.client('analyst.intel');
    const border = await s.server.client('border.officer');
    const names = Array.from({ length: 12 }, (_, i) => `Tablequeue ${String.fromCharCode(65 + i)}ldric Hitwright`);
    for (const [i, name] of names.entries()) {
      const r = await intel.post('/api/subjects', subjectBody({ names: [name], birthDate: `1980-01-${String(i + 10)}`, nationalities: ['BE'] }));
      expect(r.status).toBe(201);
    }
    await runtimeOf(s.server.platform).sync();
    const content = names.map((n, i) => JSON.stringify({ id: `q${i}`, name: n, birthDate: `1980-01-${String(i + 10)}` })).join('\n');
    const b = await border.post('/api/screening/batches', { format: 'jsonl', content, flight: 'SN1720' });
    expect(b.status).toBe(202);
    await waitBatchDone(border, b.body.id);

    await signIn(page, s.server.url, 'border.officer');
    await page.goto(`${s.server.url}/screening/batches/${b.body.id}`);
    await page.getByTestId('hit-list').waitFor();
    expect(await page.locator('th[data-sort="score"]').getAttribute('aria-sort')).toBe('descending');
    await sortBy(page, 'seq', 'ascending');
    const seqs = await numbers(page, 'hit-row', 'data-seq');
    expect(seqs.length).toBeGreaterThan(10);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    await pageTwo(page);
    const next = await numbers(page, 'hit-row', 'data-seq');
    expect(next[0]!).toBeGreaterThanOrEqual(seqs[9]!);
    expectCleanPage(s);
  });

  it('sorts the audit log by entry number and pages it', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'oversight');
    await page.goto(`${s.server.url}/oversight?tab=log`);
    await page.getByTestId('audit-table').waitFor();
    expect(await page.locator('th[data-sort="seq"]').getAttribute('aria-sort')).toBe('descending');
    await sortBy(page, 'seq', 'ascending');
    const asc = await numbers(page, 'audit-seq', 'data-value');
    expect(asc).toEqual([...asc].sort((x, y) => x - y));
    await pageTwo(page, true);
    const next = await numbers(page, 'audit-seq', 'data-value');
    expect(next[0]!).toBeGreaterThan(asc[9]!);
    expectCleanPage(s);
  });

  it('sorts the content orders by URL and pages them', async () => {
    const { page } = s;
    const officer = await s.server.client('content.officer');
    const providerId = ((await officer.get('/api/content/providers')).body.items as Array<{ id: string }>)[0]!.id;
    for (let i = 0; i < 12; i++) {
      const c = await officer.post('/api/content/cases', {
        url: `https://video.example/watch?v=tables-${String(i).padStart(2, '0')}`,
        providerId,
        offence: 'incitement',
        assessment: 'Calls for attacks on a named public event; incitement under art. 3(1).',
        signals: [],
        markings: markings({ classification: 'unclassified' }),
      });
      expect(c.status).toBe(201);
      const o = await officer.post(`/api/content/cases/${c.body.id}/orders`, { kind: 'referral', reasons: 'Referral for voluntary review under the provider’s terms (tables).' });
      expect(o.status).toBe(201);
      // One of them as an issued removal order whose hour has passed (overdue).
      if (i === 0) {
        const past = new Date(Date.now() - 2 * 3_600_000);
        await s.server.platform.db.updateTable('content_orders' as never).set({ kind: 'removal_order', status: 'issued', issued_at: past, due_at: new Date(past.getTime() + 3_600_000), escalated_at: new Date() } as never).where('id' as never, '=', o.body.id as never).execute();
      }
    }
    await signIn(page, s.server.url, 'content.officer');
    await page.goto(`${s.server.url}/content`);
    await page.getByTestId('orders-table').waitFor();
    await sortBy(page, 'url', 'ascending');
    const urls = (await page.getByTestId('order-url').allTextContents()).filter((u) => u.includes('tables-'));
    expect(urls.length).toBeGreaterThan(1);
    expect(urls).toEqual([...urls].sort());
    await pageTwo(page);
    // The overdue order: its row is red and says "overdue" in words (hidden text and tooltip).
    await page.goto(`${s.server.url}/content?state=overdue`);
    const late = page.locator('[data-testid="order-row"][data-overdue="true"]').first();
    await late.waitFor();
    const bg = await late.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toMatch(/rgba?\(0, 0, 0, 0\)|transparent/);
    // Red, not a plain stripe: the red channel well above green and blue.
    const [r = 0, g = 0, b = 0] = (bg.match(/\d+/g) ?? []).map(Number);
    expect(r - Math.max(g, b)).toBeGreaterThan(15);
    expect(await late.getByTestId('order-overdue-label').textContent()).toContain('Overdue order');
    expect(await late.getAttribute('title')).toContain('Overdue order');
    expectCleanPage(s);
  });
});
