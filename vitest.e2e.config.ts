import { defineConfig } from 'vitest/config';

// Files run one at a time unless VIGIL_E2E_WORKERS says more (npm test uses two on a machine of two
// cores or more: the pages mostly wait, so two files share the cores well).
const workers = Math.max(1, Number(process.env.VIGIL_E2E_WORKERS ?? 1) || 1);

// Browser tests: headless Chromium (playwright-core) against a real server over the demo database.
// Run with `npx vitest run -c vitest.e2e.config.ts`; files skip when /usr/bin/chromium is absent.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/helpers/global-setup.ts', 'test/e2e/build-web.setup.ts'],
    fileParallelism: workers > 1,
    pool: 'forks',
    maxWorkers: workers,
    isolate: false, // the server's modules are imported once for all files
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
