/** Turning the extractor's items into the page items the content script hands out. */
import type { Item } from '../extractor/types';
import type { PageItem } from './messages';
import { createSelectors } from './selectors';
import { sentenceOf } from './sentence-of';
import { shortHash } from './short-hash';

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
