/**
 * Public alerts in the browser: the editor composes an alert in four languages (live SMS counter, area
 * by municipality) and submits it; the issuing authority, in another browser context, sees the XML
 * preview, approves and publishes; the public feed then lists it and its message validates.
 */
import { expect, it } from 'vitest';
import { alertContent, hasXmllint, validateCap } from '../integration/alerts-fixtures.ts';
import { describeBrowser, expectCleanPage, pick, signIn, useBrowser } from './browser.ts';

describeBrowser('public alerts', () => {
  const s = useBrowser();

  it('composes, has a second person approve and publish, and the feed shows it', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'alert.editor');
    await page.goto(`${s.server.url}/alerts`);
    await page.getByTestId('alerts-table').waitFor();
    // The demo's published exercise alerts are listed with the EXERCISE mark.
    expect(await page.getByTestId('exercise-badge').count()).toBeGreaterThan(0);
    await page.getByTestId('new-alert').click();
    await page.getByTestId('alert-page').waitFor();
    const c = alertContent({ headline: 'Browser alert' });
    await pick(page, 'alert-status', 'Exercise');
    for (const [i, info] of c.info.entries()) {
      await page.getByTestId(`tab-${info.language}`).click();
      await page.getByTestId('info-event').fill(info.event);
      await page.getByTestId('info-headline').fill(`Browser alert ${i}`);
      await page.getByTestId('info-description').fill(info.description);
      await page.getByTestId('info-instruction').fill(info.instruction);
      await page.getByTestId('info-sms').fill(i === 1 ? 'Fenêtres fermées' : info.sms);
      if (i === 1) {
        // The counter knows that ê forces UCS-2 (70 characters), and names the character.
        expect(await page.getByTestId('sms-count').textContent()).toContain('/ 70 (UCS-2)');
        expect(await page.getByTestId('sms-ucs2').textContent()).toContain('ê');
        await page.getByTestId('info-sms').fill(info.sms);
        expect(await page.getByTestId('sms-count').textContent()).toContain('/ 160 (GSM-7)');
      }
    }
    const expires = new Date(Date.now() + 5 * 3_600_000);
    const local = new Date(expires.getTime() - expires.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    // The date-time field takes the interface language's order (en: DD/MM/YYYY) and a 24-hour time.
    await page.getByTestId('alert-expires').fill(`${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`);
    await page.getByTestId('alert-expires-time').fill(local.slice(11, 16));
    await page.getByTestId('area-description').fill('Brussels centre (browser test)');
    const munis = page.getByTestId('area-municipalities');
    await munis.click();
    await munis.fill('Elsene');
    await page.getByRole('option', { name: /Elsene/ }).first().click();
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('area-summary').textContent()).toContain('1 municipality');
    await page.getByTestId('submit-alert').click();
    await page.getByTestId('review-diff').waitFor();
    expect(await page.getByTestId('alert-state').first().textContent()).toBe('Awaiting approval');
    const id = page.url().split('/alerts/')[1]!;

    // The issuing authority, in another browser context.
    const other = await s.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', reducedMotion: 'reduce' });
    other.setDefaultTimeout(15_000);
    try {
      const p2 = await other.newPage();
      p2.on('dialog', (d) => void d.accept());
      await signIn(p2, s.server.url, 'alert.authority');
      await p2.goto(`${s.server.url}/alerts/${id}`);
      await p2.getByTestId('exercise-banner').waitFor();
      await p2.getByText('<status>Exercise</status>').waitFor();
      expect(await p2.getByTestId('alert-xml').textContent()).toContain('<valueName>NIS</valueName>');
      await p2.getByTestId('approve-alert').click();
      await p2.getByTestId('publish-alert').click();
      await p2.getByTestId('publish-alert-confirm').click();
      await p2.getByTestId('alert-xml-link').waitFor();
      expect(await p2.getByTestId('alert-state').first().textContent()).toBe('Published');
    } finally {
      await other.close();
    }

    const feed = await (await fetch(`${s.server.url}/cap/feed.atom`)).text();
    expect(feed).toContain(`/cap/alerts/${id}.xml`);
    expect(feed).toContain('EXERCISE: Browser alert 3');
    const xml = await (await fetch(`${s.server.url}/cap/alerts/${id}.xml`)).text();
    if (hasXmllint) expect(validateCap(xml).ok).toBe(true);
    // The editor's screen shows the published state and the Update/Cancel actions.
    await page.reload();
    await page.getByTestId('update-alert').waitFor();
    expectCleanPage(s);
  }, 300_000);
});
