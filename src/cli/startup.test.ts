/**
 * `vigil` starts without loading the server: the server's modules (the web framework, the database
 * drivers, the image decoder) are loaded by the commands that use them, so `vigil --help` and the
 * commands that need no database answer at once. Checked as a user runs it, with a preload that lists
 * the CommonJS packages loaded when the process ends.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const HEAVY = ['fastify', 'pg', 'sharp', 'kysely'];

/** Runs `vigil ARGS…` and returns its exit code, output and the packages it loaded (by name). */
function loadedBy(args: string[]): { code: number | null; stdout: string; packages: Set<string> } {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-cli-start-'));
  const out = join(dir, 'loaded.json');
  const preload = join(dir, 'preload.cjs');
  writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));\n`);
  const r = spawnSync(process.execPath, ['--require', preload, join(ROOT, 'bin', 'vigil.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  const files = JSON.parse(readFileSync(out, 'utf8')) as string[];
  const packages = new Set(files.map((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1]).filter((p): p is string => !!p));
  return { code: r.status, stdout: r.stdout, packages };
}

describe('vigil starts without the server', () => {
  it('vigil --help lists the commands without loading the web framework, the database drivers or the image decoder', () => {
    const r = loadedBy(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/serve/);
    expect(r.stdout).toMatch(/watchlist/);
    for (const p of HEAVY) expect([...r.packages], p).not.toContain(p);
    // The preload sees CommonJS packages: commander is one, so an empty list would mean it saw nothing.
    expect(r.packages.has('commander')).toBe(true);
  });

  it('vigil content --help and vigil watchlist import --help load none of them either', () => {
    for (const args of [['content', '--help'], ['watchlist', 'import', '--help']]) {
      const r = loadedBy(args);
      expect(r.code, args.join(' ')).toBe(0);
      for (const p of HEAVY) expect([...r.packages], `${args.join(' ')}: ${p}`).not.toContain(p);
    }
  });
}, 300_000);
