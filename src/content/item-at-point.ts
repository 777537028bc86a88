/**
 * The item under the pointer. Highlights drawn with the Highlight API are no
 * elements, so nothing can be hovered as such: the caret position under the
 * pointer is mapped through the page text model to the items there.
 */
import type { TextModel } from '../dom/text-model';
import type { PageItem } from '../shared/messages';

/** What the lookup needs of the page scanner. */
export interface ItemsByOffset {
  /** The model the items' offsets refer to. */
  readonly textModel: TextModel;
  /** The items covering an offset, innermost first. */
  itemsAt(offset: number): PageItem[];
  /** The DOM range of an item. */
  rangeOf(item: PageItem): Range;
}

/** An item under the pointer and the box of its text the pointer is on. */
export interface ItemHit {
  /** The item. */
  item: PageItem;
  /** The box (one line of the item's text) under the pointer, in viewport coordinates. */
  box: DOMRect;
}

/** The DOM position of the caret nearest a viewport point, where the browser can tell. */
export function caretAt(document: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  if (typeof document.caretPositionFromPoint === 'function') {
    const caret = document.caretPositionFromPoint(x, y);
    return caret ? { node: caret.offsetNode, offset: caret.offset } : undefined;
  }
  const range = typeof document.caretRangeFromPoint === 'function' ? document.caretRangeFromPoint(x, y) : null;
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/**
 * The innermost item whose text is under the point. The caret falls between
 * two characters, so the items at both are candidates; the one whose text
 * box holds the point wins (the caret is also found beside text, in margins).
 */
export function itemAtPoint(document: Document, items: ItemsByOffset, x: number, y: number): ItemHit | undefined {
  const caret = caretAt(document, x, y);
  const offset = caret ? items.textModel.offsetAt(caret.node, caret.offset) : null;
  if (offset === null) return undefined;
  const candidates = [...items.itemsAt(offset), ...(offset > 0 ? items.itemsAt(offset - 1) : [])];
  for (const item of candidates) {
    const box = [...items.rangeOf(item).getClientRects()].find(
      (rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom,
    );
    if (box) return { item, box };
  }
  return undefined;
}
