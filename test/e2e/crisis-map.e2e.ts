/**
 * The incident map in the browser: the crisis officer declares an exercise incident (the declare form
 * carries a small map to pick the place), requests two units (one with its position typed in the
 * request form), opens its map (EXERCISE watermark), places the other unit (clicking the map where WebGL
 * draws it, else with the fields) and sees both on the map, draws a circle cordon (the same way), sees it
 * listed, and lifts it.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SCREENSHOTS, describeBrowser, pick, signIn, useBrowser } from './browser.ts';

describeBrowser('crisis incident map', () => {
  const s = useBrowser();

  it('places units on the incident map, draws a circle cordon, lists it, and lifts it', async () => {
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

    // Two units: one requested with its position, one without (placed on the map below).
    const request = async (name: string, at?: [string, string]) => {
      await page.getByTestId('unit-add-open').click();
      await page.getByTestId('unit-name').fill(name);
      await page.getByTestId('unit-kind').fill('ambulance');
      await pick(page, 'unit-org', 'Medical Emergency Service Riverside');
      if (at) {
        await page.getByTestId('unit-lat').fill(at[0]);
        await page.getByTestId('unit-lon').fill('');
        expect(await page.getByTestId('unit-submit').isDisabled()).toBe(true); // latitude without longitude
        await page.getByTestId('unit-lon').fill(at[1]);
      }
      await page.getByTestId('unit-submit').click();
      await page.getByTestId('unit-row').filter({ hasText: name }).waitFor();
    };
    await request('Ambulance 31', ['50.8470', '4.3540']);
    await request('Ambulance 32');
    await expect.poll(() => page.getByTestId('unit-row').filter({ hasText: 'Ambulance 31' }).getByTestId('unit-position').textContent()).toBe('50.84700, 4.35400');
    expect(await page.getByTestId('unit-row').filter({ hasText: 'Ambulance 32' }).getByTestId('unit-position').textContent()).toBe('no position');

    await page.getByTestId('map-link').click();
    await page.getByTestId('incident-map-page').waitFor();
    await page.getByTestId('exercise-watermark').waitFor();
    await page.getByTestId('map-legend').waitFor();
    const map = page.getByTestId('area-map');
    const drawn = await map.locator('xpath=self::*[@data-ready="yes"]').waitFor({ timeout: 8_000 }).then(() => true, () => false);
    const labels = () => page.getByTestId('map-marker-label').allTextContents();
    // The map is at the top of the page: scrolled back there (below the sticky header) before clicking it.
    const mapBox = async () => { await page.evaluate(() => window.scrollTo(0, 0)); return (await map.boundingBox())!; };
    if (drawn) await expect.poll(labels).toContain('Ambulance 31 · Requested');
    await page.getByTestId('map-unplaced').filter({ hasText: '1 unit has no position' }).waitFor();

    // Place the other unit: choose it, click its place on the map (or type it), save.
    await pick(page, 'unit-place-select', /Ambulance 32/);
    if (drawn) {
      const box = await mapBox();
      await page.mouse.click(box.x + box.width / 2 - 80, box.y + box.height / 2 - 40);
      await expect.poll(() => page.getByTestId('unit-place-lat').inputValue()).not.toBe('');
    } else {
      await page.getByTestId('unit-place-lat').fill('50.8480');
      await page.getByTestId('unit-place-lon').fill('4.3500');
    }
    await page.getByTestId('unit-place-save').click();
    await expect.poll(() => page.getByTestId('map-unplaced').count()).toBe(0);
    if (drawn) await expect.poll(labels).toEqual(expect.arrayContaining(['Ambulance 31 · Requested', 'Ambulance 32 · Requested']));

    await page.getByTestId('cordon-mode').getByText('Circle').click();
    if (drawn) {
      const box = await mapBox();
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
    console.info(`crisis map e2e: unit placed and circle ${drawn ? 'drawn by clicking the map' : 'entered in the fields (no WebGL)'}`);
  });
});
