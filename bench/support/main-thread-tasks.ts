/**
 * The tasks of a page's main thread, from a Chromium performance trace. Every
 * top-level task counts: the ones the scheduler starts and the ones that
 * resume work after `scheduler.yield()` or run its microtasks alike, so the
 * figures hold whatever way the work was split.
 */
import type { Browser, Page } from 'playwright-core';

/** One event of a Chromium trace (the Trace Event Format). */
interface TraceEvent {
  /** What happened. */
  name: string;
  /** Phase: `X` for a complete event with a duration. */
  ph: string;
  /** Process. */
  pid: number;
  /** Thread. */
  tid: number;
  /** Start, in microseconds. */
  ts: number;
  /** Duration of a complete event, in microseconds. */
  dur?: number;
  /** Details; `data.url` names the page of a `CommitLoad`. */
  args?: { data?: { url?: string } };
}

/** Categories with the scheduler's tasks, the script run inside them and the page loads; few, to keep tracing light. */
const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute'];

/** Trace events that mean JavaScript ran: a script, a callback, a timer, microtasks, a `scheduler.yield()` continuation. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.callFunction', 'TimerFire', 'RunMicrotasks', 'RunYieldContinuation', 'FireAnimationFrame']);

/** Names of the scheduler's task events; the outermost one on the thread is the task. */
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** A task over this many ms is a long task; what lies beyond counts as blocking time. */
export const LONG_TASK_MS = 50;

/** What the tasks of a page load add up to. */
export interface TaskSummary {
  /** Number of tasks. */
  count: number;
  /** Their total duration, ms. */
  totalMs: number;
  /** The longest, ms. */
  longestMs: number;
  /** Tasks over {@link LONG_TASK_MS}. */
  longCount: number;
  /** Total blocking time: the sum of every task's time beyond {@link LONG_TASK_MS}, ms. */
  blockingMs: number;
}

/** A top-level task of the main thread. */
export interface MainThreadTask {
  /** Its duration, ms. */
  ms: number;
  /** True when JavaScript ran in it. */
  script: boolean;
}

/** The top-level tasks of the main thread of the renderer that loaded `url`, from that load on. */
export function mainThreadTasks(events: readonly TraceEvent[], url: string): MainThreadTask[] {
  const commit = events.find((e) => e.name === 'CommitLoad' && e.args?.data?.url === url);
  if (!commit) throw new Error(`The trace shows no page loaded from ${url}`);
  const onThread = events.filter((e) => e.pid === commit.pid && e.tid === commit.tid && e.ph === 'X' && e.dur !== undefined);
  const tasks = onThread.filter((e) => TASK_EVENTS.has(e.name)).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const scriptStarts = onThread.filter((e) => SCRIPT_EVENTS.has(e.name)).map((e) => e.ts).sort((a, b) => a - b);
  const found: MainThreadTask[] = [];
  let outerEnd = -Infinity;
  let nextScript = 0;
  for (const task of tasks) {
    if (task.ts < outerEnd) continue; // inside a task already counted
    outerEnd = task.ts + task.dur!;
    while (nextScript < scriptStarts.length && scriptStarts[nextScript]! < task.ts) nextScript++;
    const script = nextScript < scriptStarts.length && scriptStarts[nextScript]! < outerEnd;
    if (outerEnd >= commit.ts) found.push({ ms: task.dur! / 1000, script });
  }
  return found;
}

/** Sums up task durations. */
export function summarize(durations: readonly number[]): TaskSummary {
  return {
    count: durations.length,
    totalMs: durations.reduce((sum, ms) => sum + ms, 0),
    longestMs: Math.max(0, ...durations),
    longCount: durations.filter((ms) => ms > LONG_TASK_MS).length,
    blockingMs: durations.reduce((sum, ms) => sum + Math.max(0, ms - LONG_TASK_MS), 0),
  };
}

/** Runs `load` (which navigates `page` to `url` and waits for what it needs) while tracing; returns its result and the page's tasks. */
export async function traceLoad<T>(browser: Browser, page: Page, url: string, load: () => Promise<T>): Promise<{ result: T; tasks: MainThreadTask[] }> {
  await browser.startTracing(page, { categories: CATEGORIES });
  let result: T;
  let trace: Buffer;
  try {
    result = await load();
  } finally {
    trace = await browser.stopTracing();
  }
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  return { result, tasks: mainThreadTasks(traceEvents, url) };
}
