/**
 * The cultural-competency training on a phone-sized screen (390 × 844): installable (manifest, icons,
 * a service worker for the training pages), a module completed in Dutch without sideways scrolling,
 * and the trainer's team results withheld for a team under five.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeBrowser, expectCleanPage, SCREENSHOTS, signIn, useBrowser } from './browser.ts';

describeBrowser('prevention: training app', () => {
  const s = useBrowser();

  it('is completed on a 390 × 844 screen and can be installed', async () => {
    const ctx = await s.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'en-GB', reducedMotion: 'reduce' });
    ctx.setDefaultTimeout(15_000);
    try {
      const page = await ctx.newPage();
      page.on('pageerror', (e) => s.errors.push(`pageerror: ${e.message}`));
      await signIn(page, s.server.url, 'training.officer');
      await page.goto(`${s.server.url}/training`);
      await page.getByTestId('training-module').first().waitFor();
      // Installable: the manifest is linked and valid, its icons load, the service worker controls /training.
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      const manifest = await page.evaluate(async (h) => (await fetch(h!)).json(), href);
      expect(manifest).toMatchObject({ start_url: '/training', scope: '/training', display: 'standalone' });
      for (const icon of manifest.icons as Array<{ src: string }>) expect(await page.evaluate(async (src) => (await fetch(src)).headers.get('content-type'), icon.src)).toBe('image/png');
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(`${s.server.url}/training`);

      await page.getByTestId('training-lang').getByText('NL').click();
      await page.getByTestId('training-module').filter({ hasText: 'Eerste contact in een diverse wijk' }).getByTestId('start-module').click();
      // The content is in Dutch, the interface stays in the user's language.
      await page.getByTestId('situation').filter({ hasText: 'Je stelt je voor in een buurthuis' }).waitFor();
      for (let i = 0; i < 3; i++) {
        await page.getByTestId('scenario-count').filter({ hasText: `Scenario ${i + 1} of 3` }).waitFor();
        await page.getByTestId('option').first().click();
        await page.getByTestId('feedback').waitFor();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(390);
        if (i < 2) await page.getByTestId('next-scenario').click();
      }
      await page.getByTestId('module-done').waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, 'prevention-training-phone.png'), fullPage: true });
      await page.goto(`${s.server.url}/training?lang=en`);
      await page.getByTestId('training-module').filter({ hasText: 'First contact' }).getByText('3 of 3 answered', { exact: false }).waitFor();
      expectCleanPage(s);
    } finally {
      await ctx.close();
    }
  });

  it("shows the trainer team aggregates, without a score for a team under five", async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'trainer');
    await page.goto(`${s.server.url}/training/teams`);
    const small = page.getByTestId('team').filter({ hasText: 'community team' });
    await small.getByTestId('team-score').first().filter({ hasText: 'No score: fewer than five people' }).waitFor();
    const big = page.getByTestId('team').filter({ hasText: 'patrol team A' });
    await big.getByTestId('team-score').first().filter({ hasText: /Mean score: \d+%/ }).waitFor();
    expectCleanPage(s);
  });
});
