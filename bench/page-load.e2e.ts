/**
 * `npm run bench:page`: what the extension costs a page while it reads and
 * draws it, in real Chromium. Each page of bench/support/load-pages.ts is
 * loaded three times in the same run: in a browser without the extension, in
 * one with it, and without it but with mark.js wrapping the ranges the
 * extension drew. From a performance trace of the page's main thread: the
 * longest task, the total blocking time; in the page: the time until the last
 * range was drawn, the page's own timer runs on the changing page, the heap.
 * The figures are printed and written to bench/PAGE-TASKS.md; nothing here
 * asserts a time.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../test/e2e/support/extension-browser';
import { pageItems } from '../test/e2e/support/extension-api';
import { loadPages, serveLoadPages, STORM, type LoadPage, type LoadPageServer } from './support/load-pages';
import { LONG_TASK_MS, summarize, traceLoad, type MainThreadTask, type TaskSummary } from './support/main-thread-tasks';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'];
/** Longest wait for the extension to finish a page. */
const SCAN_TIMEOUT_MS = 180_000;

/** One load of one page. */
interface LoadResult {
  /** The main thread's tasks. */
  tasks: TaskSummary;
  /** Those in which JavaScript ran: on the pages that run none of their own, the extension's (or mark.js's) work. */
  scriptTasks: TaskSummary;
  /** Ms from navigation until the last range was drawn (extension, mark.js). */
  drawnAtMs?: number;
  /** Ranges drawn. */
  ranges?: number;
  /** Runs of the changing page's own timer. */
  timerRuns?: number;
  /** JavaScript heap of the tab after a garbage collection, MB. */
  heapMb: number;
}

/** A range as mark.js takes it: an offset into the concatenated text nodes of the body, and a length. */
interface MarkRange {
  start: number;
  length: number;
}

let server: LoadPageServer;
let plain: Browser;
let extension: ExtensionBrowser;
let profile: string;

beforeAll(async () => {
  server = await serveLoadPages(pages);
  profile = await mkdtemp(join(tmpdir(), 'policy-lens-bench-'));
  extension = await launchExtensionBrowser(profile);
  plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: BROWSER_ARGS });
}, 60_000);

afterAll(async () => {
  await plain?.close();
  await extension?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

/** `BENCH_PAGES=elements-50k,mutation-storm` loads only those pages; their report is printed, and bench/PAGE-TASKS.md left as it is. */
const only = process.env['BENCH_PAGES']?.split(',').map((name) => name.trim());
const pages = loadPages(resolve('eval/corpus')).filter((page) => !only || only.includes(page.name));

/** The JavaScript heap of the page's renderer after a full garbage collection, in MB. */
async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usedSize / 1e6;
}

/** In the page's own world: counts the ranges in the document's highlight registry every frame, noting when the count last changed. */
function watchHighlights(): void {
  const seen = { count: 0, changedAt: 0 };
  (window as unknown as { highlightsSeen: typeof seen }).highlightsSeen = seen;
  const look = (): void => {
    let count = 0;
    for (const highlight of CSS.highlights.values()) count += highlight.size;
    if (count !== seen.count) Object.assign(seen, { count, changedAt: performance.now() });
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** In the page's own world: the drawn ranges as mark.js offsets, outermost only (mark.js wraps no range inside another). */
function drawnAsMarkRanges(): MarkRange[] {
  const starts = new Map<Node, number>();
  let length = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/^(SCRIPT|STYLE)$/.test(node.parentElement?.tagName ?? '')) continue;
    starts.set(node, length);
    length += (node as Text).length;
  }
  const ranges: MarkRange[] = [];
  for (const highlight of CSS.highlights.values()) {
    for (const range of highlight as Iterable<Range>) {
      const start = starts.get(range.startContainer), end = starts.get(range.endContainer);
      if (start === undefined || end === undefined) continue;
      ranges.push({ start: start + range.startOffset, length: end + range.endOffset - start - range.startOffset });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.length - a.length);
  const outermost: MarkRange[] = [];
  for (const range of ranges) {
    const last = outermost[outermost.length - 1];
    if (!last || range.start >= last.start + last.length) outermost.push(range);
  }
  return outermost;
}

/** The page's own timer runs once it has stopped changing. */
async function stormRuns(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { storm: { done: boolean } }).storm.done, undefined, { timeout: STORM.durationMs * 3 });
  return page.evaluate(() => (window as unknown as { storm: { fires: number } }).storm.fires);
}

async function loadWithout(spec: LoadPage): Promise<LoadResult> {
  const page = await plain.newPage();
  const url = server.url(spec.name);
  const { result: timerRuns, tasks } = await traceLoad(plain, page, url, async () => {
    await page.goto(url, { waitUntil: 'load', timeout: SCAN_TIMEOUT_MS });
    return spec.storm ? stormRuns(page) : undefined;
  });
  const result = { ...summaries(tasks), timerRuns, heapMb: await heapMb(page) };
  await page.close();
  return result;
}

async function loadWith(spec: LoadPage): Promise<LoadResult & { markRanges: MarkRange[] }> {
  const page = await extension.context.newPage();
  await page.addInitScript(watchHighlights);
  const url = server.url(spec.name);
  const browser = extension.context.browser();
  if (!browser) throw new Error('The persistent context gives no access to its browser, which traces');
  const { result: timerRuns, tasks } = await traceLoad(browser, page, url, async () => {
    await page.goto(url, { waitUntil: 'load', timeout: SCAN_TIMEOUT_MS });
    const runs = spec.storm ? await stormRuns(page) : undefined;
    await pageItems(extension, page, SCAN_TIMEOUT_MS);
    return runs;
  });
  const seen = await page.evaluate(() => (window as unknown as { highlightsSeen: { count: number; changedAt: number } }).highlightsSeen);
  const markRanges = await page.evaluate(drawnAsMarkRanges);
  const result = { ...summaries(tasks), drawnAtMs: seen.changedAt, ranges: seen.count, timerRuns, heapMb: await heapMb(page), markRanges };
  await page.close();
  return result;
}

async function loadWithMarkJs(spec: LoadPage, ranges: readonly MarkRange[]): Promise<LoadResult> {
  const page = await plain.newPage();
  const url = server.url(spec.name);
  const { result: drawnAtMs, tasks } = await traceLoad(plain, page, url, async () => {
    await page.goto(url, { waitUntil: 'load', timeout: SCAN_TIMEOUT_MS });
    await page.addScriptTag({ url: server.markJsUrl });
    return page.evaluate(
      (list) =>
        new Promise<number>((done) => {
          const Mark = (window as unknown as { Mark: new (context: Element) => { markRanges(r: unknown, o: unknown): void } }).Mark;
          new Mark(document.body).markRanges(list, { done: () => done(performance.now()) });
        }),
      ranges,
    );
  }, );
  const result = { ...summaries(tasks), drawnAtMs, ranges: ranges.length, heapMb: await heapMb(page) };
  await page.close();
  return result;
}

/** The summaries of all tasks and of the script tasks. */
const summaries = (tasks: readonly MainThreadTask[]): Pick<LoadResult, 'tasks' | 'scriptTasks'> => ({
  tasks: summarize(tasks.map((task) => task.ms)),
  scriptTasks: summarize(tasks.filter((task) => task.script).map((task) => task.ms)),
});

const ms = (value: number | undefined): string => (value === undefined ? '–' : value.toFixed(value < 10 ? 1 : 0));

test('the extension and mark.js on large and changing pages', async () => {
  const rows: string[] = [];
  const stormRows: string[] = [];
  for (const spec of pages) {
    const without = await loadWithout(spec);
    const withExtension = await loadWith(spec);
    expect(withExtension.ranges).toBeGreaterThan(0);
    const mark = spec.storm ? undefined : await loadWithMarkJs(spec, withExtension.markRanges);
    const row = (label: string, r: LoadResult): string =>
      `| ${spec.name} | ${label} | ${r.tasks.count} | ${ms(r.tasks.longestMs)} | ${ms(r.tasks.blockingMs)} | ${r.scriptTasks.count} | ${ms(r.scriptTasks.totalMs)} | ${ms(r.scriptTasks.longestMs)} | ${r.scriptTasks.longCount} | ${ms(r.scriptTasks.blockingMs)} | ${r.ranges ?? '–'} | ${ms(r.drawnAtMs)} | ${r.heapMb.toFixed(1)} |`;
    rows.push(row('without extension', without), row('with extension', withExtension));
    if (mark) rows.push(row('mark.js, same ranges', mark));
    if (spec.storm) {
      stormRows.push(
        `| ${without.timerRuns} | ${withExtension.timerRuns} | ${((withExtension.timerRuns! / without.timerRuns!) * 100).toFixed(0)} % |`,
      );
    }
  }
  const report = [
    '# The extension on large and changing pages',
    '',
    `Run of \`npm run bench:page\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ` +
      `${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at the end ` +
      '(the machine is shared); headless Chromium.',
    '',
    'Pages, built from the corpus reports:',
    '',
    ...pages.map((p) => `- \`${p.name}\`: ${p.description}.`),
    '',
    'Each page is loaded in a browser without the extension, in one with it, and without it but with mark.js wrapping',
    'the ranges the extension drew (outermost ones: mark.js wraps no range inside another), in the same run. Tasks are',
    "every top-level task of the page's main thread in a performance trace, from the page's commit until it is read",
    '(the scheduler\'s `RunTask` events, so work resumed after `scheduler.yield()` counts as the task it is). Blocking',
    `time is the sum of each task's time beyond ${LONG_TASK_MS} ms. Script tasks are the tasks in which JavaScript ran: the`,
    "page runs none of its own except on the changing page, so on the others they are the extension's (or mark.js's)",
    'work, with the style and layout it caused; the other tasks are the browser parsing, laying out and painting.',
    '"Drawn at" is the time from navigation at which the',
    'last range appeared (extension) or mark.js finished. Heap: the tab\'s JavaScript heap after a garbage collection,',
    'content script included.',
    '',
    'Reading the figures: the frame watcher that times "drawn at" runs a `requestAnimationFrame` callback in the page',
    'during the run with the extension, so that run\'s frames (style, layout and paint of the highlighted text)',
    'count as script tasks too. mark.js is started through the DevTools protocol, which the trace does not mark as',
    'script: its work shows in the tasks of all kinds (longest ms, blocking ms), not in the script columns.',
    '',
    '| page | run | tasks | longest ms | blocking ms | script tasks | script ms in all | longest script task ms | long script tasks | script blocking ms | ranges | drawn at ms | heap MB |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `The changing page's own timer (every ${STORM.everyMs} ms for ${STORM.durationMs / 1000} s): how often it ran.`,
    '',
    '| runs without extension | runs with extension | rate kept |',
    '| ---: | ---: | ---: |',
    ...stormRows,
    '',
  ].join('\n');
  process.stdout.write(report);
  if (!only) writeFileSync(new URL('./PAGE-TASKS.md', import.meta.url), report);
}, 900_000);
