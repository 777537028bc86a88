/**
 * The page text model: the text of a DOM subtree as one string, in reading
 * order, with a line end at every block boundary, and the way back from
 * offsets in that string to DOM ranges. The extractor reads the string; its
 * offsets become ranges to highlight through the model.
 *
 * Uses only standard DOM, so it works the same in the browser and on a jsdom
 * document in Node.
 */
import { lastIndexAtOrBefore } from './binary-search';
import { isHiddenByMarkup } from './element-kinds';
import { runAtOnce } from '../extractor/steps';
import { foldTokens, readTokens, type Token } from './text-tokens';

/** How to read a subtree. */
export interface TextModelOptions {
  /** True for elements that are not displayed; their whole subtree is left out. Default: {@link isHiddenByMarkup}. */
  isHidden?: (element: Element) => boolean;
}

/** A text node's place in the model's text: its characters are `text.slice(start, start + node.length)`. */
export interface TextSegment {
  /** The text node. */
  readonly node: Text;
  /** Offset of the node's first character in the model's text. */
  readonly start: number;
}

/** A position inside a text node. */
export interface TextPoint {
  /** The text node. */
  node: Text;
  /** Offset in the node's data. */
  offset: number;
}

/** The text of a subtree and the mapping between its offsets and the DOM. */
export interface TextModel {
  /** Text of the subtree's text nodes in reading order, a "\n" between blocks; never two "\n" in a row from block boundaries. */
  readonly text: string;
  /** The text nodes read, in document order, with their offsets in `text`. */
  readonly segments: readonly TextSegment[];
  /** A DOM range covering `text.slice(start, end)`; throws a RangeError for offsets outside the text. */
  toRange(start: number, end: number): Range;
  /** The offset in `text` of a DOM boundary point (as in a Range or a caret position); null when it is outside the subtree. */
  offsetAt(node: Node, offset: number): number | null;
  /** The text node position of an offset, or null when no text node holds it (an inserted line end, or the end of the text). */
  pointAt(offset: number): TextPoint | null;
}

/** Reads the text of `root` (an element, a document or a text node) into a {@link TextModel}. */
export function buildTextModel(root: Node, options: TextModelOptions = {}): TextModel {
  const tokens: Token[] = [];
  runAtOnce(readTokens(root, options.isHidden ?? isHiddenByMarkup, tokens));
  const { text, segments } = runAtOnce(foldTokens(tokens));
  return textModelOf(root, text, segments);
}

/** The model of `text`, read from `root`, whose text nodes are at `segments`. */
export function textModelOf(root: Node, text: string, segments: readonly TextSegment[]): TextModel {
  const startOf = (segment: TextSegment): number => segment.start;
  // Built at the first question about a text node: a model that is replaced before anyone asks never builds it.
  let nodeIndex: Map<Node, number> | undefined;
  const document = root.ownerDocument ?? (root as Document);

  function segmentEnd(index: number): number {
    const segment = segments[index]!;
    return segment.start + segment.node.length;
  }

  function toRange(start: number, end: number): Range {
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
      throw new RangeError(`No span [${start}, ${end}) in a page text of ${text.length} characters`);
    }
    const range = document.createRange();
    if (segments.length === 0) {
      range.setStart(root, 0);
      return range;
    }
    // The start is in the segment at or before it, or else (in an inserted line end) at the next segment's start.
    let first = lastIndexAtOrBefore(segments, start, startOf);
    if (first === -1 || start >= segmentEnd(first)) first = Math.min(first + 1, segments.length - 1);
    const firstSegment = segments[first]!;
    range.setStart(firstSegment.node, Math.min(Math.max(start - firstSegment.start, 0), firstSegment.node.length));
    // The end is in the last segment that starts before it.
    const last = lastIndexAtOrBefore(segments, end - 1, startOf);
    if (end > start && last >= first) {
      const lastSegment = segments[last]!;
      range.setEnd(lastSegment.node, Math.min(end - lastSegment.start, lastSegment.node.length));
    }
    return range;
  }

  function offsetAt(node: Node, offset: number): number | null {
    nodeIndex ??= new Map(segments.map((segment, index) => [segment.node, index]));
    const index = nodeIndex.get(node);
    if (index !== undefined) return segments[index]!.start + Math.min(Math.max(offset, 0), (node as Text).length);
    if (node !== root && !root.contains(node)) return null;
    // A point between nodes, or in a text node left out: the start of the first segment after it.
    const point = document.createRange();
    point.setStart(node, offset);
    let low = 0;
    let high = segments.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (point.comparePoint(segments[middle]!.node, 0) < 0) low = middle + 1;
      else high = middle;
    }
    return low < segments.length ? segments[low]!.start : text.length;
  }

  function pointAt(offset: number): TextPoint | null {
    const index = lastIndexAtOrBefore(segments, offset, startOf);
    if (index === -1 || offset >= segmentEnd(index)) return null;
    const segment = segments[index]!;
    return { node: segment.node, offset: offset - segment.start };
  }

  return { text, segments, toRange, offsetAt, pointAt };
}

/**
 * The text model of a whole page: its body (or, for a document without one,
 * everything). The content script and the command line both read pages
 * through this, so their offsets agree.
 */
export function buildPageModel(document: Document, options?: TextModelOptions): TextModel {
  return buildTextModel(document.body ?? document, options);
}
