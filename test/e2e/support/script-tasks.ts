/**
 * Measures, from a Chromium performance trace, how long the tasks that ran
 * JavaScript on a page's main thread took. The report pages run no script of
 * their own (their Content-Security-Policy forbids it), so on them every such
 * task is the extension's content script at work.
 */
import type { Browser, Page } from 'playwright-core';

/** One event of a Chromium trace (the Trace Event Format). */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Start, in microseconds. */
  ts: number;
  /** Duration of a complete (`X`) event, in microseconds. */
  dur?: number;
  args?: { name?: string; data?: { url?: string; processId?: number } };
}

/** Trace categories with the main thread's tasks and the script run inside them. */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'];

/** Trace events that mean JavaScript ran: a script, a callback, a timer, microtasks, a scheduler.yield continuation. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.callFunction', 'TimerFire', 'RunMicrotasks', 'RunYieldContinuation', 'FireAnimationFrame']);

/** The renderer process that loaded `url`, from the browser's record of committed navigations. */
function rendererOf(events: readonly TraceEvent[], url: string): number | undefined {
  return events.find((e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.url === url)?.args?.data?.processId;
}

/** Durations in ms of the main-thread tasks of the renderer that loaded `url` during which JavaScript ran. */
export function scriptTaskDurations(events: readonly TraceEvent[], url: string): number[] {
  const pid = rendererOf(events, url);
  if (pid === undefined) throw new Error(`The trace shows no navigation to ${url}`);
  const mainThread = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const onMain = events.filter((e) => e.pid === pid && e.tid === mainThread && e.ph === 'X' && e.dur !== undefined);
  const scripts = onMain.filter((e) => SCRIPT_EVENTS.has(e.name));
  return onMain
    .filter((task) => task.name === 'RunTask')
    .filter((task) => scripts.some((s) => s.ts >= task.ts && s.ts < task.ts + task.dur!))
    .map((task) => task.dur! / 1000);
}

/** Loads `url` in `page` while tracing, runs `settle` (e.g. waits until the page is scanned), and returns the script tasks' durations. */
export async function traceScriptTasks(browser: Browser, page: Page, url: string, settle: () => Promise<unknown>): Promise<number[]> {
  await browser.startTracing(page, { categories: CATEGORIES });
  let trace: Buffer;
  try {
    await page.goto(url, { waitUntil: 'load' });
    await settle();
  } finally {
    trace = await browser.stopTracing();
  }
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  return scriptTaskDurations(traceEvents, url);
}
