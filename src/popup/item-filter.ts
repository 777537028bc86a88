/** Filtering the page's items by kind and subtype, and grouping them by kind for the list. */
import type { Item } from '../extractor/types';
import type { SavedItemSubtype } from '../shared/messages';
import { KINDS } from '../shared/item-labels';

/** What the list shows. A subtype only applies together with its kind. */
export interface ItemFilter {
  /** One kind, or both. */
  kind: Item['kind'] | 'all';
  /** One subtype of `kind`, or all of them; ignored when `kind` is `all`. */
  subtype: SavedItemSubtype | 'all';
}

/** The filter the popup opens with: everything. */
export const SHOW_ALL: ItemFilter = { kind: 'all', subtype: 'all' };

/** The items that pass `filter`, in their original order. */
export function filterItems<T extends Item>(items: readonly T[], filter: ItemFilter): T[] {
  if (filter.kind === 'all') return [...items];
  return items.filter(
    (item) => item.kind === filter.kind && (filter.subtype === 'all' || item.subtype === filter.subtype),
  );
}

/** A run of items of one kind. */
export interface ItemGroup<T extends Item> {
  /** The kind all `items` share. */
  kind: Item['kind'];
  /** The items, in text order. */
  items: T[];
}

/** The items split by kind, indicators first; kinds with no item are left out. */
export function groupByKind<T extends Item>(items: readonly T[]): ItemGroup<T>[] {
  return KINDS.map((kind) => ({ kind, items: items.filter((item) => item.kind === kind) })).filter(
    (group) => group.items.length > 0,
  );
}

/** How many items have each value of `key` (a kind or a subtype). */
export function countBy<T extends Item>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
