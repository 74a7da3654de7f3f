import { defineConfig } from 'vitest/config';

// Browser tests: headless Chromium (playwright-core) against a real server over the demo database.
// Run with `npx vitest run -c vitest.e2e.config.ts`; files skip when /usr/bin/chromium is absent.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/helpers/global-setup.ts', 'test/e2e/build-web.setup.ts'],
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
