/**
 * What a municipal prevention official creates on the screens: a cell shared by two municipalities
 * with its coordinator, a meeting of that cell with its agenda, a programme, and a CVE exchange with
 * donor municipalities and a partner city abroad — each listed afterwards where the official looks.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, expectCleanPage, pick, SCREENSHOTS, signIn, useBrowser } from './browser.ts';

/** Picks options of a searchable Mantine MultiSelect by typing part of each and clicking the option. */
async function pickMany(page: Page, testId: string, options: Array<[string, RegExp]>): Promise<void> {
  const input = page.getByTestId(testId);
  for (const [typed, option] of options) {
    await input.click();
    await input.fill(typed);
    await page.getByRole('option', { name: option }).first().click();
  }
  await page.keyboard.press('Escape');
}

describeBrowser('prevention: creating cells, meetings, programmes and exchanges', () => {
  const s = useBrowser();

  it('creates a cell for two municipalities, a meeting with an agenda, a programme and an exchange with donor municipalities, and lists them', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'prevention.official');

    // A cell shared by Asse and Liedekerke, coordinated by the official's own prevention service.
    await page.goto(`${s.server.url}/prevention`);
    const form = page.getByTestId('new-cell');
    await form.getByTestId('cell-name').fill('LIVC-R Asse–Liedekerke');
    await pickMany(page, 'cell-municipalities', [['Asse', /^Asse \(23002\)/], ['Liedekerke', /^Liedekerke/]]);
    await pick(page, 'cell-coordinator', /Municipal Prevention Service Riverside/);
    await form.getByTestId('create-cell').click();
    const cell = page.getByTestId('cell').filter({ hasText: 'LIVC-R Asse–Liedekerke' });
    await cell.getByTestId('cell-municipality-list').filter({ hasText: 'Asse, Liedekerke' }).waitFor();
    expect(await cell.getByTestId('cell-member').count()).toBe(1);

    // A member joins, changes role, then leaves with a reason; the history keeps them.
    await cell.getByTestId('member-user').click();
    await page.getByRole('option', { name: /Riverside Social Services/ }).first().click();
    await cell.getByTestId('add-member-button').click();
    const joined = cell.getByTestId('cell-member').filter({ hasText: 'social services' });
    await joined.getByTestId('change-member').click();
    await pick(page, 'change-member-role', 'youth services');
    await cell.getByTestId('save-member').click();
    const moved = cell.getByTestId('cell-member').filter({ hasText: 'youth services' });
    await moved.getByTestId('remove-member').click();
    await cell.getByTestId('remove-member-reason').fill('Moved to another service');
    await cell.getByTestId('confirm-remove-member').click();
    await cell.getByTestId('membership-history-toggle').click();
    await cell.getByTestId('former-member').filter({ hasText: 'youth services' }).waitFor();
    expect(await cell.getByTestId('cell-member').count()).toBe(1);

    // A meeting of the new cell with two agenda items.
    const meeting = cell.getByTestId('new-meeting');
    await meeting.getByTestId('agenda-title').first().fill('Opening of the cell and its members');
    await meeting.getByTestId('agenda-add').click();
    await meeting.getByTestId('agenda-title').nth(1).fill('Working agreements on shared professional secrecy');
    await meeting.getByTestId('schedule-meeting').click();
    await page.getByTestId('agenda-item').filter({ hasText: 'Working agreements on shared professional secrecy' }).waitFor();
    expect((await page.getByTestId('agenda-item').allTextContents()).map((x) => x.trim())).toEqual(['Opening of the cell and its members', 'Working agreements on shared professional secrecy']);
    await page.goto(`${s.server.url}/prevention`);
    await page.getByTestId('cell').filter({ hasText: 'LIVC-R Asse–Liedekerke' }).getByTestId('meeting-link').first().waitFor();

    // A programme of the official's service.
    await page.goto(`${s.server.url}/prevention/programmes`);
    await page.getByTestId('new-programme-button').click();
    await page.getByTestId('programme-name').fill('Asse Family Support');
    await pickMany(page, 'programme-municipality', [['Asse', /^Asse \(23002\)/]]);
    await page.getByTestId('create-programme').click();
    await page.getByTestId('programme-detail').filter({ hasText: 'Asse Family Support' }).waitFor();
    await page.getByTestId('partner-name').fill('Asse Community Centre');
    await page.getByTestId('add-partner').click();
    await page.getByTestId('programme-detail').getByText('Asse Community Centre').waitFor();
    await page.getByTestId('edit-programme-button').click();
    // The date field takes the interface language's order (en: DD/MM/YYYY), sends YYYY-MM-DD, and the
    // page shows the date the same way.
    const start = page.getByTestId('edit-programme-start');
    await start.fill('15/01/2026');
    expect(await start.getAttribute('data-iso')).toBe('2026-01-15');
    await page.getByTestId('save-programme').click();
    await page.getByTestId('programme-dates').filter({ hasText: '15/01/2026' }).waitFor();
    await page.getByTestId('programme').filter({ hasText: 'Asse Family Support' }).waitFor();

    // A Young Cities exchange hosted by Vilvoorde, with Antwerpen and Liège as donor municipalities.
    await page.goto(`${s.server.url}/prevention/exchanges`);
    await page.getByTestId('new-exchange-button').click();
    await pick(page, 'exchange-type', 'Young Cities');
    await page.getByTestId('exchange-title').fill('Young Cities mentoring for Vilvoorde youth leaders');
    await pickMany(page, 'exchange-city', [['Vilvoorde', /^Vilvoorde/]]);
    await pickMany(page, 'exchange-donors', [['Antwerpen', /^Antwerpen/], ['Liège', /^Liège/]]);
    await page.getByTestId('exchange-start').fill('01/03/2026');
    const partners = page.getByTestId('exchange-partners');
    await partners.fill('Rotterdam');
    await partners.press('Enter');
    await page.getByTestId('save-exchange').click();
    await page.getByTestId('exchange-donors-detail').filter({ hasText: 'Antwerpen, Liège' }).waitFor();
    const row = page.getByTestId('exchange-row').filter({ hasText: 'Young Cities mentoring for Vilvoorde youth leaders' });
    expect(await row.getByTestId('exchange-donor-list').textContent()).toBe('Antwerpen, Liège');
    expect(await row.textContent()).toContain('Rotterdam');
    expect(await page.getByTestId('exchange-detail').textContent()).toContain('01/03/2026');
    await page.screenshot({ path: join(SCREENSHOTS, 'prevention-exchange-donors.png'), fullPage: true });
    expectCleanPage(s);
  });
});
