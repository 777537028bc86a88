/**
 * `npm run bench:page`: how long the content script's tasks last while it
 * reads and draws the corpus's largest page in real Chromium. A task over
 * 50 ms is a "long task" that makes a page feel janky. The figures are
 * printed and written to bench/PAGE-TASKS.md; nothing here asserts a time.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { expect, test } from 'vitest';
import { useBrowserSession } from '../test/e2e/support/browser-session';
import { LARGEST_REPORT } from '../test/e2e/support/corpus-pages';
import { pageItems } from '../test/e2e/support/extension-api';
import { traceScriptTasks } from '../test/e2e/support/script-tasks';

/** Loads measured, each in a fresh tab. */
const LOADS = 5;
/** The Long Tasks API's threshold. */
const LONG_TASK_MS = 50;

const session = useBrowserSession();

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

test('content script tasks on the largest corpus page', async () => {
  const { extension } = session;
  const browser = extension.context.browser();
  if (!browser) throw new Error('The persistent context gives no access to its browser, which traces');
  const url = session.server.report(LARGEST_REPORT).url;
  const rows: string[] = [];
  for (let load = 1; load <= LOADS; load++) {
    const page = await extension.context.newPage();
    const tasks = await traceScriptTasks(browser, page, url, () => pageItems(extension, page, 60_000));
    expect(tasks.length).toBeGreaterThan(0);
    const total = tasks.reduce((sum, ms) => sum + ms, 0);
    const long = tasks.filter((ms) => ms > LONG_TASK_MS).length;
    rows.push(`| ${load} | ${tasks.length} | ${total.toFixed(0)} | ${median(tasks).toFixed(2)} | ${Math.max(...tasks).toFixed(1)} | ${long} |`);
    await page.close();
  }
  const report = [
    '# Content script tasks on a report page',
    '',
    `Run of \`npm run bench:page\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ` +
      `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores; headless Chromium.`,
    `The page: ${LARGEST_REPORT} of the corpus served as HTML (one paragraph per line). Times from a`,
    'performance trace of the page\'s main thread: the tasks in which JavaScript ran (the page runs none of',
    `its own, so all are the extension's). A task over ${LONG_TASK_MS} ms counts as long.`,
    '',
    '| load | script tasks | total ms | median task ms | longest task ms | long tasks |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
  process.stdout.write(report);
  writeFileSync(new URL('./PAGE-TASKS.md', import.meta.url), report);
});
