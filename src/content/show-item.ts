/** Bringing an item into view when the popup or a library link asks for it. */

/** How long an item brought into view stays flashed. */
export const FLASH_MS = 1600;

/**
 * Scrolls the page (and any scrolling box around the range) so that the range
 * is in the middle of the window.
 */
export function scrollToRange(range: Range): void {
  const element = range.startContainer.nodeType === range.startContainer.ELEMENT_NODE
    ? (range.startContainer as Element)
    : range.startContainer.parentElement;
  // Scrolls nested scrolling boxes as far as needed; the window is centred below.
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const view = range.startContainer.ownerDocument?.defaultView;
  if (view) {
    const box = range.getBoundingClientRect();
    view.scrollBy({ top: box.top + box.height / 2 - view.innerHeight / 2, behavior: 'smooth' });
  }
}
