/**
 * The library's state and actions: every saved item, the filter and order,
 * the selection, and edits and deletions that can be undone.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MAX_IMPORT_LENGTH, type ExportFile, type ExportFormat, type SavedItem } from '../shared/messages';
import { downloadFile } from '../ui/download';
import { filterSaved, groupByPage, SHOW_EVERYTHING, type LibraryFilter, type LibrarySort, type PageGroup } from './library-filter';
import type { ItemEdit, LibraryClient } from './library-client';
import { messageOf } from '../shared/message-of';

/** A message above the list. */
export interface LibraryNotice {
  /** `error` for a failed action, `info` for a report. */
  tone: 'error' | 'info';
  /** One sentence. */
  text: string;
  /** Whether an Undo button goes with it. */
  undoable: boolean;
}

/** Everything the library page's components need. */
export interface LibraryModel {
  /** `loading` until the first list arrives, `failed` when it cannot be read. */
  status: 'loading' | 'ready' | 'failed';
  /** Every saved item. */
  items: readonly SavedItem[];
  /** The items the current filter shows, in the current order: what an export of "the current filter" takes. */
  shown: readonly SavedItem[];
  /** {@link shown} by page. */
  pages: readonly PageGroup[];
  /** The current filter. */
  filter: LibraryFilter;
  /** Changes the filter. */
  setFilter(filter: LibraryFilter): void;
  /** The current order. */
  sort: LibrarySort;
  /** Changes the order. */
  setSort(sort: LibrarySort): void;
  /** Ids of the selected items. */
  selected: ReadonlySet<string>;
  /** Selects or unselects items. */
  select(ids: readonly string[], selected: boolean): void;
  /** The last message. */
  notice: LibraryNotice | undefined;
  /** Hides the message. */
  dismissNotice(): void;
  /** True while a change is being stored. */
  busy: boolean;
  /** Deletes items (undoable). */
  remove(ids: readonly string[]): Promise<void>;
  /** Adds a tag to items (undoable). */
  addTag(ids: readonly string[], tag: string): Promise<void>;
  /** Changes one item's note or tags (undoable). */
  edit(id: string, edit: ItemEdit): Promise<void>;
  /** Takes back the last change. */
  undo(): Promise<void>;
  /** Downloads the items shown in `format`; `json` downloads the backup of everything. */
  exportShown(format: ExportFormat): Promise<void>;
  /** Imports a backup or W3C annotation file chosen by the analyst; a file that is refused changes nothing. */
  importFile(file: Blob): Promise<void>;
}

/** Runs the library over `client`. */
export function useLibrary(client: LibraryClient, download: (file: ExportFile) => void = (file) => downloadFile(document, file)): LibraryModel {
  const [status, setStatus] = useState<LibraryModel['status']>('loading');
  const [items, setItems] = useState<readonly SavedItem[]>([]);
  const [filter, setFilter] = useState<LibraryFilter>(SHOW_EVERYTHING);
  const [sort, setSort] = useState<LibrarySort>('recent');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<LibraryNotice>();
  const [busy, setBusy] = useState(false);
  /** Puts back what the last change did. */
  const undoLast = useRef<(() => Promise<void>) | undefined>(undefined);

  const reload = useCallback(async () => {
    try {
      const all = await client.listAll();
      setItems(all);
      setStatus('ready');
      // Items deleted elsewhere leave the selection.
      setSelected((before) => {
        if (before.size === 0) return before;
        const ids = new Set(all.map((item) => item.id));
        return new Set([...before].filter((id) => ids.has(id)));
      });
    } catch (error) {
      setStatus((before) => (before === 'ready' ? before : 'failed'));
      setNotice({ tone: 'error', text: `Saved items could not be read: ${messageOf(error)}`, undoable: false });
    }
  }, [client]);

  // Before the first paint: items already in hand when the page renders (a small library read quickly) are set in a
  // microtask of the render's own task, so its first frame shows them rather than the loading state.
  useLayoutEffect(() => {
    void reload();
    return client.onChange(() => void reload());
  }, [client, reload]);

  const pages = useMemo(() => groupByPage(filterSaved(items, filter), sort), [items, filter, sort]);
  const shown = useMemo(() => pages.flatMap((page) => page.items), [pages]);

  /** Runs a change, offers its undo, and reloads the list. */
  const change = useCallback(
    async (work: () => Promise<{ text: string; undo?: () => Promise<void> } | undefined>) => {
      setBusy(true);
      try {
        const done = await work();
        if (!done) return;
        undoLast.current = done.undo;
        setNotice({ tone: 'info', text: done.text, undoable: done.undo !== undefined });
      } catch (error) {
        setNotice({ tone: 'error', text: messageOf(error), undoable: false });
      } finally {
        setBusy(false);
        await reload();
      }
    },
    [reload],
  );

  const remove = useCallback(
    (ids: readonly string[]) =>
      change(async () => {
        if (ids.length === 0) return undefined;
        const removed = await client.remove(ids);
        const gone = new Set(ids);
        setSelected((before) => new Set([...before].filter((id) => !gone.has(id))));
        return { text: `Deleted ${count(removed.length)}.`, undo: () => client.restore(removed) };
      }),
    [change, client],
  );

  const retag = useCallback(
    async (edits: readonly { id: string; tags: string[] }[]) => {
      for (const { id, tags } of edits) await client.update(id, { tags });
    },
    [client],
  );

  const addTag = useCallback(
    (ids: readonly string[], tag: string) =>
      change(async () => {
        const name = tag.trim();
        const chosen = new Set(ids);
        const targets = items.filter((item) => chosen.has(item.id) && !item.tags.includes(name));
        if (name === '' || targets.length === 0) return undefined;
        const before = targets.map((item) => ({ id: item.id, tags: item.tags }));
        await retag(targets.map((item) => ({ id: item.id, tags: [...item.tags, name] })));
        return { text: `Tagged ${count(targets.length)} “${name}”.`, undo: () => retag(before) };
      }),
    [change, items, retag],
  );

  const edit = useCallback(
    (id: string, changes: ItemEdit) =>
      change(async () => {
        const item = items.find((candidate) => candidate.id === id);
        if (!item) return undefined;
        await client.update(id, changes);
        return {
          text: 'Item changed.',
          undo: async () =>
            void (await client.update(id, { note: item.note, tags: item.tags, ...(item.color && { color: item.color }) })),
        };
      }),
    [change, client, items],
  );

  const undo = useCallback(
    () =>
      change(async () => {
        const back = undoLast.current;
        if (!back) return undefined;
        await back();
        return { text: 'Undone.' };
      }),
    [change],
  );

  const exportShown = useCallback(
    (format: ExportFormat) =>
      change(async () => {
        const file = await client.exportItems(format, shown.map((item) => item.id));
        download(file);
        return { text: `Downloading ${file.filename}.` };
      }),
    [change, client, download, shown],
  );

  const importFile = useCallback(
    (file: Blob) =>
      change(async () => {
        // A character takes at most four bytes: a file over four times the limit in bytes is over it in characters, refused unread.
        if (file.size > 4 * MAX_IMPORT_LENGTH) throw tooLarge(file.size);
        const content = await file.text();
        if (content.length > MAX_IMPORT_LENGTH) throw tooLarge(file.size);
        const { added, alreadyThere } = await client.importFile(content).catch((error: unknown) => {
          throw new Error(`Not imported: ${messageOf(error)}`);
        });
        return { text: `Imported ${count(added)}${alreadyThere > 0 ? `; ${count(alreadyThere)} already in the library` : ''}.` };
      }),
    [change, client],
  );

  const select = useCallback((ids: readonly string[], on: boolean) => {
    setSelected((before) => {
      const next = new Set(before);
      for (const id of ids) if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  return {
    status,
    items,
    shown,
    pages,
    filter,
    setFilter,
    sort,
    setSort,
    selected,
    select,
    notice,
    dismissNotice: useCallback(() => setNotice(undefined), []),
    busy,
    remove,
    addTag,
    edit,
    undo,
    exportShown,
    importFile,
  };
}

/** `n items`, or `1 item`. */
function count(n: number): string {
  return n === 1 ? '1 item' : `${n} items`;
}

/** The refusal of a file over the import limit, in megabytes as a file manager shows them. */
function tooLarge(bytes: number): Error {
  const megabytes = (size: number) => size / (1024 * 1024);
  return new Error(
    `Not imported: the file is too large (${megabytes(bytes).toFixed(1)} MB; a file can be at most ${megabytes(MAX_IMPORT_LENGTH)} MB).`,
  );
}
