import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: real Chromium with the built extension (`npm run test:e2e`
 * builds `dist/` first). One browser at a time, in one worker, with timeouts
 * long enough for a browser start and the largest corpus page.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
