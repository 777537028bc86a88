/**
 * Work written as a generator of bounded steps, which a caller may run in
 * slices (the content script, between the page's tasks) or all at once.
 */

/** Runs a generator's steps to the end at once and returns its result. */
export function runAtOnce<R>(steps: Generator<unknown, R, undefined>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
