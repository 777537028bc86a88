#!/usr/bin/env node
// Entry of `npm run score`, `score:check` and `score:compare`: runs the
// evaluation (src/evaluation/main.ts) from source through Vite's module runner.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('../src/evaluation/main.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'warn',
});
process.exitCode = module.runEvaluation(process.argv.slice(2), {
  root,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
