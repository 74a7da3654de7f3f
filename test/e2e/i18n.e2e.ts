/** Language switch: Dutch, then French; the choice persists after a reload and on the server. */
import { expect, it } from 'vitest';
import { describeBrowser, expectCleanPage, signIn, useBrowser } from './browser.ts';

describeBrowser('language switch', () => {
  const s = useBrowser();

  it('switches to nl then fr, and fr survives a reload', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'analyst.police');
    await page.getByTestId('nav-search').click();
    expect(await page.getByTestId('nav-search').textContent()).toBe('Search');
    const sw = page.getByTestId('language-switcher');
    await sw.getByText('NL', { exact: true }).click();
    await page.getByTestId('nav-search').getByText('Zoeken').waitFor();
    expect(await page.getByTestId('nav-subjects').textContent()).toBe('Personen');
    expect(await page.getByTestId('logout').textContent()).toBe('Afmelden');
    await sw.getByText('FR', { exact: true }).click();
    await page.getByTestId('nav-search').getByText('Recherche').waitFor();
    expect(await page.getByTestId('logout').textContent()).toBe('Se déconnecter');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.reload();
    await page.getByTestId('nav-search').getByText('Recherche').waitFor();
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Recherche');
    // The server keeps the choice too.
    const me = await page.evaluate(() => fetch('/api/auth/me').then((r) => r.json()));
    expect(me.locale).toBe('fr');
    expectCleanPage(s);
  });
});
