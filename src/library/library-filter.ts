/**
 * Which saved items the library shows and in what order: search, filters by
 * kind, subtype, status, tag, site and date, sorting, and grouping by page.
 */
import type { IndicatorStatus } from '../extractor/types';
import type { SavedItem, SavedItemKind, SavedItemSubtype } from '../shared/messages';
import { cachedSearchKey, matchesTerms, searchTerms } from '../ui/search';
import { siteOf } from '../ui/site';

/** What the library shows. An empty string in `tag`, `site`, `from` or `to` does not filter. */
export interface LibraryFilter {
  /** Words that the item's text, page title, note, tags or metric must all contain; 经济 and 經濟 alike. */
  query: string;
  /** One kind, or all. */
  kind: SavedItemKind | 'all';
  /** One subtype, or all. */
  subtype: SavedItemSubtype | 'all';
  /** Indicators (and commitments' targets) with this status, or all. */
  status: IndicatorStatus | 'all';
  /** Items with this tag. */
  tag: string;
  /** Items of pages on this site ({@link siteOf}). */
  site: string;
  /** Items saved on this day (`YYYY-MM-DD`, local time) or later. */
  from: string;
  /** Items saved on this day or earlier. */
  to: string;
}

/** The filter the library opens with: everything. */
export const SHOW_EVERYTHING: LibraryFilter = {
  query: '',
  kind: 'all',
  subtype: 'all',
  status: 'all',
  tag: '',
  site: '',
  from: '',
  to: '',
};

/** Orders of the library. */
export type LibrarySort = 'recent' | 'oldest' | 'title';

/** The site of a saved item's page, for the site filter. */
export function siteOfItem(item: SavedItem): string {
  return siteOf(item.url) ?? item.url;
}

/** The local day (`YYYY-MM-DD`) of an ISO time, as a date input shows it. */
export function localDay(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Everything a search looks in, computed once per item. */
const itemKey = cachedSearchKey((item: SavedItem) =>
  [item.text, item.title, item.note, item.tags.join(' '), item.fields.metric ?? ''].join('\n'),
);

/** The items that pass `filter`, in their given order. */
export function filterSaved(items: readonly SavedItem[], filter: LibraryFilter): SavedItem[] {
  const terms = searchTerms(filter.query);
  return items.filter(
    (item) =>
      (filter.kind === 'all' || item.kind === filter.kind) &&
      (filter.subtype === 'all' || item.subtype === filter.subtype) &&
      (filter.status === 'all' || item.fields.status === filter.status) &&
      (filter.tag === '' || item.tags.includes(filter.tag)) &&
      (filter.site === '' || siteOfItem(item) === filter.site) &&
      (filter.from === '' || localDay(item.createdAt) >= filter.from) &&
      (filter.to === '' || localDay(item.createdAt) <= filter.to) &&
      matchesTerms(itemKey(item), terms),
  );
}

/** The saved items of one page. */
export interface PageGroup {
  /** The page URL (no fragment). */
  url: string;
  /** The page title at the latest save. */
  title: string;
  /** The page's items, in the chosen order. */
  items: SavedItem[];
}

/** Where an item was in its page, for ordering items as the page has them. */
function positionOf(item: SavedItem): number {
  return item.selectors.position.start;
}

/**
 * The items by page. `recent`: pages with the latest save first, newest items
 * first; `oldest`: the reverse; `title`: pages by title, items in page order.
 */
export function groupByPage(items: readonly SavedItem[], sort: LibrarySort): PageGroup[] {
  const pages = new Map<string, PageGroup>();
  for (const item of items) {
    let page = pages.get(item.url);
    if (!page) {
      page = { url: item.url, title: item.title, items: [] };
      pages.set(item.url, page);
    }
    page.items.push(item);
  }
  const groups = [...pages.values()];
  const byTime = (a: SavedItem, b: SavedItem) => a.createdAt.localeCompare(b.createdAt) || positionOf(a) - positionOf(b);
  for (const group of groups) {
    group.items.sort(sort === 'title' ? (a, b) => positionOf(a) - positionOf(b) : byTime);
    if (sort === 'recent') group.items.reverse();
    // The title of the latest save names the page.
    group.title = group.items.reduce((latest, item) => (item.updatedAt > latest.updatedAt ? item : latest)).title;
  }
  const latest = (group: PageGroup) => group.items.reduce((time, item) => (item.createdAt > time ? item.createdAt : time), '');
  const earliest = (group: PageGroup) => group.items.reduce((time, item) => (item.createdAt < time ? item.createdAt : time), '\uffff');
  if (sort === 'recent') groups.sort((a, b) => latest(b).localeCompare(latest(a)));
  else if (sort === 'oldest') groups.sort((a, b) => earliest(a).localeCompare(earliest(b)));
  else groups.sort((a, b) => a.title.localeCompare(b.title, 'zh') || a.url.localeCompare(b.url));
  return groups;
}

/** Every distinct value `valuesOf` gives over the items, sorted, for a filter's options. */
export function distinctValues(items: readonly SavedItem[], valuesOf: (item: SavedItem) => readonly string[]): string[] {
  const values = new Set<string>();
  for (const item of items) for (const value of valuesOf(item)) values.add(value);
  return [...values].sort((a, b) => a.localeCompare(b, 'zh'));
}
