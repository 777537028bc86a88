/**
 * Which drawn items are in the page's highlights: only those near the
 * viewport. In Chromium every frame in which the page's DOM changes (and
 * every change of a highlight) rebuilds the drawing of every range registered
 * in `CSS.highlights`, and each registered range holds some 480 bytes of the
 * browser's heap; a report page has thousands of items, nearly all of them
 * off screen. So an item's ranges are kept aside and registered only while
 * the block element holding them (its paragraph, table cell, list item) is
 * within {@link NEAR_MARGIN} of the viewport, watched with one
 * `IntersectionObserver` for all such elements. An element holding the whole
 * document (a report published as one paragraph) is always near, so all its
 * ranges stay registered.
 */
import { isBlockElement } from '../../dom/element-kinds';

/**
 * How far beyond the viewport an element counts as near: one viewport height
 * above and below (sideways the same share of the width), so that what
 * scrolls into view was drawn frames before at normal scrolling speeds.
 */
export const NEAR_MARGIN = '100%';

/** What an element's report says: near the viewport or not, and whether it has a box of its own. */
export interface Nearness {
  /** The element watched. */
  element: Element;
  /** Within the margin of the viewport. */
  near: boolean;
  /** Laid out with no box at all (`display: contents`, or not rendered): its content's nearness is its parent's to tell. */
  boxless: boolean;
}

/** Watches elements and reports, a batch at a time, when they come near the viewport and when they leave; every element observed is reported once soon after, near or not. */
export interface NearnessWatcher {
  /** Starts watching an element. */
  observe(element: Element): void;
  /** Stops watching an element. */
  unobserve(element: Element): void;
}

/** Makes a watcher that reports to `report`. */
export type WatchNearness = (report: (changes: readonly Nearness[]) => void) => NearnessWatcher;

/**
 * Elements the observer starts watching in one frame, at most. Its first
 * computation for the elements newly watched is done in the next frame
 * (40 ms of CPU in one frame for the paragraphs of the first batch on a page
 * of 5,000 paragraphs, load average 17): the paragraphs of a batch of
 * thousands of items are watched a few hundred at a time, the next ones once
 * the observer has reported on those, after the frame that computed them.
 */
export const OBSERVED_PER_FRAME = 500;

/**
 * Nearness told by the window's `IntersectionObserver`, the viewport grown by
 * {@link NEAR_MARGIN} on every side; undefined where the window has none.
 * Inside a scrolling box of the page's own, an element is near once it is in
 * the box's view: the observer's `scrollMargin` would grow those views, but
 * with it Chromium 150 told paragraphs up to five viewport heights down near.
 * Nothing here runs in the page's frames: elements are watched in the task
 * that asks, or in the observer's report (a task of its own after a frame),
 * never in an animation frame callback, whose frame carries the browser's
 * own work of that frame (on a 5 MB page, 70 ms of capturing the page's text).
 */
export function intersectionWatcher(view: { IntersectionObserver?: typeof IntersectionObserver }): WatchNearness | undefined {
  const Observer = view.IntersectionObserver;
  if (typeof Observer !== 'function') return undefined;
  return (report) => {
    /** Elements waiting for the batch before them to be reported. */
    const queued = new Set<Element>();
    /** Elements of the batch being watched whose first report has not come. */
    const awaited = new Set<Element>();
    const watch = (element: Element): void => {
      awaited.add(element);
      observer.observe(element);
    };
    const watchNextBatch = (): void => {
      for (const element of queued) {
        if (awaited.size === OBSERVED_PER_FRAME) break;
        queued.delete(element);
        watch(element);
      }
    };
    const observer = new Observer(
      (entries) => {
        for (const entry of entries) awaited.delete(entry.target);
        if (awaited.size === 0) watchNextBatch();
        report(
          entries.map((entry) => ({
            element: entry.target,
            near: entry.isIntersecting,
            boxless: entry.boundingClientRect.width === 0 && entry.boundingClientRect.height === 0,
          })),
        );
      },
      { rootMargin: NEAR_MARGIN },
    );
    return {
      observe(element) {
        if (awaited.size < OBSERVED_PER_FRAME && queued.size === 0) watch(element);
        else queued.add(element);
      },
      unobserve(element) {
        if (queued.delete(element)) return;
        observer.unobserve(element);
        if (awaited.delete(element) && awaited.size === 0) watchNextBatch();
      },
    };
  };
}

/** Where nothing tells nearness: every element is near as soon as it is observed, so everything is drawn. */
export const everythingNear: WatchNearness = (report) => ({
  observe: (element) => report([{ element, near: true, boxless: false }]),
  unobserve: () => undefined,
});

/** The block element holding a range: the paragraph, cell or list item its text is in (the root element at most). */
export function holderOf(range: AbstractRange & { commonAncestorContainer: Node }): Element {
  const common = range.commonAncestorContainer;
  let element = common.nodeType === common.ELEMENT_NODE ? (common as Element) : common.parentElement;
  while (element && !isBlockElement(element) && element.parentElement) element = element.parentElement;
  return element ?? common.ownerDocument!.documentElement;
}

/** A range to register in a highlight. */
export interface HighlightPart {
  /** The highlight of its layer. */
  highlight: Pick<Highlight, 'add' | 'delete'>;
  /** The range. */
  range: Range;
}

/** The items held by one element, and whether it is near. */
interface Holder {
  /** The parts of each item it holds, by item id. */
  items: Map<string, readonly HighlightPart[]>;
  /** Reported near the viewport (false until its first report). */
  near: boolean;
  /** Its first report has come. */
  reported: boolean;
}

/**
 * The items handed over for drawing, each registered in the highlights while
 * its holder element is near the viewport. An item's holder is the block
 * element holding its first range (an item's other ranges, a commitment's
 * target values, lie inside it).
 */
export class ViewportWindow {
  private readonly holders = new Map<Element, Holder>();
  /** Each item's holder element. */
  private readonly holderOfItem = new Map<string, Element>();
  private readonly watcher: NearnessWatcher;
  /** Elements observed whose first report has not come yet. */
  private unreported = 0;
  /** Resolved once every element observed has been reported. */
  private settledWaiters: (() => void)[] = [];
  /** Ranges in the highlights now. */
  private registered = 0;

  constructor(watch: WatchNearness) {
    this.watcher = watch((changes) => this.onReport(changes));
  }

  /** Ranges in the highlights now: those of the items near the viewport. */
  get rangesRegistered(): number {
    return this.registered;
  }

  /** True until every element observed has been told near or not (and the near ones' ranges registered). */
  get settling(): boolean {
    return this.unreported > 0;
  }

  /** Resolves once every element observed so far has been reported. */
  settled(): Promise<void> {
    return this.settling ? new Promise((resolve) => this.settledWaiters.push(resolve)) : Promise.resolve();
  }

  /**
   * Takes an item in (it must not be in already), held by `holder` (by
   * default, the block element holding its first range): its ranges are
   * registered now if the holder is near, else when it comes near.
   */
  add(id: string, parts: readonly HighlightPart[], holder: Element | undefined = parts[0] && holderOf(parts[0].range)): void {
    if (holder) this.addTo(holder, id, parts);
  }

  /** Takes an item out, its ranges out of the highlights. */
  remove(id: string): void {
    const element = this.holderOfItem.get(id);
    if (!element) return;
    this.holderOfItem.delete(id);
    const holder = this.holders.get(element)!;
    const parts = holder.items.get(id)!;
    holder.items.delete(id);
    if (holder.near) this.unregister(parts);
    if (holder.items.size === 0) this.forget(element, holder);
  }

  private onReport(changes: readonly Nearness[]): void {
    for (const { element, near, boxless } of changes) {
      const holder = this.holders.get(element);
      if (!holder) continue; // forgotten since the report was made
      if (!holder.reported) {
        holder.reported = true;
        this.unreported--;
      }
      if (!near && boxless && element.isConnected && element.parentElement) this.handToParent(element, holder);
      else if (near !== holder.near) {
        holder.near = near;
        for (const parts of holder.items.values()) (near ? this.register(parts) : this.unregister(parts));
      }
    }
    this.resolveIfSettled();
  }

  private resolveIfSettled(): void {
    if (this.unreported > 0) return;
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** An element without a box tells nothing of where its text is: its items go to its parent element. */
  private handToParent(element: Element, holder: Holder): void {
    if (holder.near) for (const parts of holder.items.values()) this.unregister(parts);
    this.forget(element, holder);
    for (const [id, parts] of holder.items) {
      this.holderOfItem.delete(id);
      this.addTo(element.parentElement!, id, parts);
    }
  }

  /** {@link add} with the holder given. */
  private addTo(element: Element, id: string, parts: readonly HighlightPart[]): void {
    this.holderOfItem.set(id, element);
    const holder = this.holders.get(element);
    if (holder) {
      holder.items.set(id, parts);
      if (holder.near) this.register(parts);
      return;
    }
    this.holders.set(element, { items: new Map([[id, parts]]), near: false, reported: false });
    this.unreported++;
    this.watcher.observe(element);
  }

  /** Stops watching an element; its ranges are out of the highlights already. */
  private forget(element: Element, holder: Holder): void {
    this.holders.delete(element);
    this.watcher.unobserve(element);
    if (!holder.reported) {
      this.unreported--;
      this.resolveIfSettled();
    }
  }

  private register(parts: readonly HighlightPart[]): void {
    for (const { highlight, range } of parts) highlight.add(range);
    this.registered += parts.length;
  }

  private unregister(parts: readonly HighlightPart[]): void {
    for (const { highlight, range } of parts) highlight.delete(range);
    this.registered -= parts.length;
  }
}
