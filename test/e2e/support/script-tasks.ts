/**
 * Measures, from a Chromium performance trace, how long the tasks that ran
 * JavaScript on a page's main thread took. The report pages run no script of
 * their own (their Content-Security-Policy forbids it), so on them every such
 * task is the extension's content script at work.
 */
import type { Browser, Page } from 'playwright-core';

/** One event of a Chromium trace (the Trace Event Format). */
interface TraceEvent {
  /** What happened, e.g. `EvaluateScript`. */
  name: string;
  /** Its phase: `X` for a complete event with a duration. */
  ph: string;
  /** Process. */
  pid: number;
  /** Thread. */
  tid: number;
  /** Start, in microseconds. */
  ts: number;
  /** Duration of a complete (`X`) event, in microseconds. */
  dur?: number;
  /** Details; `data.url` names the page of a `CommitLoad`. */
  args?: { data?: { url?: string } };
}

/** Trace categories with the main thread's tasks and the script run inside them; few, to keep tracing light. */
const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute'];

/** The trace event of one task of a thread's scheduler. */
const TASK_EVENT = 'ThreadControllerImpl::RunTask';

/** Trace events that mean JavaScript ran: a script, a callback, a timer, microtasks, a scheduler.yield continuation. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.callFunction', 'TimerFire', 'RunMicrotasks', 'RunYieldContinuation', 'FireAnimationFrame']);

/** The main thread of the renderer that loaded `url`: where it committed the page. */
function mainThreadOf(events: readonly TraceEvent[], url: string): { pid: number; tid: number } | undefined {
  return events.find((e) => e.name === 'CommitLoad' && e.args?.data?.url === url);
}

/** Durations in ms of the main-thread tasks of the renderer that loaded `url` during which JavaScript ran. */
export function scriptTaskDurations(events: readonly TraceEvent[], url: string): number[] {
  const thread = mainThreadOf(events, url);
  if (!thread) throw new Error(`The trace shows no page loaded from ${url}`);
  const onMain = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined);
  const scripts = onMain.filter((e) => SCRIPT_EVENTS.has(e.name));
  return onMain
    .filter((task) => task.name === TASK_EVENT)
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
