/** Turning the extractor's items into the page items the content script hands out. */
import type { CodePointOffsets } from '../anchoring/code-points';
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

/**
 * The page item for an extractor item of `pageText`, under `id` (by default
 * the one its place gives), `offsets` being the text's code point offsets
 * when the caller keeps them; an indicator carries its sentence. Everything
 * added to the extractor's item comes from the page text and the item's
 * span, so the content script makes page items only when it hands them out.
 */
export function toPageItem(item: Item, pageText: string, id: string = pageItemId(item), offsets?: CodePointOffsets): PageItem {
  const pageItem: PageItem = { ...item, id, selectors: createSelectors(pageText, item.start, item.end, offsets) };
  const sentence = item.kind === 'indicator' ? sentenceOf(pageText, item.start, item.end) : undefined;
  return sentence === undefined ? pageItem : { ...pageItem, sentence };
}
