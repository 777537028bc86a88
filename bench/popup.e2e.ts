/**
 * `npm run bench:page` (popup file): the popup over the 5 MB report page in
 * real Chromium. The popup page of the extension is opened bound to the
 * report's tab, as the toolbar button opens it, once the page has been read;
 * timed from the popup's navigation: the first item row in the DOM, and the
 * full list (every item of the page counted by the list, nothing left to
 * scan or to list). Then the list is scrolled from top to bottom in steps of at least one
 * list height a frame (every frame shows rows not rendered before), and each
 * frame's work is timed in the popup. Figures printed and written to their section of
 * bench/PAGE-TASKS.md; nothing asserted about time.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../test/e2e/support/extension-browser';
import { openPopupOver, pageItems } from '../test/e2e/support/extension-api';
import { loadPages, serveLoadPages, type LoadPageServer } from './support/load-pages';
import { isRenderingTask, stampedStretch, traceDuring } from './support/main-thread-tasks';
import { writeSection } from './support/results-section';

/** The page the popup is opened over. */
const PAGE = 'long-page-5mb';
/** Longest wait for the extension to read the page. */
const SCAN_TIMEOUT_MS = 240_000;
/** A frame's budget at 60 frames a second. */
const FRAME_BUDGET_MS = 1000 / 60;
/** Times the popup is opened: the figures of each are given. */
const OPENINGS = 3;
/** Frames a scroll from top to bottom takes at most: the step grows beyond a list height on long lists. */
const SCROLL_FRAMES = 600;
/** The label of the time stamps the popup puts in the trace where the scroll starts and ends. */
const SCROLL_STAMP = 'policy-lens-scroll';
/** Kinds of trace events named in the report, with most of the scroll's CPU time of their own. */
const TOP_EVENTS = 5;

let server: LoadPageServer;
let extension: ExtensionBrowser;
let profile: string;

beforeAll(async () => {
  server = await serveLoadPages(loadPages(resolve('eval/corpus')).filter((page) => page.name === PAGE));
  profile = await mkdtemp(join(tmpdir(), 'policy-lens-bench-popup-'));
  extension = await launchExtensionBrowser(profile);
}, 60_000);

afterAll(async () => {
  await extension?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

/** What the popup's list showed, and when (ms from the popup's navigation). */
interface ListSeen {
  /** When the first item row entered the DOM. */
  firstRowAt?: number;
  /** Each text the list's summary ("N items shown") took, with whether the popup still said it was scanning. */
  summaries: { at: number; text: string; scanning: boolean }[];
}

/**
 * In every page of the context, from its start: in the extension's pages only,
 * notes when the first item row appears and every change of the list's summary.
 */
function watchPopupList(): void {
  if (location.protocol !== 'chrome-extension:') return;
  const seen: ListSeen = { summaries: [] };
  (window as unknown as { listSeen: ListSeen }).listSeen = seen;
  new MutationObserver(() => {
    const at = performance.now();
    if (seen.firstRowAt === undefined && document.querySelector('[data-item-id]')) seen.firstRowAt = at;
    const text = document.querySelector('.list-summary')?.textContent ?? '';
    const scanning = document.querySelector('.scan-note') !== null;
    const last = seen.summaries[seen.summaries.length - 1];
    if (text !== '' && (last?.text !== text || last.scanning !== scanning)) seen.summaries.push({ at, text, scanning });
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** One scroll of the list from top to bottom. */
interface ScrollRun {
  /** Per frame: ms from the frame's start to the end of its rendering (scroll handler, list render, style, layout, paint). */
  workMs: number[];
  /** Ms between the starts of successive frames. */
  intervalMs: number[];
  /** Item rows rendered at the end, the list's own count of rows in the DOM. */
  rowsInDom: number;
  /** The document's visibility while scrolling (a hidden page renders no frames). */
  visibility: string;
}

/**
 * In the popup: scrolls the list from top to bottom in `frames` steps, each at
 * least the list's height, one step a frame, between two time stamps `label`
 * in the performance trace. A frame's
 * work is timed from its start (the animation frame's timestamp, before the
 * scroll event the previous step caused) to a message posted in its animation
 * frame callback, which runs once the frame's rendering is done.
 */
function scrollThrough([frames, label]: [number, string]): Promise<ScrollRun> {
  const list = document.querySelector<HTMLElement>('.virtual-list')!;
  const step = Math.max(list.clientHeight, Math.ceil((list.scrollHeight - list.clientHeight) / frames));
  const run: ScrollRun = { workMs: [], intervalMs: [], rowsInDom: 0, visibility: document.visibilityState };
  const channel = new MessageChannel();
  let frameStart = 0;
  let previous: number | undefined;
  channel.port1.onmessage = () => run.workMs.push(performance.now() - frameStart);
  return new Promise((done) => {
    const frame = (stamp: number): void => {
      if (previous !== undefined) run.intervalMs.push(stamp - previous);
      previous = stamp;
      frameStart = stamp;
      channel.port2.postMessage(0);
      if (list.scrollTop + list.clientHeight >= list.scrollHeight) {
        // The last step's rendering is timed by the message already posted.
        setTimeout(() => {
          console.timeStamp(label);
          run.rowsInDom = list.querySelectorAll('[data-item-id]').length;
          channel.port1.close();
          done(run);
        }, 100);
        return;
      }
      list.scrollTop += step;
      requestAnimationFrame(frame);
    };
    console.timeStamp(label);
    requestAnimationFrame(frame);
  });
}

/** The `p`-th percentile (0–100) of `values`. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

const ms = (value: number | undefined): string => (value === undefined ? '–' : value.toFixed(value < 100 ? 1 : 0));

test('the popup over the 5 MB page: first row, full list, scroll frames', async () => {
  await extension.context.addInitScript(watchPopupList);
  const page = await extension.context.newPage();
  await page.goto(server.url(PAGE), { waitUntil: 'load', timeout: SCAN_TIMEOUT_MS });
  const { items } = await pageItems(extension, page, SCAN_TIMEOUT_MS);
  expect(items.length).toBeGreaterThan(1000);
  const full = `${items.length} items shown`;

  const openRows: string[] = [];
  const scrollRows: string[] = [];
  const cpuRows: string[] = [];
  for (let opening = 1; opening <= OPENINGS; opening++) {
    const popup = await openPopupOver(extension, page);
    await popup.waitForFunction(
      (text) => (window as unknown as { listSeen: ListSeen }).listSeen.summaries.some((s) => s.text === text && !s.scanning),
      full,
      { timeout: SCAN_TIMEOUT_MS, polling: 100 },
    );
    const seen = await popup.evaluate(() => (window as unknown as { listSeen: ListSeen }).listSeen);
    const fullAt = seen.summaries.find((s) => s.text === full && !s.scanning)?.at;
    const { heapMb, nodes } = await popup.evaluate(() => ({
      heapMb: (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 1e6,
      nodes: document.getElementsByTagName('*').length,
    }));
    openRows.push(`| ${opening} | ${items.length} | ${ms(seen.firstRowAt)} | ${ms(fullAt)} | ${nodes} | ${heapMb.toFixed(1)} |`);
    process.stdout.write(`${openRows[openRows.length - 1]}\n`);

    // A popup opened from the toolbar is shown: the tab is brought to the front, so that it renders frames.
    await popup.bringToFront();
    const browser = extension.context.browser();
    if (!browser) throw new Error('The persistent context gives no access to its browser, which traces');
    const { result: run, events } = await traceDuring(browser, popup, `popup-scroll-${opening}`, () =>
      popup.evaluate(scrollThrough, [SCROLL_FRAMES, SCROLL_STAMP] as [number, string]),
    );
    const over = run.workMs.filter((work) => work > FRAME_BUDGET_MS).length;
    // The same frames by CPU time, which a loaded machine does not stretch: each frame's rendering task, and the whole.
    const stretch = stampedStretch(events, SCROLL_STAMP);
    const frameCpu = stretch.tasks.filter(isRenderingTask).map((task) => task.cpuMs);
    const allCpu = stretch.tasks.reduce((sum, task) => sum + task.cpuMs, 0);
    const cpuOver = frameCpu.filter((cpu) => cpu > FRAME_BUDGET_MS).length;
    const spentIn = stretch.selfCpuMs
      .slice(0, TOP_EVENTS)
      .map(([name, cpu]) => `${name} ${((cpu / allCpu) * 100).toFixed(0)} %`)
      .join(', ');
    cpuRows.push(
      `| ${opening} | ${ms(allCpu / run.workMs.length)} | ${frameCpu.length} | ${ms(percentile(frameCpu, 50))} | ${ms(percentile(frameCpu, 95))} | ` +
        `${ms(percentile(frameCpu, 99))} | ${ms(Math.max(...frameCpu))} | ${cpuOver} (${((cpuOver / Math.max(1, frameCpu.length)) * 100).toFixed(1)} %) | ${spentIn} |`,
    );
    process.stdout.write(`${cpuRows[cpuRows.length - 1]}\n`);
    scrollRows.push(
      `| ${opening} | ${run.visibility} | ${run.workMs.length} | ${ms(percentile(run.workMs, 50))} | ${ms(percentile(run.workMs, 95))} | ` +
        `${ms(percentile(run.workMs, 99))} | ${ms(Math.max(...run.workMs))} | ${over} (${((over / run.workMs.length) * 100).toFixed(1)} %) | ` +
        `${ms(percentile(run.intervalMs, 50))} | ${ms(percentile(run.intervalMs, 95))} | ${run.rowsInDom} |`,
    );
    await popup.close();
  }
  await page.close();

  const report = [
    '## The popup over the 5 MB page',
    '',
    `Run of \`npm run bench:page\` (\`bench/popup.e2e.ts\`) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ` +
      `${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} at the end ` +
      '(the machine is shared); headless Chromium.',
    '',
    `The popup page is opened bound to the tab of \`${PAGE}\` once the page has been read, ${OPENINGS} times. Times are`,
    "from the popup's navigation: the first item row in the DOM, and the full list (the list's summary counts every item",
    "of the page and the popup no longer says it is scanning or listing: the first 50 items in one message, then 400 a message, the next asked for as soon as one has come). The popup's tab is in the background until the scroll (a tab that renders no frames): the popup asks for its items as soon as it has rendered, without waiting for a frame. Elements and heap: the popup's DOM and JavaScript heap",
    'with the full list.',
    '',
    '| opening | items | first row ms | full list ms | elements | heap MB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...openRows,
    '',
    `Then the list is scrolled from top to bottom in ${SCROLL_FRAMES} steps of at least one list height, one step a frame, so that`,
    "every frame shows rows never rendered before (the hardest case: a scrollbar dragged; after such a step the list renders no row beyond the view, and rows coming into view are drawn in the elements of those that left it). A frame's work is timed in the",
    "popup from the frame's start (the animation frame's timestamp) to a message posted in its animation frame callback,",
    "which runs once the frame's rendering is done: the scroll event, the list's render, style, layout and paint.",
    'Budget: 16.7 ms a frame.',
    'Intervals: the time between the starts of successive frames.',
    '',
    '| opening | page | frames | work p50 ms | p95 | p99 | max | frames over 16.7 ms | interval p50 ms | interval p95 | rows in DOM |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...scrollRows,
    '',
    "The same scrolls by CPU time, from a performance trace of the popup's main thread (not stretched by other work on",
    "the machine): the CPU of every task between the scroll's start and end divided by the frames; then each frame's",
    'rendering task (a task mostly style, layout and paint, the scroll event and the list render run in it), and',
    'what the CPU time went into: the kinds of trace events with most time of their own, as shares of the whole.',
    '',
    '| opening | CPU per frame ms | frame tasks | CPU p50 ms | p95 | p99 | max | over 16.7 ms | CPU time mostly in |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...cpuRows,
  ].join('\n');
  process.stdout.write(`${report}\n`);
  writeSection(new URL('./PAGE-TASKS.md', import.meta.url), 'popup', report);
}, 900_000);
