/** One item of the page in the list: its text, its fields and a Save button. */
import { memo } from '../../ui/memo';
import type { PageItem } from '../../shared/messages';
import { itemExcerpt } from '../excerpt';
import { shorten } from '../../ui/shorten';
import { itemFields } from '../../shared/item-fields';
import { STATUS_LABELS, SUBTYPE_LABELS } from '../../shared/item-labels';

/** Props of {@link ItemRow}. */
export interface ItemRowProps {
  /** The item shown. */
  item: PageItem;
  /** Whether it is already saved. */
  saved: boolean;
  /** Shows the item in the page. */
  onOpen(item: PageItem): void;
  /** Saves items; the row passes its own. */
  onSave(items: readonly PageItem[]): void;
}

/**
 * The row's main part is a button that shows the item in the page; the Save
 * button sits beside it (buttons cannot nest) and turns into a "Saved" mark;
 * it stays enabled during other saves, as saving an item twice stores it once.
 * Memoised: a long list re-renders only the rows whose props changed. A quick
 * scroll renders a few rows every frame (into the elements of rows that left
 * the view), so a row has as few elements as its looks need: plain text needs
 * none of its own.
 */
export const ItemRow = memo(function ItemRow({ item, saved, onOpen, onSave }: ItemRowProps) {
  const subtype = SUBTYPE_LABELS[item.subtype];
  const target = item.kind === 'indicator' && item.status === 'target';
  return (
    <div class={`row row-${item.kind}`} data-item-id={item.id} data-saved={saved}>
      <button type="button" class="row-open" title="Show in the page" onClick={() => onOpen(item)}>
        <span class="row-tags">
          <span class="tag">
            {subtype.en} <span lang="zh">{subtype.zh}</span>
          </span>
          {target && (
            <span class="tag tag-target">
              {STATUS_LABELS.target.en} <span lang="zh">{STATUS_LABELS.target.zh}</span>
            </span>
          )}
        </span>
        <span class="row-text" lang="zh" title={item.text}>
          {/* The item's own words are plain text: only context and values get an element of their own. */}
          {itemExcerpt(item).map((part) => (part.role === 'text' ? part.text : <span class={`excerpt-${part.role}`}>{part.text}</span>))}
        </span>
        <span class="row-fields">
          {itemFields(item).map((field) => (
            <span key={field.key} class={`field field-${field.key}`} title={field.title}>
              {field.label}
              <span class="field-content" lang="zh">
                {field.value}
              </span>
            </span>
          ))}
        </span>
      </button>
      {saved ? (
        <span class="row-saved" role="img" aria-label="Saved" title="Saved">
          ✓
        </span>
      ) : (
        <button
          type="button"
          class="row-save button-like"
          aria-label={`Save “${shorten(item.text, 24)}”`}
          onClick={() => onSave([item])}
        >
          Save
        </button>
      )}
    </div>
  );
});
