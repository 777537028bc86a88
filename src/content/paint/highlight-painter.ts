/**
 * Draws items with the CSS Custom Highlight API: ranges registered in
 * `CSS.highlights` and styled by `::highlight()` rules. The page's DOM is left
 * exactly as it was, so page scripts and layout cannot tell.
 *
 * Items are handed to the highlights in batches (see `draw-batches.ts`): any
 * change of a highlight makes the browser rebuild its drawing of them all at
 * the next frame, so many small changes would cost many such frames. Of the
 * items handed over, only those near the viewport have ranges at all (see
 * `near-viewport.ts`): the painter keeps each item's spans and the text model
 * they are offsets in, and its ranges are made from them when its paragraph
 * comes near and let go when it leaves.
 */
import type { TextModel } from '../../dom/text-model';
import { type Layer, highlightCss, highlightName, LAYERS, type ItemDrawing, type LayerSpan } from './layers';
import { adoptDocumentStylesOnce } from './adopt-styles';
import { type BatchClock, DrawBatches, globalClock } from './draw-batches';
import { everythingNear, type HighlightPart, holderOfSpan, intersectionWatcher, ViewportWindow, type WatchNearness } from './near-viewport';
import type { Painter } from './painter';

/** The parts of the Highlight API the painter uses, passed in so tests can stand in for them. */
export interface HighlightApi {
  /** The document's registry, `CSS.highlights`. */
  registry: HighlightRegistry;
  /** The `Highlight` constructor. */
  Highlight: new () => Highlight;
}

/** The Highlight API of a window, or undefined where the browser has none. */
export function highlightApiOf(view: Window & typeof globalThis): HighlightApi | undefined {
  const registry = view.CSS?.highlights;
  return registry && typeof view.Highlight === 'function' ? { registry, Highlight: view.Highlight } : undefined;
}

/** What the painter keeps of an item handed over: enough to make its ranges when they are needed. */
interface Spans {
  /** The text model the spans' offsets are in. */
  model: TextModel;
  /** The item's spans, in their layers. */
  spans: readonly LayerSpan[];
}

/** An item waiting for the next batch: its spans and the element holding it (undefined for an item with no span). */
interface Waiting {
  /** Its spans. */
  item: Spans;
  /** The block element holding its first span, found when it is painted (a slice at a time, rather than all in the batch). */
  holder: Element | undefined;
}

/** How nearness to the viewport is told in this document: by its window's `IntersectionObserver`, else everything is near. */
function nearnessIn(document: Document): WatchNearness {
  const view = document.defaultView as (Window & typeof globalThis) | null;
  return (view && intersectionWatcher(view)) ?? everythingNear;
}

/** Whether two ranges have the same boundary points. */
function sameRange(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}

/** Whether two lists of parts draw the same ranges in the same highlights. */
function sameParts(a: readonly HighlightPart[], b: readonly HighlightPart[]): boolean {
  return a.length === b.length && a.every((part, i) => part.highlight === b[i]!.highlight && sameRange(part.range, b[i]!.range));
}

/** Whether two lists of spans cover the same offsets in the same layers. */
function sameSpans(a: readonly LayerSpan[], b: readonly LayerSpan[]): boolean {
  return a.length === b.length && a.every((span, i) => span.layer === b[i]!.layer && span.start === b[i]!.start && span.end === b[i]!.end);
}

/** The element holding an item's first span, if it has one. */
function holderOfItem({ model, spans }: Spans): Element | undefined {
  const first = spans[0];
  return first && holderOfSpan(model, first.start, first.end);
}

/**
 * A painter that registers one highlight per layer and hands each item's
 * ranges over in batches timed by `clock`, to be in the highlights while
 * `watch` tells the item near the viewport.
 */
export function createHighlightPainter(
  document: Document,
  api: HighlightApi,
  clock: BatchClock = globalClock(),
  watch: WatchNearness = nearnessIn(document),
): Painter {
  adoptDocumentStylesOnce(document, highlightCss());
  const highlights = new Map<Layer, Highlight>();
  for (const [priority, layer] of LAYERS.entries()) {
    const highlight = new api.Highlight();
    highlight.priority = priority;
    api.registry.set(highlightName(layer), highlight);
    highlights.set(layer, highlight);
  }
  /** An item's ranges in the page as it is now, each in the highlight of its layer. */
  const partsOf = ({ model, spans }: Spans): HighlightPart[] =>
    spans.map(({ layer, start, end }) => ({ highlight: highlights.get(layer)!, range: model.toRange(start, end) }));
  /** The items handed over, by id, with their ranges while near the viewport. */
  const viewport = new ViewportWindow<Spans>(watch, partsOf);
  /** The items of the next batch, by id. */
  const toAdd = new Map<string, Waiting>();
  /** Items to take out in the next batch. */
  const toRemove = new Set<string>();

  const batches = new DrawBatches(() => {
    // An item drawn anew takes the place of the one drawn before (see `ViewportWindow.add`).
    for (const id of toRemove) if (!toAdd.has(id)) viewport.remove(id);
    toRemove.clear();
    for (const [id, { item, holder }] of toAdd) {
      if (holder) viewport.add(id, item, holder);
      else viewport.remove(id);
    }
    toAdd.clear();
    return viewport.rangesRegistered;
  }, clock);

  /** The item with this id as it will be after the next batch, if it will be drawn. */
  const current = (id: string): Spans | undefined => toAdd.get(id)?.item ?? (toRemove.has(id) ? undefined : viewport.get(id)?.item);

  const erase = (id: string): void => {
    toAdd.delete(id);
    if (!viewport.get(id) || toRemove.has(id)) return;
    toRemove.add(id);
    batches.request();
  };

  /** Draws an item anew at its next batch. */
  const drawAnew = (id: string, item: Spans): void => {
    erase(id);
    toAdd.set(id, { item, holder: holderOfItem(item) });
    batches.request();
  };

  /**
   * Takes an item whose spans are the same in a new text model (the page
   * changed elsewhere): the ranges it has now stay where they are the ones the
   * new model gives; it is drawn anew where they are not, or where its
   * paragraph is another element (one inside the element holding it is the
   * same: an element without a box hands its items to its parent).
   */
  const follow = (id: string, item: Spans): void => {
    const holder = holderOfItem(item);
    if (toAdd.has(id)) {
      toAdd.set(id, { item, holder });
      return;
    }
    const placed = viewport.get(id)!;
    const sameHolder = holder !== undefined && placed.holder.contains(holder);
    if (!sameHolder || (placed.parts && !sameParts(placed.parts, partsOf(item)))) drawAnew(id, item);
    else viewport.update(id, item);
  };

  const paint = (model: TextModel, drawings: readonly ItemDrawing[]): void => {
    for (const { id, spans } of drawings) {
      const drawn = current(id);
      if (!drawn || !sameSpans(drawn.spans, spans)) drawAnew(id, { model, spans });
      else if (drawn.model !== model) follow(id, { model, spans: drawn.spans });
    }
  };

  return {
    splitsTextNodes: false,
    paint,
    moved: paint,
    erase(ids: readonly string[]): void {
      for (const id of ids) erase(id);
    },
    flash(range: Range, durationMs: number): void {
      const flash = highlights.get('flash')!;
      flash.add(range);
      setTimeout(() => flash.delete(range), durationMs);
    },
    // Handed over, the items near the viewport are drawn once the observer has told which they are (at the next frame).
    get waiting() {
      return batches.waiting || viewport.settling;
    },
    drawn: () => batches.drawn().then(() => viewport.settled()),
    pageChanged: () => batches.pageChanged(),
  };
}
