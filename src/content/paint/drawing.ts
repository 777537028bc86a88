/** What to draw for a page item. */
import type { PageItem } from '../../shared/messages';
import type { ItemDrawing, LayerSpan } from './layers';

/**
 * An indicator is drawn over its span. A commitment is drawn over its
 * sentence, and the values of its indicators (what it sets out to reach) on
 * top, so they stand out inside it.
 */
export function drawingOf(item: PageItem): ItemDrawing {
  const spans: LayerSpan[] = [{ layer: item.kind, start: item.start, end: item.end }];
  if (item.kind === 'commitment') {
    for (const indicator of item.indicators) {
      spans.push({ layer: 'target', start: indicator.valueStart, end: indicator.valueEnd });
    }
  }
  return { id: item.id, spans };
}
