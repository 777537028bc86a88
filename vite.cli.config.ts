import { defineConfig } from 'vite';

/**
 * Builds the command line into `dist-cli/policy-lens.mjs` for Node, run by
 * `bin/policy-lens.mjs`. Packages stay outside the bundle and load from node_modules.
 */
export default defineConfig({
  build: {
    ssr: 'src/cli/index.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      output: { entryFileNames: 'policy-lens.mjs', chunkFileNames: '[name].mjs' },
    },
  },
  publicDir: false,
  logLevel: 'warn',
});
