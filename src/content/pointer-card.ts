/**
 * Opens the card over the item under the pointer: on hover after a short
 * pause, at once on click (then it stays until closed, as it does once the
 * analyst clicks in it). Escape or a click elsewhere closes it; scrolling that
 * moves its item closes a hovered card, and a pinned one follows the item.
 * Events a page script dispatches are ignored.
 */
import type { SavedItem } from '../shared/messages';
import { anchorOn, type CardHost } from './card/card-host';
import { itemAtPoint, type ItemsByOffset } from './item-at-point';
import { byAnalyst } from './trusted-events';

/** Hovering this long over an item opens its card. */
const HOVER_OPEN_MS = 250;
/** Away from the item and the card this long, a hovered card closes. */
const HOVER_CLOSE_MS = 400;

/** The analyst's own highlight under a viewport point, with the line box the point is on and its text. */
export type HighlightAt = (x: number, y: number) => { item: SavedItem; box: DOMRect; text: Range } | undefined;

/**
 * Listens to the pointer on the page; returns the function that stops
 * listening. An own highlight (`highlightAt`) comes before the page items
 * under it.
 */
export function openCardOnPointer(
  document: Document,
  items: ItemsByOffset,
  card: CardHost,
  highlightAt: HighlightAt = () => undefined,
): () => void {
  const view = document.defaultView!;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  let lastMove: PointerEvent | undefined;

  /** What is under a point: its id and how to open the card on it. */
  const cardAt = (x: number, y: number): { id: string; open(pinned: boolean): void } | undefined => {
    const own = highlightAt(x, y);
    if (own) return { id: own.item.id, open: (pinned) => card.showHighlight(own.item, anchorOn(own.box, own.text), pinned) };
    const hit = itemAtPoint(document, items, x, y);
    return hit && { id: hit.item.id, open: (pinned) => card.show(hit.item, anchorOn(hit.box, items.rangeOf(hit.item)), pinned) };
  };

  const cancelTimers = (): void => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    openTimer = closeTimer = undefined;
  };

  const onFrame = (): void => {
    frame = undefined;
    const event = lastMove!;
    if (card.contains(event)) {
      cancelTimers();
      return;
    }
    const hit = cardAt(event.clientX, event.clientY);
    if (hit && hit.id === card.shownItemId) {
      cancelTimers();
    } else if (hit) {
      clearTimeout(openTimer);
      openTimer = setTimeout(() => hit.open(false), HOVER_OPEN_MS);
    } else {
      clearTimeout(openTimer);
      openTimer = undefined;
      if (card.shownItemId !== undefined && !card.pinned && closeTimer === undefined) {
        closeTimer = setTimeout(() => {
          closeTimer = undefined;
          if (!card.pinned) card.hide();
        }, HOVER_CLOSE_MS);
      }
    }
  };

  const onMove = (event: PointerEvent): void => {
    if (!byAnalyst(event)) return;
    lastMove = event;
    frame ??= view.requestAnimationFrame(onFrame);
  };

  const onClick = (event: MouseEvent): void => {
    if (!byAnalyst(event)) return;
    if (card.contains(event)) return card.pin();
    // The end of a text selection: the selection's own button answers it, not the items under it.
    if (document.getSelection()?.isCollapsed === false) return;
    cancelTimers();
    const hit = cardAt(event.clientX, event.clientY);
    if (hit) hit.open(true);
    else card.hide();
  };

  const onKey = (event: KeyboardEvent): void => {
    if (byAnalyst(event) && event.key === 'Escape') card.hide();
  };

  const onScroll = (): void => {
    cancelTimers();
    card.scrolled();
  };

  const options = { capture: true, passive: true };
  document.addEventListener('pointermove', onMove, options);
  document.addEventListener('click', onClick, options);
  document.addEventListener('keydown', onKey, options);
  document.addEventListener('scroll', onScroll, options);
  return () => {
    cancelTimers();
    if (frame !== undefined) view.cancelAnimationFrame(frame);
    document.removeEventListener('pointermove', onMove, options);
    document.removeEventListener('click', onClick, options);
    document.removeEventListener('keydown', onKey, options);
    document.removeEventListener('scroll', onScroll, options);
  };
}
