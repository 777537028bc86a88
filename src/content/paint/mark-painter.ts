/**
 * Draws items where the CSS Custom Highlight API is missing: the marked text
 * is wrapped in inline `<policy-lens-mark>` elements. The page text stays the
 * same, character for character, but its text nodes are split.
 */
import { lastIndexAtOrBefore } from '../../dom/binary-search';
import type { TextModel, TextSegment } from '../../dom/text-model';
import { adoptDocumentStylesOnce } from './adopt-styles';
import { type ItemDrawing, type Layer, MARK_FLASH_ATTRIBUTE, MARK_LAYERS_ATTRIBUTE, MARK_TAG, markCss } from './layers';
import type { Painter } from './painter';

/** Part of one text node marked in one layer. */
interface NodeMark {
  /** Offset in the node's data of the first marked character. */
  start: number;
  /** Offset just past the last marked character. */
  end: number;
  /** The layer it is marked in. */
  layer: Layer;
}

const startOf = (segment: TextSegment): number => segment.start;

/** A painter that wraps marked text in elements. */
export function createMarkPainter(document: Document): Painter {
  adoptDocumentStylesOnce(document, markCss());

  /** Wraps `node.data.slice(start, end)` in a mark of these layers; the node keeps the text before `start`. */
  const wrap = (node: Text, start: number, end: number, layers: readonly Layer[]): void => {
    if (end < node.length) node.splitText(end);
    const marked = start > 0 ? node.splitText(start) : node;
    const mark = document.createElement(MARK_TAG);
    mark.setAttribute(MARK_LAYERS_ATTRIBUTE, layers.join(' '));
    marked.parentNode!.insertBefore(mark, marked);
    mark.append(marked);
  };

  /**
   * Marks one node: its text is cut at every mark boundary, and each piece
   * covered by some mark is wrapped once, with all its layers. Pieces are
   * wrapped from the last to the first, so the offsets of the earlier ones
   * still hold in the shrinking node.
   */
  const markNode = (node: Text, marks: readonly NodeMark[]): void => {
    const cuts = [...new Set(marks.flatMap((mark) => [mark.start, mark.end]))].sort((a, b) => b - a);
    for (let i = 1; i < cuts.length; i++) {
      const [end, start] = [cuts[i - 1]!, cuts[i]!];
      const layers = marks.filter((mark) => mark.start <= start && mark.end >= end).map((mark) => mark.layer);
      if (layers.length > 0) wrap(node, start, end, layers);
    }
  };

  return {
    splitsTextNodes: true,
    paint(model: TextModel, drawings: readonly ItemDrawing[]): void {
      // Gather every node's marks before changing anything: the model's segments point at the nodes as they are now.
      const byNode = new Map<Text, NodeMark[]>();
      for (const { layer, start, end } of drawings.flatMap((drawing) => drawing.spans)) {
        for (let i = Math.max(lastIndexAtOrBefore(model.segments, start, startOf), 0); i < model.segments.length; i++) {
          const { node, start: nodeStart } = model.segments[i]!;
          if (nodeStart >= end) break;
          const mark = { start: Math.max(start - nodeStart, 0), end: Math.min(end - nodeStart, node.length), layer };
          if (mark.start >= mark.end) continue;
          const marks = byNode.get(node);
          if (marks) marks.push(mark);
          else byNode.set(node, [mark]);
        }
      }
      for (const [node, marks] of byNode) markNode(node, marks);
    },
    // Marks are in the page's DOM: they move with their text.
    moved(): void {},
    // Marks stay until their text leaves the page: unwrapping would split and merge the page's nodes once more.
    erase(): void {},
    flash(range: Range, durationMs: number): void {
      const marks = [...document.querySelectorAll(MARK_TAG)].filter((mark) => range.intersectsNode(mark));
      for (const mark of marks) mark.setAttribute(MARK_FLASH_ATTRIBUTE, '');
      setTimeout(() => marks.forEach((mark) => mark.removeAttribute(MARK_FLASH_ATTRIBUTE)), durationMs);
    },
    // Marks are wrapped at once: the scanner builds its model again right after, from the split nodes.
    waiting: false,
    drawn: () => Promise.resolve(),
    pageChanged(): void {},
  };
}
