/**
 * Border screening: a border officer imports a small custom list (one malformed line refused, then
 * skipped), screens a passenger list, watches the batch reach done, reviews the hit side by side with
 * the matched name parts highlighted, decides false positive with a reason and finds the suppression.
 * Synthetic names only.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, expectCleanPage, SCREENSHOTS, signIn, useBrowser } from './browser.ts';

/** Screens along the way, next to the final one the helpers save. */
async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `screening-${name}.png`), fullPage: true });
}

const LIST = [
  JSON.stringify({ id: 'q1', names: ['Zorvath Quillmere', 'Z. Quillmere'], birthDates: ['1971-03-14'], nationalities: ['BE'], documents: ['XK1234567'], gender: 'male' }),
  JSON.stringify({ id: 'q2', names: ['Ilsabet Varnokova'], birthDates: ['1985'], nationalities: ['FR'] }),
  '{"id":"q3","names":', // malformed: refused as a whole first, then skipped
  JSON.stringify({ id: 'q4', names: ['Doravin Estelquist'], birthDates: ['1966-11-02'], nationalities: ['NL'] }),
].join('\n');

const PASSENGERS = [
  JSON.stringify({ id: 'p1', givenName: 'Marta', familyName: 'Oostenbrink', birthDate: '1990-05-01', nationality: 'NL' }),
  JSON.stringify({ id: 'p2', name: 'QUILLMERE Zorvat', birthDate: '1971-03-14', nationality: 'BEL', documentNumber: 'XK1234567', gender: 'M' }),
  JSON.stringify({ id: 'p3', name: 'Teodor Halvik', birthDate: '1979', nationality: 'SE' }),
  'not json at all',
].join('\n');

describeBrowser('border screening', () => {
  const s = useBrowser();

  it('imports a list, screens a batch, reviews a hit and suppresses it as a false positive', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'border.officer');

    // Watch lists: import with one malformed line — refused with its line number, then imported without it.
    await page.getByTestId('nav-watchlists').click();
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-source').fill('e2e-watch');
    expect(await page.getByTestId('import-kind').textContent()).toContain('Custom list');
    await page.getByTestId('import-file').setInputFiles({ name: 'e2e-watch.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(LIST) });
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-issues').waitFor();
    expect(await page.getByTestId('form-error').textContent()).toContain('Nothing was imported: 1 malformed line');
    expect(await page.getByTestId('import-issues').locator('tbody tr').first().textContent()).toMatch(/^3.*invalid JSON/);
    await page.getByTestId('import-skip-retry').click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-done').textContent()).toContain('e2e-watch: version 1 imported and active');
    expect(await page.getByTestId('import-done').textContent()).toContain('3 entries: 3 added');
    await page.getByTestId('import-skipped').getByText('3', { exact: true }).waitFor();
    await page.getByTestId('list-e2e-watch').waitFor();
    expect(await page.getByTestId('list-e2e-watch').textContent()).toContain('version 1');
    await snap(page, 'lists');
    // Entry search finds the listed person; the version's diff lists the three added entries.
    await page.getByTestId('entry-q').fill('quillmere');
    await page.getByTestId('entry-submit').click();
    expect(await page.getByTestId('entry-table').locator('tbody tr').first().textContent()).toContain('e2e-watch:q1');
    await page.getByTestId('import-done').getByRole('link').click();
    await page.getByTestId('diff-table').waitFor();
    expect(await page.getByTestId('diff-table').locator('tbody tr').count()).toBe(3);
    expect(await page.getByTestId('diff-table').textContent()).toContain('Doravin Estelquist');
    await page.getByTestId('version-skipped').getByText('3', { exact: true }).waitFor();

    // Screening: a passenger list as a file; the batch page polls until done.
    await page.getByTestId('nav-screening').click();
    await page.getByTestId('batch-file').setInputFiles({ name: 'SN2904.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(PASSENGERS) });
    expect(await page.getByTestId('batch-format').inputValue()).toBe('JSON Lines');
    await page.getByTestId('batch-flight').fill('SN2904');
    await page.getByTestId('batch-port').fill('BRU');
    await page.getByTestId('batch-submit').click();
    await page.waitForURL(/\/screening\/batches\//);
    await page.locator('[data-testid="batch-progress"][data-status="done"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('batch-progress').getAttribute('data-percent')).toBe('100');
    expect(await page.getByTestId('batch-progress').textContent()).toContain('4 of 4 travellers screened');
    await page.getByRole('heading', { name: /Flight SN2904/ }).waitFor();
    // The unreadable line is listed with its number.
    expect(await page.getByTestId('batch-errors').locator('tbody tr').first().textContent()).toMatch(/^4.*invalid JSON/);
    await snap(page, 'batch');

    // Hit queue → the hit, side by side, with the matched parts highlighted.
    const row = page.getByTestId('hit-queue').getByTestId('hit-row').first();
    expect(await row.textContent()).toContain('QUILLMERE Zorvat');
    expect(await row.textContent()).toContain('Zorvath Quillmere');
    await row.getByTestId('review-hit').click();
    await page.getByTestId('comparison').waitFor();
    const marks = page.getByTestId('name-query').getByTestId('match-mark');
    expect(await marks.count()).toBe(2);
    expect(await page.getByTestId('name-entry').getByTestId('match-mark').count()).toBe(2);
    expect(await page.getByTestId('name-query').locator('[data-how="phonetic"]').textContent()).toContain('Zorvat');
    expect(await page.getByTestId('name-entry').locator('[data-how="exact"]').textContent()).toContain('Quillmere');
    expect(await page.getByTestId('result-birthDate').getAttribute('data-result')).toBe('exact');
    expect(await page.getByTestId('result-document').textContent()).toBe('same number');
    expect(await page.getByTestId('token-pair').count()).toBe(2);
    await page.getByTestId('never-decides').getByText('Vigil never decides').waitFor();
    await snap(page, 'hit');

    // Decide: false positive needs a reason.
    await page.getByTestId('decide-false_positive').click();
    await page.getByTestId('decide-submit').click();
    await page.getByText('Give the reason (at least 5 characters)').waitFor();
    await page.getByTestId('decide-reason').fill('Traveller born in Ghent, passport checked in hand; listed person is a different man.');
    await page.getByTestId('decide-submit').click();
    await page.getByTestId('history-reason').waitFor();
    await snap(page, 'hit-decided');
    expect(await page.getByTestId('hit-status').first().textContent()).toBe('False positive');
    expect(await page.getByTestId('decision-history').textContent()).toContain('by you');
    await expect.poll(() => page.getByTestId('decision-form').count()).toBe(0);

    // The suppression is listed, with the reason.
    await page.getByTestId('to-suppressions').click();
    const sup = page.getByTestId('suppression-row').first();
    await sup.waitFor();
    expect(await sup.textContent()).toContain('QUILLMERE Zorvat');
    expect(await sup.textContent()).toContain('e2e-watch:q1');
    expect(await sup.textContent()).toContain('passport checked in hand');
    expect(await sup.getByTestId('revoke').count()).toBe(1);
    expectCleanPage(s);
  });

  it('shows only "Listed — contact" for a hit-no-hit national hit, and a single traveller inline', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'border.officer');
    // A national hit the owner shows as hit-no-hit (answer as the server gives it for such markings).
    const hitId = '00000000-0000-4000-8000-000000000001';
    await page.route(`**/api/screening/hits/${hitId}`, (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          id: hitId, batchId: '00000000-0000-4000-8000-000000000002', seq: 1, score: 0.93, status: 'open', decision: null, suppressionId: null, reportId: null, referralId: null,
          traveller: { id: 'x', name: 'Hendrik Vosselaar', birthDate: '1980-01-01' }, view: 'hit', source: 'national', listed: true,
          message: 'listed — contact Civil Intelligence Service', contact: { organisationId: '00000000-0000-4000-8000-000000000003', organisation: 'Civil Intelligence Service' }, history: [],
        }),
      }),
    );
    await page.route('**/api/screening/batches/00000000-0000-4000-8000-000000000002', (route) => route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":{"code":"NOT_FOUND","message":"no"}}' }));
    await page.goto(`${s.server.url}/screening/hits/${hitId}`);
    await page.getByTestId('listed-contact').waitFor();
    expect(await page.getByTestId('listed-contact').textContent()).toContain('Listed — contact Civil Intelligence Service');
    expect(await page.getByTestId('comparison').count()).toBe(0);
    expect(await page.getByTestId('hit-page').getAttribute('data-view')).toBe('hit');
    // The decision form is still there (the officer decides on the traveller in front of them).
    await page.getByTestId('decision-form').waitFor();
    await snap(page, 'hit-no-hit');
    await page.unrouteAll();

    // One traveller: no list entry matches → "No hit" inline.
    await page.goto(`${s.server.url}/screening`);
    await page.getByTestId('screen-name').fill('Oskar Brandvold');
    await page.getByTestId('screen-submit').click();
    await page.getByTestId('screen-nohit').waitFor();
    // In French, the screens and their navigation follow.
    await page.getByTestId('language-switcher').getByText('FR', { exact: true }).click();
    await page.getByTestId('nav-screening').getByText('Filtrage').waitFor();
    expect(await page.getByTestId('nav-watchlists').textContent()).toBe('Listes de surveillance');
    expect(await page.getByTestId('screen-nohit').textContent()).toContain('Aucune correspondance');
    await snap(page, 'single-fr');
    expectCleanPage(s);
  });
});
