/**
 * Long work split into short tasks, so that the page stays responsive: no task
 * of ours should come near the 50 ms that counts as a long task.
 */

/** Milliseconds of work before giving the page its turn. */
const SLICE_BUDGET_MS = 8;

/**
 * Milliseconds of work before giving the page its turn while the page's own
 * script is changing it ({@link pageTaskRan}). A page timer due every 10 ms
 * that falls due in the middle of a slice waits for the slice's end, then for
 * the frame that may be due as well (3 to 5 ms of rendering on a changing
 * page, more with highlights shown): with 8 ms slices the two together came
 * to 10 ms and more, and the timer lost that run. A third of those 10 ms
 * leaves it room.
 */
const BUSY_PAGE_SLICE_BUDGET_MS = 3;

/**
 * How long after the page's own script last changed it the page counts as
 * busy: a page changing on a timer or in every frame comes back well within
 * it; a page that changed once (a late image, a menu opened) is left the
 * ordinary slices soon after.
 */
const BUSY_PAGE_MS = 100;

/** When the page's own script last changed the page, as {@link pageTaskRan} was told. */
let lastPageTaskAt = -Infinity;

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
/** Steps run since the page last had its turn: a slice runs at least one, whatever it is expected to take. */
let stepsInSlice = 0;

/**
 * Tells the slices that a task of the page's own has just changed the page
 * (its mutation records have come): while the page keeps changing, slices are
 * kept short, so that its next task (a timer due every few milliseconds) does
 * not wait for a whole slice of ours.
 */
export function pageTaskRan(): void {
  lastPageTaskAt = performance.now();
}

/** True while the page's own script has changed the page within {@link BUSY_PAGE_MS}. */
function pageIsBusy(now: number): boolean {
  return now - lastPageTaskAt < BUSY_PAGE_MS;
}

/**
 * Lets the page run what it has waiting (input, rendering, its own timers)
 * before the work goes on; the work then starts a new slice. The work comes
 * back in a task of ordinary priority, queued behind the page's tasks that
 * are due: `scheduler.yield()` would resume it ahead of them, and a page
 * whose timer is due every few milliseconds would then wait for the whole
 * run, a slice after another. While the page's own script keeps changing it,
 * the work comes back at background priority, after every task of the page's
 * that is due when it would run, not only those due when it yielded: at
 * ordinary priority, about half the slices of a read of a page changing every
 * 10 ms began while the page's timer was due (it fell due during the frame
 * that ran between two slices), and the timer waited for them.
 */
export async function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
  const priority = pageIsBusy(performance.now()) ? 'background' : 'user-visible';
  await (typeof scheduler?.postTask === 'function'
    ? scheduler.postTask(() => undefined, { priority })
    : new Promise((resolve) => setTimeout(resolve, 0)));
  sliceStart = performance.now();
  stepsInSlice = 0;
}

/**
 * Runs `work` on every entry of `list` in order, in slices as
 * {@link runInSlices} runs steps. Resolves when all are done. `list` may be a
 * generator whose every step is a bounded piece of work: the steps are then
 * sliced as well.
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
 * the page once the slice's budget has gone by since the last yield
 * ({@link SLICE_BUDGET_MS}, or {@link BUSY_PAGE_SLICE_BUDGET_MS} while the
 * page's own script keeps changing it), or before a step when the step
 * before it, taken as what the next one will take, would end the slice past
 * that budget: a slice then ends near the budget rather than a whole step
 * beyond it. Resolves with the generator's result.
 */
export async function runInSlices<R>(steps: Generator<unknown, R, undefined>): Promise<R> {
  // What the last step of this run took, ms: steps of one run are alike (a line, a node, an item).
  let lastStepMs = 0;
  for (;;) {
    const now = performance.now();
    const elapsed = now - sliceStart;
    const budget = pageIsBusy(now) ? BUSY_PAGE_SLICE_BUDGET_MS : SLICE_BUDGET_MS;
    if (elapsed >= budget || (stepsInSlice > 0 && elapsed + lastStepMs > budget)) await yieldToPage();
    const stepStart = performance.now();
    const step = steps.next();
    stepsInSlice++;
    lastStepMs = performance.now() - stepStart;
    if (step.done) return step.value;
  }
}
