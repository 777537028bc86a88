/** The page's items, grouped by kind, with a Save all button. */
import type { PageItem } from '../../shared/messages';
import { groupByKind } from '../item-filter';
import { KIND_LABELS } from '../../shared/item-labels';
import { useGradualCount } from '../use-gradual-count';
import { ItemRow } from './ItemRow';

/** Rows rendered per task: about 30 ms of work in Chromium on a modest machine. */
const ROWS_PER_TASK = 60;

/** Props of {@link ItemList}. */
export interface ItemListProps {
  /** The items that pass the filter, in text order. */
  items: readonly PageItem[];
  /** Ids of the items already saved. */
  savedIds: ReadonlySet<string>;
  /** True while a save or an export is under way: Save all waits. */
  busy: boolean;
  /** Shows an item in the page. */
  onOpen(item: PageItem): void;
  /** Saves the given items. */
  onSave(items: readonly PageItem[]): void;
}

/**
 * A toolbar with Save all for the items shown, then one section per kind.
 * Long lists fill in over a few tasks; give the list a new `key` when the items change completely.
 */
export function ItemList({ items, savedIds, busy, onOpen, onSave }: ItemListProps) {
  const unsaved = items.filter((item) => !savedIds.has(item.id));
  let rowsLeft = useGradualCount(items.length, ROWS_PER_TASK);
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
      {items.length === 0 && <p class="list-empty">No items match this filter.</p>}
      {groupByKind(items).map((group) => {
        const rows = group.items.slice(0, rowsLeft);
        rowsLeft -= rows.length;
        if (rows.length === 0) return null;
        const label = KIND_LABELS[group.kind];
        const headingId = `group-${group.kind}`;
        return (
          <section key={group.kind} class={`group group-${group.kind}`} aria-labelledby={headingId}>
            <h2 class="group-heading" id={headingId}>
              {label.en} <span lang="zh">{label.zh}</span>
              <span class="group-count">{group.items.length}</span>
            </h2>
            <ul class="group-items">
              {rows.map((item) => (
                <ItemRow
                  key={item.id}
                  item={item}
                  saved={savedIds.has(item.id)}
                  onOpen={onOpen}
                  onSave={onSave}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
