/**
 * Where each user lands after signing in: the first screen of the menu they may use, never one the
 * server refuses them. A member of an oversight body (the commission on special methods) once landed on
 * the officers' training, whose modules the server refuses them (403), and the page logged the refusal.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, expectCleanPage, signIn, useBrowser } from './browser.ts';

describeBrowser('landing after sign-in', () => {
  const s = useBrowser();

  /** Every refused or failed response of the page, named by method, path and status. */
  function refusals(page: Page): string[] {
    const out: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) out.push(`${r.request().method()} ${new URL(r.url()).pathname} ${r.status()}`);
    });
    return out;
  }

  it('lands a commission member on the legal screens, without the training and without a refused request', async () => {
    const { page } = s;
    const refused = refusals(page);
    await signIn(page, s.server.url, 'commission.member');
    await page.waitForURL(/\/legal/);
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('nav-training').count()).toBe(0);
    expect(await page.getByTestId('nav-legal').count()).toBe(1);
    // The training's address itself is not offered either: it answers as any screen they may not use.
    await page.goto(`${s.server.url}/training`);
    await page.waitForLoadState('networkidle');
    expect(refused).toEqual([]);
    expectCleanPage(s);
  });

  it('still offers the training to an officer', async () => {
    const ctx = await s.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    try {
      await signIn(page, s.server.url, 'border.officer');
      await page.getByTestId('nav-training').click();
      await page.waitForURL(/\/training$/);
      await page.waitForLoadState('networkidle');
      expect(await page.getByTestId('nav-training').count()).toBe(1);
    } finally {
      await ctx.close();
    }
  });
});
