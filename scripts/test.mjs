#!/usr/bin/env node
// Vigil's test command (npm test): type check, unit and integration tests on the embedded database,
// the integration tests again on a PostgreSQL server when DATABASE_URL is set, and the browser tests
// when Chromium is installed. Says plainly which suites it skipped and how to enable them, and ends
// with one line "tests: N passed, N failed, N skipped".
import { spawn, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'tmp', 'test-results');
mkdirSync(out, { recursive: true });
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const totals = { passed: 0, failed: 0, skipped: 0 };
const skippedSuites = [];
const failedSteps = [];
/** The failed tests of every suite, named in the summary (the end of a CI log is often all one sees). */
const failedTests = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

const vitestArgs = (args, file) => [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile=${file}`, ...args];

function tally(label, status, file) {
  if (existsSync(file)) {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += j.numPassedTests;
    totals.failed += j.numFailedTests;
    totals.skipped += j.numPendingTests + j.numTodoTests;
    for (const f of j.testResults ?? []) {
      const file = String(f.name).replace(root, '');
      for (const t of f.assertionResults ?? []) {
        if (t.status === 'failed') failedTests.push(`${label.split(' — ').pop()}: ${file} › ${t.fullName} — ${String(t.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 200)}`);
      }
      if (f.status === 'failed' && (f.assertionResults ?? []).every((t) => t.status !== 'failed')) failedTests.push(`${label.split(' — ').pop()}: ${file} — ${String(f.message ?? '').split('\n')[0].slice(0, 200)}`);
    }
    if (status !== 0 && j.numFailedTests === 0) failedSteps.push(`${label} (exit ${status})`);
  } else if (status !== 0) failedSteps.push(`${label} (exit ${status}, no results)`);
  if (status !== 0) failedSteps.push(label);
}

function vitest(label, args, env, file) {
  tally(label, run(label, process.execPath, vitestArgs(args, file), env), file);
}

/** Starts a suite in the background, its output kept in a log file that is printed when it ends. */
function vitestBackground(label, args, env, file) {
  return background(label, process.execPath, vitestArgs(args, file), file.replace(/\.json$/, '.log'), env).then((r) => ({ ...r, file }));
}

const only = process.argv.slice(2);
const want = (s) => only.length === 0 || only.includes(s);

/** Runs a command in the background with its output kept in a log file, printed when it ends. */
function background(label, cmd, args, log, env = {}) {
  const out = createWriteStream(log);
  const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  console.log(`\n=== ${label} (started beside the next suite; its output follows when it ends)\n`);
  return new Promise((resolve) => child.on('close', (code) => out.end(() => resolve({ label, status: code ?? 1, log }))));
}

// The type check (one core) runs beside the first suite, whose start (building the test databases) is
// on one core too.
const typesRun = want('types') ? background('Type check (tsc --noEmit)', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'], join(out, 'types.log')) : null;

if (want('pglite')) {
  const label = 'Unit and integration tests — embedded database (PGlite)';
  const file = join(out, 'pglite.json');
  console.log(`\n=== ${label}\n`);
  const child = spawn(process.execPath, vitestArgs([], file), { cwd: root, stdio: 'inherit', env: { ...process.env, VIGIL_TEST_BACKEND: 'pglite' } });
  tally(label, await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1))), file);
}

if (typesRun) {
  const r = await typesRun;
  console.log(`\n=== ${r.label} (output)\n`);
  process.stdout.write(readFileSync(r.log, 'utf8'));
  console.log(r.status === 0 ? 'Type check passed.' : `Type check failed (exit ${r.status}).`);
  if (r.status !== 0) failedSteps.push('type check');
}

const browser = want('e2e') && existsSync(chromium) && existsSync(join(root, 'vitest.e2e.config.ts'));
const server = want('postgres') && Boolean(process.env.DATABASE_URL);
// With both to run on a machine of two cores or more, the browser suite (mostly waiting on pages) runs
// beside the PostgreSQL suite (one worker then), which shortens the whole run.
const together = browser && server && cpus().length >= 2;
// Beside the PostgreSQL suite the browser files run one at a time; alone, two at a time on two cores
// (measured: two beside the PostgreSQL suite slowed the whole run).
const e2eRun = browser && together ? vitestBackground('Browser tests — Chromium', ['-c', 'vitest.e2e.config.ts'], { CHROMIUM_PATH: chromium, VIGIL_E2E_WORKERS: process.env.VIGIL_E2E_WORKERS ?? '1' }, join(out, 'e2e.json')) : null;

if (server) {
  const label = 'Integration tests — PostgreSQL server (DATABASE_URL)';
  const file = join(out, 'postgres.json');
  if (together) {
    // Not spawnSync: the browser suite's output must keep flowing to its log meanwhile.
    console.log(`\n=== ${label}\n`);
    const child = spawn(process.execPath, vitestArgs(['test/integration', '--maxWorkers=1'], file), { cwd: root, stdio: 'inherit', env: { ...process.env, VIGIL_TEST_BACKEND: 'postgres' } });
    tally(label, await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1))), file);
  } else {
    vitest(label, ['test/integration'], { VIGIL_TEST_BACKEND: 'postgres' }, file);
  }
} else if (want('postgres')) {
  skippedSuites.push('integration tests on a PostgreSQL server: set DATABASE_URL=postgres://USER@HOST:5432/DB (a database the user may create databases from) to run them');
}

if (e2eRun) {
  const r = await e2eRun;
  console.log(`\n=== ${r.label} (output)\n`);
  process.stdout.write(readFileSync(r.log, 'utf8'));
  tally(r.label, r.status, r.file);
} else if (browser) {
  vitest('Browser tests — Chromium', ['-c', 'vitest.e2e.config.ts'], { CHROMIUM_PATH: chromium, VIGIL_E2E_WORKERS: process.env.VIGIL_E2E_WORKERS ?? String(cpus().length >= 2 ? 2 : 1) }, join(out, 'e2e.json'));
} else if (want('e2e')) {
  skippedSuites.push(`browser tests: install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to run them`);
}

// Reference data: the full public sets beside the project (../shared/data), or only the subset in
// test/fixtures/reference; tests that need a full set are skipped without it.
const sharedData = (process.env.VIGIL_SHARED_DATA ?? join(root, '..', 'shared', 'data')).replace(/\/?$/, '/');
if (!existsSync(join(sharedData, 'SOURCES.md'))) {
  skippedSuites.push('tests over the full reference sets (whole UN and OFAC lists, all PDQ images): they ran on the subset in test/fixtures/reference; put the reference data in ../shared/data beside the project or set VIGIL_SHARED_DATA to run them');
}

console.log('\n=== Summary\n');
for (const s of skippedSuites) console.log(`SKIPPED ${s}`);
for (const s of [...new Set(failedSteps)]) console.log(`FAILED  ${s}`);
for (const t of failedTests.slice(0, 30)) console.log(`  ✗ ${t}`);
if (failedTests.length > 30) console.log(`  … and ${failedTests.length - 30} more failed tests (tmp/test-results/*.json)`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length > 0 || totals.failed > 0 ? 1 : 0);
