#!/usr/bin/env node
// Vigil's test command (npm test): type check, unit and integration tests on the embedded database,
// the integration tests again on a PostgreSQL server when DATABASE_URL is set, and the browser tests
// when Chromium is installed. Says plainly which suites it skipped and how to enable them, and ends
// with one line "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'tmp', 'test-results');
mkdirSync(out, { recursive: true });
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const totals = { passed: 0, failed: 0, skipped: 0 };
const skippedSuites = [];
const failedSteps = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function vitest(label, args, env, file) {
  const status = run(label, process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile=${file}`, ...args], env);
  if (existsSync(file)) {
    const j = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += j.numPassedTests;
    totals.failed += j.numFailedTests;
    totals.skipped += j.numPendingTests + j.numTodoTests;
    if (status !== 0 && j.numFailedTests === 0) failedSteps.push(`${label} (exit ${status})`);
  } else if (status !== 0) failedSteps.push(`${label} (exit ${status}, no results)`);
  if (status !== 0) failedSteps.push(label);
}

const only = process.argv.slice(2);
const want = (s) => only.length === 0 || only.includes(s);

if (want('types')) {
  if (run('Type check (tsc --noEmit)', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json']) !== 0) failedSteps.push('type check');
}

if (want('pglite')) vitest('Unit and integration tests — embedded database (PGlite)', [], { VIGIL_TEST_BACKEND: 'pglite' }, join(out, 'pglite.json'));

if (want('postgres')) {
  if (process.env.DATABASE_URL) {
    vitest('Integration tests — PostgreSQL server (DATABASE_URL)', ['test/integration'], { VIGIL_TEST_BACKEND: 'postgres' }, join(out, 'postgres.json'));
  } else {
    skippedSuites.push('integration tests on a PostgreSQL server: set DATABASE_URL=postgres://USER@HOST:5432/DB (a database the user may create databases from) to run them');
  }
}

if (want('e2e')) {
  if (existsSync(chromium) && existsSync(join(root, 'vitest.e2e.config.ts'))) {
    vitest('Browser tests — Chromium', ['-c', 'vitest.e2e.config.ts'], { CHROMIUM_PATH: chromium }, join(out, 'e2e.json'));
  } else {
    skippedSuites.push(`browser tests: install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to run them`);
  }
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
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length > 0 || totals.failed > 0 ? 1 : 0);
