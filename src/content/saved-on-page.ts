/**
 * The saved items of the page, found again in its text: which page item a
 * saved item is the copy of, where each saved item is now, and which of the
 * analyst's own highlights is under the pointer.
 */
import { anchorQuote } from '../anchoring/anchor-quote';
import type { TextModel } from '../dom/text-model';
import { contentKey, identityOf } from '../shared/content-key';
import type { PageItem, SavedItem } from '../shared/messages';
import { caretAt } from './item-at-point';

/** A saved item and where its text is in the page text model now. */
export interface LocatedItem {
  /** The saved item. */
  item: SavedItem;
  /** Offset of its first character. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

/** The saved copy of a page item: same kind and identity, or saved from this very item. */
export function savedCopyOf(item: PageItem, saved: readonly SavedItem[]): SavedItem | undefined {
  const key = contentKey(item);
  return saved.find((copy) => copy.kind === item.kind && (identityOf(copy) === key || copy.pageItemId === item.id));
}

/** The saved items found again in `text`; those the page no longer holds are left out. */
export function locateSaved(text: string, saved: readonly SavedItem[]): LocatedItem[] {
  const located: LocatedItem[] = [];
  for (const item of saved) {
    const { exact, prefix, suffix } = item.selectors.quote;
    const { start, end } = item.selectors.position;
    const anchor = anchorQuote(text, { exact, prefix, suffix, position: { start, end } });
    if (anchor) located.push({ item, start: anchor.start, end: anchor.end });
  }
  return located;
}

/** The analyst's own highlight under a viewport point, with the line box the point is on. */
export function highlightAtPoint(
  document: Document,
  model: TextModel,
  located: readonly LocatedItem[],
  x: number,
  y: number,
): { item: SavedItem; box: DOMRect } | undefined {
  const caret = caretAt(document, x, y);
  const offset = caret ? model.offsetAt(caret.node, caret.offset) : null;
  if (offset === null) return undefined;
  for (const { item, start, end } of located) {
    if (item.kind !== 'highlight' || offset < start || offset > end) continue;
    const box = [...model.toRange(start, end).getClientRects()].find(
      (rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom,
    );
    if (box) return { item, box };
  }
  return undefined;
}
