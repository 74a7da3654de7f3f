/**
 * Subjects classified by offence in the browser (issue #16): an intelligence analyst classifies a
 * subject from the registry's offences on its page; a head of the same service sees it listed on the
 * offence's registry page.
 */
import { expect, it } from 'vitest';
import { describeBrowser, expectCleanPage, signIn, useBrowser } from './browser.ts';

describeBrowser('subjects classified by offence', () => {
  const s = useBrowser();

  it('classifies a subject and lists it under the offence', async () => {
    const { page } = s;
    const name = 'Odile Verhaegen-Synthetic';
    await signIn(page, s.server.url, 'analyst.intel');
    await page.getByTestId('nav-subjects').click();
    await page.getByTestId('new-subject').click();
    await page.getByTestId('subject-form').waitFor();
    await page.locator('input[name="names.0"]').fill(name);
    await page.locator('input[name="markings.legalBasis"]').fill('Law of 30 November 1998, art. 7');
    await page.locator('input[name="markings.purpose"]').fill('border screening');
    await page.keyboard.press('Escape');
    await page.getByTestId('subject-save').click();
    await page.getByTestId('subject-name').waitFor();
    const subjectUrl = page.url();
    const section = page.getByTestId('offences-section');
    await section.getByText('Not classified by offence.').waitFor();
    await page.getByTestId('edit-offences').click();
    await page.getByTestId('offences-select').click();
    await page.getByRole('option', { name: /art\. 140 — Participation/ }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('save-offences').click();
    await page.getByTestId('offence-cc-140').waitFor();
    expectCleanPage(s);

    const head = await s.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', reducedMotion: 'reduce' });
    try {
      const h = await head.newPage();
      await signIn(h, s.server.url, 'head.civil');
      await h.goto(`${s.server.url}/legal`);
      await h.getByRole('tab', { name: 'Registry' }).click();
      await h.getByRole('link', { name: 'art. 140', exact: true }).click();
      await h.waitForURL(/\/legal\/registry\/[0-9a-f-]{36}$/);
      await h.getByTestId('offence-subjects').getByRole('link', { name }).waitFor();
      expect(await h.getByTestId('offence-subjects-count').textContent()).toBe('1 subject you may read');
      await h.getByTestId('offence-subjects').getByRole('link', { name }).click();
      await h.waitForURL(subjectUrl);
    } finally {
      await head.close();
    }
  });
});
