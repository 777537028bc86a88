/**
 * Draws items with the CSS Custom Highlight API: ranges registered in
 * `CSS.highlights` and styled by `::highlight()` rules. The page's DOM is left
 * exactly as it was, so page scripts and layout cannot tell.
 *
 * The ranges of an item are made when it is painted, in the page as it is
 * then, and go to the highlights in batches (see `draw-batches.ts`): any
 * change of a highlight makes the browser rebuild its drawing of them all at
 * the next frame, so many small changes would cost many such frames. Of the
 * items handed over, only those near the viewport have their ranges in the
 * highlights (see `near-viewport.ts`).
 */
import type { TextModel } from '../../dom/text-model';
import { type Layer, highlightCss, highlightName, LAYERS, type ItemDrawing } from './layers';
import { adoptDocumentStylesOnce } from './adopt-styles';
import { type BatchClock, DrawBatches, globalClock } from './draw-batches';
import { everythingNear, holderOf, intersectionWatcher, ViewportWindow, type WatchNearness } from './near-viewport';
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

/** One range of an item in the highlight of its layer. */
interface Part {
  /** The highlight of the layer. */
  highlight: Highlight;
  /** The range. */
  range: Range;
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
function sameParts(a: readonly Part[], b: readonly Part[]): boolean {
  return a.length === b.length && a.every((part, i) => part.highlight === b[i]!.highlight && sameRange(part.range, b[i]!.range));
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
  /** The items handed over, their parts in the highlights while near the viewport. */
  const viewport = new ViewportWindow(watch);
  /** The parts handed over, by item id. */
  const drawn = new Map<string, Part[]>();
  /** The parts of the next batch and the element holding them, by item id (found when painted, a slice at a time, rather than all in the batch). */
  const toAdd = new Map<string, { parts: Part[]; holder: Element | undefined }>();
  /** Items to take out in the next batch. */
  let toRemove: string[] = [];

  const batches = new DrawBatches(() => {
    for (const id of toRemove) viewport.remove(id);
    toRemove = [];
    for (const [id, { parts, holder }] of toAdd) {
      if (holder) viewport.add(id, parts, holder);
      drawn.set(id, parts);
    }
    toAdd.clear();
    return viewport.rangesRegistered;
  }, clock);

  const erase = (id: string): void => {
    toAdd.delete(id);
    if (!drawn.has(id)) return;
    toRemove.push(id);
    drawn.delete(id);
    batches.request();
  };

  return {
    splitsTextNodes: false,
    paint(model: TextModel, drawings: readonly ItemDrawing[]): void {
      for (const { id, spans } of drawings) {
        const parts = spans.map(({ layer, start, end }) => ({ highlight: highlights.get(layer)!, range: model.toRange(start, end) }));
        const current = toAdd.get(id)?.parts ?? drawn.get(id);
        if (current && sameParts(current, parts)) continue;
        erase(id);
        toAdd.set(id, { parts, holder: parts[0] && holderOf(parts[0].range) });
        batches.request();
      }
    },
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
