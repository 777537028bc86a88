/** What a batch of DOM mutations changed in the page, and the lines of the page text around new text. */
import type { DomChange, TextSpan } from '../dom/live-text-model';
import { UI_HOST_ATTRIBUTE } from '../dom/element-kinds';

/** True for nodes inside Policy Lens's own UI, whose changes are none of the scan's business. */
function isInOurUi(node: Node): boolean {
  const element = node.nodeType === node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest(`[${UI_HOST_ATTRIBUTE}]`) != null;
}

/** What a batch of mutations did to the page, our own UI aside. */
export interface PageChange {
  /** True when the page's own nodes or text changed at all (removals included). */
  changed: boolean;
  /** Nodes added and text nodes whose data changed: the text model reads their subtrees again. */
  touched: Node[];
  /** Nodes taken out of their parent. */
  removed: Node[];
}

/** True for a mutation of the page's own content: not inside our UI, and not merely the insertion of our UI's host. */
function isPageMutation(record: MutationRecord): boolean {
  if (isInOurUi(record.target)) return false;
  if (record.type === 'characterData') return true;
  return [...record.addedNodes, ...record.removedNodes].some((node) => !isInOurUi(node));
}

/** Sorts out a batch of mutation records. */
export function pageChangeOf(records: readonly MutationRecord[]): PageChange {
  const change: PageChange = { changed: false, touched: [], removed: [] };
  for (const record of records) {
    if (!isPageMutation(record)) continue;
    change.changed = true;
    if (record.type === 'characterData') change.touched.push(record.target);
    for (const added of record.addedNodes) if (!isInOurUi(added)) change.touched.push(added);
    change.removed.push(...record.removedNodes);
  }
  return change;
}

/** A page change gathered from several batches, until the scanner reads it. */
export class PendingChange implements DomChange {
  /** Nodes added or whose text changed. */
  readonly touched = new Set<Node>();
  /** Nodes taken out of their parent. */
  readonly removed = new Set<Node>();

  /** Adds a batch's change. */
  add(change: PageChange): void {
    for (const node of change.touched) this.touched.add(node);
    for (const node of change.removed) this.removed.add(node);
  }
}

/**
 * The lines of `text` (spans between line ends, without them) that hold
 * something other than spaces and share a character with one of `spans`
 * (in text order): the lines to read again for new text.
 */
export function linesAround(text: string, spans: readonly TextSpan[]): TextSpan[] {
  const lines: TextSpan[] = [];
  let readUpTo = 0;
  for (const span of spans) {
    let start = Math.max(readUpTo, span.start === 0 ? 0 : text.lastIndexOf('\n', span.start - 1) + 1);
    while (start < span.end) {
      const newline = text.indexOf('\n', start);
      const end = newline === -1 ? text.length : newline;
      if (end > span.start && text.slice(start, end).trim() !== '') lines.push({ start, end });
      start = end + 1;
    }
    readUpTo = Math.max(readUpTo, start);
  }
  return lines;
}
