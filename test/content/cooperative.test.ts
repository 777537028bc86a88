/**
 * The cooperative scheduler gives the page its turn once a slice of work is
 * spent, or when the next step would likely spend it, and a run of steps that
 * starts where another ended shares its slice.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

/** The page's clock, moved by the steps themselves. */
let now = 0;
/** What happened, in order: the steps' work and the turns given to the page. */
let log: string[] = [];

beforeEach(() => {
  now = 1000;
  log = [];
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  vi.stubGlobal('scheduler', {
    postTask: (task: () => void, options: { priority: string }) => {
      log.push(`yield ${options.priority}`);
      task();
      return Promise.resolve();
    },
  });
  vi.resetModules();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Steps that each take `ms` of the clock, named in the log. */
function* steps(name: string, durations: readonly number[]): Generator<void, string, undefined> {
  for (const [i, ms] of durations.entries()) {
    if (i > 0) yield;
    now += ms;
    log.push(`${name}${i}`);
  }
  return name;
}

it('yields before a step that would end the slice past 8 ms, as long as the step before it, and resolves with the result', async () => {
  const { runInSlices, yieldToPage } = await import('../../src/content/cooperative');
  await yieldToPage();
  expect(await runInSlices(steps('a', [3, 3, 3, 3, 3, 3]))).toBe('a');
  expect(log).toEqual(['yield user-visible', 'a0', 'a1', 'yield user-visible', 'a2', 'a3', 'yield user-visible', 'a4', 'a5']);
});

it('runs a step longer than the whole slice alone in its slice', async () => {
  const { runInSlices, yieldToPage } = await import('../../src/content/cooperative');
  await yieldToPage();
  await runInSlices(steps('a', [1, 20, 20, 1, 1]));
  // A step is always run once the page has had its turn, however long the one before it took.
  expect(log).toEqual(['yield user-visible', 'a0', 'a1', 'yield user-visible', 'a2', 'yield user-visible', 'a3', 'a4']);
});

it('gives the page its turn in a task of ordinary priority, behind the tasks the page has due', async () => {
  const { yieldToPage } = await import('../../src/content/cooperative');
  await yieldToPage();
  expect(log).toEqual(['yield user-visible']);
});

it('goes on with the slice another run left in the same task, rather than with a budget of its own', async () => {
  const { runInSlices, yieldToPage } = await import('../../src/content/cooperative');
  await yieldToPage();
  await runInSlices(steps('a', [6]));
  await runInSlices(steps('b', [3, 3]));
  expect(log).toEqual(['yield user-visible', 'a0', 'b0', 'yield user-visible', 'b1']);
});

it('yields first when the slice was spent before the run began', async () => {
  const { runInSlices, yieldToPage } = await import('../../src/content/cooperative');
  await yieldToPage();
  now += 20;
  await runInSlices(steps('a', [1]));
  expect(log).toEqual(['yield user-visible', 'yield user-visible', 'a0']);
});

it('keeps slices to 3 ms behind all the page has due while the page is changing itself, and back to 8 ms once it has been quiet for 100 ms', async () => {
  const { pageTaskRan, runInSlices, yieldToPage } = await import('../../src/content/cooperative');
  pageTaskRan();
  await yieldToPage();
  await runInSlices(steps('a', [1, 1, 1, 1, 1, 1]));
  // A page timer due every 10 ms waits for 3 ms of ours at most, not 8, and goes before the next slice even when it fell due after the yield.
  expect(log).toEqual(['yield background', 'a0', 'a1', 'a2', 'yield background', 'a3', 'a4', 'a5']);
  log = [];
  now += 100;
  await runInSlices(steps('b', [1, 1, 1, 1, 1, 1]));
  expect(log).toEqual(['yield user-visible', 'b0', 'b1', 'b2', 'b3', 'b4', 'b5']);
});
