import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (src/**/*.test.ts); integration tests over HTTP in test/integration.
// Browser tests have their own config (vitest.e2e.config.ts) and run only where Chromium is installed.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/*.test.ts', 'test/integration/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    // One module graph per worker, not per file: importing the server once instead of in every file
    // saves about a third of the run. Test files must not leave module state behind (none mocks modules).
    isolate: false,
  },
});
