/**
 * Online content, end to end: an administrator creates a content user; the user creates a hash bank
 * and uploads an image into it, finds a near-duplicate by upload, registers a hosting provider whose
 * webhook is a small local receiver, opens a case and issues a removal order (the one-hour countdown
 * ticks); the provider opens the portal link from the webhook, without a Vigil account, and confirms
 * removal; the case then shows the order removed with its time to removal.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBrowser, expectCleanPage, pick, SCREENSHOTS, signIn, useBrowser } from './browser.ts';
import { REFERENCE } from '../helpers/reference-data.ts';

const PDQ_DIR = REFERENCE + 'pdq/data/bridge-mods';
const describeContent = existsSync(PDQ_DIR) ? describeBrowser : describe.skip;
const PASSWORD = 'content-e2e-password-1';

describeContent('online content: removal order workflow', () => {
  const s = useBrowser();
  const received: Array<{ event: string; body: any }> = [];
  let receiver: Server;
  let hookUrl = '';

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        try {
          received.push({ event: String(req.headers['x-vigil-event'] ?? ''), body: JSON.parse(raw) });
        } catch {
          // not JSON: ignored
        }
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/tco`;
  });
  afterAll(async () => {
    await new Promise((r) => receiver?.close(r));
  });

  it('bank, match, case, removal order, provider portal, removed', async () => {
    const { page } = s;
    // The administrator creates a user with every content right.
    await signIn(page, s.server.url, 'admin');
    await page.getByTestId('nav-admin').click();
    await page.getByTestId('new-user').click();
    const form = page.getByTestId('user-form');
    await form.locator('input[name="username"]').fill('content.analyst');
    await form.locator('input[name="displayName"]').fill('Content Analyst');
    await form.getByTestId('user-org').click();
    await page.getByRole('option', { name: 'Civil Intelligence Service' }).click();
    for (const p of ['read', 'write', 'approve']) await form.getByRole('checkbox', { name: `content ${p}` }).check();
    await form.locator('input[name="password"]').fill(PASSWORD);
    await page.getByTestId('user-save').click();
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('logout').click();

    // The content user creates a bank and uploads an image into it.
    await signIn(page, s.server.url, 'content.analyst', PASSWORD);
    await page.getByTestId('nav-content').click();
    await page.getByTestId('content-tab-banks').click();
    await page.getByTestId('new-bank').click();
    const bankForm = page.getByTestId('bank-form');
    await bankForm.locator('input[name="name"]').fill('Propaganda imagery');
    await bankForm.locator('input[name="sourceOrg"]').fill('Europol IRU');
    await page.getByTestId('bank-save').click();
    await page.getByTestId('bank-name').getByText('Propaganda imagery').waitFor();
    const upload = page.getByTestId('bank-upload');
    await upload.locator('input[type="file"]').setInputFiles(join(PDQ_DIR, 'aaa-orig.jpg'));
    await upload.locator('input[name="label"]').fill('bridge, original');
    await page.getByTestId('bank-upload-submit').click();
    await page.getByTestId('bank-upload-done').waitFor();
    await expect.poll(() => page.getByTestId('bank-entry-count').textContent()).toBe('1');
    await page.getByTestId('entries-table').getByText('bridge, original').waitFor();

    // A hosting provider whose webhook is the local receiver.
    await page.getByTestId('content-tab-providers').click();
    await page.getByTestId('new-provider').click();
    const pf = page.getByTestId('provider-form');
    await pf.locator('input[name="name"]').fill('Example Host');
    await pf.locator('input[name="country"]').fill('BE');
    await pf.locator('input[name="webhookUrl"]').fill(hookUrl);
    await page.getByTestId('provider-save').click();
    await page.getByTestId('provider-secret-value').getByText(/^whsec_/).waitFor();

    // A near-duplicate (slightly blurred) matches the banked image.
    await page.getByTestId('content-tab-match').click();
    await page.getByTestId('match-form').locator('input[type="file"]').setInputFiles(join(PDQ_DIR, 'blur-a-little.jpg'));
    await page.getByTestId('match-submit').click();
    const row = page.getByTestId('match-row').filter({ hasText: 'Propaganda imagery' });
    await row.waitFor();
    const distance = Number((await row.getByTestId('match-distance').textContent())!.split('/')[0]);
    expect(distance).toBeGreaterThan(0);
    expect(distance).toBeLessThanOrEqual(31);
    await row.getByTestId('match-open').click();
    const detail = page.getByRole('dialog');
    await detail.getByTestId('detail-image').waitFor();
    await detail.getByTestId('no-bank-images').waitFor();
    await detail.getByTestId('bit-diff').waitFor();
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });

    // A case from the match: its hashes are carried over.
    await page.getByTestId('match-open-case').click();
    const caseForm = page.getByTestId('case-form');
    await caseForm.getByTestId('case-signal').waitFor();
    await caseForm.locator('input[name="url"]').fill('https://video.example.net/watch/attack-call-1');
    await pick(page, 'case-provider', /Example Host/);
    await caseForm.getByLabel('Incitement').check();
    await caseForm.locator('textarea[name="assessment"]').fill('The video calls on viewers to attack the bridge shown and glorifies earlier attacks.');
    await caseForm.locator('input[name="markings.legalBasis"]').fill('Regulation (EU) 2021/784');
    await caseForm.locator('input[name="markings.purpose"]').fill('removal of terrorist content online');
    await page.getByTestId('case-save').click();
    await page.getByTestId('content-case').getByTestId('markings-banner').waitFor();
    expect(await page.getByTestId('case-url').textContent()).toBe('https://video.example.net/watch/attack-call-1');
    const caseUrl = page.url();

    // Draft and issue a removal order: the one-hour countdown ticks.
    await page.getByTestId('new-order').locator('textarea[name="reasons"]').fill('The video incites terrorist offences (art. 2(7)(a)); remove it within one hour.');
    await page.getByTestId('order-draft').click();
    const order = page.getByTestId('order').first();
    await order.getByTestId('order-issue').click();
    // Issue #17: a binding order asks for confirmation first (provider, one-hour deadline).
    const confirm = page.getByTestId('issue-confirm');
    expect(await confirm.textContent()).toMatch(/binding on Example Host \(BE\)/);
    expect(await confirm.textContent()).toMatch(/one hour/);
    await page.getByTestId('issue-confirm-button').click();
    await confirm.waitFor({ state: 'detached' });
    await order.getByTestId('countdown').and(page.locator('[data-state="running"]')).waitFor();
    const first = await order.getByTestId('countdown-clock').textContent();
    expect(first).toMatch(/^(00:5[89]:\d\d|01:00:00)$/);
    await expect.poll(() => order.getByTestId('countdown-clock').textContent(), { timeout: 5_000 }).not.toBe(first);
    expect(await order.getByTestId('order-state').textContent()).toBe('Pending');

    // The webhook reaches the receiver with the portal link (token in the fragment).
    await expect.poll(() => received.filter((r) => r.event === 'removal_order.issued').length, { timeout: 20_000 }).toBeGreaterThan(0);
    const link: string = received.find((r) => r.event === 'removal_order.issued')!.body.portal.url;
    expect(link).toMatch(/\/portal\/orders\/[0-9a-f-]{36}#token=/);

    // The provider opens the link in a browser without a Vigil session and confirms removal.
    const providerCtx = await s.browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-GB', reducedMotion: 'reduce' });
    try {
      const pp = await providerCtx.newPage();
      const errors: string[] = [];
      pp.on('pageerror', (e) => errors.push(e.message));
      await pp.goto(link);
      await pp.getByTestId('portal-order').waitFor();
      expect(await pp.getByTestId('portal-url').textContent()).toBe('https://video.example.net/watch/attack-call-1');
      await pp.getByTestId('countdown').and(pp.locator('[data-state="running"]')).waitFor();
      expect(pp.url()).not.toContain('token=');
      expect(await pp.getByTestId('user-menu').count()).toBe(0);
      await pp.getByLabel('Removed', { exact: true }).check();
      await pp.getByTestId('portal-note').fill('Removed worldwide.');
      await pp.getByTestId('portal-submit').click();
      await pp.getByTestId('portal-outcome').getByText('Removed by the provider').waitFor();
      expect(await pp.getByTestId('order-state').textContent()).toBe('Removed');
      mkdirSync(SCREENSHOTS, { recursive: true });
      await pp.screenshot({ path: join(SCREENSHOTS, 'content-provider-portal.png'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await providerCtx.close();
    }

    // Back in Vigil: the order is removed, the case closed, with its time to removal.
    await page.goto(caseUrl);
    const done = page.getByTestId('order').first();
    await done.and(page.locator('[data-state="removed"]')).waitFor();
    await done.getByTestId('order-outcome').waitFor();
    expect(await done.getByTestId('order-time-to-removal').textContent()).toMatch(/Time to removal: \d+ s · within the hour/);
    expect(await page.getByTestId('case-status').textContent()).toBe('Closed');
    expect(await page.getByTestId('case-time-to-removal').textContent()).toMatch(/^\d+ (s|min)/);
    await done.getByTestId('countdown').and(page.locator('[data-state="stopped"]')).waitFor();
    await done.getByTestId('deliveries-toggle').click();
    await done.getByTestId('deliveries-table').getByText('HTTP 204').first().waitFor();
    await page.waitForTimeout(400); // the log's open animation, for the screenshot
    await page.evaluate(() => window.scrollTo(0, 0));
    expectCleanPage(s);
  });
});

describeBrowser('online content: a failed delivery (issue #17)', () => {
  const s = useBrowser();

  it('confirms before issuing, shows the failed delivery red, retries it and records delivery by other means', async () => {
    const { page } = s;
    s.server.app.contentRuntime!.worker.options.retryDelaysMs = []; // the first failed attempt is final
    // The demo content officer; the demo providers' webhooks point at example domains: deliveries fail.
    await signIn(page, s.server.url, 'content.officer');
    await page.getByTestId('nav-content').click();
    await page.getByTestId('case-link').filter({ hasText: 'demo-cross-border' }).click();
    const order = page.getByTestId('order').first();
    await order.getByTestId('order-issue').click();
    const confirm = page.getByTestId('issue-confirm');
    expect(await confirm.textContent()).toMatch(/binding on ClipShare Demo \(NL\)/);
    expect(await confirm.textContent()).toMatch(/one hour/);
    await pick(page, 'scrutiny-authority', /Partner Service Lowlands/);
    await page.getByTestId('issue-confirm-button').click();
    await confirm.waitFor({ state: 'detached' });
    await order.getByTestId('order-scrutiny').getByText(/Partner Service Lowlands/).waitFor();

    // The delivery fails: red on the order (with the reason) and on the case.
    const failed = order.getByTestId('delivery-failed');
    await failed.waitFor({ timeout: 40_000 });
    expect(await failed.getByTestId('delivery-failed-reason').textContent()).toMatch(/\S/);
    await order.getByTestId('delivery-failed-badge').waitFor();
    await page.getByTestId('case-delivery-failed').waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'content-delivery-failed.png'), fullPage: true });

    // A fresh portal link is shown to pass on by hand.
    await failed.getByTestId('delivery-copy-link').click();
    expect(await order.getByTestId('delivery-portal-link').inputValue()).toMatch(/\/portal\/orders\/[0-9a-f-]{36}#token=/);

    // Retry: another attempt, which fails again.
    await failed.getByTestId('delivery-retry').click();
    await order.getByTestId('delivery-failed').waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
    await order.getByTestId('delivery-failed').waitFor({ timeout: 40_000 });

    // Delivered by other means, with a note.
    await order.getByTestId('delivery-other-means-open').click();
    await page.getByTestId('other-means-note').fill('Read the order to the provider’s legal desk by telephone.');
    await page.getByTestId('other-means-confirm').click();
    await order.getByTestId('delivery-other-means').getByText(/legal desk by telephone/).waitFor();
    expect(await order.getByTestId('delivery-failed').count()).toBe(0);
    expect(await page.getByTestId('case-delivery-failed').count()).toBe(0);

    // The competent authorities of the providers' member states, set up beforehand (demo: synthetic contacts).
    await page.getByTestId('content-tab-providers').click();
    await page.getByTestId('authorities').locator('[data-country="DE"]').getByText('Online Content Authority Rhineland').waitFor();
    expectCleanPage(s);
  });
});
