/**
 * Browser test helpers: a real Vigil server over a fresh demo database (test/helpers/server.ts) and
 * headless Chromium driven by playwright-core. Files skip cleanly when Chromium is not installed.
 * A failed test's final page is saved to test-results/screenshots/NAME.png.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect } from 'vitest';
import { DEMO_PASSWORD, ROOT } from '../helpers/backend.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

export const CHROMIUM = process.env.VIGIL_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** `describe` that skips when Chromium is absent. */
export const describeBrowser = describe.skipIf(!hasChromium);

export interface BrowserState {
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Errors the page logged (CSP violations, uncaught exceptions). */
  errors: string[];
}

function fileName(name: string): string {
  return name.replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 120) || 'test';
}

/** Starts a server and a browser for the file; a fresh browser context (no cookies) for each test. */
export function useBrowser(): BrowserState {
  const s = { errors: [] as string[] } as BrowserState;
  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) throw new Error('dist/web is missing: run `npm run build` first');
    s.server = await startTestServer({ env: { VIGIL_OUTBOUND_ALLOW: '127.0.0.1' } }); // local webhook receivers and partners
    s.browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  });
  beforeEach(async () => {
    s.errors = [];
    // Reduced motion: the app then opens menus and dialogs without transitions, which tests need not wait for.
    s.context = await s.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', acceptDownloads: true, reducedMotion: 'reduce' });
    s.context.setDefaultTimeout(15_000);
    s.page = await s.context.newPage();
    s.page.on('pageerror', (e) => s.errors.push(`pageerror: ${e.message}`));
    s.page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) s.errors.push(`console: ${m.text()}`);
    });
  });
  afterEach(async (ctx) => {
    // A failed test's last page is kept; every test's with VIGIL_E2E_SCREENSHOTS=all (a full-page shot
    // costs about a second of the machine's time, fifty times a run).
    if (process.env.VIGIL_E2E_SCREENSHOTS === 'all' || ctx.task.result?.state === 'fail') {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await s.page?.screenshot({ path: join(SCREENSHOTS, `${fileName(ctx.task.name)}.png`), fullPage: true }).catch(() => undefined);
    }
    await s.context?.close().catch(() => undefined);
  });
  afterAll(async () => {
    await s.browser?.close().catch(() => undefined);
    await s.server?.close();
  });
  return s;
}

/** Signs in through the login form and waits for the shell. */
export async function signIn(page: Page, base: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('user-menu').waitFor();
}

/** Picks an option of a Mantine Select/MultiSelect found by its test id. */
export async function pick(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).first().click();
}

/** No CSP violation or uncaught error happened on the page. */
export function expectCleanPage(s: BrowserState): void {
  expect(s.errors).toEqual([]);
}
