/**
 * Runs every benchmark: `npm run bench -- [--size small|full] [--only NAME…]`.
 * Each prints its own figures; CI runs them small so they cannot rot. Nothing here asserts timings.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const size = args.includes('--size') ? args[args.indexOf('--size') + 1] : 'small';
const only = args.includes('--only') ? args.slice(args.indexOf('--only') + 1).filter((a) => !a.startsWith('--')) : [];
const root = new URL('..', import.meta.url).pathname;
const benches = ['startup', 'audit', 'search', 'screening', 'screening/rescreen', 'screening/national-sync', 'screening/intake', 'screening/robustness', 'content', 'sharing', 'sharing/taxii-crawl', 'load', 'load/kinds', 'alerts', 'crisis'];

if (size !== 'small' && size !== 'full') {
  console.error(`--size must be small or full (got ${size ?? 'nothing'})`);
  process.exit(2);
}
const unknown = only.filter((o) => !benches.includes(o));
if (unknown.length > 0) {
  console.error(`--only: no benchmark named ${unknown.join(', ')}; the benchmarks are ${benches.join(', ')}`);
  process.exit(2);
}

console.log(`Vigil benchmarks, size ${size}, on ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`);
let failed = 0;
for (const b of benches) {
  if (only.length && !only.includes(b)) continue;
  // A name with a slash is a script of its own (bench/sharing/taxii-crawl.ts), else the folder's run.ts.
  const file = b.includes('/') ? join(root, 'bench', `${b}.ts`) : join(root, 'bench', b, 'run.ts');
  if (!existsSync(file)) continue;
  console.log(`\n### bench/${b}\n`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [join(root, 'bin', 'tsx.js'), file, '--size', size!], { stdio: 'inherit', cwd: root, env: process.env });
  console.log(`(bench/${b} took ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  if (r.status !== 0) {
    failed++;
    console.log(`bench/${b} FAILED (exit ${r.status})`);
  }
}
process.exit(failed ? 1 : 0);
