/** Turning the extractor's items into the page items the content script hands out. */
import type { Item } from '../extractor/types';
import type { PageItem } from './messages';
import { createSelectors } from './selectors';
import { sentenceOf } from './sentence-of';

/**
 * The id of an item on its page: kind, span and a short hash of the text, so
 * it stays the same each time the same page is read and changes when the text
 * at that place does.
 */
export function pageItemId(item: Item): string {
  return `${item.kind}-${item.start}-${item.end}-${shortHash(item.text)}`;
}

/** The page item for an extractor item found in `pageText`; an indicator carries its sentence. */
export function toPageItem(item: Item, pageText: string): PageItem {
  const pageItem: PageItem = { ...item, id: pageItemId(item), selectors: createSelectors(pageText, item.start, item.end) };
  const sentence = item.kind === 'indicator' ? sentenceOf(pageText, item.start, item.end) : undefined;
  return sentence === undefined ? pageItem : { ...pageItem, sentence };
}

/** FNV-1a over the UTF-16 code units, in base 36: short, stable, not cryptographic. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
