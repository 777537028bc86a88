/**
 * Long work split into short tasks, so that the page stays responsive: no task
 * of ours should come near the 50 ms that counts as a long task.
 */

/** Milliseconds of work before giving the page its turn. */
const SLICE_BUDGET_MS = 8;

/**
 * When the current slice of work began: when the work last came back from
 * giving the page its turn. Shared by every run of steps, so that a run
 * starting in the task where another ended (the page model read, then its
 * lines extracted, then the items drawn) goes on with what is left of that
 * slice rather than with a budget of its own. A run starting later, in a
 * task of its own (a timer, a message), mostly finds the slice's time gone
 * by and yields first: a turn of the page at most.
 */
let sliceStart = performance.now();

/** Lets the page handle input and render before the work goes on; the work then starts a new slice. */
export async function yieldToPage(): Promise<void> {
  // scheduler.yield (Chrome 129+) resumes ahead of other queued tasks; a timeout is the portable way.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  await (typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0)));
  sliceStart = performance.now();
}

/**
 * Runs `work` on every entry of `list` in order, yielding to the page whenever
 * {@link SLICE_BUDGET_MS} have gone by since the last yield. Resolves when all
 * are done. `list` may be a generator whose every step is a bounded piece of
 * work: the steps are then sliced as well.
 */
export function forEachInSlices<T>(list: Iterable<T>, work: (entry: T) => void): Promise<void> {
  return runInSlices(
    (function* () {
      for (const entry of list) {
        yield;
        work(entry);
      }
    })(),
  );
}

/**
 * Runs the steps of a generator, each a bounded piece of work, yielding to
 * the page whenever {@link SLICE_BUDGET_MS} have gone by since the last
 * yield; resolves with the generator's result.
 */
export async function runInSlices<R>(steps: Generator<unknown, R, undefined>): Promise<R> {
  for (;;) {
    if (performance.now() - sliceStart >= SLICE_BUDGET_MS) await yieldToPage();
    const step = steps.next();
    if (step.done) return step.value;
  }
}
