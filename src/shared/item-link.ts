/**
 * Links from the library to a saved item in its page: the page URL with a
 * fragment naming the page item, which the content script shows once it has
 * read the page.
 */

/** Fragment that starts a link to an item. */
const LINK_FRAGMENT = '#policy-lens-item=';

/** The URL that opens `item`'s page scrolled to it (the page itself for an item with no page item id). */
export function itemLink(item: { url: string; pageItemId?: string }): string {
  return item.pageItemId === undefined ? item.url : `${item.url}${LINK_FRAGMENT}${encodeURIComponent(item.pageItemId)}`;
}

/** The page item id a page's `location.hash` links to, if it is such a link. */
export function linkedItemId(hash: string): string | undefined {
  if (!hash.startsWith(LINK_FRAGMENT)) return undefined;
  try {
    return decodeURIComponent(hash.slice(LINK_FRAGMENT.length)) || undefined;
  } catch {
    return undefined;
  }
}
