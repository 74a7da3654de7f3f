import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { root: '/work/main', include: ['src/core/content/**/*.test.ts'], environment: 'node', testTimeout: 60_000, pool: 'forks', maxWorkers: 2 } });
