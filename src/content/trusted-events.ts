/**
 * The page is hostile ground: its scripts can dispatch clicks, key presses and
 * pointer moves of their own. Policy Lens acts only on events the browser
 * made from the analyst's input.
 */

/** Whether the analyst made this event (the browser's input), not a page script's `dispatchEvent`. */
export function byAnalyst(event: Event): boolean {
  return event.isTrusted;
}
