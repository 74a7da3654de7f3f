/**
 * Crisis screens in the browser: the crisis officer declares an incident and activates a protocol; a user
 * of an organisation not taking part gets the "no such record" page for the incident's address; the
 * incident page follows the live stream (a log entry from another context appears without a reload).
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SCREENSHOTS, describeBrowser, pick, signIn, useBrowser } from './browser.ts';

describeBrowser('crisis incidents', () => {
  const s = useBrowser();

  it('declares an incident, activates a protocol, refuses an outsider, and updates live', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'crisis.officer');
    await page.goto(`${s.server.url}/crisis`);
    await page.getByTestId('declare-open').click();
    await page.getByTestId('declare-title').fill('Browser incident at the station');
    await page.getByTestId('declare-municipality').fill('Brussels');
    await pick(page, 'declare-type', 'Explosion');
    await page.getByTestId('declare-exercise').check();
    await page.getByTestId('declare-submit').click();
    await page.getByTestId('incident-page').waitFor();
    await page.getByTestId('exercise-watermark').waitFor();
    const id = page.url().split('/crisis/')[1]!;

    // Activating a protocol puts its tasks on the board.
    await page.getByTestId('protocol-select').click();
    await page.getByRole('option').first().click();
    await page.getByTestId('protocol-activate').click();
    await page.getByTestId('task-row').first().waitFor();
    expect(await page.getByTestId('task-row').count()).toBeGreaterThan(0);
    await page.getByTestId('live-state').filter({ hasText: 'live' }).waitFor();

    // A second context of the same organisation writes a log entry; the first page shows it without reloading.
    const other = await s.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB', reducedMotion: 'reduce' });
    other.setDefaultTimeout(15_000);
    try {
      const p2 = await other.newPage();
      await signIn(p2, s.server.url, 'crisis.admin');
      await p2.goto(`${s.server.url}/crisis/${id}`);
      await p2.getByTestId('incident-page').waitFor();
      await p2.getByTestId('log-text').fill('Perimeter set at 200 m (browser)');
      await p2.getByTestId('log-submit').click();
      await page.getByTestId('log-entries').getByText('Perimeter set at 200 m (browser)').waitFor();
      await p2.screenshot({ path: join(SCREENSHOTS, 'crisis-incident-390.png'), fullPage: true });
    } finally {
      await other.close();
    }

    // The medical service takes no part in this incident: its user sees "no such record".
    const outsider = await s.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', reducedMotion: 'reduce' });
    outsider.setDefaultTimeout(15_000);
    try {
      const p3 = await outsider.newPage();
      await signIn(p3, s.server.url, 'medical.lead');
      await p3.goto(`${s.server.url}/crisis/${id}`);
      await p3.getByText('No such record').waitFor();
      expect(await p3.getByTestId('incident-page').count()).toBe(0);
    } finally {
      await outsider.close();
    }
  });
});
