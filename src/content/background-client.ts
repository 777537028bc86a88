/** The content script's typed requests to the background. */
import type { ItemEdit, NewSavedItem, SavedItem, SaveItemsAnswer } from '../shared/messages';
import { saveInMessages } from '../shared/save-in-messages';
import type { ContentPort } from './browser-port';

/** The answers the content script needs from the background. */
export interface BackgroundClient {
  /** Sets the toolbar badge of this tab. */
  reportItemCount(count: number): Promise<void>;
  /** Stores items; resolves with them as stored. */
  save(items: NewSavedItem[]): Promise<SavedItem[]>;
  /** The items saved from the page at `url`. */
  listSaved(url: string): Promise<SavedItem[]>;
  /** Stores the analyst's edits of a saved item; resolves with it as stored. */
  update(id: string, edit: ItemEdit): Promise<SavedItem>;
  /** Deletes a saved item. */
  delete(id: string): Promise<void>;
  /** Puts a deleted item of this page back exactly as it was (Undo). */
  restore(item: SavedItem): Promise<void>;
}

/** Turns an `{ ok: false, error }` answer (or no answer) into a thrown Error. */
function checked<T extends { ok: true }>(response: unknown, what: string): T {
  const answer = response as { ok?: unknown; error?: unknown } | undefined;
  if (answer?.ok === true) return response as T;
  throw new Error(`${what} failed: ${typeof answer?.error === 'string' ? answer.error : 'no answer from the extension'}`);
}

/** A {@link BackgroundClient} over a port. */
export function backgroundClient(port: ContentPort): BackgroundClient {
  return {
    async reportItemCount(count) {
      checked(await port.sendToBackground({ type: 'content-to-background/page-item-count', count }), 'Setting the badge');
    },
    save(items) {
      return saveInMessages(items, async (batch) => {
        const response = await port.sendToBackground({ type: 'to-background/save-items', items: batch });
        return checked<SaveItemsAnswer>(response, 'Saving');
      });
    },
    async listSaved(url) {
      const response = await port.sendToBackground({ type: 'to-background/list-saved', url });
      return checked<{ ok: true; items: SavedItem[] }>(response, 'Listing saved items').items;
    },
    async update(id, edit) {
      const response = await port.sendToBackground({ type: 'to-background/update-saved', id, ...edit });
      return checked<{ ok: true; item: SavedItem }>(response, 'Saving changes').item;
    },
    async delete(id) {
      checked(await port.sendToBackground({ type: 'to-background/delete-saved', id }), 'Deleting');
    },
    async restore(item) {
      checked(await port.sendToBackground({ type: 'to-background/restore-saved', items: [item] }), 'Undoing');
    },
  };
}
