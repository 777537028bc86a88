/**
 * A read started before anyone asks for it: the library page starts reading
 * its saved items as its script loads, before its first render, so that
 * opening the database and reading overlap the page's own start-up.
 */

/**
 * Starts `read` now and returns the reader to use in its place: its first
 * call takes the read already under way, unless a change was heard since it
 * started (`onChange`), which makes it stale; every other call reads afresh.
 */
export function readAhead<T>(read: () => Promise<T>, onChange: (listener: () => void) => () => void): () => Promise<T> {
  let ahead: Promise<T> | undefined = read();
  // Its failure is told to whoever takes it; one never taken is no unhandled rejection.
  ahead.catch(() => undefined);
  const stopListening = onChange(() => drop());
  function drop(): void {
    ahead = undefined;
    stopListening();
  }
  return () => {
    const taken = ahead ?? read();
    if (ahead) drop();
    return taken;
  };
}
