/**
 * Lists kept current (issue #15), in the browser: the list administrator fetches the UN list from a
 * local server standing in for the official address, reviews the diff (added and changed entries with
 * the changed fields) and applies it; the re-screening shows its progress, and the traveller screened
 * before the change — who carries the name of the newly listed person on the public UN list — is in hit
 * review marked "Listed after travel". Other travellers are synthetic.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { waitBatchDone } from '../helpers/server.ts';
import { listFixtures, listServer } from '../integration/watchlist-fetch-fixtures.ts';
import { describeBrowser, expectCleanPage, SCREENSHOTS, signIn, useBrowser } from './browser.ts';

describeBrowser('lists kept current', () => {
  const s = useBrowser();

  it('fetches, reviews and applies the UN list; a past traveller shows up listed after travel', async () => {
    const fx = await listFixtures();
    const lists = await listServer({ '/un/v1.xml': fx.v1, '/un/v2.xml': fx.v2 });
    try {
      // This site's UN address (VIGIL_WATCHLIST_UN_URL) is the local server.
      s.server.platform.config.watchlistFetch.unUrl = `${lists.base}/un/v1.xml`;
      const api = await s.server.client('border.officer');
      expect((await api.post('/api/screening/lists/un/fetch', { mode: 'apply' })).status).toBe(201);
      const b = await api.post('/api/screening/batches', { format: 'jsonl', content: [JSON.stringify({ id: 'past-1', name: fx.addedEntry.names[0] }), JSON.stringify({ id: 'past-2', name: 'Maelis Trovander', birthDate: '1988-04-12' })].join('\n') + '\n', flight: 'VG303', port: 'LGG' });
      await waitBatchDone(api, b.body.id);
      // The list changes at its address.
      s.server.platform.config.watchlistFetch.unUrl = `${lists.base}/un/v2.xml`;

      const { page } = s;
      await signIn(page, s.server.url, 'border.officer');
      await page.getByTestId('nav-watchlists').click();
      await page.getByTestId('list-updates').waitFor();
      expect(await page.getByTestId('fetch-source-un').textContent()).toContain(`${lists.base}/un/v2.xml`);
      await page.getByTestId('fetch-preview-un').click();
      await page.getByTestId('import-preview').waitFor();
      expect(await page.getByTestId('fetch-result').textContent()).toContain('1 added, 0 removed, 1 changed');
      const changes = await page.getByTestId('import-preview-changes').textContent();
      expect(changes).toContain(fx.addedEntry.id);
      expect(changes).toContain(fx.changedId);
      expect(changes).toContain('names');
      await page.getByTestId('import-preview-confirm').click();
      // The re-screening of this change (its two new and changed entries) runs to the end, with its progress shown.
      const row = page.locator('[data-testid="rescreen-row"][data-status="done"]').filter({ hasText: '2 new or changed entries' });
      await row.waitFor({ timeout: 30_000 });
      expect(await row.textContent()).toMatch(/(\d+) of \1 travellers \(100%\) — done1$/);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.getByTestId('list-updates').screenshot({ path: join(SCREENSHOTS, 'watchlist-fetch-updates.png') });

      await page.goto(`${s.server.url}/screening/batches/${b.body.id}`);
      await page.getByTestId('listed-after-travel').first().waitFor();
      await page.getByTestId('listed-after-travel').first().locator('xpath=ancestor::tr').getByTestId('review-hit').click();
      await page.getByTestId('hit-page').waitFor();
      expect(await page.getByTestId('listed-after-travel').textContent()).toBe('Listed after travel');
      expectCleanPage(s);
    } finally {
      await lists.close();
    }
  }, 180_000);
});
