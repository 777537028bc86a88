/**
 * The page's saved items found again in its current text: which page items
 * are saved, where saved items the extractor did not find (hand-picked
 * passages, edited sentences) are, and which saved items are not on the page
 * any more. Works on the page text and items only, so it runs in tests
 * without a browser.
 */
import { anchorQuote } from '../anchoring/anchor-quote';
import type { Anchor } from '../anchoring/types';
import type { PageItem, SavedItem } from '../shared/messages';

/** A saved item found on the page. */
export interface PlacedItem {
  /** The saved item. */
  saved: SavedItem;
  /** Where it is now and how it was found. */
  anchor: Anchor;
  /** The page item at that place, when the extractor found one there; absent: only the saved item marks it. */
  pageItemId?: string;
}

/** What placing needs of a page item: its id, kind and span. */
export type ItemSpan = Pick<PageItem, 'id' | 'kind' | 'start' | 'end'>;

/** The page items of `kind` that share a character with `[start, end)`, in text order. */
export type ItemsOverlapping = (kind: PageItem['kind'], start: number, end: number) => readonly ItemSpan[];

/** Where the page's saved items are. */
export interface SavedAnchors {
  /** Saved items found on the page, in the order given. */
  placed: PlacedItem[];
  /** Saved items not found on the page: kept, listed, never drawn. */
  notFound: SavedItem[];
}

/**
 * Places one saved item in `text` by its selectors, adding it to `anchors`,
 * and pairs it with the page item of the same kind at that place: the one
 * with the same span, or else the one sharing most of it (an edited sentence
 * the extractor now reads a little differently). One saved item at a time,
 * so that a caller can yield to the page between them: finding a quote again
 * in an edited page may take milliseconds.
 */
export function anchorSavedItem(text: string, pageItems: ItemsOverlapping, item: SavedItem, anchors: SavedAnchors): void {
  const { quote, position } = item.selectors;
  const anchor = anchorQuote(text, { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, position });
  if (!anchor) {
    anchors.notFound.push(item);
    return;
  }
  const pageItem = item.kind === 'highlight' ? undefined : pageItemAt(pageItems(item.kind, anchor.start, anchor.end), anchor);
  anchors.placed.push(pageItem ? { saved: item, anchor, pageItemId: pageItem.id } : { saved: item, anchor });
}

/** The page item among `items` (those of the saved item's kind sharing the span) at the span: equal, or overlapping each other by more than half. */
function pageItemAt(items: readonly ItemSpan[], span: { start: number; end: number }): ItemSpan | undefined {
  let best: ItemSpan | undefined;
  let bestShare = 0.5;
  for (const item of items) {
    if (item.start === span.start && item.end === span.end) return item;
    const overlap = Math.min(item.end, span.end) - Math.max(item.start, span.start);
    const share = overlap / Math.max(item.end - item.start, span.end - span.start);
    if (share > bestShare) {
      best = item;
      bestShare = share;
    }
  }
  return best;
}
