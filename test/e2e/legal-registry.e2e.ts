/**
 * Legal bases from the registry in the browser (issue #16): an intelligence analyst chooses a subject's
 * legal basis from the registry (searchable by article and title; a free text shows "not in registry");
 * the registrar amends that basis; on the old version's page, a head of the same service sees the
 * subject listed for review.
 */
import { expect, it } from 'vitest';
import { describeBrowser, expectCleanPage, signIn, useBrowser } from './browser.ts';

describeBrowser('legal: bases from the registry', () => {
  const s = useBrowser();

  it('chooses a basis from the registry and lists the record for review after the basis is amended', async () => {
    const { page } = s;
    const name = 'Ilse Marwitz-Synthetic';
    await signIn(page, s.server.url, 'analyst.intel');
    await page.getByTestId('nav-subjects').click();
    await page.getByTestId('new-subject').click();
    await page.getByTestId('subject-form').waitFor();
    await page.locator('input[name="names.0"]').fill(name);
    const basis = page.locator('input[name="markings.legalBasis"]');
    await basis.fill('Some older act, art. 1');
    await page.getByTestId('legal-basis-status').getByText('not in registry').waitFor();
    await basis.fill('passenger');
    await page.getByRole('option', { name: /art\. 8 — Processing of passenger data/ }).click();
    await page.getByTestId('legal-basis-status').getByText('Legal registry: art. 8').waitFor();
    expect(await basis.inputValue()).toBe('Processing of passenger data (art. 8, Law of 25 December 2016 on the processing of passenger data)');
    await page.locator('input[name="markings.purpose"]').fill('border screening');
    await page.keyboard.press('Escape');
    await page.getByTestId('subject-save').click();
    await page.getByTestId('subject-name').waitFor();
    expectCleanPage(s);

    // Typed as the interface writes dates (en: DD/MM/YYYY).
    const [y, mo, d] = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10).split('-');
    const tomorrow = `${d}/${mo}/${y}`;
    const registrar = await s.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', reducedMotion: 'reduce' });
    let oldUrl = '';
    try {
      const r = await registrar.newPage();
      await signIn(r, s.server.url, 'legal.registrar');
      await r.goto(`${s.server.url}/legal`);
      await r.getByRole('tab', { name: 'Registry' }).click();
      // Two bases cite an art. 8 (passenger data; threat analysis, migration 0036): the passenger-data one.
      await r.getByRole('row').filter({ hasText: 'passenger data' }).getByRole('link', { name: 'art. 8', exact: true }).click();
      await r.waitForURL(/\/legal\/registry\/[0-9a-f-]{36}$/);
      oldUrl = r.url();
      await r.goto(`${s.server.url}/legal`);
      await r.getByRole('tab', { name: 'Registry' }).click();
      const row = r.getByRole('row').filter({ hasText: 'passenger data' }).filter({ has: r.getByRole('link', { name: 'art. 8', exact: true }) });
      await row.getByRole('button', { name: 'Amend (new version)' }).click();
      await row.getByLabel('Valid from').fill(tomorrow);
      await row.getByRole('button', { name: 'Save' }).click();
      await r.getByRole('button', { name: 'Amend (new version)' }).first().waitFor();
    } finally {
      await registrar.close();
    }

    const head = await s.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', reducedMotion: 'reduce' });
    try {
      const h = await head.newPage();
      await signIn(h, s.server.url, 'head.civil');
      await h.goto(oldUrl);
      const review = h.getByTestId('registry-review');
      await review.getByText('This basis was amended').waitFor();
      await review.getByRole('link', { name }).waitFor();
      await h.getByText('Replaced by').waitFor();
    } finally {
      await head.close();
    }
  });
});
