/**
 * `npm run bench:page`: what the extension costs a page while it reads and
 * draws it, in real Chromium. Each page of bench/support/load-pages.ts is
 * loaded three times in the same run: in a browser without the extension, in
 * one with it, and without it but with mark.js wrapping the ranges the
 * extension draws over the whole page. From a performance trace of the
 * page's main thread: the longest task and the total blocking time, by wall
 * time and by CPU time; the extension's own tasks and the browser's rendering
 * apart; in the page: the time until the page is drawn (the extension: every
 * item handed over and those near the viewport drawn; mark.js: every range
 * wrapped), the page's own timer runs on the changing page, the heap. The figures are printed and written to
 * bench/PAGE-TASKS.md (its hand-written reading of them, from "What the long
 * tasks are" on, is kept); nothing here asserts a time.
 *
 * `BENCH_PAGES=one-paragraph-1mb,long-page-5mb` runs only those pages (the
 * figures are then printed, not written); `BENCH_TRACES=folder` keeps each
 * load's trace there.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtensionBrowser, PAGE_VIEWPORT, type ExtensionBrowser } from '../test/e2e/support/extension-browser';
import { pageItems, pageState } from '../test/e2e/support/extension-api';
import { DRAWN_OVER_PAGE, scrollThroughPage } from '../test/e2e/support/highlights';
import { loadPages, serveLoadPages, STORM, type LoadPage, type LoadPageServer } from './support/load-pages';
import { isRenderingTask, LONG_TASK_MS, stampedStretch, summarize, traceDuring, traceLoad, type MainThreadTask, type TaskSummary } from './support/main-thread-tasks';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'];
/** Longest wait for the extension to finish a page. */
const SCAN_TIMEOUT_MS = 180_000;

/** How often the page is asked how many ranges are drawn, and the extension whether it is ready, ms. */
const DRAWN_POLL_MS = 100;

/** Viewport heights the page is scrolled at each frame of the fast scroll, as a scrollbar dragged: every frame brings paragraphs near and takes others away. */
const FAST_SCROLL_VIEWPORTS = 2;
/** Label of the time stamps the page leaves in the trace at the start and the end of the fast scroll. */
const FAST_SCROLL_STAMP = 'policy-lens-fast-scroll';

/** The tasks of the page's main thread while it was scrolled fast from top to bottom, once read. */
interface FastScroll {
  /** Frames the scroll took. */
  frames: number;
  /** Every task of the main thread. */
  tasks: TaskSummary;
  /** Those in which the extension's script ran. */
  extensionTasks: TaskSummary;
  /** Ranges in the highlights at the end, at the bottom of the page. */
  ranges: number;
}

/** One load of one page. */
interface LoadResult {
  /** The main thread's tasks. */
  tasks: TaskSummary;
  /** Those in which the extension's script ran. */
  extensionTasks: TaskSummary;
  /** Those that were mostly the browser's style, layout and paint. */
  renderingTasks: TaskSummary;
  /** Ms from navigation until the page was drawn: the extension ready with the ranges near the viewport drawn, or mark.js done. */
  drawnAtMs?: number;
  /** Ranges drawn: those in the highlights at the end (near the viewport) for the extension, those wrapped for mark.js. */
  ranges?: number;
  /** Ranges the extension draws over the whole page, as it is scrolled through. */
  rangesOverPage?: number;
  /** Runs of the changing page's own timer. */
  timerRuns?: number;
  /** JavaScript heap of the tab after a garbage collection, MB. */
  heapMb: number;
  /** Blink's own garbage-collected heap (DOM, styles, ranges and their highlight markers) after the same collection, MB. */
  blinkHeapMb: number;
  /** The extension's page scrolled fast once read (not the changing page). */
  fastScroll?: FastScroll;
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

/** The pages named in `BENCH_PAGES` (comma-separated), or all of them. */
const chosen = process.env['BENCH_PAGES']?.split(',').map((name) => name.trim()).filter((name) => name !== '');
const allPages = loadPages(resolve('eval/corpus'));
const pages = chosen ? allPages.filter((p) => chosen.includes(p.name)) : allPages;
if (pages.length === 0) throw new Error(`BENCH_PAGES names none of the pages: ${allPages.map((p) => p.name).join(', ')}`);

/** The JavaScript heap and Blink's heap of the page's renderer after a full garbage collection, in MB. */
async function heapMb(page: Page): Promise<Pick<LoadResult, 'heapMb' | 'blinkHeapMb'>> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize: number };
  await session.detach();
  return { heapMb: usedSize / 1e6, blinkHeapMb: embedderHeapUsedSize / 1e6 };
}

/** In the page: the number of ranges in the document's highlight registry, and the page's clock. */
function countHighlights(): { count: number; at: number } {
  let count = 0;
  for (const highlight of CSS.highlights.values()) count += highlight.size;
  return { count, at: performance.now() };
}

/**
 * Asks the page every {@link DRAWN_POLL_MS} how many ranges are drawn, until
 * `done` settles; returns the last count and the page time at which it was
 * first seen. Polling from outside (rather than a frame callback in the page)
 * adds no script of the page's to every frame.
 */
async function watchDrawn(page: Page, done: Promise<unknown>): Promise<{ count: number; changedAt: number }> {
  const seen = { count: 0, changedAt: 0 };
  let finished = false;
  void done.finally(() => (finished = true)).catch(() => undefined);
  for (;;) {
    const last = finished;
    const now = await page.evaluate(countHighlights).catch(() => undefined); // the page may still be loading
    if (now && now.count !== seen.count) Object.assign(seen, { count: now.count, changedAt: now.at });
    if (last) return seen;
    await new Promise((resolve) => setTimeout(resolve, DRAWN_POLL_MS));
  }
}

/** In the page's own world: the ranges drawn over the whole page, left by `scrollThroughPage` under `key`, as mark.js offsets, outermost only (mark.js wraps no range inside another). */
function drawnAsMarkRanges(key: string): MarkRange[] {
  const starts = new Map<Node, number>();
  let length = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/^(SCRIPT|STYLE)$/.test(node.parentElement?.tagName ?? '')) continue;
    starts.set(node, length);
    length += (node as Text).length;
  }
  const ranges: MarkRange[] = [];
  for (const drawn of Object.values((globalThis as Record<symbol, Record<string, Range[]>>)[Symbol.for(key)]!)) {
    for (const range of drawn) {
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

/**
 * The page time at which the extension is first seen ready, asked every
 * {@link DRAWN_POLL_MS} as the popup asks: every item found and handed to
 * the painter, and those near the viewport drawn.
 */
async function readyAt(page: Page): Promise<number> {
  for (;;) {
    const state = await pageState(extension, page);
    if (state?.state === 'ready') return page.evaluate(() => performance.now());
    await new Promise((resolve) => setTimeout(resolve, DRAWN_POLL_MS));
  }
}

/** The page's own timer runs once it has stopped changing. */
async function stormRuns(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { storm: { done: boolean } }).storm.done, undefined, { timeout: STORM.durationMs * 3 });
  return page.evaluate(() => (window as unknown as { storm: { fires: number } }).storm.fires);
}

/**
 * Scrolls the page from top to bottom, {@link FAST_SCROLL_VIEWPORTS} viewport
 * heights a frame, while tracing it; the tasks between the page's time
 * stamps at the start and (once the observer has had two frames and 200 ms
 * to report on the last paragraphs) the end.
 */
async function scrollFast(browser: Browser, page: Page, name: string): Promise<FastScroll> {
  const { result: frames, events } = await traceDuring(browser, page, `${name}-fast-scroll`, () =>
    page.evaluate(
      async ([label, step]) => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        console.timeStamp(label);
        let frames = 0;
        while (scrollY + innerHeight < document.documentElement.scrollHeight) {
          scrollBy(0, step * innerHeight);
          frames++;
          await frame();
        }
        await frame();
        await frame();
        await new Promise((resolve) => setTimeout(resolve, 200));
        console.timeStamp(label);
        return frames;
      },
      [FAST_SCROLL_STAMP, FAST_SCROLL_VIEWPORTS] as const,
    ),
  );
  const { tasks } = stampedStretch(events, FAST_SCROLL_STAMP);
  const { count: ranges } = await page.evaluate(countHighlights);
  await page.evaluate(() => scrollTo(0, 0));
  return { frames, tasks: summarize(tasks), extensionTasks: summarize(tasks.filter((task) => task.extension)), ranges };
}

/**
 * In the page: resolves in a task after the next frame has been rendered. The
 * page's first full layout runs in the frame after `load` (or in the load's own
 * task): a trace stopped at `load` leaves out the page's longest task.
 */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function loadWithout(spec: LoadPage): Promise<LoadResult> {
  const page = await plain.newPage({ viewport: PAGE_VIEWPORT });
  const url = server.url(spec.name);
  const { result: timerRuns, tasks } = await traceLoad(plain, page, url, `${spec.name}-without`, async () => {
    await page.goto(url, { waitUntil: 'load', timeout: SCAN_TIMEOUT_MS });
    if (!spec.storm) {
      await page.evaluate(afterNextFrame);
      return undefined;
    }
    // Asked as often as the extension's page is asked how many ranges are drawn, so that the bench's own calls into the page weigh on both runs of the timer alike.
    const runs = stormRuns(page);
    await watchDrawn(page, runs);
    return runs;
  });
  const heap = await heapMb(page);
  const fastScroll = spec.storm ? undefined : await scrollFast(plain, page, `${spec.name}-without`);
  const result = { ...summaries(tasks), timerRuns, ...heap, fastScroll };
  await page.close();
  return result;
}

async function loadWith(spec: LoadPage): Promise<LoadResult & { markRanges: MarkRange[] }> {
  const page = await extension.context.newPage();
  const url = server.url(spec.name);
  const browser = extension.context.browser();
  if (!browser) throw new Error('The persistent context gives no access to its browser, which traces');
  const { result: load, tasks } = await traceLoad(browser, page, url, `${spec.name}-with`, async () => {
    await page.goto(url, { waitUntil: 'commit', timeout: SCAN_TIMEOUT_MS });
    const scanned = (async () => {
      await page.waitForLoadState('load', { timeout: SCAN_TIMEOUT_MS });
      const runs = spec.storm ? await stormRuns(page) : undefined;
      const ready = await readyAt(page);
      await pageItems(extension, page, SCAN_TIMEOUT_MS);
      return { runs, ready };
    })();
    const [{ runs, ready }, seen] = await Promise.all([scanned, watchDrawn(page, scanned)]);
    return { timerRuns: runs, seen, ready };
  });
  const { timerRuns, seen, ready } = load;
  const heap = await heapMb(page);
  // The ranges mark.js is to wrap: all those the extension draws over the page, read by scrolling through it (after the trace).
  let markRanges: MarkRange[] = [];
  let rangesOverPage: number | undefined;
  let fastScroll: FastScroll | undefined;
  if (!spec.storm) {
    fastScroll = await scrollFast(browser, page, `${spec.name}-with`);
    await scrollThroughPage(page);
    rangesOverPage = await page.evaluate(
      (key) => Object.values((globalThis as Record<symbol, Record<string, Range[]>>)[Symbol.for(key)]!).reduce((sum, ranges) => sum + ranges.length, 0),
      DRAWN_OVER_PAGE,
    );
    markRanges = await page.evaluate(drawnAsMarkRanges, DRAWN_OVER_PAGE);
  }
  const drawnAtMs = Math.max(ready, seen.changedAt);
  const result = { ...summaries(tasks), drawnAtMs, ranges: seen.count, rangesOverPage, timerRuns, ...heap, markRanges, fastScroll };
  await page.close();
  return result;
}

async function loadWithMarkJs(spec: LoadPage, ranges: readonly MarkRange[]): Promise<LoadResult> {
  const page = await plain.newPage({ viewport: PAGE_VIEWPORT });
  const url = server.url(spec.name);
  const { result: drawnAtMs, tasks } = await traceLoad(plain, page, url, `${spec.name}-markjs`, async () => {
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
  const result = { ...summaries(tasks), drawnAtMs, ranges: ranges.length, ...(await heapMb(page)) };
  await page.close();
  return result;
}

/** The summaries of all tasks, of the extension's and of the rendering ones. */
const summaries = (tasks: readonly MainThreadTask[]): Pick<LoadResult, 'tasks' | 'extensionTasks' | 'renderingTasks'> => ({
  tasks: summarize(tasks),
  extensionTasks: summarize(tasks.filter((task) => task.extension)),
  renderingTasks: summarize(tasks.filter(isRenderingTask)),
});

const ms = (value: number | undefined): string => (value === undefined ? '–' : value.toFixed(value < 10 ? 1 : 0));

/** The results' table rows, a page's rows added by its test. */
const allRows: string[] = [];
const extensionRows: string[] = [];
const stormRows: string[] = [];
const scrollRows: string[] = [];
/** Pages whose three loads are done. */
let pagesDone = 0;

// One test a page, so that a page that takes too long on a loaded machine loses only its own figures.
for (const spec of pages) {
  test(`${spec.name}: without the extension, with it, and mark.js on the same ranges`, async () => {
    const without = await loadWithout(spec);
    const withExtension = await loadWith(spec);
    expect(withExtension.ranges).toBeGreaterThan(0);
    const mark = spec.storm ? undefined : await loadWithMarkJs(spec, withExtension.markRanges);
    const runs: [string, LoadResult][] = [['without extension', without], ['with extension', withExtension]];
    if (mark) runs.push(['mark.js, same ranges', mark]);
    for (const [label, r] of runs) {
      const { tasks: t, renderingTasks: paint } = r;
      allRows.push(
        `| ${spec.name} | ${label} | ${t.count} | ${ms(t.longestMs)} | ${ms(t.longestCpuMs)} (${t.longestMostly}) | ${ms(t.blockingMs)} | ${ms(t.blockingCpuMs)} | ` +
          `${ms(paint.cpuMs)} | ${ms(paint.longestCpuMs)} | ${r.ranges ?? '–'}${r.rangesOverPage === undefined ? '' : ` of ${r.rangesOverPage}`} | ${ms(r.drawnAtMs)} | ${r.heapMb.toFixed(1)} | ${r.blinkHeapMb.toFixed(1)} |`,
      );
    }
    const ext = withExtension.extensionTasks;
    extensionRows.push(
      `| ${spec.name} | ${ext.count} | ${ms(ext.cpuMs)} | ${ms(ext.longestMs)} | ${ms(ext.longestCpuMs)} (${ext.longestMostly}) | ${ext.longCount} | ${ext.longCpuCount} | ${ms(ext.blockingMs)} | ${ms(ext.blockingCpuMs)} |`,
    );
    for (const [label, { fastScroll: scroll }] of runs.slice(0, 2)) {
      if (!scroll) continue;
      const { tasks: all, extensionTasks: own } = scroll;
      const extensionCells =
        label === 'with extension'
          ? `${own.count} | ${ms(own.cpuMs)} | ${ms(own.longestMs)} | ${ms(own.longestCpuMs)} (${own.longestMostly}) | ${own.longCpuCount} | ${scroll.ranges}`
          : '– | – | – | – | – | –';
      scrollRows.push(
        `| ${spec.name} | ${label} | ${scroll.frames} | ${all.count} | ${ms(all.cpuMs)} | ${ms(all.longestCpuMs)} (${all.longestMostly}) | ${all.longCpuCount} | ${extensionCells} |`,
      );
    }
    if (spec.storm) {
      stormRows.push(
        `| ${without.timerRuns} | ${withExtension.timerRuns} | ${((withExtension.timerRuns! / without.timerRuns!) * 100).toFixed(0)} % |`,
      );
    }
    pagesDone++;
  }, 1_800_000);
}

afterAll(() => {
  if (pagesDone < pages.length) return;
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
    'the ranges the extension draws over the whole page (outermost ones: mark.js wraps no range inside another), in the',
    'same run. The extension keeps in the highlights only the items near the viewport (in a paragraph within one',
    'viewport height of it) and draws the others as they are scrolled near; so the ranges it draws over the page are',
    'read after the trace by scrolling its page from top to bottom, and mark.js, which has no such way, wraps them all',
    'at once. Tasks are',
    "every top-level task of the page's main thread in a performance trace, from the page's commit until it is read",
    "(the scheduler's `RunTask` events, each with the microtask checkpoint that ends it, which Chromium traces after",
    "it: work resumed after `scheduler.yield()` runs there); without the extension, until a frame has been rendered after",
    "the page's `load` event, so that its first full layout counts. Each task is measured by wall time and by CPU time (the thread clock of the trace): on a shared",
    'machine the thread is often descheduled in the middle of a task, so wall times grow with the load while CPU',
    `times stay what the work costs. Blocking time is the sum of each task's time beyond ${LONG_TASK_MS} ms.`,
    '',
    "The extension's tasks are those in which its script ran: its content script evaluated or one of its callbacks",
    'called (the trace names the script), a `scheduler.yield()` continuation (nothing else on these pages yields), or',
    "a browser message calling into script (its messaging). Rendering tasks are those with more than half their CPU",
    'time in style, layout and paint (`UpdateLayoutTree`, `Layout`, `PrePaint`, `Paint`, `Layerize`, `Commit`): the',
    "browser's own work, which the extension's highlights add to. In brackets, the trace event with the most CPU time",
    "of its own in the longest task. Ranges: for the extension, those in the highlights at the end (near the",
    "viewport), of those it draws over the whole page; for mark.js, those it wrapped. The page is asked every 100 ms",
    'how many ranges are in the highlights (from outside, so no script of the benchmark runs in its frames; the changing',
    "page without the extension as well, so that these calls weigh on its timer in both runs), and the",
    "extension (through its service worker, as the popup asks) whether it is ready: every item found and handed to",
    'its painter, and those near the viewport drawn. "Drawn at" is the later of the page time at which it was first',
    'seen ready and the one at which the last count was first seen (extension), or when mark.js finished: in both',
    "cases the viewport highlighted and the rest ready for when it is scrolled to. Being ready takes the extension's",
    "work on the whole page (every item found and its ranges made, near the viewport or not), as mark.js's time takes",
    "wrapping every range. Heap: the tab's JavaScript heap after a garbage collection, content script included, and",
    "Blink's heap (DOM, styles, ranges and their highlight markers) after the same collection. mark.js is started through the DevTools protocol: its work counts in all tasks, not as the",
    "extension's.",
    '',
    '## All tasks of the page',
    '',
    '| page | run | tasks | longest ms | longest CPU ms | blocking ms | blocking CPU ms | rendering CPU ms | longest rendering CPU ms | ranges | drawn at ms | heap MB | Blink heap MB |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...allRows,
    '',
    "## The extension's own tasks",
    '',
    '| page | tasks | CPU ms in all | longest ms | longest CPU ms | over 50 ms | over 50 ms of CPU | blocking ms | blocking CPU ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...extensionRows,
    '',
    ...(scrollRows.length === 0
      ? []
      : [
          `Once read, the page scrolled from top to bottom ${FAST_SCROLL_VIEWPORTS} viewport heights a frame (a scrollbar dragged: every frame`,
          'brings paragraphs near the viewport and takes others away), traced: the tasks from its start until the observer has reported',
          'on the last paragraphs, by CPU time, and the ranges in the highlights at the bottom; the same without the extension. The',
          "extension's tasks here are mostly frames in which its observer's callback ran: their rendering counts with them.",
          '',
          '| page | run | frames | tasks | CPU ms in all | longest CPU ms | over 50 ms of CPU | extension tasks | their CPU ms | longest ms | longest CPU ms | over 50 ms of CPU | ranges at the end |',
          '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
          ...scrollRows,
          '',
        ]),
    ...(stormRows.length === 0
      ? []
      : [
          `The changing page's own timer (every ${STORM.everyMs} ms for ${STORM.durationMs / 1000} s): how often it ran.`,
          '',
          '| runs without extension | runs with extension | rate kept |',
          '| ---: | ---: | ---: |',
          ...stormRows,
          '',
        ]),
  ].join('\n');
  process.stdout.write(report);
  // A run of some pages only is for working on them: the results file keeps the last full run.
  if (!chosen) writeFileSync(RESULTS, report + notesOf(RESULTS));
});

/** The results file. */
const RESULTS = new URL('./PAGE-TASKS.md', import.meta.url);
/** The heading of the hand-written reading of the figures, kept from one run to the next. */
const NOTES_HEADING = '## What the long tasks are';

/** The hand-written part of a results file, from {@link NOTES_HEADING} on; empty when there is none. */
function notesOf(file: URL): string {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = old.indexOf(NOTES_HEADING);
  return at === -1 ? '' : `\n${old.slice(at)}`;
}
