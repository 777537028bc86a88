/**
 * A read started before anyone asks for it: the library page starts reading
 * its saved items as its script loads, before its first render.
 */

/** A read started ahead of its first caller. */
export interface ReadAhead<T> {
  /**
   * The reader to use in place of the one given: its first call takes the
   * read already under way, unless a change was heard since it started, which
   * makes it stale; every other call reads afresh.
   */
  read(): Promise<T>;
  /** Fulfilled (never rejected) once the read started ahead has settled, whatever its outcome. */
  settled: Promise<void>;
}

/** Starts `read` now; `onChange` tells of changes that make it stale before it is taken. */
export function readAhead<T>(read: () => Promise<T>, onChange: (listener: () => void) => () => void): ReadAhead<T> {
  let ahead: Promise<T> | undefined = read();
  // Its failure is told to whoever takes it; one never taken is no unhandled rejection.
  const settled = ahead.then(
    () => undefined,
    () => undefined,
  );
  const stopListening = onChange(() => drop());
  function drop(): void {
    ahead = undefined;
    stopListening();
  }
  return {
    read() {
      const taken = ahead ?? read();
      if (ahead) drop();
      return taken;
    },
    settled,
  };
}
