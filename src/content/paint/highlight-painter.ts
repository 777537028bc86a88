/**
 * Draws items with the CSS Custom Highlight API: ranges registered in
 * `CSS.highlights` and styled by `::highlight()` rules. The page's DOM is left
 * exactly as it was, so page scripts and layout cannot tell.
 */
import type { TextModel } from '../../dom/text-model';
import { type Layer, highlightCss, highlightName, LAYERS, type ItemDrawing } from './layers';
import { adoptDocumentStylesOnce } from './adopt-styles';
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

/** A painter that registers one highlight per layer and adds each item's ranges to them. */
export function createHighlightPainter(document: Document, api: HighlightApi): Painter {
  adoptDocumentStylesOnce(document, highlightCss());
  const highlights = new Map<Layer, Highlight>();
  for (const [priority, layer] of LAYERS.entries()) {
    const highlight = new api.Highlight();
    highlight.priority = priority;
    api.registry.set(highlightName(layer), highlight);
    highlights.set(layer, highlight);
  }
  const drawn = new Map<string, { highlight: Highlight; range: Range }[]>();

  return {
    splitsTextNodes: false,
    paint(model: TextModel, drawings: readonly ItemDrawing[]): void {
      for (const { id, spans } of drawings) {
        const parts = spans.map(({ layer, start, end }) => ({ highlight: highlights.get(layer)!, range: model.toRange(start, end) }));
        for (const { highlight, range } of parts) highlight.add(range);
        // Kept as made: an array built by spreading gets spare room, and one is kept for every item drawn.
        const earlier = drawn.get(id);
        drawn.set(id, earlier ? earlier.concat(parts) : parts);
      }
    },
    erase(ids: readonly string[]): void {
      for (const id of ids) {
        for (const { highlight, range } of drawn.get(id) ?? []) highlight.delete(range);
        drawn.delete(id);
      }
    },
    flash(range: Range, durationMs: number): void {
      const flash = highlights.get('flash')!;
      flash.add(range);
      setTimeout(() => flash.delete(range), durationMs);
    },
  };
}
