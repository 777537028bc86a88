/** Keeping the items already found when the page text model is built again after the page changed. */
import type { TextModel } from '../dom/text-model';
import { shiftItem } from './extract-lines';
import { idOf, type IndexedItem } from './item-index';

/** The items of the old model that are still on the page, and those that are gone. */
export interface CarriedOver {
  /** Items whose text is still there, with their offsets in the new model; an item that moved carries the id it had. */
  kept: IndexedItem[];
  /** Ids of the items whose text left the page or changed. */
  gone: string[];
}

/**
 * Follows each item from the old model to the new one through the text node
 * it starts in. An item is kept when that node is still in the page and the
 * new text at the new place is the item's text. Items that end before
 * `unchangedBefore` (where the old text started to change) are kept as they
 * are.
 */
export function carryOver(items: readonly IndexedItem[], from: TextModel, to: TextModel, unchangedBefore = 0): CarriedOver {
  const kept: IndexedItem[] = [];
  const gone: string[] = [];
  for (const item of items) {
    if (item.end <= unchangedBefore) {
      kept.push(item);
      continue;
    }
    const point = from.pointAt(item.start);
    const start = point ? to.offsetAt(point.node, point.offset) : null;
    const stillThere = start !== null && point!.node.isConnected && to.text.slice(start, start + item.text.length) === item.text;
    if (!stillThere) gone.push(idOf(item));
    else if (start === item.start) kept.push(item);
    else kept.push({ ...shiftItem(item, start - item.start), id: idOf(item) });
  }
  return { kept, gone };
}
