/**
 * Noticing that a single-page site moved to another URL without loading a
 * page (history.pushState, back and forward). A content script does not see
 * the page's own calls to the history API, so the URL is compared when the
 * browser reports a history move, when the page's content changed, and once
 * a second in between.
 */

/** How often the URL is compared when nothing else prompts it. */
const CHECK_INTERVAL_MS = 1000;

/** Watches the document's URL; `check` compares it now (after a scan, say). */
export interface UrlWatch {
  /** Compares the URL now and reports a change. */
  check(): void;
  /** Stops watching. */
  stop(): void;
}

/**
 * Calls `changed` with the new URL each time `key(document.URL)` changes.
 * Only trusted history events count: a page firing its own popstate cannot
 * make us act, and in any case nothing happens unless the URL really changed.
 */
export function watchUrl(document: Document, key: (url: string) => string, changed: (url: string) => void): UrlWatch {
  const view = document.defaultView!;
  let current = key(document.URL);
  const check = (): void => {
    const now = key(document.URL);
    if (now === current) return;
    current = now;
    changed(now);
  };
  const onHistory = (event: Event): void => {
    if (event.isTrusted) check();
  };
  view.addEventListener('popstate', onHistory);
  const timer = view.setInterval(check, CHECK_INTERVAL_MS);
  return {
    check,
    stop() {
      view.removeEventListener('popstate', onHistory);
      view.clearInterval(timer);
    },
  };
}
