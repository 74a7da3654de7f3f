/**
 * The PDF buttons in the browser (issues #13, #14, #16): as the demo users who may, a click on the PDF
 * button of the legal oversight statistics, of the crisis incident (its page and its timeline) and of the
 * evaluation result downloads a file served as application/pdf that starts with %PDF, and the page logs
 * no error while doing so.
 */
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { describeBrowser, expectCleanPage, signIn, useBrowser } from './browser.ts';

describeBrowser('PDF buttons', () => {
  const s = useBrowser();

  /** Every console error of the page and every failed response (expectCleanPage keeps only CSP violations and uncaught errors). */
  function consoleErrors(page: Page): string[] {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // The console does not name the request that failed: its method, address and status do.
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.request().method()} ${new URL(r.url()).pathname} ${r.status()}`);
    });
    return errors;
  }

  /** Clicks the button and checks the download: its response is application/pdf, its bytes start with %PDF. */
  async function expectPdfDownload(page: Page, button: Locator, name: RegExp): Promise<void> {
    await button.waitFor();
    const href = await button.getAttribute('href');
    expect(href).toMatch(/\.pdf(\?|$)/);
    const path = new URL(href!, s.server.url).pathname;
    const [download, response] = await Promise.all([
      page.waitForEvent('download'),
      page.waitForResponse((r) => new URL(r.url()).pathname === path),
      button.click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(download.suggestedFilename()).toMatch(name);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(500);
  }

  it('legal statistics: the commission member downloads the publication PDF', async () => {
    const { page } = s;
    const errors = consoleErrors(page);
    await signIn(page, s.server.url, 'commission.member');
    await page.goto(`${s.server.url}/legal/statistics`);
    await page.getByTestId('legal-stats-offences').waitFor();
    await expectPdfDownload(page, page.getByTestId('legal-stats-pdf'), /^special-methods-\d{4}-\d{2}-\d{4}-\d{2}-publication\.pdf$/);
    // The screen is still there: a download, not a navigation away.
    await page.getByTestId('legal-stats').waitFor();
    expect(errors).toEqual([]);
    expectCleanPage(s);
  });

  it('crisis: the crisis officer downloads the situation report from the incident page and its timeline', async () => {
    const { page } = s;
    const errors = consoleErrors(page);
    const officer = await s.server.client('crisis.officer');
    const incident = ((await officer.get('/api/crisis/incidents')).body.items as Array<{ id: string; title: string }>).find((i) => i.title.startsWith('Exercise Quiet Harbour'))!.id;
    await signIn(page, s.server.url, 'crisis.officer');
    await page.goto(`${s.server.url}/crisis/${incident}`);
    await page.getByTestId('incident-page').waitFor();
    await expectPdfDownload(page, page.getByTestId('incident-page').getByTestId('report-pdf'), /^EXERCISE-sitrep-.*\.pdf$/);
    await page.getByTestId('timeline-link').click();
    await page.getByTestId('timeline-page').waitFor();
    await expectPdfDownload(page, page.getByTestId('timeline-page').getByTestId('report-pdf'), /^EXERCISE-sitrep-.*\.pdf$/);
    expect(errors).toEqual([]);
    expectCleanPage(s);
  });

  it('evaluation: the evaluation analyst downloads the result of a run', async () => {
    const { page } = s;
    const errors = consoleErrors(page);
    const analyst = await s.server.client('evaluation.analyst');
    const indicator = ((await analyst.get('/api/evaluation/indicators')).body as Array<{ id: string; code: string }>).find((i) => i.code === 'ftf-departures')!.id;
    await signIn(page, s.server.url, 'evaluation.analyst');
    await page.goto(`${s.server.url}/evaluation/run?indicator=${indicator}&nis=23088&at=2014-05-01`);
    await page.getByTestId('evaluation-result').waitFor();
    await expectPdfDownload(page, page.getByTestId('evaluation-pdf'), /^evaluation-ftf-departures-23088\.pdf$/);
    await page.getByTestId('evaluation-result').waitFor();
    expect(errors).toEqual([]);
    expectCleanPage(s);
  });
});
