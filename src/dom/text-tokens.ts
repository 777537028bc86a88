/**
 * The page text as a sequence of tokens: the text nodes read and the line
 * boundaries between them, in document order. Each token depends only on its
 * own node and the node's ancestors, so a changed subtree's tokens can be read
 * again by themselves and put in place of its old ones; the text itself comes
 * from folding the whole sequence ({@link foldTokens}).
 */
import { isBlockElement, isLineBreak, isPreformatted, isSkippedElement } from './element-kinds';
import type { TextSegment } from './text-model';

/** A text node read, with its characters as they lay out. */
export interface TextToken {
  /** Always `text`. */
  readonly kind: 'text';
  /** The text node. */
  readonly node: Text;
  /** Its data, tabs and line ends laid out as spaces (outside `<pre>`: every line end; inside: none), one for one. */
  readonly data: string;
  /** True inside `<pre>`, where white space is kept. */
  readonly pre: boolean;
  /** True when the node holds layout white space only (indentation between tags). */
  readonly blank: boolean;
}

/** A line boundary: the start or the end of a block element, or a `<br>`. */
export interface BreakToken {
  /** Always `break`. */
  readonly kind: 'break';
  /** The block element or the `<br>`. */
  readonly node: Element;
  /** Whether the boundary is where the element starts (a `<br>` too) or where it ends. */
  readonly edge: 'start' | 'end';
}

/** One step of the page text. */
export type Token = TextToken | BreakToken;

/** Matches characters that lay out as a space outside preformatted text; replaced one for one, so offsets stay node offsets. */
const COLLAPSIBLE_WHITESPACE = /[\t\n\r\f]/g;
/** Matches characters that lay out as a space inside preformatted text, where line ends stay. */
const PREFORMATTED_WHITESPACE = /[\t\r\f]/g;
/** Matches text nodes made of layout whitespace only. */
const WHITESPACE_ONLY = /^[ \t\n\r\f]*$/;

/** The token of a text node read at a place inside (`pre`) or outside `<pre>`. */
export function textToken(node: Text, pre: boolean): TextToken {
  const raw = node.data;
  return {
    kind: 'text',
    node,
    data: raw.replace(pre ? PREFORMATTED_WHITESPACE : COLLAPSIBLE_WHITESPACE, ' '),
    pre,
    blank: WHITESPACE_ONLY.test(raw),
  };
}

/**
 * Reads the tokens of `root`'s subtree (itself included) into `into`, one
 * generator step per node visited, so that a caller may pause between
 * steps. `preDepth` counts the `<pre>` elements around `root`. Returns false
 * when the walk lost its place: the node it stood on left the subtree while
 * it was paused, and the tokens read are not to be trusted.
 */
export function* readTokens(
  root: Node,
  isHidden: (element: Element) => boolean,
  into: Token[],
  preDepth = 0,
): Generator<void, boolean, undefined> {
  /** Starts reading an element; false when its subtree is left out. */
  const enter = (element: Element): boolean => {
    if (isLineBreak(element)) {
      into.push({ kind: 'break', node: element, edge: 'start' });
      return false;
    }
    if (isSkippedElement(element) || isHidden(element)) return false;
    if (isBlockElement(element)) into.push({ kind: 'break', node: element, edge: 'start' });
    if (isPreformatted(element)) preDepth++;
    return true;
  };
  const leave = (element: Element): void => {
    if (isBlockElement(element)) into.push({ kind: 'break', node: element, edge: 'end' });
    if (isPreformatted(element)) preDepth--;
  };

  let node: Node = root;
  walk: for (;;) {
    yield;
    let entered = false;
    if (node.nodeType === node.ELEMENT_NODE) entered = enter(node as Element);
    else if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE) into.push(textToken(node as Text, preDepth > 0));
    else entered = node.nodeType === node.DOCUMENT_NODE || node.nodeType === node.DOCUMENT_FRAGMENT_NODE;

    if (entered && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (entered && node.nodeType === node.ELEMENT_NODE) leave(node as Element);
    // Climb until there is a next sibling, leaving each element on the way.
    for (;;) {
      if (node === root) break walk;
      if (node.nextSibling) {
        node = node.nextSibling;
        continue walk;
      }
      const parent = node.parentNode;
      // Detached from the subtree while paused: the walk cannot know where to go on.
      if (parent === null) return false;
      node = parent;
      if (node.nodeType === node.ELEMENT_NODE) leave(node as Element);
    }
  }
  return true;
}

/** The text of a token sequence. */
export interface FoldedText {
  /** The text: a "\n" at line boundaries, never at the start or end, never two from boundaries in a row. */
  readonly text: string;
  /** The text nodes written, in order, with their offsets. */
  readonly segments: TextSegment[];
  /** For each token, the length of the text written before it: where its own output (line end included) begins. */
  readonly offsets: number[];
}

/** Tokens folded between two steps of {@link foldTokens}: pure work on strings, a few microseconds. */
const TOKENS_PER_STEP = 512;

/**
 * Folds tokens into the page text, a step per {@link TOKENS_PER_STEP}
 * tokens. A line end is owed at a boundary and written only before the next
 * text, so there is never one at the start, at the end, or twice in a row;
 * white-space-only nodes are dropped where a line starts. Reads nothing of
 * the DOM: the page may change between steps.
 */
export function* foldTokens(tokens: readonly Token[]): Generator<void, FoldedText, undefined> {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const offsets: number[] = [];
  let length = 0;
  let lastChar = '';
  let lineEndOwed = false;
  for (const token of tokens) {
    if (offsets.length % TOKENS_PER_STEP === 0) yield;
    offsets.push(length);
    if (token.kind === 'break') {
      lineEndOwed = true;
      continue;
    }
    const { data } = token;
    if (data.length === 0) continue;
    if ((lineEndOwed || length === 0) && !token.pre && token.blank) continue;
    if (lineEndOwed && length > 0 && lastChar !== '\n') {
      parts.push('\n');
      length++;
    }
    lineEndOwed = false;
    segments.push({ node: token.node, start: length });
    parts.push(data);
    length += data.length;
    lastChar = data[data.length - 1]!;
  }
  return { text: parts.join(''), segments, offsets };
}
