/**
 * The tasks of a page's main thread, from a Chromium performance trace. Every
 * top-level task counts: the ones the scheduler starts and the ones that
 * resume work after `scheduler.yield()` or run its microtasks alike, so the
 * figures hold whatever way the work was split.
 *
 * Each task is measured twice: its wall time, and the CPU time its thread
 * actually ran (the trace's thread clock). On a shared machine the thread is
 * often descheduled in the middle of a task, and wall time then says more
 * about the load than about the work; CPU time does not.
 *
 * Each task is also told apart by what ran in it: the extension's script,
 * the page's own script, and the browser's rendering (style, layout, paint),
 * so that the extension's work and the rendering it causes are counted
 * separately.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  /** Thread (CPU) time of a complete event, in microseconds. */
  tdur?: number;
  /** Details; `data.url` names the page of a `CommitLoad` and the script of a script event, `data.message` the label of a `TimeStamp`. */
  args?: { data?: { url?: string; message?: string } };
}

/** Categories with the scheduler's tasks, the script and rendering run inside them and the page loads; few, to keep tracing light. */
const CATEGORIES = ['toplevel', 'devtools.timeline', 'v8.execute'];

/** Trace events in which JavaScript runs: a script, a callback, a timer, microtasks (a `scheduler.yield()` continuation among them). */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.callFunction', 'v8.run', 'TimerFire', 'RunMicrotasks', 'FireAnimationFrame']);

/** Trace events of the browser's rendering: style, layout, paint and what hands a frame to the compositor. */
const RENDERING_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'HitTest']);

/** Names of the scheduler's task events; the outermost one on the thread is the task. */
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** Trace events of the browser calling a script's function. */
const LISTENER_CALLS = new Set(['FunctionCall', 'v8.callFunction']);

/** The microtask checkpoint that ends a task. */
const MICROTASK_CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';

/** The URL scheme of the extension's scripts. */
const EXTENSION_SCHEME = 'chrome-extension://';

/** A task over this many ms is a long task; what lies beyond counts as blocking time. */
export const LONG_TASK_MS = 50;

/** A top-level task of the main thread. */
export interface MainThreadTask {
  /** Its wall-clock duration, ms. */
  ms: number;
  /** The CPU time its thread ran, ms. */
  cpuMs: number;
  /** True when the extension's script ran in it (see {@link isExtensionTask}). */
  extension: boolean;
  /** True when the page's own script (a script or callback from an http(s) URL) ran in it. */
  pageScript: boolean;
  /** CPU time of the browser's style, layout and paint in it, ms (forced from script or in a frame). */
  renderingCpuMs: number;
  /** The trace event under the task that took most of its CPU time, for the report. */
  mostly: string;
}

/**
 * True when the extension's script ran in the task: an event names one of its
 * scripts (its content script evaluated, one of its callbacks called), a
 * `scheduler.yield()` continuation ran (nothing else on the benchmark's pages
 * yields that way), or a browser message called a listener of no page
 * script (the extension's messaging; the DevTools protocol's own calls, which
 * the benchmark makes, call no listener).
 */
function isExtensionTask(inside: readonly TraceEvent[]): boolean {
  return inside.some(
    (e) =>
      (e.args?.data?.url ?? '').startsWith(EXTENSION_SCHEME) ||
      e.name === 'RunYieldContinuation' ||
      (LISTENER_CALLS.has(e.name) &&
        !/^https?:/.test(e.args?.data?.url ?? '') &&
        inside.some((m) => m.name === 'Receive mojo message' && m.ts <= e.ts && e.ts < m.ts + m.dur!)),
  );
}

/** CPU time of each kind of event (by name) of its own, its time less its children's, in µs. */
function selfCpuByName(events: readonly TraceEvent[]): Map<string, number> {
  const selfCpu = new Map<string, number>();
  const add = (name: string, cpu: number): void => void selfCpu.set(name, (selfCpu.get(name) ?? 0) + cpu);
  // Events come sorted by start, outer before inner; a stack gives each event its parent.
  const stack: TraceEvent[] = [];
  for (const event of [...events].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    while (stack.length > 0 && event.ts >= stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur!) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) add(parent.name, -(event.tdur ?? 0));
    add(event.name, event.tdur ?? 0);
    stack.push(event);
  }
  return selfCpu;
}

/** Whether an event's own time is the task's frame rather than work: the task and its microtask checkpoint. */
function isTaskFrame(name: string): boolean {
  return TASK_EVENTS.has(name) || name === MICROTASK_CHECKPOINT;
}

/** The name of the event, directly or not under the task, with the most CPU time of its own (its time less its children's). */
function mostlyOf(span: TaskSpan, inside: readonly TraceEvent[]): string {
  let best = 'nothing traced';
  let bestCpu = 0;
  for (const [name, cpu] of selfCpuByName([...span.parts, ...inside])) {
    if (isTaskFrame(name) || cpu <= bestCpu) continue;
    best = name;
    bestCpu = cpu;
  }
  return best;
}

/** A top-level span of the thread's time: a scheduler task, with the microtask checkpoint that ends it. */
interface TaskSpan {
  /** Start, µs. */
  ts: number;
  /** End, µs. */
  end: number;
  /** CPU time, µs. */
  cpu: number;
  /** The events at top level in it: the task event, and the checkpoint when it runs after it. */
  parts: TraceEvent[];
}

/**
 * The thread's tasks as spans. Chromium ends a task with a microtask checkpoint
 * that it may trace after the task event instead of inside it: the work an
 * async function resumes after `scheduler.yield()` runs there, behind a task
 * event of a few microseconds. Such a checkpoint is part of the task before it.
 */
function taskSpans(onThread: readonly TraceEvent[]): TaskSpan[] {
  const spans: TaskSpan[] = [];
  let outerEnd = -Infinity;
  for (const event of onThread) {
    const isTask = TASK_EVENTS.has(event.name);
    if ((!isTask && event.name !== MICROTASK_CHECKPOINT) || event.ts < outerEnd) continue; // not a task, or inside one counted
    outerEnd = event.ts + event.dur!;
    const last = spans[spans.length - 1];
    if (!isTask && last) {
      last.end = outerEnd;
      last.cpu += event.tdur ?? event.dur!;
      last.parts.push(event);
      continue;
    }
    spans.push({ ts: event.ts, end: outerEnd, cpu: event.tdur ?? event.dur!, parts: [event] });
  }
  return spans;
}

/** The top-level tasks of the main thread of the renderer that loaded `url`, from that load on. */
export function mainThreadTasks(events: readonly TraceEvent[], url: string): MainThreadTask[] {
  const commit = events.find((e) => e.name === 'CommitLoad' && e.args?.data?.url === url);
  if (!commit) throw new Error(`The trace shows no page loaded from ${url}`);
  return threadTasks(events, commit, commit.ts, Infinity);
}

/** The complete events of `thread`'s thread, sorted by start, outer events before inner ones. */
function eventsOnThread(events: readonly TraceEvent[], thread: Pick<TraceEvent, 'pid' | 'tid'>): TraceEvent[] {
  return events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
}

/** The top-level tasks of `thread`'s thread that end from `from` on and start before `to` (µs). */
function threadTasks(events: readonly TraceEvent[], thread: Pick<TraceEvent, 'pid' | 'tid'>, from: number, to: number): MainThreadTask[] {
  const onThread = eventsOnThread(events, thread);
  const found: MainThreadTask[] = [];
  let next = 0;
  for (const span of taskSpans(onThread)) {
    if (span.ts >= to) break;
    while (next < onThread.length && onThread[next]!.ts < span.ts) next++;
    const inside: TraceEvent[] = [];
    for (; next < onThread.length && onThread[next]!.ts < span.end; next++) {
      const event = onThread[next]!;
      if (!span.parts.includes(event) && !TASK_EVENTS.has(event.name)) inside.push(event);
    }
    if (span.end < from) continue;
    found.push({
      ms: (span.end - span.ts) / 1000,
      cpuMs: span.cpu / 1000,
      extension: isExtensionTask(inside),
      pageScript: inside.some((e) => SCRIPT_EVENTS.has(e.name) && /^https?:/.test(e.args?.data?.url ?? '')),
      renderingCpuMs: inside.filter((e) => RENDERING_EVENTS.has(e.name)).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000,
      mostly: mostlyOf(span, inside),
    });
  }
  return found;
}

/** A stretch of a thread's work between two `console.timeStamp(label)` calls, from a trace. */
export interface StampedStretch {
  /** The top-level tasks of the thread that ran in it. */
  tasks: MainThreadTask[];
  /** CPU time of its own of each kind of event in those tasks (`Layout`, `UpdateLayoutTree`, `FunctionCall`…), ms, most first. */
  selfCpuMs: [name: string, ms: number][];
}

/**
 * The work of the thread that called `console.timeStamp(label)` twice, between
 * the two calls: its tasks, and what their CPU time went into.
 */
export function stampedStretch(events: readonly TraceEvent[], label: string): StampedStretch {
  const stamps = events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === label).sort((a, b) => a.ts - b.ts);
  const [first, last] = [stamps[0], stamps[stamps.length - 1]];
  if (!first || !last || first === last) throw new Error(`The trace holds ${stamps.length} time stamps “${label}”, not two`);
  const tasks = threadTasks(events, first, first.ts, last.ts);
  const inStretch = eventsOnThread(events, first).filter((e) => e.ts + e.dur! >= first.ts && e.ts < last.ts);
  const selfCpuMs = [...selfCpuByName(inStretch)]
    .filter(([name, cpu]) => !isTaskFrame(name) && cpu > 0)
    .map(([name, cpu]): [string, number] => [name, cpu / 1000])
    .sort((a, b) => b[1] - a[1]);
  return { tasks, selfCpuMs };
}

/** What a set of tasks adds up to, by wall time and by CPU time. */
export interface TaskSummary {
  /** Number of tasks. */
  count: number;
  /** Their total CPU time, ms. */
  cpuMs: number;
  /** The longest by wall time, ms. */
  longestMs: number;
  /** The longest by CPU time, ms. */
  longestCpuMs: number;
  /** What took most of the CPU time of the longest by CPU time. */
  longestMostly: string;
  /** Tasks over {@link LONG_TASK_MS} of wall time. */
  longCount: number;
  /** Tasks over {@link LONG_TASK_MS} of CPU time. */
  longCpuCount: number;
  /** Total blocking time: the sum of every task's wall time beyond {@link LONG_TASK_MS}, ms. */
  blockingMs: number;
  /** The same, of CPU time: what the tasks would block on a machine with nothing else to run, ms. */
  blockingCpuMs: number;
}

/** Sums up tasks. */
export function summarize(tasks: readonly MainThreadTask[]): TaskSummary {
  const beyond = (ms: number): number => Math.max(0, ms - LONG_TASK_MS);
  const byCpu = tasks.reduce<MainThreadTask | undefined>((best, task) => (best && best.cpuMs >= task.cpuMs ? best : task), undefined);
  return {
    count: tasks.length,
    cpuMs: tasks.reduce((sum, task) => sum + task.cpuMs, 0),
    longestMs: Math.max(0, ...tasks.map((task) => task.ms)),
    longestCpuMs: byCpu?.cpuMs ?? 0,
    longestMostly: byCpu?.mostly ?? '–',
    longCount: tasks.filter((task) => task.ms > LONG_TASK_MS).length,
    longCpuCount: tasks.filter((task) => task.cpuMs > LONG_TASK_MS).length,
    blockingMs: tasks.reduce((sum, task) => sum + beyond(task.ms), 0),
    blockingCpuMs: tasks.reduce((sum, task) => sum + beyond(task.cpuMs), 0),
  };
}

/** Tasks that are mostly the browser's rendering: more than half their CPU time in style, layout and paint. */
export function isRenderingTask(task: MainThreadTask): boolean {
  return task.renderingCpuMs > task.cpuMs / 2;
}

/**
 * Runs `work` while tracing `page`; returns its result and the trace's events.
 * With `BENCH_TRACES` naming a folder, the trace is also written there as
 * `<name>.json`, to open in the browser's performance panel.
 */
export async function traceDuring<T>(browser: Browser, page: Page, name: string, work: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  await browser.startTracing(page, { categories: CATEGORIES });
  let result: T;
  let trace: Buffer;
  try {
    result = await work();
  } finally {
    trace = await browser.stopTracing();
  }
  const folder = process.env['BENCH_TRACES'];
  if (folder) writeFileSync(join(folder, `${name}.json`), trace);
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  return { result, events: traceEvents };
}

/**
 * Runs `load` (which navigates `page` to `url` and waits for what it needs) while tracing (see
 * {@link traceDuring}); returns its result and the page's tasks.
 */
export async function traceLoad<T>(browser: Browser, page: Page, url: string, name: string, load: () => Promise<T>): Promise<{ result: T; tasks: MainThreadTask[] }> {
  const { result, events } = await traceDuring(browser, page, name, load);
  return { result, tasks: mainThreadTasks(events, url) };
}
