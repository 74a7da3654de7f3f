/** Create a subject: an inline validation error first (missing legal basis), then success. */
import { expect, it } from 'vitest';
import { join } from 'node:path';
import { describeBrowser, expectCleanPage, SCREENSHOTS, signIn, useBrowser } from './browser.ts';

describeBrowser('create subject', () => {
  const s = useBrowser();

  it('shows inline errors, then creates the subject', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'analyst.intel');
    await page.getByTestId('nav-subjects').click();
    await page.getByTestId('new-subject').click();
    const form = page.getByTestId('subject-form');
    await form.waitFor();
    await page.locator('input[name="names.0"]').fill('Kasimir Wendelin Test');
    await page.getByRole('button', { name: 'Add alias' }).click();
    await page.locator('input[name="names.1"]').fill('Казимир Вендел');
    await page.locator('input[name="birthDate"]').fill('1990-13');
    await page.getByTestId('subject-save').click();
    // Inline errors next to the fields, from the same rules as the server.
    await page.getByText('Use YYYY, YYYY-MM or YYYY-MM-DD').waitFor();
    await page.getByText('Name the legal basis').waitFor();
    await page.getByText('State the purpose').waitFor();
    expect(page.url()).toMatch(/\/subjects\/new$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'subject-form-errors.png'), fullPage: true });
    // Fix and save.
    await page.locator('input[name="birthDate"]').fill('1990-03');
    await page.locator('input[name="markings.legalBasis"]').fill('Organic Act of 30 November 1998 on intelligence services, art. 7');
    await page.locator('input[name="markings.purpose"]').fill('prevention of terrorism and violent extremism');
    await page.keyboard.press('Escape');
    await page.getByTestId('subject-save').click();
    await page.getByTestId('subject-name').waitFor();
    expect(await page.getByTestId('subject-name').textContent()).toBe('Kasimir Wendelin Test');
    expect(page.url()).toMatch(/\/subjects\/[0-9a-f-]{36}$/);
    const banner = await page.getByTestId('markings-banner').textContent();
    expect(banner).toContain('Restricted');
    expect(banner).toContain('TLP:AMBER');
    await page.getByText('Казимир Вендел').waitFor();
    expectCleanPage(s);
  });
});
