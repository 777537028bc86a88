import { defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config';

/** `npm run bench:page`: the content script's task lengths in real Chromium, with the end-to-end tests' settings. */
export default defineConfig({
  test: { ...e2e.test, include: ['bench/page-tasks.e2e.ts'] },
});
