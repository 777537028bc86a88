import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts: the extension build (crx plugin) has no place in unit tests.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**'],
    environment: 'node',
    globalSetup: ['test/cli/build-cli.ts'],
  },
});
