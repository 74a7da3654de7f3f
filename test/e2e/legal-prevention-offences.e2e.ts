/**
 * Prevention cases classified by offence in the browser (issue #16): the cell's coordinator classifies
 * a case from the registry's offences on the case page (the panel the subject page shares), and finds it
 * on the offence's registry page, among the cases they may read.
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeBrowser, expectCleanPage, signIn, useBrowser } from './browser.ts';

describeBrowser('prevention cases classified by offence', () => {
  const s = useBrowser();

  it('classifies a case and lists it under the offence', async () => {
    const { page } = s;
    const db = s.server.platform.db;
    // The coordinator also reads the legal registry: the demo gives prevention.official legal read.
    const caseId = (await sql<{ id: string }>`SELECT id FROM prevention_cases WHERE reference = 'RIV-2026-001'`.execute(db)).rows[0]!.id;
    await signIn(page, s.server.url, 'prevention.official');
    await page.goto(`${s.server.url}/prevention/cases/${caseId}`);
    const section = page.getByTestId('offences-section');
    await section.getByText('Not classified by offence.').waitFor();
    await page.getByTestId('edit-offences').click();
    await page.getByTestId('offences-select').click();
    await page.getByRole('option', { name: /art\. 140 — Participation/ }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('save-offences').click();
    await page.getByTestId('offence-cc-140').waitFor();
    expectCleanPage(s);

    await page.goto(`${s.server.url}/legal`);
    await page.getByRole('tab', { name: 'Registry' }).click();
    await page.getByRole('link', { name: 'art. 140', exact: true }).click();
    await page.waitForURL(/\/legal\/registry\/[0-9a-f-]{36}$/);
    const cases = page.getByTestId('offence-cases');
    await cases.getByRole('link', { name: 'RIV-2026-001' }).waitFor();
    expect(await page.getByTestId('offence-cases-count').textContent()).toBe('1 case you may read');
    await cases.getByRole('link', { name: 'RIV-2026-001' }).click();
    await page.waitForURL(new RegExp(`/prevention/cases/${caseId}$`));
    await page.getByTestId('offence-cc-140').waitFor();
  });
});
