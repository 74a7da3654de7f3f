/**
 * Phone (390 px wide): the main screens fit the width (no horizontal scrolling of the page), the header
 * keeps the user and Sign out in its menu, and the hit review stacks the traveller over the listed entry.
 * The login page asks nothing of /api/auth/me while signed out (no 401 in the console).
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../helpers/backend.ts';
import { describeBrowser, expectCleanPage, useBrowser } from './browser.ts';

const WIDTH = 390;

async function phone(page: Page): Promise<void> {
  await page.setViewportSize({ width: WIDTH, height: 844 });
}

/** The page is no wider than the phone (tables scroll inside their own container). */
async function expectFits(page: Page, what: string): Promise<void> {
  await page.waitForTimeout(300); // charts and graphs lay out after the data arrives
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${what}: page width ${width} px at ${WIDTH} px`).toBeLessThanOrEqual(WIDTH);
}

/** Signs in through the form at phone width, watching the console for a 401 on the way. */
async function signInOnPhone(page: Page, base: string, username: string): Promise<string[]> {
  const unauthorised: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /401/.test(m.text())) unauthorised.push(m.text());
  });
  await page.goto(`${base}/login`);
  await page.getByLabel('Username').waitFor();
  await expectFits(page, 'login');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('user-menu').waitFor();
  return unauthorised;
}

/** The account menu shows who is signed in and offers Sign out. */
async function expectAccountMenu(page: Page, name: RegExp): Promise<void> {
  await page.getByTestId('user-menu').click();
  const who = page.getByTestId('menu-user');
  await who.waitFor();
  expect(await who.textContent()).toMatch(name);
  await page.getByTestId('menu-logout').waitFor({ state: 'visible' });
  const box = await page.getByTestId('menu-logout').boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= WIDTH).toBe(true);
  await page.keyboard.press('Escape');
}

describeBrowser('phone (390 px)', () => {
  const s = useBrowser();

  it('fits search, a subject and the administration, with the user and Sign out in the header menu', async () => {
    const { page } = s;
    await phone(page);
    const unauthorised = await signInOnPhone(page, s.server.url, 'analyst.intel');
    expect(unauthorised, 'the signed-out login page logs no 401').toEqual([]);
    await expectFits(page, 'home');
    await expectAccountMenu(page, /analyst\.intel/);

    // Navigation through the burger; the search with a result list.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByTestId('nav-search').click();
    await page.locator('#subject-search').fill('a');
    await page.keyboard.press('Enter');
    const first = page.locator('a[href^="/subjects/"]').first();
    await first.waitFor();
    await expectFits(page, 'search');

    // A subject: markings, identity, threat chart, reports and the link graph.
    await first.click();
    await page.getByTestId('subject-name').waitFor();
    await page.getByTestId('identity').waitFor();
    await expectFits(page, 'subject');

    // Sign out from the menu.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-logout').click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();

    // The administrator's screens.
    await signInOnPhone(page, s.server.url, 'admin');
    await expectAccountMenu(page, /Administrator/);
    await page.goto(`${s.server.url}/admin`);
    await page.getByTestId('users-table').waitFor();
    await expectFits(page, 'admin');
    expectCleanPage(s);
  });

  it('stacks the traveller over the listed entry in the hit review', async () => {
    const { page } = s;
    // A traveller who is a national subject the officer may read in full (demo data): one hit to review.
    const officer = await s.server.client('border.officer');
    const found = (await officer.get('/api/subjects?q=a&limit=50')).body as { results: Array<{ names: string[]; birthDate: string | null; kind: string }> };
    const person = found.results.find((r) => r.kind === 'person' && r.birthDate && r.birthDate.length === 10)!;
    expect(person, 'a person the border officer reads in full').toBeTruthy();
    const screened = await officer.post('/api/screening/screen', { name: person.names[0], birthDate: person.birthDate });
    expect([200, 201]).toContain(screened.status);
    const hitId = (screened.body as { hits: Array<{ id: string }> }).hits[0]!.id;

    await phone(page);
    await signInOnPhone(page, s.server.url, 'border.officer');
    await page.goto(`${s.server.url}/screening`);
    await page.getByTestId('batches').waitFor();
    await expectFits(page, 'screening');

    await page.goto(`${s.server.url}/screening/hits/${hitId}`);
    const comparison = page.getByTestId('comparison');
    await comparison.waitFor();
    expect(await comparison.getAttribute('data-layout')).toBe('stacked');
    const traveller = await comparison.getByTestId('stacked-traveller').first().boundingBox();
    const entry = await comparison.getByTestId('stacked-entry').first().boundingBox();
    expect(traveller && entry && entry.y >= traveller.y + traveller.height - 1).toBe(true);
    expect(traveller!.width).toBeGreaterThan(WIDTH / 2);
    await page.getByTestId('decision-form').waitFor();
    await expectFits(page, 'hit review');
    await expectAccountMenu(page, /border\.officer/);
    expectCleanPage(s);
  });
});
