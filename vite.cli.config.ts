import { defineConfig } from 'vite';

/**
 * Builds the command line into `dist-cli/policy-lens.mjs` for Node, run by
 * `bin/policy-lens.mjs`, and its worker thread into `dist-cli/extract-worker.mjs`.
 * Packages stay outside the bundle and load from node_modules.
 */
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      input: { 'policy-lens': 'src/cli/index.ts', 'extract-worker': 'src/cli/extract-worker.ts' },
      output: { entryFileNames: '[name].mjs', chunkFileNames: '[name].mjs' },
    },
  },
  publicDir: false,
  logLevel: 'warn',
});
