#!/usr/bin/env node
// Entry of `npm run score`, `score:check` and `score:compare`: runs the
// evaluation (src/evaluation/main.ts) from source through Vite's module runner.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

// A reader that stops early (`| head`) closes the pipe: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
});

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('../src/evaluation/main.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'warn',
});
try {
  process.exitCode = module.runEvaluation(process.argv.slice(2), {
    root,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
} catch (error) {
  // A malformed gold line or a missing file of the evaluation set: say which, without a stack.
  process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
