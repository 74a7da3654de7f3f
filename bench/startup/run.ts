/**
 * bench/startup: seconds from starting `vigil serve` on the embedded database to GET /api/health = 200,
 * the first time (empty folder: create, migrate) and after (reopen), with and without the demo dataset.
 * Goals: ≤ 10 s the first time, ≤ 3 s after.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, header, median, sizeArg } from '../lib/stats.ts';

header('bench/startup');
const runs = sizeArg() === 'full' ? 5 : 1;
const root = join(import.meta.dirname, '../..');

async function startOnce(dataDir: string, port: number, demo: boolean): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(root, 'bin', 'vigil.js'), 'serve'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', VIGIL_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', VIGIL_DEMO: demo ? '1' : '0' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (performance.now() - t0 > 120_000) throw new Error('no health answer within 120 s');
      try {
        const r = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (r.status === 200) return (performance.now() - t0) / 1000;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

for (const demo of [false, true]) {
  const first: number[] = [];
  const again: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = join(root, 'tmp', 'bench', `startup-${i}`);
    rmSync(dir, { recursive: true, force: true });
    first.push(await startOnce(dir, 3900 + i, demo));
    again.push(await startOnce(dir, 3900 + i, demo));
    again.push(await startOnce(dir, 3900 + i, demo));
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${demo ? 'with demo dataset' : 'empty database   '}: first start ${fmt(median(first), 2)} s (goal ≤ 10), restart ${fmt(median(again), 2)} s (goal ≤ 3)  [medians of ${first.length} and ${again.length}]`);
}
