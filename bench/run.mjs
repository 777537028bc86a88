#!/usr/bin/env node
// Entry of `npm run bench`: times the extractor (bench/extract-speed.ts) and the library
// page's first render (bench/library-render.ts), run from source through Vite's module
// runner, and the command line's throughput on many files (bench/cli-throughput.mjs),
// and prints the results as Markdown.
//   npm run bench                        print the results
//   npm run bench -- --write FILE        also write them to FILE (bench/RESULTS.md)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { cliThroughputReport } from './cli-throughput.mjs';

const args = process.argv.slice(2);
const writeAt = args.indexOf('--write');
const outFile = writeAt === -1 ? undefined : args[writeAt + 1];
if (writeAt !== -1 && !outFile) {
  console.error('usage: bench/run.mjs [--write FILE]');
  process.exit(2);
}

const { module } = await runnerImport(fileURLToPath(new URL('./extract-speed.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'warn',
});
const corpusDir = fileURLToPath(new URL('../eval/corpus', import.meta.url));
const { module: library } = await runnerImport(fileURLToPath(new URL('./library-render.ts', import.meta.url)), {
  configFile: false,
  logLevel: 'warn',
});
const report =
  module.formatReport(module.runBench(corpusDir)) +
  library.formatLibraryReport(await library.runLibraryBench(corpusDir)) +
  cliThroughputReport();
process.stdout.write(report);
if (outFile) writeFileSync(outFile, report);
