/** The rows of the library list: a page's heading and one saved item. */
import { memo } from '../../ui/memo';
import { citationSourceOf, citationText } from '../../shared/export/citation';
import type { SavedItem } from '../../shared/messages';
import { itemLink } from '../../shared/item-link';
import { STATUS_LABELS, SUBTYPE_LABELS } from '../../shared/item-labels';
import { COLOR_LOOKS } from '../../shared/palette';
import { shorten } from '../../ui/shorten';
import { siteOf } from '../../ui/site';
import type { PageGroup } from '../library-filter';

/** Height of a page's heading row, gap included; library.css fits the row into it. */
export const PAGE_ROW_HEIGHT = 56;
/** Height of an item row, gap included. */
export const ITEM_ROW_HEIGHT = 112;

/** Only web and file pages get a link: a stored URL is page data, and nothing else should be opened from it. */
function safeHref(url: string): string | undefined {
  return /^(https?|file):/i.test(url) ? url : undefined;
}

/** Props of {@link PageRow}. */
export interface PageRowProps {
  /** The page and its shown items. */
  page: PageGroup;
  /** How many of them are selected. */
  selectedCount: number;
  /** Selects or unselects all its shown items. */
  onSelect(ids: readonly string[], selected: boolean): void;
}

/** The page's title and site, a link to it, and a box selecting all its items. */
export function PageRow({ page, selectedCount, onSelect }: PageRowProps) {
  const all = selectedCount === page.items.length;
  return (
    <div class="page-row">
      <input
        type="checkbox"
        class="select-page"
        checked={all}
        indeterminate={selectedCount > 0 && !all}
        aria-label={`Select the ${page.items.length} items of “${shorten(page.title, 30)}”`}
        onChange={() => onSelect(page.items.map((item) => item.id), !all)}
      />
      <a class="page-title" lang="zh" href={safeHref(page.url)} target="_blank" rel="noopener noreferrer" title={page.url}>
        {page.title || page.url}
      </a>
      <span class="page-site">{siteOf(page.url)}</span>
      <span class="page-count">{page.items.length}</span>
    </div>
  );
}

/** Props of {@link ItemRow}. */
export interface ItemRowProps {
  /** The saved item. */
  item: SavedItem;
  /** Whether it is selected. */
  selected: boolean;
  /** Selects or unselects items; the row passes its own. */
  onSelect(ids: readonly string[], selected: boolean): void;
  /** Opens the editor of this item. */
  onEdit(item: SavedItem): void;
}

/**
 * A saved item: a selection box, its kind, text, fields, tags and note, a
 * link that opens its page scrolled to it, an Edit button and a Cite button
 * that copies its citation. The text is
 * the page's own, shown as text.
 */
export const LibraryItemRow = memo(function LibraryItemRow({ item, selected, onSelect, onEdit }: ItemRowProps) {
  const subtype = item.subtype ? SUBTYPE_LABELS[item.subtype] : undefined;
  const status = item.fields.status === 'target' ? STATUS_LABELS.target : undefined;
  const facts = [item.fields.metric, item.fields.valueText, item.fields.marker, item.fields.deadline].filter(
    (fact): fact is string => fact !== undefined && fact !== '',
  );
  return (
    <div
      class={`item-row item-${item.kind}`}
      data-item-id={item.id}
      data-selected={selected}
      style={item.color ? { borderLeftColor: COLOR_LOOKS[item.color].solid } : undefined}
    >
      <input
        type="checkbox"
        class="select-item"
        checked={selected}
        aria-label={`Select “${shorten(item.text, 24)}”`}
        onChange={() => onSelect([item.id], !selected)}
      />
      <div class="item-body">
        <div class="item-line">
          {subtype && (
            <span class="tag">
              {subtype.en} <span lang="zh">{subtype.zh}</span>
            </span>
          )}
          {status && <span class="tag tag-target">{status.en}</span>}
          {facts.length > 0 && (
            <span class="item-facts" lang="zh">
              {facts.join(' · ')}
            </span>
          )}
        </div>
        <p class="item-text" lang="zh" title={item.text}>
          {item.text}
        </p>
        <div class="item-line item-meta">
          {item.tags.map((tag) => (
            <span key={tag} class="item-tag" lang="zh">
              #{tag}
            </span>
          ))}
          {item.note && (
            <span class="item-note" lang="zh" title={item.note}>
              {item.note}
            </span>
          )}
        </div>
      </div>
      <div class="item-actions">
        <a class="button open-item" href={safeHref(itemLink(item))} target="_blank" rel="noopener noreferrer" title="Open the page at this item">
          Open
        </a>
        <button type="button" class="button edit-item" onClick={() => onEdit(item)}>
          Edit
        </button>
        <button
          type="button"
          class="button cite-item"
          title="Copy as citation: quote, page title, site, date and address"
          onClick={() => void navigator.clipboard.writeText(citationText(citationSourceOf(item, new Date())))}
        >
          Cite
        </button>
      </div>
    </div>
  );
});
