/** The saved-item model: how an item found in a page becomes an item to store. */
import type { IndicatorItem, Item } from '../extractor/types';
import type { NewSavedItem, PageItem, SavedItemFields } from './messages';

/** The page a saved item comes from. */
export interface PageInfo {
  /** Page URL; its fragment is dropped. */
  url: string;
  /** Page title. */
  title: string;
}

/**
 * The URL under which a page's items are stored: the fragment is dropped, as
 * `#section` links lead to the same page.
 */
export function pageUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * The structured fields of an item. A commitment carries its marker,
 * deadline and every value it sets as a target and, when it names one, the
 * fields of its first target indicator, so a spreadsheet row shows what was
 * promised. `sentence` is an indicator's sentence in its page, when known.
 */
export function fieldsOf(item: Item, sentence?: string): SavedItemFields {
  if (item.kind === 'indicator') return omitUndefined({ ...indicatorFields(item), sentence });
  const targets = item.indicators.filter((indicator) => indicator.status === 'target');
  const { status: _status, ...targetFields } = targets[0] ? indicatorFields(targets[0]) : {};
  return omitUndefined({
    ...targetFields,
    marker: item.marker,
    deadline: item.deadline,
    targets: targets.length > 0 ? targets.map((target) => target.valueText) : undefined,
  });
}

/** The item to store when the analyst saves a page item. */
export function newSavedItemFrom(item: PageItem, page: PageInfo, contentKey?: string): NewSavedItem {
  return {
    pageItemId: item.id,
    ...(contentKey === undefined ? {} : { contentKey }),
    url: pageUrl(page.url),
    title: page.title,
    kind: item.kind,
    subtype: item.subtype,
    text: item.text,
    fields: fieldsOf(item, item.sentence),
    selectors: item.selectors,
    note: '',
    tags: [],
  };
}

function indicatorFields(item: IndicatorItem): SavedItemFields {
  return omitUndefined({
    metric: item.metric,
    value: item.value,
    valueHigh: item.valueHigh,
    valueText: item.valueText,
    unit: item.unit,
    change: item.change,
    basis: item.basis,
    period: item.period,
    status: item.status,
  });
}

/** Drops absent fields so stored and exported objects hold only what applies. */
function omitUndefined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}
