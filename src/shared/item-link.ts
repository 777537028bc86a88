/**
 * Links from the library to a saved item in its page: the page URL with a
 * fragment naming the saved item, which the content script shows once it has
 * read the page and found its saved items again.
 */

/** Fragment that starts a link to a saved item. */
const LINK_FRAGMENT = '#policy-lens-item=';

/** The URL that opens a saved item's page scrolled to it. */
export function itemLink(item: { url: string; id: string }): string {
  return `${item.url}${LINK_FRAGMENT}${encodeURIComponent(item.id)}`;
}

/** The saved item id a page's `location.hash` links to, if it is such a link. */
export function linkedItemId(hash: string): string | undefined {
  if (!hash.startsWith(LINK_FRAGMENT)) return undefined;
  try {
    return decodeURIComponent(hash.slice(LINK_FRAGMENT.length)) || undefined;
  } catch {
    return undefined;
  }
}
