/** The page's items, grouped by kind or in document order, with a Save all button. */
import { useMemo } from 'preact/hooks';
import type { PageItem } from '../../shared/messages';
import { groupByKind } from '../item-filter';
import { KIND_LABELS } from '../../shared/item-labels';
import { VirtualList } from '../../ui/VirtualList';
import { ItemRow } from './ItemRow';

/** Height of an item row, the gap below it included; `.row` in popup.css fits its content into it. */
export const ITEM_ROW_HEIGHT = 132;

/** Height of a kind's heading row. */
export const HEADING_ROW_HEIGHT = 30;

/**
 * Rows rendered beyond the edge of the list's view it moves toward. One tall
 * row (132 px) covers what the browser scrolls in a frame before the list
 * renders; each more costs a row's rendering in every frame of a quick
 * scroll, where the popup's short view shows only two or three rows.
 */
const OVERSCAN_ROWS = 1;

/** How the list orders the items. */
export type ListOrder = 'kind' | 'document';

/** The heading row above a kind's items. */
interface HeadingRow {
  /** The kind whose items follow. */
  heading: PageItem['kind'];
  /** How many they are. */
  count: number;
}

/**
 * One row of the list: a kind's heading or an item, the item itself: the
 * rows are made again each time a slice of the list comes, and a list of
 * items then costs one array, not an object per item.
 */
type ListRow = HeadingRow | PageItem;

/** Props of {@link ItemList}. */
export interface ItemListProps {
  /** The items that pass the filter, in text order. */
  items: readonly PageItem[];
  /** `kind`: indicators, then commitments, each under a heading; `document`: in the page's order. */
  order: ListOrder;
  /** Ids of the items already saved. */
  savedIds: ReadonlySet<string>;
  /** True while Save all must wait: a save or an export is under way, or the rest of the list is still coming. */
  busy: boolean;
  /** Shows an item in the page. */
  onOpen(item: PageItem): void;
  /** Saves the given items. */
  onSave(items: readonly PageItem[]): void;
}

/** A toolbar with Save all for the items shown, then the rows, only those in view rendered. */
export function ItemList({ items, order, savedIds, busy, onOpen, onSave }: ItemListProps) {
  const unsaved = items.filter((item) => !savedIds.has(item.id));
  // Made once per list, so that scrolling does not lay out 15,000 rows again.
  const rows = useMemo(() => listRows(items, order), [items, order]);
  return (
    <div class="list">
      <div class="list-toolbar">
        <p class="list-summary">
          {items.length} {items.length === 1 ? 'item' : 'items'} shown
        </p>
        <button
          type="button"
          class="button button-primary save-all"
          disabled={busy || unsaved.length === 0}
          onClick={() => onSave(unsaved)}
        >
          {unsaved.length === 0 ? 'All saved' : `Save all (${unsaved.length})`}
        </button>
      </div>
      {items.length === 0 ? (
        <p class="list-empty">No items match this filter.</p>
      ) : (
        <VirtualList
          class="list-rows"
          label="Items of this page"
          items={rows}
          rowHeight={rowHeight}
          itemKey={rowKey}
          overscan={OVERSCAN_ROWS}
          canFocus={(row) => !isHeading(row)}
          renderRow={(row) =>
            isHeading(row) ? (
              <KindHeading kind={row.heading} count={row.count} />
            ) : (
              <ItemRow item={row} saved={savedIds.has(row.id)} onOpen={onOpen} onSave={onSave} />
            )
          }
        />
      )}
    </div>
  );
}

/** The rows for `items` in `order`: with a heading before each kind when grouped. */
function listRows(items: readonly PageItem[], order: ListOrder): readonly ListRow[] {
  if (order === 'document') return items;
  return groupByKind(items).flatMap((group): ListRow[] => [{ heading: group.kind, count: group.items.length }, ...group.items]);
}

function isHeading(row: ListRow): row is HeadingRow {
  return 'heading' in row;
}

function rowHeight(row: ListRow): number {
  return isHeading(row) ? HEADING_ROW_HEIGHT : ITEM_ROW_HEIGHT;
}

function rowKey(row: ListRow): string {
  return isHeading(row) ? `heading-${row.heading}` : row.id;
}

/** The heading above a kind's items, with their number. */
function KindHeading({ kind, count }: { kind: PageItem['kind']; count: number }) {
  const label = KIND_LABELS[kind];
  return (
    <h2 class={`group-heading group-heading-${kind}`}>
      {label.en} <span lang="zh">{label.zh}</span>
      <span class="group-count">{count}</span>
    </h2>
  );
}
