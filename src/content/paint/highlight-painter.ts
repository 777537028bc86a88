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
 * comes near and let go when it leaves; paragraphs a fast scroll sweeps past
 * are drawn only if they are still near once it slows or stops.
 */
import type { TextModel } from '../../dom/text-model';
import { type Layer, highlightCss, highlightName, LAYERS, type ItemDrawing, type LayerSpan } from './layers';
import { adoptDocumentStylesOnce } from './adopt-styles';
import { type BatchClock, DrawBatches, globalClock } from './draw-batches';
import { everythingNear, type HighlightPart, holderOfSpan, intersectionWatcher, ViewportWindow, type WatchNearness, type WindowItem } from './near-viewport';
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

/**
 * What the painter keeps of an item handed over, enough to make its ranges
 * when they are needed: one object and one array of small integers an item,
 * some 10,000 of them on a large report page.
 */
interface Drawn extends WindowItem {
  /** The text model the spans' offsets are in. */
  model: TextModel;
  /** Its spans, three numbers each: the layer's index in {@link LAYERS}, the start and the end. */
  spans: readonly number[];
}

/** Spans as the painter keeps them (see {@link Drawn}). */
function packSpans(spans: readonly LayerSpan[]): number[] {
  // Made at its length: an array grown by pushing keeps room for some twenty numbers.
  const packed = new Array<number>(spans.length * 3);
  spans.forEach(({ layer, start, end }, i) => {
    packed[3 * i] = LAYERS.indexOf(layer);
    packed[3 * i + 1] = start;
    packed[3 * i + 2] = end;
  });
  return packed;
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

/** Whether two lists of packed spans cover the same offsets in the same layers. */
function sameSpans(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** The element holding the first of these packed spans of `model`. */
function holderOfSpans(model: TextModel, spans: readonly number[]): Element {
  return holderOfSpan(model, spans[1]!, spans[2]!);
}

/**
 * Whether the highlights' style sheet is in the document already: the browser
 * inserts it before the page is parsed (the manifest's content script `css`),
 * and adopting it again once the page is laid out would restyle every element.
 * A page does not see that sheet in `document.styleSheets`, so its rule is
 * read from the computed style of a layer's highlight, against a highlight no
 * rule names (an engine that ignores the pseudo-element answers both alike).
 */
function highlightStylesInPlace(document: Document): boolean {
  const view = document.defaultView;
  if (!view) return false;
  const styleOf = (name: string): string => view.getComputedStyle(document.documentElement, `::highlight(${name})`).backgroundColor;
  return styleOf(highlightName('indicator')) !== styleOf(`${highlightName('indicator')}-unstyled`);
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
  if (!highlightStylesInPlace(document)) adoptDocumentStylesOnce(document, highlightCss());
  const highlights = new Map<Layer, Highlight>();
  for (const [priority, layer] of LAYERS.entries()) {
    const highlight = new api.Highlight();
    highlight.priority = priority;
    api.registry.set(highlightName(layer), highlight);
    highlights.set(layer, highlight);
  }
  /** An item's ranges in the page as it is now, each in the highlight of its layer. */
  const partsOf = ({ model, spans }: Drawn): HighlightPart[] => {
    const parts: HighlightPart[] = [];
    for (let i = 0; i < spans.length; i += 3) {
      parts.push({ highlight: highlights.get(LAYERS[spans[i]!]!)!, range: model.toRange(spans[i + 1]!, spans[i + 2]!) });
    }
    return parts;
  };
  /** The items handed over, by id, with their ranges while near the viewport. */
  const viewport = new ViewportWindow<Drawn>(watch, partsOf, clock);
  /** The items of the next batch, by id, each with the element holding it, found when it is painted (a slice at a time, rather than all in the batch). */
  const toAdd = new Map<string, Drawn>();
  /** Items to take out in the next batch. */
  const toRemove = new Set<string>();

  const batches = new DrawBatches(() => {
    // An item drawn anew takes the place of the one drawn before (see `ViewportWindow.add`).
    for (const id of toRemove) if (!toAdd.has(id)) viewport.remove(id);
    toRemove.clear();
    for (const [id, item] of toAdd) viewport.add(id, item);
    toAdd.clear();
    return viewport.rangesRegistered;
  }, clock);

  /** The item with this id as it will be after the next batch, if it will be drawn. */
  const current = (id: string): Drawn | undefined => toAdd.get(id) ?? (toRemove.has(id) ? undefined : viewport.get(id));

  const erase = (id: string): void => {
    toAdd.delete(id);
    if (!viewport.get(id) || toRemove.has(id)) return;
    toRemove.add(id);
    batches.request();
  };

  /** Draws an item anew at its next batch; an item with no span is only taken off. */
  const drawAnew = (id: string, model: TextModel, spans: readonly number[]): void => {
    erase(id);
    if (spans.length === 0) return;
    toAdd.set(id, { model, spans, holder: holderOfSpans(model, spans) });
    batches.request();
  };

  /**
   * Takes an item whose spans are the same in a new text model (the page
   * changed elsewhere): the ranges it has now stay where they are the ones the
   * new model gives; it is drawn anew where they are not, or where its
   * paragraph is another element (one inside the element holding it is the
   * same: an element without a box hands its items to its parent).
   */
  const follow = (id: string, drawn: Drawn, model: TextModel): void => {
    const holder = holderOfSpans(model, drawn.spans);
    if (toAdd.has(id)) {
      Object.assign(drawn, { model, holder });
      return;
    }
    const ranges = viewport.rangesOf(drawn);
    const moved = { ...drawn, model };
    if (!drawn.holder.contains(holder) || (ranges && !sameParts(ranges, partsOf(moved)))) drawAnew(id, model, drawn.spans);
    else drawn.model = model;
  };

  const paint = (model: TextModel, drawings: readonly ItemDrawing[]): void => {
    for (const { id, spans } of drawings) {
      const packed = packSpans(spans);
      const drawn = current(id);
      if (!drawn || !sameSpans(drawn.spans, packed)) drawAnew(id, model, packed);
      else if (drawn.model !== model) follow(id, drawn, model);
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
