/** Which of the analyst's own highlights is under the pointer. */
import type { TextModel } from '../dom/text-model';
import type { SavedItem } from '../shared/messages';
import { caretAt } from './item-at-point';
import type { PlacedItem } from './saved-anchors';

/** The own highlight under a viewport point, with the line box the point is on and its text. */
export function highlightAtPoint(
  document: Document,
  model: TextModel,
  placed: readonly PlacedItem[],
  x: number,
  y: number,
): { item: SavedItem; box: DOMRect; text: Range } | undefined {
  const caret = caretAt(document, x, y);
  const offset = caret ? model.offsetAt(caret.node, caret.offset) : null;
  if (offset === null) return undefined;
  for (const { saved, anchor } of placed) {
    if (saved.kind !== 'highlight' || offset < anchor.start || offset > anchor.end) continue;
    const text = model.toRange(anchor.start, anchor.end);
    const box = [...text.getClientRects()].find((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom);
    if (box) return { item: saved, box, text };
  }
  return undefined;
}
