/**
 * Running Vigil's command line as a user would, from integration tests: `bin/vigil.js` in its own Node
 * process, and the database it wrote to opened afterwards (PGlite admits one process at a time).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase, type Database } from '../../src/server/platform/db.ts';
import type { Platform } from '../../src/server/platform/platform.ts';
import { ROOT } from './backend.ts';

const run = promisify(execFile);
const CLI = join(ROOT, 'bin', 'vigil.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `vigil ARGS…` with `env`, optionally feeding `input` on stdin; resolves with the exit code (never throws on a non-zero exit). */
export function runVigil(env: NodeJS.ProcessEnv, args: string[], opts: { input?: string; timeout?: number } = {}): Promise<CliResult> {
  const child = run(process.execPath, [CLI, ...args], { env, cwd: ROOT, timeout: opts.timeout ?? 240_000 });
  if (opts.input !== undefined) child.child.stdin!.end(opts.input);
  return child.then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: CliResult) => e,
  );
}

/** The database the CLI wrote to: the server's own on PostgreSQL; on PGlite opened between CLI runs. */
export async function withCliDb<T>(platform: Platform, fn: (db: Database) => Promise<T>): Promise<T> {
  if (platform.backend !== 'pglite') return fn(platform.db);
  const h = await openDatabase({ dataDir: platform.config.dataDir });
  try {
    return await fn(h.db);
  } finally {
    await h.close();
  }
}
