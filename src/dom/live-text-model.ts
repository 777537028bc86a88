/**
 * The page text model kept up to date as the page changes: the subtrees the
 * page added or changed are read again and put in place of what they were,
 * the nodes it removed are dropped, and the rest of the page is not read
 * again. The text is always the one {@link buildTextModel} would read from
 * the page as it is now.
 *
 * Reading is a generator, one step per node, so that the caller can give the
 * page its turn between steps; the page may change meanwhile, and those
 * changes are brought in by the next update.
 */
import { isHiddenByMarkup, isLineBreak, isPreformatted, isSkippedElement } from './element-kinds';
import { textModelOf, type TextModel, type TextModelOptions, type TextSegment } from './text-model';
import { foldTokens, readTokens, type Token } from './text-tokens';

/** What the page changed since the model was last brought up to date, as its mutation records tell. */
export interface DomChange {
  /** Nodes added, and text nodes whose data changed: their subtrees are read again. */
  readonly touched: Iterable<Node>;
  /** Nodes taken out of their parent (some may have been put back elsewhere, and are touched there). */
  readonly removed: Iterable<Node>;
}

/** A span of the model's text: `text.slice(start, end)`. */
export interface TextSpan {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
}

/** How an update changed the model's text. */
export interface TextChange {
  /** The model before the update (it stays valid for the offsets of the text it holds). */
  readonly previous: TextModel;
  /** Offset in the previous text before which nothing changed: its length when nothing changed at all. */
  readonly unchangedBefore: number;
  /** Spans of the new text read from nodes that are new or whose text changed, in text order; white-space-only nodes left out. */
  readonly fresh: readonly TextSpan[];
}

/** A subtree read again, and the tokens read from it. */
interface SubtreeRead {
  /** The subtree's root. */
  readonly root: Node;
  /** Its tokens now. */
  readonly tokens: Token[];
}

/** The page text of a subtree, brought up to date change by change. */
export class LiveTextModel {
  private tokens: Token[] = [];
  /** For each token, where its output begins in the current text. */
  private offsets: number[] = [];
  private current: TextModel;
  private readonly isHidden: (element: Element) => boolean;

  /** A model of `root` holding no text until {@link rebuild} or {@link update} runs. */
  constructor(
    private readonly root: Node,
    options: TextModelOptions = {},
  ) {
    this.isHidden = options.isHidden ?? isHiddenByMarkup;
    this.current = textModelOf(root, '', []);
  }

  /** The model as of the last rebuild or update. */
  get model(): TextModel {
    return this.current;
  }

  /** Reads the whole subtree afresh, one step per node; starts again when the page took away the node being read. */
  *rebuild(): Generator<void, void, undefined> {
    for (;;) {
      const tokens: Token[] = [];
      if (yield* readTokens(this.root, this.isHidden, tokens)) {
        yield* this.refold(tokens);
        return;
      }
    }
  }

  /** Brings the model up to date with `change`, one step per node read; returns how the text changed. */
  *update(change: DomChange): Generator<void, TextChange, undefined> {
    const previous = this.current;
    const contexts = new Map<Node, number | null>();
    const reads: SubtreeRead[] = [];
    for (const root of this.outermost(change.touched)) {
      const tokens: Token[] = [];
      const preDepth = root === this.root ? 0 : this.preDepthInside(root.parentNode, contexts);
      if (preDepth !== null && !(yield* readTokens(root, this.isHidden, tokens, preDepth))) return yield* this.rebuildAfter(previous);
      reads.push({ root, tokens });
    }
    // Nothing from here to the fold gives the page a turn: the DOM stays as it is until the tokens are updated.
    const current = reads.filter(({ root }) => this.holds(root));
    const gone = nodesOf(change.removed);
    const isFloating = (token: Token): boolean => gone.has(token.node) || !token.node.isConnected;
    const runs = this.runsOf(current, gone.size > 0 ? isFloating : undefined);
    if (runs === null) return yield* this.rebuildAfter(previous);

    const old = this.tokens;
    const next: Token[] = [];
    const oldData = new Map<Node, string>();
    let firstChanged = old.length + 1;
    const drop = (token: Token, index: number): void => {
      firstChanged = Math.min(firstChanged, index);
      if (token.kind === 'text') oldData.set(token.node, token.data);
    };
    const keep = (token: Token, index: number): void => {
      if (gone.size > 0 && isFloating(token)) drop(token, index);
      else next.push(token);
    };
    let index = 0;
    for (const run of runs) {
      for (; index < run.start; index++) keep(old[index]!, index);
      if (run.end > run.start || run.tokens.length > 0) firstChanged = Math.min(firstChanged, index);
      for (; index < run.end; index++) drop(old[index]!, index);
      for (const token of run.tokens) next.push(token);
    }
    for (; index < old.length; index++) keep(old[index]!, index);
    if (firstChanged > old.length) return { previous, unchangedBefore: previous.text.length, fresh: [] };

    const unchangedBefore = firstChanged < old.length ? this.offsets[firstChanged]! : previous.text.length;
    const freshNodes = new Set<Node>();
    for (const { tokens } of runs) {
      for (const token of tokens) {
        if (token.kind === 'text' && oldData.get(token.node) !== token.data && token.data.trim() !== '') freshNodes.add(token.node);
      }
    }
    const segments = yield* this.refold(next);
    return { previous, unchangedBefore, fresh: spansOf(segments, freshNodes) };
  }

  /** Reads the whole subtree again after an update could not be made in place, and tells what is new against `previous`. */
  private *rebuildAfter(previous: TextModel): Generator<void, TextChange, undefined> {
    const oldData = new Map<Node, string>();
    for (const token of this.tokens) if (token.kind === 'text') oldData.set(token.node, token.data);
    yield* this.rebuild();
    const freshNodes = new Set<Node>();
    for (const token of this.tokens) {
      if (token.kind === 'text' && oldData.get(token.node) !== token.data && token.data.trim() !== '') freshNodes.add(token.node);
    }
    return { previous, unchangedBefore: 0, fresh: spansOf(this.current.segments, freshNodes) };
  }

  /** Takes `tokens` as the page's and folds them into the current model, a step at a time; returns its segments. */
  private *refold(tokens: Token[]): Generator<void, readonly TextSegment[], undefined> {
    const { text, segments, offsets } = yield* foldTokens(tokens);
    this.tokens = tokens;
    this.offsets = offsets;
    this.current = textModelOf(this.root, text, segments);
    return segments;
  }

  /** True when `node` is in the page under the model's root. */
  private holds(node: Node): boolean {
    return node.isConnected && (node === this.root || this.root.contains(node));
  }

  /** The nodes of `touched` in the subtree, leaving out those inside another, in document order. */
  private outermost(touched: Iterable<Node>): Node[] {
    const inside = new Set<Node>();
    for (const node of touched) if (this.holds(node)) inside.add(node);
    const outer: Node[] = [];
    for (const node of inside) {
      let ancestor = node === this.root ? null : node.parentNode;
      while (ancestor !== null && !inside.has(ancestor) && ancestor !== this.root) ancestor = ancestor.parentNode;
      if (ancestor === null || !inside.has(ancestor)) outer.push(node);
    }
    return outer.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & a.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  /**
   * The number of `<pre>` elements from the root down to `node` when the
   * children of `node` are read, or null when they are left out (hidden,
   * skipped, or a `<br>`'s). Remembered in `memo` for the other subtrees of
   * the same update.
   */
  private preDepthInside(node: Node | null, memo: Map<Node, number | null>): number | null {
    if (node === null) return null;
    const known = memo.get(node);
    if (known !== undefined) return known;
    const around = node === this.root ? 0 : this.preDepthInside(node.parentNode, memo);
    let depth: number | null = around;
    if (around !== null && node.nodeType === node.ELEMENT_NODE) {
      const element = node as Element;
      const read = !isLineBreak(element) && !isSkippedElement(element) && !this.isHidden(element);
      depth = read ? around + (isPreformatted(element) ? 1 : 0) : null;
    }
    memo.set(node, depth);
    return depth;
  }

  /**
   * Where each subtree's old tokens are in the token list: from its first
   * token that is not before it to its first token after it, tokens of nodes
   * that left their place (`isFloating`) not counted. Null when the runs do
   * not follow one another in order, which only a token list out of step with
   * the page gives.
   */
  private runsOf(reads: readonly SubtreeRead[], isFloating?: (token: Token) => boolean): (SubtreeRead & { start: number; end: number })[] | null {
    const old = this.tokens;
    // The indexes of the tokens still in place, when some are not.
    let placed: number[] | undefined;
    if (isFloating) placed = old.flatMap((token, index) => (isFloating(token) ? [] : [index]));
    const count = placed?.length ?? old.length;
    const at = (position: number): number => (position >= count ? old.length : (placed?.[position] ?? position));
    const runs: (SubtreeRead & { start: number; end: number })[] = [];
    let lastEnd = 0;
    for (const read of reads) {
      // A subtree after every token (a paragraph appended to the page) is told by its last token alone: each comparison of
      // two nodes walks the children of their common parent, a thousand paragraphs of a body that keeps growing.
      const appended = count === 0 || placeOf(old[at(count - 1)]!, read.root) === 'before';
      const start = appended ? old.length : at(firstPosition(count, (position) => placeOf(old[at(position)]!, read.root) !== 'before'));
      const end = appended ? old.length : at(firstPosition(count, (position) => placeOf(old[at(position)]!, read.root) === 'after'));
      if (start < lastEnd || end < start) return null;
      runs.push({ ...read, start, end });
      lastEnd = end;
    }
    return runs;
  }
}

/** The first position in `0..length` where `isPast` holds, `isPast` being false then true along the positions. */
function firstPosition(length: number, isPast: (position: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isPast(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Where a token stands against the subtree of `root`: the boundaries of an element around it stand before and after it. */
function placeOf(token: Token, root: Node): 'before' | 'inside' | 'after' {
  const node = token.node;
  if (node === root || root.contains(node)) return 'inside';
  if (node.contains(root)) return token.kind === 'break' && token.edge === 'start' ? 'before' : 'after';
  return root.compareDocumentPosition(node) & root.DOCUMENT_POSITION_PRECEDING ? 'before' : 'after';
}

/** Every node of the subtrees of `roots`. */
function nodesOf(roots: Iterable<Node>): Set<Node> {
  const nodes = new Set<Node>();
  for (const root of roots) {
    for (let node: Node | null = root; node !== null; node = nextInSubtree(node, root)) nodes.add(node);
  }
  return nodes;
}

/** The node after `node` in document order inside `root`'s subtree, or null at its end. */
function nextInSubtree(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let at: Node | null = node; at !== null && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

/** The spans of the segments of `nodes`, in text order. */
function spansOf(segments: readonly TextSegment[], nodes: ReadonlySet<Node>): TextSpan[] {
  if (nodes.size === 0) return [];
  return segments.filter((segment) => nodes.has(segment.node)).map(({ node, start }) => ({ start, end: start + node.length }));
}
