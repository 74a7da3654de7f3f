/**
 * Sharing: the "who will see this" preview in the record form follows the distribution and hit-no-hit;
 * a STIX bundle is exported from the objects held, a broken bundle is refused with its JSON pointer;
 * an administrator registers an unreachable partner and sees the failure on its status page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeBrowser, expectCleanPage, SCREENSHOTS, signIn, useBrowser } from './browser.ts';

describeBrowser('sharing', () => {
  const s = useBrowser();

  it('previews who will see a record as the markings change', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'analyst.intel');
    await page.getByTestId('nav-subjects').click();
    await page.getByTestId('new-subject').click();
    await page.getByTestId('subject-form').waitFor();
    const preview = page.getByTestId('sharing-preview');
    // Default: own organisation only.
    await preview.getByTestId('preview-full').getByText('Civil Intelligence Service').waitFor();
    await preview.getByTestId('preview-none').getByText('Federal Judicial Police').waitFor();
    expect(await preview.getByTestId('preview-hit').textContent()).toContain('nobody');
    // Hit-no-hit on: the police learn that it exists and whom to ask.
    await page.getByRole('switch', { name: 'Allow hit/no-hit' }).check();
    await preview.getByTestId('preview-hit').getByText('Federal Judicial Police').waitFor();
    expect(await preview.getByTestId('preview-none').textContent()).not.toContain('Federal Judicial Police');
    // The oversight body never reads through the distribution.
    expect(await preview.getByTestId('preview-none').textContent()).toContain('oversight: only through a grant');
    await page.screenshot({ path: join(SCREENSHOTS, 'sharing-preview-hit.png'), fullPage: true });
    // Distribution "all": the police read it in full; the foreign partner gets it one scope narrower.
    await page.getByRole('combobox', { name: 'Distribution' }).click();
    await page.getByRole('option', { name: 'All organisations' }).click();
    await preview.getByTestId('preview-full').getByText('Federal Judicial Police').waitFor();
    const full = preview.getByTestId('preview-full');
    // A long column folds after a few organisations (the demo has one per pillar): unfold it.
    const more = full.getByRole('button', { name: /^show \d+ more$/ });
    if (await more.isVisible()) await more.click();
    await full.getByText('Partner Service Lowlands').waitFor();
    // Every foreign partner gets it one scope narrower (the demo has several).
    const lowlands = full.getByTestId('preview-org').filter({ hasText: 'Partner Service Lowlands' });
    expect(await lowlands.getByTestId('preview-federation').textContent()).toBe('sent as connected → community at the partner');
    expect(await preview.getByTestId('preview-hit').textContent()).toContain('nobody');
    await preview.screenshot({ path: join(SCREENSHOTS, 'sharing-preview-all.png') });
    // Named organisations with none picked: no preview until one is (hit-no-hit off first).
    await page.getByRole('switch', { name: 'Allow hit/no-hit' }).uncheck();
    await page.getByRole('combobox', { name: 'Distribution' }).click();
    await page.getByRole('option', { name: 'Named organisations' }).click();
    await preview.getByTestId('preview-incomplete').waitFor();
    await page.getByRole('combobox', { name: 'Share with organisations' }).or(page.getByRole('textbox', { name: 'Share with organisations' })).click();
    await page.getByRole('option', { name: 'Federal Judicial Police' }).click();
    await page.keyboard.press('Escape');
    await preview.getByTestId('preview-full').getByText('Federal Judicial Police').waitFor();
    await preview.getByTestId('preview-none').getByText('Local Police North Zone').waitFor();
    expectCleanPage(s);
  });

  it('exports a STIX bundle of chosen records and refuses a broken bundle with its JSON pointer', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'analyst.intel');
    await page.getByTestId('nav-sharing').click();
    const table = page.getByTestId('objects-table');
    await table.waitFor();
    const rows = table.getByTestId('object-row');
    const ids = [(await rows.nth(0).locator('a').getAttribute('href'))!.split('/').pop()!, (await rows.nth(1).locator('a').getAttribute('href'))!.split('/').pop()!];
    const firstLabel = await rows.nth(0).locator('a').textContent();
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    expect(await page.getByTestId('chosen-count').textContent()).toBe('2 chosen');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-stix').click()]);
    expect(download.suggestedFilename()).toMatch(/^vigil-stix-\d{8}-\d{4}\.json$/);
    const bundle = JSON.parse(await readFile((await download.path())!, 'utf8')) as { type: string; objects: Array<{ id: string; type: string }> };
    expect(bundle.type).toBe('bundle');
    const held = bundle.objects.map((o) => o.id.split('--')[1]);
    for (const id of ids) expect(held).toContain(id);
    expect(bundle.objects.some((o) => o.type === 'marking-definition')).toBe(true);
    await page.getByTestId('export-done').getByText('2 of 2 chosen records').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'sharing-objects.png'), fullPage: true });
    // The detail of a held object: provenance and versions.
    await rows.nth(0).locator('a').click();
    await page.getByTestId('object-versions').waitFor();
    expect(await page.getByTestId('object-label').textContent()).toBe(firstLabel);
    // Import: a bundle whose object was modified before it was created is refused, nothing stored.
    await page.goto(`${s.server.url}/sharing?tab=import`);
    const broken = {
      type: 'bundle',
      id: 'bundle--6b7a8c1e-1d2f-4b3a-9c8d-7e6f5a4b3c2d',
      objects: [{ type: 'identity', spec_version: '2.1', id: 'identity--6b7a8c1e-1d2f-4b3a-9c8d-7e6f5a4b3c2e', created: '2024-01-01T00:00:00.000Z', modified: '2023-01-01T00:00:00.000Z', name: 'Imported Person', identity_class: 'individual' }],
    };
    await page.locator('textarea[name="import-json"]').fill(JSON.stringify(broken, null, 2));
    await page.getByTestId('import-submit').click();
    expect(await page.getByTestId('import-pointer').textContent()).toBe('/objects/0/modified');
    expect(await page.getByTestId('import-error').textContent()).toContain('2023-01-01T00:00:00.000Z');
    await page.screenshot({ path: join(SCREENSHOTS, 'sharing-import-refused.png'), fullPage: true });
    // Fixed, it is imported and held read-only with its provenance.
    broken.objects[0]!.modified = '2024-02-01T00:00:00.000Z';
    await page.locator('textarea[name="import-json"]').fill(JSON.stringify(broken));
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-result').getByText('1 received, 1 stored as new versions, 0 already held.').waitFor();
    await page.getByTestId('import-result').getByRole('link').click();
    expect(await page.getByTestId('object-label').textContent()).toBe('Imported Person');
    expect(await page.getByTestId('object-provenance').textContent()).toContain('stix-import');
    expectCleanPage(s);
  });

  it('an administrator registers a partner and sees its failure after "sync now"', async () => {
    const { page } = s;
    await signIn(page, s.server.url, 'admin');
    await page.getByTestId('nav-partners').click();
    await page.getByTestId('new-partner').click();
    const form = page.getByTestId('partner-form');
    await form.locator('input[name="name"]').fill('Unreachable Partner');
    await form.locator('input[name="apiRoot"]').fill('http://127.0.0.1:9/taxii2/vigil/');
    await form.locator('input[name="token"]').fill('short');
    await page.getByTestId('partner-save').click();
    await form.getByText('At least 8 characters').waitFor();
    await form.locator('input[name="token"]').fill('a-partner-token-0123456789');
    await page.getByTestId('partner-save').click();
    await page.getByTestId('partner-page').waitFor();
    expect(await page.getByTestId('partner-name').textContent()).toBe('Unreachable Partner');
    await page.getByTestId('partner-sync').click();
    await page.getByTestId('sync-result').getByText('The pull failed').waitFor();
    await page.getByTestId('partner-state').getByText('Failing').waitFor();
    await page.getByTestId('partner-last-error').waitFor();
    expect(Number(await page.getByTestId('partner-failures').textContent())).toBeGreaterThanOrEqual(1);
    expect((await page.getByTestId('partner-error').textContent())!.length).toBeGreaterThan(5);
    // The list shows it failing, with the error.
    await page.getByTestId('nav-partners').click();
    const row = page.getByTestId('partners-table').getByTestId('partner-row').filter({ hasText: 'Unreachable Partner' });
    await row.getByText('Failing').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'sharing-partners.png'), fullPage: true });
    // Paused: no pulls until resumed.
    await row.getByRole('link').click();
    await page.getByTestId('partner-toggle').click();
    await page.getByTestId('partner-state').getByText('Paused').waitFor();
    await page.getByTestId('partner-toggle').click();
    await page.getByTestId('partner-sync').click();
    await page.getByTestId('partner-state').getByText('Failing').waitFor();
    expectCleanPage(s);
  });
});
