/** The library page: every saved item of every page, searched, filtered, edited and deleted. */
import { useMemo, useState } from 'preact/hooks';
import type { SavedItem } from '../../shared/messages';
import { ExportButtons } from '../../ui/ExportButtons';
import { VirtualList } from '../../ui/VirtualList';
import type { PageGroup } from '../library-filter';
import type { LibraryClient } from '../library-client';
import { useLibrary, type LibraryModel } from '../use-library';
import { ItemEditor } from './ItemEditor';
import { LibraryFilters } from './LibraryFilters';
import { ITEM_ROW_HEIGHT, LibraryItemRow, PAGE_ROW_HEIGHT, PageRow } from './LibraryRow';

/** One row of the list: a page's heading or one of its items. */
type LibraryListRow = { type: 'page'; page: PageGroup } | { type: 'item'; item: SavedItem };

/** Props of {@link LibraryApp}. */
export interface LibraryAppProps {
  /** Requests to the background. */
  client: LibraryClient;
}

/** Header with counts, filters, the selection's actions, export and import, the list by page, and the editor of one item. */
export function LibraryApp({ client }: LibraryAppProps) {
  const model = useLibrary(client);
  const [editing, setEditing] = useState<SavedItem>();
  return (
    <div class="library">
      <header class="library-header">
        <img src="/icons/icon-32.png" width={24} height={24} alt="" />
        <h1>Policy Lens library</h1>
        <p class="library-summary" role="status">
          {model.status === 'ready' && `${model.shown.length} of ${model.items.length} saved items shown, from ${model.pages.length} ${model.pages.length === 1 ? 'page' : 'pages'}`}
        </p>
      </header>
      <LibraryFilters items={model.items} filter={model.filter} onChange={model.setFilter} sort={model.sort} onSortChange={model.setSort} />
      {model.notice && <LibraryNoticeBar model={model} />}
      <SelectionBar model={model} />
      <TransferBar model={model} />
      <main class="library-main">
        <LibraryBody model={model} onEdit={setEditing} />
        {editing && (
          <ItemEditor
            key={editing.id}
            item={editing}
            onClose={() => setEditing(undefined)}
            onSave={(edit) => {
              setEditing(undefined);
              void model.edit(editing.id, edit);
            }}
          />
        )}
      </main>
    </div>
  );
}

/** The list's rows: each page's heading, then its items. */
function listRows(pages: readonly PageGroup[]): LibraryListRow[] {
  const rows: LibraryListRow[] = [];
  for (const page of pages) {
    rows.push({ type: 'page', page });
    for (const item of page.items) rows.push({ type: 'item', item });
  }
  return rows;
}

function rowHeight(row: LibraryListRow): number {
  return row.type === 'page' ? PAGE_ROW_HEIGHT : ITEM_ROW_HEIGHT;
}

function rowKey(row: LibraryListRow): string {
  return row.type === 'page' ? `page ${row.page.url}` : row.item.id;
}

/** The list, or what to say when there is none. */
function LibraryBody({ model, onEdit }: { model: LibraryModel; onEdit(item: SavedItem): void }) {
  // Made once per list, so that scrolling does not lay out 10,000 rows again.
  const rows = useMemo(() => listRows(model.pages), [model.pages]);
  if (model.status === 'loading') return <p class="library-empty">Reading the saved items…</p>;
  if (model.status === 'failed') return <p class="library-empty">The saved items could not be read.</p>;
  if (model.items.length === 0) {
    return <p class="library-empty">Nothing saved yet. Save items from a report page’s card or from the popup.</p>;
  }
  if (model.shown.length === 0) return <p class="library-empty">No saved item matches this filter.</p>;

  return (
    <VirtualList
      class="library-list"
      label="Saved items by page"
      items={rows}
      rowHeight={rowHeight}
      itemKey={rowKey}
      renderRow={(row) =>
        row.type === 'page' ? (
          <PageRow
            page={row.page}
            selectedCount={row.page.items.filter((item) => model.selected.has(item.id)).length}
            onSelect={model.select}
          />
        ) : (
          <LibraryItemRow item={row.item} selected={model.selected.has(row.item.id)} onSelect={model.select} onEdit={onEdit} />
        )
      }
    />
  );
}

/** Select all shown; with a selection, delete it or tag it. */
function SelectionBar({ model }: { model: LibraryModel }) {
  const [tag, setTag] = useState('');
  const ids = [...model.selected];
  const allShown = model.shown.length > 0 && model.shown.every((item) => model.selected.has(item.id));
  return (
    <div class="selection-bar" role="toolbar" aria-label="Selected items">
      <label class="select-all">
        <input
          type="checkbox"
          checked={allShown}
          disabled={model.shown.length === 0}
          onChange={() => model.select(model.shown.map((item) => item.id), !allShown)}
        />
        Select all shown
      </label>
      <span class="selection-count">{ids.length === 0 ? 'Nothing selected' : `${ids.length} selected`}</span>
      <button type="button" class="button button-danger delete-selected" disabled={ids.length === 0 || model.busy} onClick={() => void model.remove(ids)}>
        Delete
      </button>
      <form
        class="tag-form"
        onSubmit={(event) => {
          event.preventDefault();
          void model.addTag(ids, tag).then(() => setTag(''));
        }}
      >
        <input
          class="tag-input"
          lang="zh"
          placeholder="Tag"
          aria-label="Tag to add to the selected items"
          value={tag}
          onInput={(event) => setTag((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="button add-tag" disabled={ids.length === 0 || tag.trim() === '' || model.busy}>
          Add tag
        </button>
      </form>
      {ids.length > 0 && (
        <button type="button" class="button clear-selection" onClick={() => model.select(ids, false)}>
          Clear selection
        </button>
      )}
    </div>
  );
}

/** Export of the items shown, backup of everything, and import of a backup or annotation file. */
function TransferBar({ model }: { model: LibraryModel }) {
  const shown = model.shown.length;
  return (
    <div class="transfer-bar export" role="toolbar" aria-label="Export and import">
      <ExportButtons
        what={shown === model.items.length ? `all ${shown}` : `the ${shown} shown`}
        empty={shown === 0}
        busy={model.busy}
        onExport={(format) => void model.exportShown(format)}
      />
      <label class="button import-file" title="A Policy Lens backup (.json) or W3C Web Annotations (.jsonld)">
        Import…
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          hidden
          disabled={model.busy}
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void model.importFile(file);
          }}
        />
      </label>
    </div>
  );
}

/** The last action's message, with Undo when it can be taken back. */
function LibraryNoticeBar({ model }: { model: LibraryModel }) {
  const notice = model.notice!;
  return (
    <div class={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <p class="notice-text">{notice.text}</p>
      {notice.undoable && (
        <button type="button" class="button undo" disabled={model.busy} onClick={() => void model.undo()}>
          Undo
        </button>
      )}
      <button type="button" class="notice-close" aria-label="Dismiss" onClick={model.dismissNotice}>
        ×
      </button>
    </div>
  );
}
