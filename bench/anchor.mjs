#!/usr/bin/env node
// Entry of `npm run bench:anchor`: times the anchoring of saved items
// (bench/anchor-speed.ts, run from source through Vite's module runner) and prints Markdown.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const { module } = await runnerImport(fileURLToPath(new URL('./anchor-speed.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'warn',
});
process.stdout.write(module.anchorBench(fileURLToPath(new URL('../eval/corpus', import.meta.url))));
