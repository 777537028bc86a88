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

/** Sites of the page URLs seen so far: thousands of items share a few pages, and parsing a URL is not free. */
const sites = new Map<string, string>();

/** The site of a saved item's page, for the site filter. */
function siteOfItem(item: SavedItem): string {
  let site = sites.get(item.url);
  if (site === undefined) {
    site = siteOf(item.url) ?? item.url;
    sites.set(item.url, site);
  }
  return site;
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

/** The items that pass `filter`, in their given order (`items` itself when nothing filters). */
export function filterSaved(items: readonly SavedItem[], filter: LibraryFilter): readonly SavedItem[] {
  const terms = searchTerms(filter.query);
  if (terms.length === 0 && Object.entries(filter).every(([key, value]) => key === 'query' || value === SHOW_EVERYTHING[key as keyof LibraryFilter])) {
    return items;
  }
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
  /** Each page with its first and last save time and its latest-saved item, gathered in one pass. */
  const pages = new Map<string, { group: PageGroup; earliest: string; latest: string; newest: SavedItem }>();
  for (const item of items) {
    const page = pages.get(item.url);
    if (!page) {
      pages.set(item.url, {
        group: { url: item.url, title: item.title, items: [item] },
        earliest: item.createdAt,
        latest: item.createdAt,
        newest: item,
      });
      continue;
    }
    page.group.items.push(item);
    if (item.createdAt < page.earliest) page.earliest = item.createdAt;
    if (item.createdAt > page.latest) page.latest = item.createdAt;
    if (item.updatedAt > page.newest.updatedAt) page.newest = item;
  }
  // ISO times compare as plain strings; localeCompare would cost ten times as much on 10,000 items.
  const byTime = (a: SavedItem, b: SavedItem) => compareText(a.createdAt, b.createdAt) || positionOf(a) - positionOf(b);
  const order = sort === 'title' ? (a: SavedItem, b: SavedItem) => positionOf(a) - positionOf(b) : byTime;
  for (const { group, newest } of pages.values()) {
    // The store lists items oldest first: most groups are in order already, and checking costs less than sorting.
    if (!isSorted(group.items, order)) group.items.sort(order);
    if (sort === 'recent') group.items.reverse();
    // The title of the latest save names the page.
    group.title = newest.title;
  }
  const sorted = [...pages.values()];
  if (sort === 'recent') sorted.sort((a, b) => compareText(b.latest, a.latest));
  else if (sort === 'oldest') sorted.sort((a, b) => compareText(a.earliest, b.earliest));
  else sorted.sort((a, b) => a.group.title.localeCompare(b.group.title, 'zh') || compareText(a.group.url, b.group.url));
  return sorted.map((page) => page.group);
}

function isSorted<T>(items: readonly T[], order: (a: T, b: T) => number): boolean {
  for (let index = 1; index < items.length; index++) if (order(items[index - 1]!, items[index]!) > 0) return false;
  return true;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The options of the tag and site filters. */
export interface MenuValues {
  /** Every tag of the items, sorted. */
  tags: string[];
  /** Every site of the items' pages, sorted. */
  sites: string[];
}

/** Every tag and every site of the items, gathered in one pass. */
export function menuValues(items: readonly SavedItem[]): MenuValues {
  const tags = new Set<string>();
  // Thousands of items share a few pages: the URLs first, then their sites.
  const urls = new Set<string>();
  for (const item of items) {
    urls.add(item.url);
    if (item.tags.length > 0) for (const tag of item.tags) tags.add(tag);
  }
  return { tags: sortedForMenu(tags), sites: sortedForMenu(new Set([...urls].map((url) => siteOf(url) ?? url))) };
}

function sortedForMenu(values: ReadonlySet<string>): string[] {
  return [...values].sort((a, b) => a.localeCompare(b, 'zh'));
}
