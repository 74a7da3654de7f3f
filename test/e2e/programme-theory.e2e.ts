/**
 * A programme's theory of change in the browser (issue #14): the organisation that runs the programme
 * starts from its type's theory, edits a step (an empty step is refused naming the field), saves version
 * 2, views version 1 in the history, and is told when someone else saved meanwhile; a prevention
 * official of another organisation sees the theory but no edit button.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, expectCleanPage, SCREENSHOTS, signIn, useBrowser } from './browser.ts';

describeBrowser('prevention: a programme’s theory of change', () => {
  const s = useBrowser();

  it('starts from the type’s theory, saves a second version and keeps the first in the history; another organisation only reads it', async () => {
    // The programme type's theory (set by the evaluation analyst, as the registry screen shows it).
    const evaluator = await s.server.client('evaluation.analyst');
    const indicators = (await evaluator.get('/api/evaluation/indicators')).body as Array<{ id: string; name: string }>;
    const typed = await evaluator.put('/api/evaluation/theories/reintegration', {
      activities: ['Weekly mentoring', 'Family sessions'], outputs: ['Mentoring plans agreed'], outcomes: ['Stable work or school'], indicatorIds: [indicators[0]!.id],
    });
    expect(typed.status, JSON.stringify(typed.body)).toBe(200);
    const official = await s.server.client('prevention.official');
    const programmes = (await official.get('/api/prevention/programmes')).body as Array<{ id: string; name: string }>;
    const programme = programmes.find((p) => p.name === 'Riverside Reintegration Pathway')!;
    const url = `${s.server.url}/prevention/programmes/${programme.id}`;

    const page = s.page;
    await signIn(page, s.server.url, 'prevention.official');
    await page.goto(url);
    const panel = page.getByTestId('programme-theory');
    // The type's theory, flagged as a proposal, read as a chain.
    await panel.getByTestId('theory-proposal').waitFor();
    await panel.getByTestId('theory-column-activities').getByText('Weekly mentoring').waitFor();
    await panel.getByTestId('theory-column-indicators').getByText(indicators[0]!.name).waitFor();
    expect(await panel.getByTestId('theory-chain').getByRole('img', { name: 'leads to' }).count()).toBe(2);
    await panel.getByTestId('theory-history').getByText('No version saved yet.').waitFor();
    await panel.getByTestId('start-from-type').click();
    await panel.getByTestId('theory-current').filter({ hasText: 'Version 1' }).waitFor();
    await panel.getByTestId('theory-current').getByText('started from the theory of the type reintegration').waitFor();
    expect(await panel.getByTestId('theory-proposal').count()).toBe(0);

    // Edit a step; an emptied step is refused naming the field.
    await panel.getByTestId('edit-theory').click();
    const form = panel.getByTestId('theory-form');
    await form.getByTestId('theory-outputs-0').fill('');
    await form.getByTestId('save-theory').click();
    await form.getByTestId('theory-errors').filter({ hasText: 'Outputs, step 1: Required' }).waitFor();
    await form.getByTestId('theory-outputs-0').fill('Mentoring plans agreed with the young person and the family');
    await form.getByTestId('theory-add-outcomes').click();
    await form.getByTestId('theory-outcomes-1').fill('Fewer referrals back to the cell');
    await form.getByTestId('theory-rationale-input').fill('Work and family hold people.');
    await form.getByTestId('save-theory').click();
    await panel.getByTestId('theory-current').filter({ hasText: 'Version 2' }).waitFor();
    await panel.getByTestId('theory-column-outputs').getByText('Mentoring plans agreed with the young person and the family').waitFor();
    await panel.getByTestId('theory-column-outcomes').getByText('Fewer referrals back to the cell').waitFor();

    // The history: newest first, who saved; version 1 can be viewed.
    const rows = panel.getByTestId('theory-version');
    await rows.nth(1).waitFor();
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-version')))).toEqual(['2', '1']);
    expect(await rows.first().textContent()).toContain('saved by');
    await rows.nth(1).getByTestId('view-theory-version').click();
    await panel.getByTestId('theory-viewing').filter({ hasText: 'version 1' }).waitFor();
    await panel.getByTestId('theory-column-outputs').getByText('Mentoring plans agreed', { exact: true }).waitFor();
    expect(await panel.getByTestId('edit-theory').count()).toBe(0);
    await panel.getByTestId('theory-back').click();
    await panel.getByTestId('theory-current').filter({ hasText: 'Version 2' }).waitFor();

    // Someone else saves while this user edits: the save is refused and the form offers to reload.
    await panel.getByTestId('edit-theory').click();
    await form.getByTestId('theory-activities-0').fill('Mentoring twice a week');
    const other = await official.put(`/api/prevention/programmes/${programme.id}/theory`, { version: 2, activities: ['Weekly mentoring', 'Family sessions', 'Work placements'], outputs: ['Plans agreed'], outcomes: ['Stable work or school'], indicatorIds: [] });
    expect(other.status, JSON.stringify(other.body)).toBe(200);
    await form.getByTestId('save-theory').click();
    await form.getByTestId('theory-conflict').waitFor();
    await form.getByTestId('reload-theory').click();
    await expect.poll(() => form.getByTestId('theory-activities-2').inputValue()).toBe('Work placements');
    await form.getByTestId('save-theory').filter({ hasText: 'Save as version 4' }).waitFor();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await panel.getByTestId('theory-current').filter({ hasText: 'Version 3' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'programme-theory-owner.png'), fullPage: true });
    expectCleanPage(s);

    // A prevention official of another organisation reads the theory and its history, without edit buttons.
    const ctx = await s.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', reducedMotion: 'reduce' });
    ctx.setDefaultTimeout(15_000);
    try {
      const east: Page = await ctx.newPage();
      east.on('pageerror', (e) => s.errors.push(`pageerror (east): ${e.message}`));
      await signIn(east, s.server.url, 'prevention.east');
      await east.goto(url);
      const seen = east.getByTestId('programme-theory');
      await seen.getByTestId('theory-column-activities').getByText('Work placements').waitFor();
      await seen.getByTestId('theory-version').nth(2).waitFor();
      expect(await seen.getByTestId('edit-theory').count()).toBe(0);
      expect(await seen.getByTestId('start-from-type').count()).toBe(0);
      expect(await seen.getByTestId('theory-form').count()).toBe(0);
      await east.screenshot({ path: join(SCREENSHOTS, 'programme-theory-other-org.png'), fullPage: true });
      expectCleanPage(s);
    } finally {
      await ctx.close().catch(() => undefined);
    }
  });
});
