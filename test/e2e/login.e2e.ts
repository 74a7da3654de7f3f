/** Sign-in: a clear message for a wrong password, the shell after success, sign-out back to the login page. */
import { expect, it } from 'vitest';
import { describeBrowser, expectCleanPage, signIn, useBrowser } from './browser.ts';

describeBrowser('login', () => {
  const s = useBrowser();

  it('shows a clear message for a wrong password', async () => {
    const { page } = s;
    await page.goto(`${s.server.url}/`);
    await page.getByLabel('Username').fill('analyst.intel');
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const err = page.getByTestId('login-error');
    await err.waitFor();
    expect(await err.textContent()).toContain('Wrong username or password.');
    expectCleanPage(s);
  });

  it('signs in, shows user, organisation and clearance, and signs out', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'analyst.intel');
    expect(await page.getByTestId('user-name').textContent()).toContain('analyst.intel');
    expect(await page.getByTestId('user-org').textContent()).toBe('Civil Intelligence Service');
    // Navigation by role: intelligence and threat, but no administration or oversight.
    await page.getByTestId('nav-search').waitFor();
    await page.getByTestId('nav-threat').waitFor();
    expect(await page.getByTestId('nav-admin').count()).toBe(0);
    expect(await page.getByTestId('nav-oversight').count()).toBe(0);
    // A reload keeps the session (CSRF token from sessionStorage): a write still works.
    await page.reload();
    await page.getByTestId('user-menu').waitFor();
    await page.getByTestId('logout').click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expectCleanPage(s);
  });
});
