/** What to draw for a page item. */
import type { Item } from '../../extractor/types';
import type { ItemDrawing, LayerSpan } from './layers';

/**
 * An indicator is drawn over its span. A commitment is drawn over its
 * sentence, and the values of its indicators (what it sets out to reach) on
 * top, so they stand out inside it. The drawing goes by the page item's `id`.
 */
export function drawingOf(item: Item, id: string): ItemDrawing {
  const spans: LayerSpan[] = [{ layer: item.kind, start: item.start, end: item.end }];
  if (item.kind === 'commitment') {
    for (const indicator of item.indicators) {
      spans.push({ layer: 'target', start: indicator.valueStart, end: indicator.valueEnd });
    }
  }
  return { id, spans };
}
