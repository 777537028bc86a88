/**
 * Events "made by the analyst" in jsdom, where every event is untrusted: tests
 * replace `src/content/trusted-events` with this module
 * (`vi.mock('../../src/content/trusted-events', () => import('./analyst-events'))`),
 * so that only the events they mark pass, and any other, like a page script's,
 * is ignored as in the browser.
 */
const fromAnalyst = new WeakSet<Event>();

/** Stands in for the browser's `isTrusted`: true only for events marked by {@link asAnalyst}. */
export function byAnalyst(event: Event): boolean {
  return fromAnalyst.has(event);
}

/** Marks an event as the analyst's. */
export function asAnalyst<E extends Event>(event: E): E {
  fromAnalyst.add(event);
  return event;
}

/** A click of the analyst on `element`. */
export function analystClick(element: Element): void {
  element.dispatchEvent(asAnalyst(new MouseEvent('click', { bubbles: true, composed: true })));
}
