/**
 * Passenger messages in the browser (issue #15): a border officer uploads a UN/EDIFACT PAXLST file, sees
 * it recognised, and gets a batch with the flight read from the message, its travellers, a hit on a
 * listed passenger and the passenger whose birth date cannot be (31 February) screened and flagged; a
 * pasted PNRGOV message is recognised too, and a cut-off message is refused naming its segment and line.
 * Synthetic people only (test/fixtures/passenger-messages).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/backend.ts';
import { describeBrowser, expectCleanPage, signIn, useBrowser } from './browser.ts';

const PAXLST = readFileSync(join(ROOT, 'test/fixtures/passenger-messages/paxlst-sample.edi'));
const PNRGOV = readFileSync(join(ROOT, 'test/fixtures/passenger-messages/pnrgov-sample.edi'), 'utf8');

describeBrowser('passenger messages', () => {
  const s = useBrowser();

  it('a PAXLST file becomes a batch: travellers, a hit, the malformed birth date flagged', async () => {
    // A custom list with one of the passengers (set up through the API, as an import would).
    const admin = await s.server.client('border.officer');
    const imp = await admin.post('/api/screening/lists/e2e-pax/import', { content: 'id,name,birthDate,nationality,document\nm1,Maarten Jan Verhoeven,1981-05-05,NL,NX4512987\n' });
    expect(imp.status, JSON.stringify(imp.body)).toBe(201);

    const { page } = s;
    await signIn(page, s.server.url, 'border.officer');
    await page.getByTestId('nav-screening').click();
    await page.getByTestId('batch-file').setInputFiles({ name: 'ZZ123-20261204.edi', mimeType: 'application/octet-stream', buffer: PAXLST });
    await page.getByTestId('batch-detected').getByText('Recognised: PAXLST (API) message').waitFor();
    expect(await page.getByTestId('batch-format').inputValue()).toBe('Passenger message: UN/EDIFACT PAXLST (API)');
    await page.getByTestId('batch-submit').click();
    await page.waitForURL(/\/screening\/batches\//);
    await page.locator('[data-testid="batch-progress"][data-status="done"]').waitFor({ timeout: 30_000 });
    // Flight, date and port from the message; the interchange and the route.
    await page.getByRole('heading', { name: 'Flight ZZ123 · 2026-12-04 · BRU' }).waitFor();
    expect(await page.getByTestId('batch-message').textContent()).toBe('Message 000000001 · AMS → BRU');
    expect(await page.getByTestId('batch-progress').textContent()).toContain('2 of 2 travellers screened');

    // Both travellers listed; the one with 31 February screened and flagged.
    const rows = page.getByTestId('batch-travellers').getByTestId('batch-traveller');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('MAARTEN JAN VERHOEVEN');
    expect(await rows.nth(0).textContent()).toContain('1 hit');
    const flagged = rows.nth(1);
    expect(await flagged.textContent()).toContain("ELOISE D'ARCY");
    expect(await flagged.textContent()).toContain('Screened');
    expect(await flagged.getByTestId('quality-flags').textContent()).toContain('birth date unknown (19920231)');

    // The hit is in the review queue.
    const hit = page.getByTestId('hit-queue').getByTestId('hit-row').first();
    expect(await hit.textContent()).toContain('MAARTEN JAN VERHOEVEN');
    expect(await hit.textContent()).toContain('Maarten Jan Verhoeven');
    expectCleanPage(s);
  });

  it('a pasted PNRGOV message is recognised; a cut-off message is refused with its segment and line', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'border.officer');
    await page.getByTestId('nav-screening').click();
    await page.getByTestId('batch-form').getByText('Paste', { exact: true }).click();
    // Cut off before UNZ: nothing is imported, the place is named.
    await page.getByTestId('batch-text').fill(PNRGOV.replace(/UNZ\+1\+1'\s*$/, ''));
    await page.getByTestId('batch-detected').getByText('Recognised: PNRGOV (PNR) message').waitFor();
    expect(await page.getByTestId('batch-format').inputValue()).toBe('Passenger message: PNRGOV (PNR)');
    await page.getByTestId('batch-submit').click();
    await page.getByText(/nothing was imported\. Segment 16 \(UNE, line 17\): the interchange has no UNZ/).waitFor();
    expect(page.url()).not.toMatch(/\/screening\/batches\//);
    // The whole message goes through.
    await page.getByTestId('batch-text').fill(PNRGOV);
    await page.getByTestId('batch-submit').click();
    await page.waitForURL(/\/screening\/batches\//);
    await page.locator('[data-testid="batch-progress"][data-status="done"]').waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'Flight ZZ4711 · 2026-12-04 · BRU' }).waitFor();
    const rows = page.getByTestId('batch-travellers').getByTestId('batch-traveller');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(1).textContent()).toContain('OSKAR LINDQVIST');
    expect(await rows.nth(1).getByTestId('quality-flags').textContent()).toContain('birth date unknown (31FEB79)');
    expectCleanPage(s);
  });
});
