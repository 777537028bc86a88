/**
 * Running steps one after another with the next one already started while
 * the one before is awaited: the transport of a large save, where the store
 * commits one message while the next travels to it.
 */

/**
 * Starts `steps` in order, at most `inFlight` under way at once, each next
 * one as soon as one under way settles; once a step has failed no further
 * one is started. Resolves, when every started step has settled, with their
 * outcomes in order (the steps never started are left out).
 */
export async function runOverlapped<T>(steps: readonly (() => Promise<T>)[], inFlight: number): Promise<PromiseSettledResult<T>[]> {
  const started: Promise<T>[] = [];
  let failed = false;
  const lane = async (): Promise<void> => {
    while (!failed && started.length < steps.length) {
      const step = steps[started.length]!;
      // A step that throws before its promise exists fails like one whose promise rejects.
      const outcome = (async () => step())();
      started.push(outcome);
      await outcome.catch(() => (failed = true));
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return Promise.allSettled(started);
}
