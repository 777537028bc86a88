/** Which pages the content script can run on, judged from the tab's URL alone. */

/** Schemes the manifest's content script matches. */
const READABLE_PROTOCOLS = new Set(['http:', 'https:', 'file:']);

/** Extension galleries: the browser keeps every extension out of them. */
const STORE_PAGES: readonly { host: string; pathPrefix: string }[] = [
  { host: 'chromewebstore.google.com', pathPrefix: '/' },
  { host: 'chrome.google.com', pathPrefix: '/webstore' },
  { host: 'microsoftedge.microsoft.com', pathPrefix: '/addons' },
];

/**
 * False for pages no extension may read: browser pages (chrome://, edge://,
 * about:, view-source:...), other extensions' pages and the web stores.
 * True does not promise an answer: a page opened before the extension was
 * installed has no content script until it is reloaded.
 */
export function isReadableUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!READABLE_PROTOCOLS.has(parsed.protocol)) return false;
  return !STORE_PAGES.some(
    (store) => parsed.hostname === store.host && parsed.pathname.startsWith(store.pathPrefix),
  );
}
