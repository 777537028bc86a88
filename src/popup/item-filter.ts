/** Filtering the page's items (kind, subtype, status, saved or not, search text) and grouping them by kind. */
import type { IndicatorStatus, Item } from '../extractor/types';
import type { PageItem, SavedItemSubtype } from '../shared/messages';
import { KINDS } from '../shared/item-labels';
import { cachedSearchKey, matchesTerms, searchTerms } from '../ui/search';

/** Whether the list shows saved items, the others, or both. */
export type SavedFilter = 'all' | 'saved' | 'unsaved';

/** What the list shows. A subtype only applies together with its kind. */
export interface ItemFilter {
  /** One kind, or both. */
  kind: Item['kind'] | 'all';
  /** One subtype of `kind`, or all of them; ignored when `kind` is `all`. */
  subtype: SavedItemSubtype | 'all';
  /** Indicators with this status only (commitments have none), or everything. */
  status: IndicatorStatus | 'all';
  /** Saved items only, unsaved ones only, or both. */
  saved: SavedFilter;
  /** Words the item's text must all contain; traditional and simplified forms find each other. */
  query: string;
}

/** The filter the popup opens with: everything. */
export const SHOW_ALL: ItemFilter = { kind: 'all', subtype: 'all', status: 'all', saved: 'all', query: '' };

/** The search form of a page item's text, computed once per item. */
const textKey = cachedSearchKey((item: PageItem) => item.text);

/**
 * The items that pass `filter`, in their original order (`items` itself when
 * nothing filters); `savedIds` tells which are saved. An item's search form
 * is made the first time a search looks at it, not as the list comes in.
 */
export function filterItems(
  items: readonly PageItem[],
  filter: ItemFilter,
  savedIds: ReadonlySet<string> = new Set(),
): readonly PageItem[] {
  const terms = searchTerms(filter.query);
  if (terms.length === 0 && filter.kind === 'all' && filter.status === 'all' && filter.saved === 'all') return items;
  return items.filter(
    (item) =>
      (filter.kind === 'all' ||
        (item.kind === filter.kind && (filter.subtype === 'all' || item.subtype === filter.subtype))) &&
      (filter.status === 'all' || (item.kind === 'indicator' && item.status === filter.status)) &&
      (filter.saved === 'all' || savedIds.has(item.id) === (filter.saved === 'saved')) &&
      (terms.length === 0 || matchesTerms(textKey(item), terms)),
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
