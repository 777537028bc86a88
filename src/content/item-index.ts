/**
 * The items found on the page, kept in text order, found by id, by the
 * offset under the pointer, by the span they share, or by their rank in text
 * order. Only the extractor's items are kept: an item's id is made from its
 * kind, place and text when asked for, and only an item that moved since it
 * was found (and keeps the id it was found under) carries its id.
 */
import { lastIndexAtOrBefore } from '../dom/binary-search';
import type { Item } from '../extractor/types';
import { pageItemId } from '../shared/page-item';

/** An item of the page as the index keeps it: the extractor's item, offsets in the current page text. */
export type IndexedItem = Item & {
  /** The id it was found under, kept when it moved since: absent, its place gives its id. */
  readonly id?: string;
};

/** The id of an indexed item. */
export function idOf(item: IndexedItem): string {
  return item.id ?? pageItemId(item);
}

const startOf = (item: IndexedItem): number => item.start;

/** Text order: by start, and the longer (enclosing) item first at the same start. */
function inTextOrder(a: IndexedItem, b: IndexedItem): number {
  return a.start - b.start || b.end - a.end;
}

/** Kind and start read back from a page item id (`kind-start-end-hash`). */
const ID_PARTS = /^(indicator|commitment)-(\d+)-/;

/** The page's items. Indicators never overlap each other, nor do commitments: each kind is kept in its own list. */
export class ItemIndex {
  private lists: Record<Item['kind'], IndexedItem[]> = { indicator: [], commitment: [] };
  /** The items that moved since they were found, by the id they keep. */
  private moved = new Map<string, IndexedItem>();
  private changes = 0;

  /** Number of items. */
  get size(): number {
    return this.lists.indicator.length + this.lists.commitment.length;
  }

  /** Counts the changes of the items: the same number means the same items in the same order. */
  get version(): number {
    return this.changes;
  }

  /** Every item in text order. */
  all(): IndexedItem[] {
    return this.slice(0, this.size);
  }

  /**
   * The items from rank `from` up to `to` (excluded) in text order: where the
   * slice starts in each list is found by bisection, so a slice costs its own
   * length, not the items before it.
   */
  slice(from: number, to: number): IndexedItem[] {
    const { commitment: a, indicator: b } = this.lists;
    const end = Math.min(to, a.length + b.length);
    const start = Math.max(0, Math.min(from, end));
    let i = this.commitmentsBefore(start);
    let j = start - i;
    const sliced = new Array<IndexedItem>(end - start);
    for (let k = 0; k < sliced.length; k++) {
      sliced[k] = j >= b.length || (i < a.length && inTextOrder(a[i]!, b[j]!) <= 0) ? a[i++]! : b[j++]!;
    }
    return sliced;
  }

  /** The item with this id. */
  get(id: string): IndexedItem | undefined {
    const moved = this.moved.get(id);
    if (moved) return moved;
    const parts = ID_PARTS.exec(id);
    if (!parts) return undefined;
    const list = this.lists[parts[1] as Item['kind']];
    const candidate = list[lastIndexAtOrBefore(list, Number(parts[2]), startOf)];
    return candidate && idOf(candidate) === id ? candidate : undefined;
  }

  /** Adds items; one with the id of an item already here replaces it. */
  add(items: readonly IndexedItem[]): void {
    this.changes++;
    for (const item of items) {
      const old = this.get(idOf(item));
      if (old) this.remove(old);
      this.insert(item);
    }
  }

  /** Removes every item and adds these instead, whose ids differ from one another. */
  replaceAll(items: readonly IndexedItem[]): void {
    this.changes++;
    this.lists = { indicator: [], commitment: [] };
    this.moved = new Map();
    for (const item of items) this.insert(item);
  }

  /** The items covering a text offset, innermost first: the indicator there, then the commitment. */
  allAt(offset: number): IndexedItem[] {
    return [this.covering(this.lists.indicator, offset), this.covering(this.lists.commitment, offset)].filter(
      (item): item is IndexedItem => item !== undefined,
    );
  }

  /** The items of `kind` that share a character with `[start, end)`, in text order. */
  overlapping(kind: Item['kind'], start: number, end: number): IndexedItem[] {
    const list = this.lists[kind];
    // Items of one kind do not overlap: those sharing the span follow one another, the first maybe starting before it.
    let first = lastIndexAtOrBefore(list, start, startOf);
    if (first === -1 || list[first]!.end <= start) first++;
    const found: IndexedItem[] = [];
    for (let i = first; i < list.length && list[i]!.start < end; i++) found.push(list[i]!);
    return found;
  }

  private covering(list: readonly IndexedItem[], offset: number): IndexedItem | undefined {
    const candidate = list[lastIndexAtOrBefore(list, offset, startOf)];
    return candidate && offset < candidate.end ? candidate : undefined;
  }

  /**
   * How many commitments come before rank `rank` in text order: the number
   * `i` for which the first `i` commitments and the first `rank - i`
   * indicators are the first `rank` items.
   */
  private commitmentsBefore(rank: number): number {
    const { commitment: a, indicator: b } = this.lists;
    let low = Math.max(0, rank - b.length);
    let high = Math.min(rank, a.length);
    while (low < high) {
      const i = (low + high) >>> 1;
      // Commitment i is among the first `rank` when the indicator it would have to follow is not before it.
      if (inTextOrder(a[i]!, b[rank - i - 1]!) <= 0) low = i + 1;
      else high = i;
    }
    return low;
  }

  private insert(item: IndexedItem): void {
    if (item.id !== undefined && item.id !== pageItemId(item)) this.moved.set(item.id, item);
    const list = this.lists[item.kind];
    list.splice(lastIndexAtOrBefore(list, item.start, startOf) + 1, 0, item);
  }

  private remove(item: IndexedItem): void {
    const list = this.lists[item.kind];
    list.splice(list.indexOf(item), 1);
    if (item.id !== undefined) this.moved.delete(item.id);
  }
}
