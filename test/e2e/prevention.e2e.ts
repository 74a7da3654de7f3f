/**
 * A full LIVC-R cycle in the browser with members of three services (police, social services, the
 * prevention service) in their own browser contexts, and the mayor: a case is brought, the social
 * services invited, each contributes at the level they choose and sees only what reaches them, and
 * the feedback sheet to the police goes only once every participant consented.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, expectCleanPage, SCREENSHOTS, signIn, useBrowser } from './browser.ts';

describeBrowser('prevention: LIVC-R case consultation', () => {
  const s = useBrowser();

  it('runs a case from identification to a feedback sheet that needed everyone’s consent, each member seeing only what they may', async () => {
    const contexts: BrowserContext[] = [];
    const open = async (username: string): Promise<Page> => {
      const ctx = await s.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', reducedMotion: 'reduce' });
      ctx.setDefaultTimeout(15_000);
      contexts.push(ctx);
      const page = await ctx.newPage();
      page.on('pageerror', (e) => s.errors.push(`pageerror (${username}): ${e.message}`));
      await signIn(page, s.server.url, username);
      return page;
    };
    try {
      const police = await open('police.livc');
      const social = await open('social.worker');
      const official = await open('prevention.official');
      const mayor = await open('mayor.riverside');

      // The police chief brings a case with minimum data.
      await police.goto(`${s.server.url}/prevention`);
      const form = police.getByTestId('new-case').first();
      await form.getByLabel('Pseudonymous reference').fill('RIV-E2E-001');
      await form.getByLabel('Year of birth').fill('2008');
      await form.getByTestId('open-case').click();
      await police.getByTestId('case-reference').filter({ hasText: 'RIV-E2E-001' }).waitFor();
      const caseUrl = police.url();
      const contribute = async (page: Page, text: string, level: string, kind?: 'conclusion') => {
        const box = page.getByTestId('add-contribution');
        await box.getByTestId('contribution-input').fill(text);
        await box.getByText(level, { exact: true }).click();
        if (kind) {
          await box.getByLabel('Kind').click();
          await page.getByRole('option', { name: 'conclusion' }).click();
        }
        await box.getByTestId('add-contribution-button').click();
        await page.getByTestId('contribution-text').filter({ hasText: text }).waitFor();
      };
      await contribute(police, 'Police file: stopped twice near the station with older contacts.', 'Own service only');

      // The coordinator invites the social services to this case and records the cell's conclusion.
      await official.goto(caseUrl);
      await official.getByTestId('invite-member').click();
      await official.getByRole('option', { name: /Riverside Social Services/ }).click();
      await official.getByTestId('invite').click();
      await official.getByTestId('participant').filter({ hasText: 'Riverside Social Services' }).waitFor();
      await contribute(official, 'The cell agrees on mentoring at school; no police measure now.', 'Shared with the cell', 'conclusion');
      expect(await official.getByTestId('contributions').textContent()).not.toContain('Police file');

      // The social worker sees the cell's conclusion, never the police's own note; shares under secrecy.
      await social.goto(caseUrl);
      await social.getByTestId('contribution-text').filter({ hasText: 'mentoring at school' }).waitFor();
      expect(await social.getByTestId('contributions').textContent()).not.toContain('Police file');
      await contribute(social, 'Social file: the household receives income support.', 'Own service only');
      await contribute(social, 'Under secrecy: the family faces eviction after the father left in spring.', 'Shared under professional secrecy');
      const sources = await social.getByTestId('contribution').allTextContents();
      expect(sources.some((x) => x.includes('Shared under professional secrecy') && x.includes('Riverside Social Services'))).toBe(true);

      // The police member sees the cell's conclusion and the secrecy-covered note, never the social file.
      await police.reload();
      await police.getByTestId('contribution-text').filter({ hasText: 'faces eviction' }).waitFor();
      const byPolice = await police.getByTestId('contributions').textContent();
      expect(byPolice).toContain('mentoring at school');
      expect(byPolice).not.toContain('Social file');
      // The mayor sees neither service's own notes.
      await mayor.goto(caseUrl);
      await mayor.getByTestId('contribution-text').filter({ hasText: 'mentoring at school' }).waitFor();
      const byMayor = await mayor.getByTestId('contributions').textContent();
      expect(byMayor).not.toContain('Social file');
      expect(byMayor).not.toContain('Police file');

      // The feedback sheet: secrecy-covered text is refused naming the field.
      await official.reload();
      const draft = official.getByTestId('draft-sheet');
      await draft.getByTestId('sheet-summary').fill('The person follows a mentoring trajectory at school.');
      await draft.getByTestId('sheet-advice').fill('Note: the family faces eviction after the father left in spring.');
      await draft.getByTestId('draft-sheet-button').click();
      await draft.getByTestId('act-error').filter({ hasText: 'texts.advice' }).waitFor();
      await draft.getByTestId('sheet-advice').fill('No police measure is advised.');
      await draft.getByLabel('The cell agrees on mentoring at school; no police measure now.').check();
      await draft.getByTestId('draft-sheet-button').click();
      const sheet = official.getByTestId('sheet');
      await sheet.getByText('4 consents missing').waitFor();
      // Sending without everyone's consent is refused.
      await sheet.getByTestId('send-sheet').click();
      // Refused by its code (CONFLICT), shown in the user's language, naming the field.
      await sheet.locator('[data-testid="act-error"][data-code="CONFLICT"]').filter({ hasText: 'consents' }).waitFor();
      await sheet.getByTestId('consent').click();
      await sheet.getByText('3 consents missing').waitFor();
      for (const page of [police, social, mayor]) {
        await page.reload();
        await page.getByTestId('sheet').getByTestId('consent').click();
        await page.getByTestId('sheet').getByTestId('consent').waitFor({ state: 'detached' });
      }
      await official.reload();
      await official.getByTestId('consent-row').first().waitFor();
      const rows = await official.getByTestId('consent-row').allTextContents();
      expect(rows).toHaveLength(4);
      expect(rows.every((r) => r.endsWith('consented'))).toBe(true);
      await official.getByTestId('send-sheet').click();
      await official.getByTestId('sheet-state').filter({ hasText: 'Sent' }).waitFor();
      await police.reload();
      await police.getByTestId('sheet-state').filter({ hasText: 'Sent' }).waitFor();
      for (const [name, page] of Object.entries({ police, social, official, mayor })) await page.screenshot({ path: join(SCREENSHOTS, `prevention-livc-${name}.png`), fullPage: true });
      expectCleanPage(s);
    } finally {
      for (const c of contexts) await c.close().catch(() => undefined);
    }
  });

  it('a member of another cell finds no such case', async () => {
    const { page } = s;
    const id = (await s.server.platform.db.selectFrom('prevention_cases' as never).select('id' as never).where('reference' as never, '=', 'RIV-2026-001' as never).executeTakeFirstOrThrow()) as { id: string };
    await signIn(page, s.server.url, 'prevention.east');
    await page.goto(`${s.server.url}/prevention/cases/${id.id}`);
    await page.getByTestId('not-found').waitFor();
    expectCleanPage(s);
  });
});
