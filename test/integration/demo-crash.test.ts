/**
 * Killing Vigil while it loads the demo dataset leaves a consistent database, and the next start
 * completes the load (the load is one transaction).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, TEST_DIR, testBackend } from '../helpers/backend.ts';

const dir = join(TEST_DIR, `crash-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function serve(port: number, holdMs = 0) {
  return spawn(process.execPath, [join(ROOT, 'bin', 'vigil.js'), 'serve'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', VIGIL_DATA_DIR: dir, VIGIL_DEMO: '1', PORT: String(port), LOG_LEVEL: 'warn', VIGIL_TEST_DEMO_HOLD_MS: String(holdMs) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function waitHealthy(port: number, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).status === 200) return true;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe.skipIf(testBackend() !== 'pglite')('a crash during the demo load', () => {
  it('leaves a database that the next start completes', async () => {
    mkdirSync(dir, { recursive: true });
    const port = 3800 + (process.pid % 100);
    // The first run holds its load transaction open; it is killed in the middle of it.
    const first = serve(port, 60_000);
    let out = '';
    await new Promise<void>((resolve) => first.stdout.on('data', (d) => {
      out += d;
      if (out.includes('Loading the demo dataset')) resolve();
    }));
    await new Promise((r) => setTimeout(r, 3_000));
    expect(out).not.toContain('Demo dataset loaded');
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));

    const second = serve(port);
    let out2 = '';
    second.stdout.on('data', (d) => (out2 += d));
    try {
      expect(await waitHealthy(port, 60_000)).toBe(true);
      const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'analyst.intel', password: 'vigil-demo' }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
      const list = (await (await fetch(`http://127.0.0.1:${port}/api/subjects?limit=100`, { headers: { cookie } })).json()) as { results: unknown[] };
      expect(list.results.length).toBeGreaterThan(20);
      expect(out2).toContain('Demo dataset loaded');
    } finally {
      second.kill('SIGTERM');
      await new Promise((r) => second.once('exit', r));
    }
  }, 120_000);
});
