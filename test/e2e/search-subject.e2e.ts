/** Search finds a demo subject by a name variant without accents; the subject page shows banner, chart, timeline and graph. */
import { expect, it } from 'vitest';
import { join } from 'node:path';
import { describeBrowser, expectCleanPage, SCREENSHOTS, signIn, useBrowser } from './browser.ts';

describeBrowser('search and subject page', () => {
  const s = useBrowser();

  it('finds "Évariste Menard" by typing "evariste menard" and opens the record', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'analyst.intel');
    await page.getByTestId('nav-search').click();
    await page.getByTestId('search-input').fill('evariste menard');
    await page.keyboard.press('Enter');
    const link = page.getByTestId('result-link').filter({ hasText: 'Évariste Menard' });
    await link.first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'search-results.png'), fullPage: true });
    await link.first().click();
    await page.getByTestId('subject-name').waitFor();
    expect(await page.getByTestId('subject-name').textContent()).toBe('Évariste Menard');
    // Markings banner first, with classification, TLP and handling code.
    const banner = page.getByTestId('markings-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/TLP:/);
    expect(await banner.textContent()).toMatch(/Legal basis/);
    // Threat history chart (ECharts canvas), timeline with 4x4 grades, link graph (Cytoscape canvas).
    await page.locator('[data-testid="threat-chart"] canvas').first().waitFor();
    await page.getByTestId('timeline').waitFor();
    expect(await page.getByTestId('grade').first().textContent()).toMatch(/^[ABCX][1-4]$/);
    await page.locator('[data-testid="link-graph"] canvas').first().waitFor();
    expectCleanPage(s);
  });

  it('shows "No such record" for an unknown id', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'analyst.intel');
    await page.goto(`${s.server.url}/subjects/00000000-0000-4000-8000-000000000000`);
    await page.getByText('No such record').waitFor();
  });

  it('shows a hit-no-hit answer as "Listed — contact ORGANISATION", and only that on the record page', async () => {
    const { page } = s;
    const intel = await s.server.client('analyst.intel');
    const created = await intel.post('/api/subjects', {
      kind: 'person',
      names: ['Wolfram Quellenberg'],
      markings: {
        classification: 'restricted', tlp: 'amber', distribution: 'organisation', hitNoHit: true,
        legalBasis: 'Organic Act of 30 November 1998 on intelligence services, art. 7', purpose: 'prevention of terrorism', reviewDate: null,
      },
    });
    expect(created.status).toBe(201);
    await signIn(page, s.server.url, 'analyst.police');
    await page.goto(`${s.server.url}/search?q=wolfram%20quellenberg`);
    const hit = page.getByTestId('hit');
    await hit.waitFor();
    expect(await hit.textContent()).toContain('Listed — contact Civil Intelligence Service');
    expect(await page.getByTestId('result-link').count()).toBe(0);
    await page.goto(`${s.server.url}/subjects/${created.body.id}`);
    await page.getByTestId('hit-notice').getByText('This record exists — contact Civil Intelligence Service').waitFor();
    expect(await page.getByTestId('markings-banner').count()).toBe(0);
    expectCleanPage(s);
  });
});
