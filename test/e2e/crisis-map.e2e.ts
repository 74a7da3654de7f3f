/**
 * The incident map in the browser: the crisis officer declares an exercise incident (the declare form
 * carries a small map to pick the place), opens its map (EXERCISE watermark), draws a circle cordon
 * (by clicking the map where WebGL draws it, else with the circle fields), sees it listed, and lifts it.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SCREENSHOTS, describeBrowser, pick, signIn, useBrowser } from './browser.ts';

describeBrowser('crisis incident map', () => {
  const s = useBrowser();

  it('draws a circle cordon on the incident map, lists it, and lifts it', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'crisis.officer');
    await page.goto(`${s.server.url}/crisis`);
    await page.getByTestId('declare-open').click();
    await page.getByTestId('declare-title').fill('Browser map incident');
    await page.getByTestId('declare-municipality').fill('Brussels');
    await pick(page, 'declare-type', 'Explosion');
    await page.getByTestId('declare-exercise').check();
    // Place picking: a click on the small map sets latitude and longitude.
    const small = page.getByTestId('declare-map').getByTestId('area-map');
    if (await small.locator('xpath=self::*[@data-ready="yes"]').waitFor({ timeout: 8_000 }).then(() => true, () => false)) {
      const before = await page.getByTestId('declare-lat').inputValue();
      const b = (await small.boundingBox())!;
      await page.mouse.click(b.x + b.width * 0.4, b.y + b.height * 0.4);
      await expect.poll(() => page.getByTestId('declare-lat').inputValue()).not.toBe(before);
    }
    await page.getByTestId('declare-submit').click();
    await page.getByTestId('incident-page').waitFor();

    await page.getByTestId('map-link').click();
    await page.getByTestId('incident-map-page').waitFor();
    await page.getByTestId('exercise-watermark').waitFor();
    await page.getByTestId('map-legend').waitFor();

    await page.getByTestId('cordon-mode').getByText('Circle').click();
    const map = page.getByTestId('area-map');
    const drawn = await map.locator('xpath=self::*[@data-ready="yes"]').waitFor({ timeout: 8_000 }).then(() => true, () => false);
    if (drawn) {
      const box = (await map.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.click(box.x + box.width / 2 + 60, box.y + box.height / 2);
      await expect.poll(async () => Number(await page.getByTestId('cordon-radius').inputValue())).toBeGreaterThan(0);
    } else {
      await page.getByTestId('cordon-lat').fill('50.8466');
      await page.getByTestId('cordon-lon').fill('4.3528');
      await page.getByTestId('cordon-radius').fill('0.3');
    }
    await pick(page, 'cordon-kind', 'Outer cordon');
    await page.getByTestId('cordon-label').fill('Perimeter around the station');
    await page.getByTestId('cordon-submit').click();
    const row = page.getByTestId('cordon-row').filter({ hasText: 'Perimeter around the station' });
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('active');
    expect(await row.textContent()).toContain('Outer cordon');
    await page.screenshot({ path: join(SCREENSHOTS, 'crisis-map-1440.png'), fullPage: true });

    await row.getByTestId('cordon-lift').click();
    await page.locator('[data-testid="cordon-row"][data-status="lifted"]').waitFor();
    console.info(`crisis map e2e: circle ${drawn ? 'drawn by clicking the map' : 'entered in the fields (no WebGL)'}`);
  });
});
