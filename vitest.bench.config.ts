import { defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config';

/** `npm run bench:page`: what the extension costs large and changing pages in real Chromium, with the end-to-end tests' settings. */
export default defineConfig({
  test: { ...e2e.test, include: ['bench/page-load.e2e.ts', 'bench/store.e2e.ts', 'bench/popup.e2e.ts'] },
});
