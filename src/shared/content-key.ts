/**
 * The identity of a saved item: what it is and what it says in its place,
 * never where it sits, so saving it again after text was added earlier in the
 * page finds the stored item instead of storing a second one.
 */
import type { SavedItemKind, TextQuoteSelector } from './messages';
import { shortHash } from './short-hash';

/** What an item's identity is made of. */
export interface ItemContent {
  /** Indicator, commitment or highlight. */
  kind: SavedItemKind;
  /** Its quote: the text and a little context either side. */
  selectors: { quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'> };
}

/**
 * The identity of an item: its kind, the length of its text and a hash each
 * of the text, the context before and the context after. Two items of one
 * page share it only when the same words stand in the same surroundings.
 */
export function contentKey({ kind, selectors: { quote } }: ItemContent): string {
  return `${kind}-${quote.exact.length}-${shortHash(quote.prefix)}-${shortHash(quote.exact)}-${shortHash(quote.suffix)}`;
}

/**
 * The identities of a page's items, by page item id, the items given in text
 * order. A passage the page repeats word for word, context included, gets
 * its occurrence added from the second copy on (`…-2`), so each copy is an
 * item of its own; text added elsewhere changes none of them.
 */
export function contentKeysOf(items: readonly (ItemContent & { id: string })[]): Map<string, string> {
  const copies = new Map<string, number>();
  const keys = new Map<string, string>();
  for (const item of items) {
    const key = contentKey(item);
    const copy = (copies.get(key) ?? 0) + 1;
    copies.set(key, copy);
    keys.set(item.id, copy === 1 ? key : `${key}-${copy}`);
  }
  return keys;
}

/** A saved item's identity: the one it was stored under, else the one of its content. */
export function identityOf(item: ItemContent & { contentKey?: string }): string {
  return item.contentKey ?? contentKey(item);
}
