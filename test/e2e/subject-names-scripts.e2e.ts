/** Names across scripts: a subject recorded in Arabic script is found from a Latin spelling and shown with its readable romanisation. */
import { expect, it } from 'vitest';
import { subjectBody } from '../helpers/fixtures.ts';
import { describeBrowser, expectCleanPage, signIn, useBrowser } from './browser.ts';

describeBrowser('names across scripts', () => {
  const s = useBrowser();

  it('finds عماد بن عبد السلام الزيدي by "Imad Ben Abdessalam Zaidi" and shows it read as Imad bin Abd al-Salam al-Zaydi', async () => {
    const { page } = s;
    const intel = await s.server.client('analyst.intel');
    const created = await intel.post('/api/subjects', subjectBody({ names: ['عماد بن عبد السلام الزيدي'] }));
    expect(created.status).toBe(201);
    await signIn(page, s.server.url, 'analyst.intel');
    await page.goto(`${s.server.url}/search?q=${encodeURIComponent('Imad Ben Abdessalam Zaidi')}`);
    const link = page.getByTestId('result-link').filter({ hasText: 'عماد بن عبد السلام الزيدي' });
    await link.first().waitFor();
    expect(await page.getByTestId('name-romanization').first().textContent()).toContain('Imad bin Abd al-Salam al-Zaydi');
    await link.first().click();
    await page.getByTestId('subject-name').waitFor();
    expect(await page.getByTestId('name-romanization').first().textContent()).toContain('reads: Imad bin Abd al-Salam al-Zaydi');
    expectCleanPage(s);
  });
});
