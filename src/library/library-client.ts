/**
 * The library's requests to the background, over a {@link LibraryPort} the
 * caller provides (the real browser in the extension, a fake in tests).
 */
import type { BackgroundMessage, ExportFile, ExportFormat, MessageOfType, SavedItem } from '../shared/messages';
import { askBackground, type SuccessOf } from '../ui/background-request';

/** The browser calls the library makes. */
export interface LibraryPort {
  /** Sends a message to the background service worker. */
  sendToBackground(message: BackgroundMessage): Promise<unknown>;
  /** Every saved item, read straight from the store; rejects with the reason in words. */
  readAll(): Promise<SavedItem[]>;
  /** Calls `listener` whenever the background says saved items changed; returns a function that stops it. */
  onSavedChanged(listener: () => void): () => void;
}

/** A change of the analyst's own fields of an item: a new note, new tags, a new colour, or several. */
export type ItemEdit = Pick<MessageOfType<'to-background/update-saved'>, 'note' | 'tags' | 'color'>;

/** What the library asks of the background. */
export interface LibraryClient {
  /** Every saved item. */
  listAll(): Promise<SavedItem[]>;
  /** Changes an item's note or tags; returns it as stored. */
  update(id: string, edit: ItemEdit): Promise<SavedItem>;
  /** Deletes items; returns them as they were, for an undo. */
  remove(ids: readonly string[]): Promise<SavedItem[]>;
  /** Puts deleted items back exactly as they were (ids and times included). */
  restore(items: readonly SavedItem[]): Promise<void>;
  /** Calls `listener` when saved items change anywhere; returns a function that stops it. */
  onChange(listener: () => void): () => void;
  /** The items with these ids as a file in `format`; `json` is the backup of everything. */
  exportItems(format: ExportFormat, ids: readonly string[]): Promise<ExportFile>;
  /** Adds the items of a backup or annotation file's text; says how many were new. */
  importFile(content: string): Promise<{ added: number; alreadyThere: number }>;
}

/** Items per delete or restore request, under the store's limit per message. */
const BATCH = 1000;

/** Builds the library's client over `port`. */
export function createLibraryClient(port: LibraryPort): LibraryClient {
  const ask = <M extends BackgroundMessage>(message: M): Promise<SuccessOf<M>> => askBackground(port, message);

  return {
    listAll: () => port.readAll(),
    async update(id, edit) {
      return (await ask({ type: 'to-background/update-saved', id, ...edit })).item;
    },
    async remove(ids) {
      const removed: SavedItem[] = [];
      for (let start = 0; start < ids.length; start += BATCH) {
        const batch = ids.slice(start, start + BATCH);
        removed.push(...(await ask({ type: 'to-background/delete-many', ids: batch })).deleted);
      }
      return removed;
    },
    async restore(items) {
      for (let start = 0; start < items.length; start += BATCH) {
        await ask({ type: 'to-background/restore-saved', items: items.slice(start, start + BATCH) });
      }
    },
    onChange: (listener) => port.onSavedChanged(listener),
    async exportItems(format, ids) {
      const scope = format === 'json' ? {} : { scope: { ids: [...ids] } };
      const { filename, mimeType, content } = await ask({ type: 'popup-to-background/export', format, ...scope });
      return { filename, mimeType, content };
    },
    async importFile(content) {
      const { added, alreadyThere } = await ask({ type: 'to-background/import', content });
      return { added, alreadyThere };
    },
  };
}
