/**
 * `npm run bench` as a user runs it: one quick benchmark through the runner with both of its options,
 * and the runner's answers to a wrong size or an unknown name. (The benchmarks themselves print
 * figures and assert nothing; CI type-checks all of them, and this runs one end to end.)
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/backend.ts';

const run = promisify(execFile);
const bench = (args: string[]) =>
  run(process.execPath, [join(ROOT, 'bin', 'tsx.js'), join(ROOT, 'bench', 'run.ts'), ...args], { cwd: ROOT, timeout: 180_000 }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe('npm run bench', () => {
  it('runs the benchmark named by --only at --size small and prints its figures and time', async () => {
    const r = await bench(['--size', 'small', '--only', 'content']);
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Vigil benchmarks, size small');
    expect(r.stdout).toContain('### bench/content');
    expect(r.stdout).toMatch(/Hashing: .* median of/);
    expect(r.stdout).toMatch(/\(bench\/content took \d+ s\)/);
    expect(r.stdout).not.toContain('### bench/search');
  });

  it('refuses an unknown benchmark name or size, naming the option', async () => {
    const a = await bench(['--only', 'contnet']);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/--only: no benchmark named contnet; the benchmarks are .*content/);
    const b = await bench(['--size', 'huge']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--size must be small or full');
  });

  it('bench/load/kinds prints what one request of each kind asked for costs (--clients at once), and refuses an unknown kind or a bad client count naming the option', async () => {
    const kinds = (args: string[]) =>
      run(process.execPath, [join(ROOT, 'bin', 'tsx.js'), join(ROOT, 'bench', 'load', 'kinds.ts'), ...args], { cwd: ROOT, timeout: 240_000 }).then(
        (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    const bad = await kinds(['--kinds', 'reed']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--kinds: no kind named reed; the kinds are search, read/);
    const badClients = await kinds(['--clients', '0']);
    expect(badClients.code).toBe(2);
    expect(badClients.stderr).toMatch(/--clients: give a whole number of clients from 1 to 256/);
    const r = await kinds(['--size', 'small', '--kinds', 'read', '--clients', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('statements per request');
    expect(r.stdout).toContain('requests at 2 clients');
    expect(r.stdout).toMatch(/^read\s+\d+\s+[\d.]+\s+[\d.]+\s+\d+\s+[\d.]+/m);
    expect(r.stdout).not.toMatch(/^screen /m);
  }, 300_000);

  it('bench/load --base REV measures revision REV, this tree twice, then REV again, and prints their ratios, then removes the base checkout', async () => {
    const r = await run(process.execPath, [join(ROOT, 'bin', 'tsx.js'), join(ROOT, 'bench', 'load', 'run.ts'), '--size', 'small', '--base', 'HEAD'], {
      cwd: ROOT,
      timeout: 900_000,
      // A short load: the options are what is tested, not the figures.
      env: { ...process.env, BENCH_SUBJECTS: '40', BENCH_REQUESTS: '192', BENCH_SEARCHES: '48', BENCH_RUNS: '1', BENCH_STALENESS_PROBES: '1', BENCH_SETTLE_MS: '500' },
    }).then(
      (x) => ({ code: 0, stdout: x.stdout, stderr: x.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[base HEAD\] 40 seeded subjects, 192 mixed requests at 64 users, median of 2 run\(s\)/);
    expect(r.stdout).toMatch(/\[this tree\] 40 seeded subjects/);
    expect(r.stdout).toMatch(/search alone, 32 clients \(48 searches\): p50/);
    expect(r.stdout.match(/^ {2}run 1: mixed \d+ requests\/s, search alone \d+ requests\/s/gm)).toHaveLength(4);
    // The mixed load's throughput, per tree and as a ratio (fewer places while screening trade it for the screen's tail).
    expect(r.stdout.match(/^ {2}mixed requests answered: \d+ a second/gm)).toHaveLength(2);
    expect(r.stdout).toMatch(/mixed requests a second [\d.]+× \(higher is more\)/);
    // Each phase waits for a quiet machine, and each run says how long it waited.
    expect(r.stdout.match(/waited [\d.]+ s(?: \(never quiet\))?, [\d.]+ s(?: \(never quiet\))?, [\d.]+ s(?: \(never quiet\))? for a quiet machine/g)).toHaveLength(4);
    // Old, new, new, old: each tree's servers start in that order.
    expect([...r.stdout.matchAll(/^measuring (base HEAD|this tree)/gm)].map((m) => m[1])).toEqual(['base HEAD', 'this tree', 'this tree', 'base HEAD']);
    expect(r.stdout).toMatch(/search at 32 clients p50 [\d.]+×, p99 [\d.]+×; TAXII crawl p50 [\d.]+×/);
    expect(r.stdout).toMatch(/mixed screen: p50 [\d.]+×, p99 [\d.]+×; steady state p50 [\d.]+×, p99 [\d.]+×/);
    // The steady state leaves out each user's first request (all 64 start in the same millisecond).
    expect(r.stdout).toMatch(/mixed screen\s+p50 [\d.]+ ms, p99 [\d.]+ ms; steady state p50 [\d.]+ ms, p99 [\d.]+ ms/);
    // HEAD has this checkout's package-lock.json: it shares the dependencies (no install).
    expect(r.stdout).not.toContain('installing the dependencies');
    expect(existsSync(join(ROOT, 'tmp', 'bench-base'))).toBe(false);
  }, 900_000);
});
