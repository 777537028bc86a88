/**
 * Which drawn items are in the page's highlights: only those near the
 * viewport. In Chromium every frame in which the page's DOM changes (and
 * every change of a highlight) rebuilds the drawing of every range registered
 * in `CSS.highlights`, and each registered range holds some 480 bytes of the
 * browser's heap; a report page has thousands of items, nearly all of them
 * off screen. So an item's ranges are made and registered only while the
 * block element holding them (its paragraph, table cell, list item) is
 * within {@link NEAR_MARGIN} of the viewport, watched with one
 * `IntersectionObserver` for all such elements, and dropped when it leaves:
 * a range kept aside still costs both heaps, and every live range of a
 * document is updated at each change of its DOM. An element holding the
 * whole document (a report published as one paragraph) is always near, so
 * all its ranges stay registered.
 *
 * While the page is scrolled faster than drawing ahead can follow (a
 * dragged scrollbar, a key held down), the paragraphs it sweeps near are drawn only
 * once the scroll slows or stops: each change of the highlights makes the
 * browser rebuild the markers of every range registered and repaint the text
 * that gained or lost them, and ranges registered in one frame and taken out
 * in the next would cost a frame or two each and be seen by no one.
 */
import { isBlockElement } from '../../dom/element-kinds';
import type { TextModel } from '../../dom/text-model';
import { type BatchClock, globalClock } from './draw-batches';

/**
 * How far beyond the viewport an element counts as near: one viewport height
 * above and below (sideways the same share of the width), so that what
 * scrolls into view was drawn frames before at normal scrolling speeds.
 */
export const NEAR_MARGIN = '100%';

/**
 * The share of the viewport scrolled in a frame beyond which the scroll is
 * too fast to draw ahead of. The margin is one viewport, and ranges
 * registered on the observer's report after a frame show in the frame after:
 * from half the margin a frame on, what comes near is in view before it can
 * be drawn, and gone a frame or two later.
 */
export const SWEPT_SHARE = 0.5;

/**
 * How long after the last report of a fast scroll it counts as over, ms, when
 * no report says it has slowed: a scroll that fast brings a report nearly
 * every frame, and one that stops brings none.
 */
export const SCROLL_SETTLE_MS = 100;

/** What an element's report says: near the viewport or not, and whether it has a box of its own. */
export interface Nearness {
  /** The element watched. */
  element: Element;
  /** Within the margin of the viewport. */
  near: boolean;
  /** Laid out with no box at all (`display: contents`, or not rendered): its content's nearness is its parent's to tell. */
  boxless: boolean;
  /**
   * Near, told by a report of a scroll faster than drawing ahead can follow:
   * the window scrolled more than {@link SWEPT_SHARE} of its viewport a frame
   * since the report before. Absent, false.
   */
  swept?: boolean;
}

/**
 * Watches elements and reports, a batch at a time, when they come near the
 * viewport and when they leave; every element observed is reported once soon
 * after, near or not, as long as the page is rendered.
 */
export interface NearnessWatcher {
  /** Starts watching an element. */
  observe(element: Element): void;
  /** Stops watching an element. */
  unobserve(element: Element): void;
  /** False while the browser does not render the page (a tab in the background): no report comes until it is shown. */
  readonly reporting: boolean;
}

/** Makes a watcher that reports to `report`, and calls `reportingChanged` when its `reporting` turns. */
export type WatchNearness = (report: (changes: readonly Nearness[]) => void, reportingChanged: () => void) => NearnessWatcher;

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
 * A frame at 60 frames a second, ms: a scroll's pace is its move since the
 * last report spread over as many such frames as have passed since (at a
 * frame rate of 60 or less, at most its move per frame), one at least.
 */
const FRAME_MS = 1000 / 60;

/**
 * Tells, at each report, whether the window was scrolled faster than
 * {@link SWEPT_SHARE} of its viewport a frame since the report before: its
 * scroll position then and now, over the frames that could have passed
 * between the observer's two computations. A scrolling box of the page's own
 * moves no window: inside one, paragraphs are near once in the box's view,
 * where no scroll is fast enough to wait for.
 */
function windowPace(view: { scrollX?: number; scrollY?: number; innerWidth?: number; innerHeight?: number }): (time: number) => boolean {
  let last: { x: number; y: number; time: number } | undefined;
  return (time) => {
    const now = { x: view.scrollX ?? 0, y: view.scrollY ?? 0, time };
    const before = last;
    last = now;
    if (!before || !view.innerWidth || !view.innerHeight) return false;
    const elapsed = time - before.time;
    const frames = elapsed > FRAME_MS ? elapsed / FRAME_MS : 1;
    const share = Math.max(Math.abs(now.x - before.x) / view.innerWidth, Math.abs(now.y - before.y) / view.innerHeight);
    return share / frames > SWEPT_SHARE;
  };
}

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
 * Each report tells the elements coming near swept when the window moves
 * too fast to draw ahead of (see `windowPace`).
 */
export function intersectionWatcher(view: {
  IntersectionObserver?: typeof IntersectionObserver;
  document?: Document;
  scrollX?: number;
  scrollY?: number;
  innerWidth?: number;
  innerHeight?: number;
}): WatchNearness | undefined {
  const Observer = view.IntersectionObserver;
  if (typeof Observer !== 'function') return undefined;
  return (report, reportingChanged) => {
    // A hidden document (a background tab) is not rendered, and the observer computes nothing until it is shown.
    view.document?.addEventListener('visibilitychange', reportingChanged);
    /** Elements waiting for the batch before them to be reported. */
    const queued = new Set<Element>();
    /** Elements of the batch being watched whose first report has not come. */
    const awaited = new Set<Element>();
    const sweptSince = windowPace(view);
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
        const swept = sweptSince(entries[0]?.time ?? 0);
        report(
          entries.map((entry) => ({
            element: entry.target,
            near: entry.isIntersecting,
            boxless: entry.boundingClientRect.width === 0 && entry.boundingClientRect.height === 0,
            swept: entry.isIntersecting && swept,
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
      get reporting() {
        return view.document?.visibilityState !== 'hidden';
      },
    };
  };
}

/** Where nothing tells nearness: every element is near as soon as it is observed, so everything is drawn. */
export const everythingNear: WatchNearness = (report) => ({
  observe: (element) => report([{ element, near: true, boxless: false }]),
  unobserve: () => undefined,
  reporting: true,
});

/** The block element holding a range: the paragraph, cell or list item its text is in (the root element at most). */
export function holderOf(range: AbstractRange & { commonAncestorContainer: Node }): Element {
  return blockHolding(range.commonAncestorContainer);
}

/** The block element holding a node, itself if it is one (the root element at most). */
function blockHolding(node: Node): Element {
  let element = node.nodeType === node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && !isBlockElement(element) && element.parentElement) element = element.parentElement;
  return element ?? node.ownerDocument!.documentElement;
}

/**
 * The block element holding `model.text.slice(start, end)`, as {@link holderOf}
 * its range, found from the text nodes of its first and last characters
 * without making a range.
 */
export function holderOfSpan(model: TextModel, start: number, end: number): Element {
  const first = model.pointAt(start);
  const last = model.pointAt(Math.max(start, end - 1));
  if (!first || !last) return holderOf(model.toRange(start, end));
  let element = blockHolding(first.node);
  while (!element.contains(last.node) && element.parentElement) element = element.parentElement;
  return blockHolding(element);
}

/** A range to register in a highlight. */
export interface HighlightPart {
  /** The highlight of its layer. */
  highlight: Pick<Highlight, 'add' | 'delete'>;
  /** The range. */
  range: Range;
}

/** What the window needs of an item: the element holding it, which the window sets again when it hands the item to another. */
export interface WindowItem {
  /** The block element holding the item. */
  holder: Element;
}

/** The items held by one element, and whether it is near. */
interface Holder<T> {
  /** The items it holds. */
  items: Set<T>;
  /** Reported near the viewport (false until its first report). */
  near: boolean;
  /** Its items' ranges are in the highlights: it is near, and was not swept near by a fast scroll still going on. */
  drawn: boolean;
  /** Its first report has come. */
  reported: boolean;
}

/**
 * The items handed over for drawing, each with its ranges made and
 * registered in the highlights while its holder element is near the
 * viewport, and dropped when it leaves. An item is kept as given (`T`,
 * whatever makes its ranges again: its offsets in the page text model, which
 * its giver may change) and its ranges made by `partsOf` in the page as it is
 * then. An item's holder is the block element holding its first span (an
 * item's other spans, a commitment's target values, lie inside it).
 *
 * Elements that come near while the page is scrolled fast (a report tells
 * one swept near) wait: they are drawn once a report brings elements near
 * with none swept (the scroll slowed), or {@link SCROLL_SETTLE_MS} after the
 * last one swept (it stopped), if they are still near then. Elements that
 * leave are taken out at once: the highlights stay a few viewports' worth.
 */
export class ViewportWindow<T extends WindowItem> {
  private readonly holders = new Map<Element, Holder<T>>();
  /** The items, by id. */
  private readonly items = new Map<string, T>();
  /** The ranges of the items near the viewport, in the highlights. */
  private readonly made = new Map<T, readonly HighlightPart[]>();
  private readonly watcher: NearnessWatcher;
  /** Elements observed whose first report has not come yet. */
  private unreported = 0;
  /** Resolved once every element observed has been reported. */
  private settledWaiters: (() => void)[] = [];
  /** Ranges in the highlights now. */
  private registered = 0;
  /** Until when elements coming near wait to be drawn: a fast scroll is going on (page time, ms). */
  private sweepingUntil = -Infinity;
  /** Elements near, waiting for the fast scroll that brought them to end. */
  private readonly waiting = new Set<Element>();
  /** The timer that draws the waiting elements is set. */
  private settleTimerSet = false;

  constructor(
    watch: WatchNearness,
    private readonly partsOf: (item: T) => readonly HighlightPart[],
    private readonly clock: Pick<BatchClock, 'now' | 'setTimeout'> = globalClock(),
  ) {
    this.watcher = watch(
      (changes) => this.onReport(changes),
      () => this.resolveIfSettled(),
    );
  }

  /** Ranges in the highlights now: those of the items near the viewport. */
  get rangesRegistered(): number {
    return this.registered;
  }

  /**
   * True until every element observed has been told near or not (and the
   * near ones' ranges registered), while the page is rendered: a page the
   * browser does not render (a background tab) is told when it is shown.
   */
  get settling(): boolean {
    return this.unreported > 0 && this.watcher.reporting;
  }

  /** Resolves once every element observed so far has been reported, or the page is not rendered. */
  settled(): Promise<void> {
    return this.settling ? new Promise((resolve) => this.settledWaiters.push(resolve)) : Promise.resolve();
  }

  /** The item with this id, if it is in the window. */
  get(id: string): T | undefined {
    return this.items.get(id);
  }

  /** The ranges of an item in the highlights now; undefined while its holder is not near. */
  rangesOf(item: T): readonly HighlightPart[] | undefined {
    return this.made.get(item);
  }

  /**
   * Takes an item in, held by `item.holder`: its ranges are made and
   * registered now if the holder is near, else when it comes near. An item in
   * already under this id is taken out once the new one is in, so that a
   * holder it stays in is still watched, and drawn, without waiting for a
   * new report.
   */
  add(id: string, item: T): void {
    const previous = this.items.get(id);
    this.items.set(id, item);
    this.addTo(item.holder, item);
    if (previous) this.takeOut(previous);
  }

  /** Takes an item out, its ranges out of the highlights. */
  remove(id: string): void {
    const item = this.items.get(id);
    if (!item) return;
    this.items.delete(id);
    this.takeOut(item);
  }

  /** Takes an item out of its holder and its ranges out of the highlights; stops watching a holder left with no item. */
  private takeOut(item: T): void {
    const holder = this.holders.get(item.holder)!;
    holder.items.delete(item);
    this.unregister(item);
    if (holder.items.size === 0) this.forget(item.holder, holder);
  }

  private onReport(changes: readonly Nearness[]): void {
    this.notePace(changes);
    const sweeping = this.sweeping;
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
        if (!near) this.undraw(element, holder);
        else if (sweeping) this.wait(element);
        else this.draw(holder);
      }
    }
    if (!sweeping) this.drawWaiting();
    this.resolveIfSettled();
  }

  /** True while a fast scroll goes on: elements coming near wait. */
  private get sweeping(): boolean {
    return this.clock.now() < this.sweepingUntil;
  }

  /**
   * Reads the scroll's pace from a report's elements coming near (not their
   * first report, which says where an element is, not how it moved): one
   * swept near starts or prolongs a fast scroll; elements coming near with
   * none swept tell that it has slowed.
   */
  private notePace(changes: readonly Nearness[]): void {
    let coming = false;
    for (const { element, near, swept } of changes) {
      const holder = this.holders.get(element);
      if (!near || !holder?.reported || holder.near) continue;
      if (swept) {
        this.sweepingUntil = this.clock.now() + SCROLL_SETTLE_MS;
        return;
      }
      coming = true;
    }
    if (coming) this.sweepingUntil = -Infinity;
  }

  /** Keeps a near element waiting for the fast scroll to end, and sets the timer that will tell it has. */
  private wait(element: Element): void {
    this.waiting.add(element);
    if (this.settleTimerSet) return;
    this.settleTimerSet = true;
    // Each report of the scroll moves its end further; the timer is set once and set again until the end stays put.
    const settle = (): void => {
      const left = this.sweepingUntil - this.clock.now();
      if (left > 0) {
        this.clock.setTimeout(settle, left);
        return;
      }
      this.settleTimerSet = false;
      this.drawWaiting();
    };
    this.clock.setTimeout(settle, this.sweepingUntil - this.clock.now());
  }

  /** Draws the elements that waited for a fast scroll to end and are still near. */
  private drawWaiting(): void {
    for (const element of this.waiting) {
      const holder = this.holders.get(element);
      if (holder?.near && !holder.drawn) this.draw(holder);
    }
    this.waiting.clear();
  }

  /** Registers the ranges of an element's items. */
  private draw(holder: Holder<T>): void {
    holder.drawn = true;
    for (const item of holder.items) this.register(item);
  }

  /** Takes the ranges of an element's items out of the highlights, or stops it waiting to be drawn. */
  private undraw(element: Element, holder: Holder<T>): void {
    this.waiting.delete(element);
    if (!holder.drawn) return;
    holder.drawn = false;
    for (const item of holder.items) this.unregister(item);
  }

  private resolveIfSettled(): void {
    if (this.settling) return;
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** An element without a box tells nothing of where its text is: its items go to its parent element. */
  private handToParent(element: Element, holder: Holder<T>): void {
    this.undraw(element, holder);
    this.forget(element, holder);
    for (const item of holder.items) {
      item.holder = element.parentElement!;
      this.addTo(item.holder, item);
    }
  }

  /** Puts an item in its holder's set, watching the holder if it is new. */
  private addTo(element: Element, item: T): void {
    const holder = this.holders.get(element);
    if (holder) {
      holder.items.add(item);
      if (holder.drawn) this.register(item);
      return;
    }
    this.holders.set(element, { items: new Set([item]), near: false, drawn: false, reported: false });
    this.unreported++;
    this.watcher.observe(element);
  }

  /** Stops watching an element; its ranges are out of the highlights already. */
  private forget(element: Element, holder: Holder<T>): void {
    this.holders.delete(element);
    this.waiting.delete(element);
    this.watcher.unobserve(element);
    if (!holder.reported) {
      this.unreported--;
      this.resolveIfSettled();
    }
  }

  /** Makes an item's ranges and registers them. */
  private register(item: T): void {
    const parts = this.partsOf(item);
    for (const { highlight, range } of parts) highlight.add(range);
    this.made.set(item, parts);
    this.registered += parts.length;
  }

  /** Takes an item's ranges out of the highlights and lets them go. */
  private unregister(item: T): void {
    const parts = this.made.get(item);
    if (!parts) return;
    for (const { highlight, range } of parts) highlight.delete(range);
    this.made.delete(item);
    this.registered -= parts.length;
  }
}
