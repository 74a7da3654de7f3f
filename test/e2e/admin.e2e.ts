/** Administration: the administrator creates a user, who can then sign in. */
import { expect, it } from 'vitest';
import { describeBrowser, expectCleanPage, signIn, useBrowser } from './browser.ts';

describeBrowser('administration', () => {
  const s = useBrowser();

  it('creates a user with roles and clearance', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'admin');
    await page.getByTestId('nav-admin').click();
    await page.getByTestId('users-table').waitFor();
    await page.getByTestId('new-user').click();
    const form = page.getByTestId('user-form');
    await form.waitFor();
    await form.locator('input[name="username"]').fill('analyst.new');
    await form.locator('input[name="displayName"]').fill('New Analyst');
    await form.getByTestId('user-org').click();
    await page.getByRole('option', { name: 'Federal Judicial Police' }).click();
    await form.getByRole('checkbox', { name: 'intel write' }).check();
    await form.locator('input[name="password"]').fill('short');
    await page.getByTestId('user-save').click();
    await form.getByText('Use at least 12 characters').first().waitFor();
    await form.locator('input[name="password"]').fill('a-long-enough-password');
    await page.getByTestId('user-save').click();
    await form.waitFor({ state: 'detached' });
    const row = page.getByTestId('users-table').locator('tr', { hasText: 'analyst.new' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Intelligence records: read/write');
    expect(await row.textContent()).toContain('Federal Judicial Police');
    expectCleanPage(s);
  });

  it('the new user signs in', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'analyst.new', 'a-long-enough-password');
    expect(await page.getByTestId('user-org').textContent()).toBe('Federal Judicial Police');
    await page.getByTestId('nav-search').waitFor();
  });
});
