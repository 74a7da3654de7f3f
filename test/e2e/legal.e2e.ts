/**
 * The legal pillar in the browser, each person in their own browser context: an analyst drafts an
 * exceptional-method request, the head of service approves it, the commission gives a favourable
 * opinion, the method runs and is ended, its data-destruction record is made, and the oversight
 * statistics count it in the month it began.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { subjectBody } from '../helpers/fixtures.ts';
import { describeBrowser, expectCleanPage, signIn, useBrowser } from './browser.ts';

describeBrowser('legal: special-method authorisation', () => {
  const s = useBrowser();

  async function as(username: string): Promise<Page> {
    const ctx = await s.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', reducedMotion: 'reduce' });
    ctx.setDefaultTimeout(15_000);
    const page = await ctx.newPage();
    await signIn(page, s.server.url, username);
    return page;
  }

  it('runs from draft to destruction and is counted in the statistics', async () => {
    const intel = await s.server.client('analyst.intel');
    await intel.post('/api/subjects', subjectBody({ names: ['Torvald Quennell'] }, { distribution: 'organisation' }));
    const committee = await s.server.client('committee.member');
    const month = new Date().toISOString().slice(0, 7);
    const startedBefore = ((await committee.get(`/api/legal/statistics?from=${month}&to=${month}`)).body.rows as Array<{ method: string; orgName: string; started: number }>)
      .filter((r) => r.method === 'interception' && r.orgName === 'Civil Intelligence Service').reduce((n, r) => n + r.started, 0);

    // The analyst drafts the request with its reasoning.
    const { page } = s;
    await signIn(page, s.server.url, 'legal.analyst');
    await page.getByTestId('nav-legal').click();
    await page.getByTestId('legal-new').click();
    await page.getByTestId('legal-method').click();
    await page.getByRole('option', { name: /interception/ }).click();
    const picker = page.getByTestId('legal-target');
    await picker.click();
    await picker.fill('Quennell');
    await page.getByRole('option', { name: /Torvald Quennell/ }).click();
    await page.getByTestId('legal-facts').fill('Announced departure to a conflict zone and contact with a recruiter.');
    await page.getByTestId('legal-subsidiarity').fill('Observation and open sources gave no access to the closed channels used.');
    await page.getByTestId('legal-proportionality').fill('Joining a terrorist group abroad is imminent; interception limited to two numbers.');
    await page.getByTestId('legal-submit').click();
    await page.getByTestId('legal-state').getByText('Draft').waitFor();
    const url = page.url();
    expectCleanPage(s);

    // The head of service approves; the commission gives its opinion; the head ends it and records the destruction.
    const head = await as('head.civil');
    await head.goto(url);
    await head.getByTestId('legal-reason').fill('Decided: the facts and the reasoning justify the method.');
    await head.getByTestId('legal-action-approve').click();
    await head.getByTestId('legal-state').getByText('Awaiting the commission’s opinion').waitFor();

    const commission = await as('commission.member');
    await commission.goto(url);
    await commission.getByTestId('legal-reason').fill('Favourable: legal, subsidiary and proportionate.');
    await commission.getByTestId('legal-action-opinion-favourable').click();
    await commission.getByTestId('legal-state').getByText('Active').waitFor();

    await head.reload();
    await head.getByTestId('legal-reason').fill('The information sought was obtained; the method stops.');
    await head.getByTestId('legal-action-end').click();
    await head.getByTestId('legal-state').getByText('Ended').waitFor();
    await head.getByTestId('legal-what').fill('All recordings and transcripts of the interception');
    await head.getByTestId('legal-how').fill('Secure deletion from the service systems');
    await head.getByTestId('legal-action-destroy').click();
    await head.getByTestId('legal-destruction').getByText('All recordings and transcripts').waitFor();
    expect(await head.getByText('signatures intact').count()).toBe(1);

    // The oversight statistics count it in this month.
    const oversight = await as('committee.member');
    await oversight.goto(`${s.server.url}/legal/statistics`);
    const rows = oversight.getByTestId(`legal-stat-${month}-interception`);
    await rows.first().waitFor();
    let started = 0;
    for (const r of await rows.all()) if ((await r.textContent())?.includes('Civil Intelligence Service')) started += Number(await r.locator('[data-col="started"]').textContent());
    expect(started).toBe(startedBefore + 1);
    for (const p of [head, commission, oversight]) await p.context().close();
  });
});
