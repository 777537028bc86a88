#!/usr/bin/env node
// Entry of `npm run bench:memory`: what the content script keeps per item (bench/item-memory.ts,
// run from source through Vite's module runner, with --expose-gc), printed as Markdown.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const { module } = await runnerImport(fileURLToPath(new URL('./item-memory.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'warn',
});
process.stdout.write(module.itemMemoryReport(fileURLToPath(new URL('../eval/corpus', import.meta.url))));
