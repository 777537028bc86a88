/**
 * The items found on the page, kept in text order, found by id or by the
 * offset under the pointer.
 */
import { lastIndexAtOrBefore } from '../dom/binary-search';
import type { PageItem } from '../shared/messages';

const startOf = (item: PageItem): number => item.start;

/** Text order: by start, and the longer (enclosing) item first at the same start. */
function inTextOrder(a: PageItem, b: PageItem): number {
  return a.start - b.start || b.end - a.end;
}

/** The page's items. Indicators never overlap each other, nor do commitments: each kind is kept in its own list. */
export class ItemIndex {
  private readonly lists: Record<PageItem['kind'], PageItem[]> = { indicator: [], commitment: [] };
  private readonly byId = new Map<string, PageItem>();
  private changes = 0;

  /** Number of items. */
  get size(): number {
    return this.byId.size;
  }

  /** Counts the changes of the items: the same number means the same items in the same order. */
  get version(): number {
    return this.changes;
  }

  /** Every item in text order. */
  all(): PageItem[] {
    return this.slice(0, this.size);
  }

  /**
   * The items from index `from` up to `to` (excluded) in text order: the two
   * lists, each in order already, merged in one pass up to `to`.
   */
  slice(from: number, to: number): PageItem[] {
    const { commitment: a, indicator: b } = this.lists;
    const end = Math.min(to, a.length + b.length);
    const sliced: PageItem[] = [];
    for (let i = 0, j = 0, k = 0; k < end; k++) {
      const next = j >= b.length || (i < a.length && inTextOrder(a[i]!, b[j]!) <= 0) ? a[i++]! : b[j++]!;
      if (k >= from) sliced.push(next);
    }
    return sliced;
  }

  /** The item with this id. */
  get(id: string): PageItem | undefined {
    return this.byId.get(id);
  }

  /** Adds items; one with the id of an item already here replaces it. */
  add(items: readonly PageItem[]): void {
    this.changes++;
    for (const item of items) {
      const old = this.byId.get(item.id);
      if (old) this.remove(old);
      this.byId.set(item.id, item);
      const list = this.lists[item.kind];
      list.splice(lastIndexAtOrBefore(list, item.start, startOf) + 1, 0, item);
    }
  }

  /** Removes every item and adds these instead. */
  replaceAll(items: readonly PageItem[]): void {
    this.changes++;
    this.lists.indicator = [];
    this.lists.commitment = [];
    this.byId.clear();
    this.add(items);
  }

  /** The items covering a text offset, innermost first: the indicator there, then the commitment. */
  allAt(offset: number): PageItem[] {
    return [this.covering(this.lists.indicator, offset), this.covering(this.lists.commitment, offset)].filter(
      (item): item is PageItem => item !== undefined,
    );
  }

  private covering(list: readonly PageItem[], offset: number): PageItem | undefined {
    const candidate = list[lastIndexAtOrBefore(list, offset, startOf)];
    return candidate && offset < candidate.end ? candidate : undefined;
  }

  private remove(item: PageItem): void {
    const list = this.lists[item.kind];
    list.splice(list.indexOf(item), 1);
    this.byId.delete(item.id);
  }
}
