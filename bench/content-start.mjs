#!/usr/bin/env node
// `npm run bench:start`: what starting the content script costs, measured in Node in CPU time, so that the
// figures hold under load. The content script's modules (src/content/content-script.ts: what its second task
// sets up, the wrapper of the browser's extension API aside, which needs a browser) and the extractor (src/extractor/index.ts) are bundled and minified as the extension's build
// does; each bundle is imported in fresh processes, which report the CPU time of the import and, for the
// extractor, of its one-time set-up in steps (in all, and the longest step) and of its first and second
// extraction of a report line. Prints the medians, with the lowest and highest, as Markdown.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Fresh processes per bundle. */
const RUNS = 7;

/** CPU time of this process so far, ms. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** In a fresh process: imports `file` and prints the CPU times as JSON. */
async function measureChild(file, kind) {
  let start = cpuMs();
  const module = await import(file);
  const times = { import: cpuMs() - start };
  if (kind === 'extractor') {
    const setUp = module.setUpExtractor();
    times.setUp = 0;
    times.longestSetUpStep = 0;
    for (let done = false; !done; ) {
      start = cpuMs();
      done = setUp.next().done;
      const step = cpuMs() - start;
      times.setUp += step;
      times.longestSetUpStep = Math.max(times.longestSetUpStep, step);
    }
    const lines = JSON.parse(process.argv[5]);
    for (const [name, line] of [['firstExtraction', lines[0]], ['secondExtraction', lines[1]]]) {
      start = cpuMs();
      module.extract(line);
      times[name] = cpuMs() - start;
    }
  }
  process.stdout.write(JSON.stringify(times));
}

/** Bundles `entry` as the extension's build does (minified, dependencies inside) into `dir`; the bundle's path. */
async function bundle(entry, name, dir) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: { lib: { entry, formats: ['es'], fileName: () => `${name}.mjs` }, outDir: dir, emptyOutDir: false, minify: true, target: 'chrome105' },
  });
  return join(dir, `${name}.mjs`);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-start-'));
  try {
    const content = await bundle(join(root, 'src/content/content-script.ts'), 'content-script', dir);
    const extractor = await bundle(join(root, 'src/extractor/index.ts'), 'extractor', dir);
    // Two lines of a district work report that hold figures and a pledge.
    const lines = readFileSync(join(root, 'eval/corpus/007_hailar-district-gwr-2013.txt'), 'utf8')
      .split('\n')
      .filter((line) => /[0-9]/.test(line) && line.length < 400)
      .slice(0, 2);
    const runs = { content: [], extractor: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const [kind, file] of [['content', content], ['extractor', extractor]]) {
        const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', file, kind, JSON.stringify(lines)], { encoding: 'utf8' });
        runs[kind].push(JSON.parse(out));
      }
    }
    const rows = [
      ['importing the content script’s modules', runs.content.map((r) => r.import)],
      ['importing the extractor', runs.extractor.map((r) => r.import)],
      ['the extractor’s set-up, all steps', runs.extractor.map((r) => r.setUp)],
      ['the extractor’s set-up, longest step', runs.extractor.map((r) => r.longestSetUpStep)],
      ['first extraction of a report line', runs.extractor.map((r) => r.firstExtraction)],
      ['second extraction of a report line', runs.extractor.map((r) => r.secondExtraction)],
    ];
    const ms = (value) => value.toFixed(1);
    process.stdout.write(
      `# Starting the content script\n\n${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; Node.js ${process.version}, ` +
        `load average ${loadavg()[0].toFixed(1)} at the end; CPU ms of a fresh process, ${RUNS} processes each.\n\n` +
        '| step | median | lowest | highest |\n| --- | ---: | ---: | ---: |\n' +
        rows.map(([name, values]) => `| ${name} | ${ms(median(values))} | ${ms(Math.min(...values))} | ${ms(Math.max(...values))} |`).join('\n') +
        '\n',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await measureChild(process.argv[3], process.argv[4]);
else await main();
