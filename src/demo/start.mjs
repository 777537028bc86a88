#!/usr/bin/env node
// Entry of `npm start`. Runs src/demo/start.ts straight from source through
// Vite's module runner, so the demo needs no build of its own.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('./start.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'warn',
});
try {
  await module.start({ root });
  process.exit(0);
} catch (err) {
  console.error(`policy-lens start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
