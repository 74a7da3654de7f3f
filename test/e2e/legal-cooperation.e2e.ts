/**
 * Judicial cooperation in the browser: an analyst records an incoming European Arrest Warrant, records
 * the arrest, sees the steps signed and the 60-day decision deadline on the request and on the
 * deadlines calendar (list and month grid, with the iCalendar download) and follows the calendar's link back; the head of another service, who holds legal rights but none on
 * this request, gets the not-found page.
 */
import { expect, it } from 'vitest';
import { describeBrowser, expectCleanPage, signIn, useBrowser } from './browser.ts';

describeBrowser('legal: judicial cooperation', () => {
  const s = useBrowser();

  it('records an EAW, moves it on, shows it on the calendar, and hides it from another service', async () => {
    const { page } = s;
    const today = new Date().toISOString().slice(0, 10);
    const dueIso = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    // Shown as the interface language writes dates (English: day/month/year).
    const due = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${dueIso}T00:00:00Z`));
    await signIn(page, s.server.url, 'legal.analyst');
    await page.getByTestId('nav-legal').click();
    await page.getByTestId('coop-new').click();

    // The request: an incoming EAW (the defaults), the other state's authority and the legal basis.
    await page.getByTestId('coop-country').fill('fr');
    await page.getByTestId('coop-counterpart').fill('Parquet national antiterroriste, Paris');
    await page.getByTestId('coop-received').fill(today);
    await page.getByTestId('coop-basis').click();
    await page.getByRole('option', { name: /art\. 7 —/ }).click();
    await page.getByTestId('coop-submit').click();
    await page.getByTestId('coop-state').getByText('Open').waitFor();
    const url = page.url();
    expect(url).toMatch(/\/legal\/cooperation\/[0-9a-f-]{36}$/);
    const reference = (await page.getByTestId('coop-reference').textContent())!.trim();
    expect(reference).toMatch(/\S+/);

    // The arrest is recorded: the decision is due within 60 days.
    await page.getByTestId('coop-event').click();
    await page.getByRole('option', { name: 'Arrest', exact: true }).click();
    await page.getByTestId('coop-event-date').fill(today);
    await page.getByTestId('coop-event-note').fill('Arrested on the warrant; heard by the investigating judge.');
    await page.getByTestId('coop-event-submit').click();
    await page.getByTestId('coop-state').getByText('Person arrested').waitFor();
    await page.getByTestId('coop-deadlines').getByText(`EAW decision: ${due}`).waitFor();
    // The step carries the server's signature, and the check of the chain holds.
    await page.getByTestId('coop-signatures').getByText('signatures intact').waitFor();
    await page.getByTestId('coop-step-signature-1').getByText(/Ed25519 signature \(key [0-9a-f]{16}\)/).waitFor();

    // The request is listed with its next deadline, and the calendar shows it and links back to it.
    await page.getByTestId('nav-legal').click();
    await page.getByTestId('tab-cooperation').click();
    await page.getByTestId('coop-list').getByText(reference).waitFor();
    await page.getByTestId('tab-deadlines').click();
    const row = page.getByTestId(`calendar-${reference}`);
    await row.getByText(due).waitFor();
    await row.getByText('EAW decision').waitFor();
    await page.getByTestId('calendar-view').getByText('By month').click();
    await row.getByText(due).waitFor();
    // The download of the same deadlines as an iCalendar file.
    expect(await page.getByTestId('calendar-ics').getAttribute('href')).toBe('/api/legal/deadlines.ics?days=90');
    // The month grid: the deadline stands on its day, two months on at most.
    await page.getByTestId('calendar-view').getByText('Month grid').click();
    await page.getByTestId('calendar-grid').waitFor();
    for (let i = 0; i < 3 && (await page.getByTestId(`grid-day-${dueIso}`).count()) === 0; i++) await page.getByTestId('grid-next').click();
    await page.getByTestId(`grid-day-${dueIso}`).getByTestId(`grid-item-${reference}`).waitFor();
    await page.getByTestId('calendar-view').getByText('By month').click();
    await row.getByRole('link', { name: reference }).click();
    await page.waitForURL(url);
    await page.getByTestId('coop-state').getByText('Person arrested').waitFor();
    expectCleanPage(s);

    // The head of the Military Intelligence Service may use the legal pillar, but not this request.
    const ctx = await s.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', reducedMotion: 'reduce' });
    try {
      const other = await ctx.newPage();
      await signIn(other, s.server.url, 'head.military');
      await other.goto(url);
      await other.getByTestId('not-found').waitFor();
      expect(await other.getByText('Parquet national antiterroriste').count()).toBe(0);
      await other.goto(`${s.server.url}/legal`);
      await other.getByTestId('tab-deadlines').click();
      // Wait until the calendar has loaded (some weeks, or nothing ahead) before counting.
      await other.getByTestId('legal-calendar').locator('table, [data-testid="empty"]').first().waitFor();
      expect(await other.getByTestId(`calendar-${reference}`).count()).toBe(0);
    } finally {
      await ctx.close();
    }
  });
});
