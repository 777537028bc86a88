/** The text a batch of DOM mutations brought into the page. */
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
  /** Text nodes added or rewritten, still in the page and holding more than white space. */
  newText: Set<Text>;
}

/** True for a mutation of the page's own content: not inside our UI, and not merely the insertion of our UI's host. */
function isPageMutation(record: MutationRecord): boolean {
  if (isInOurUi(record.target)) return false;
  if (record.type === 'characterData') return true;
  return [...record.addedNodes, ...record.removedNodes].some((node) => !isInOurUi(node));
}

/** Sorts out a batch of mutation records. */
export function pageChangeOf(records: readonly MutationRecord[]): PageChange {
  const found = new Set<Text>();
  let changed = false;
  const consider = (node: Node): void => {
    if (node.nodeType === node.TEXT_NODE && node.isConnected && (node as Text).data.trim() !== '') found.add(node as Text);
  };
  for (const record of records) {
    if (!isPageMutation(record)) continue;
    changed = true;
    if (record.type === 'characterData') {
      consider(record.target);
      continue;
    }
    for (const added of record.addedNodes) {
      if (!added.isConnected || isInOurUi(added)) continue;
      if (added.nodeType !== added.ELEMENT_NODE) {
        consider(added);
        continue;
      }
      const walker = added.ownerDocument!.createTreeWalker(added, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) consider(node);
    }
  }
  return { changed, newText: found };
}
