/** A save of any size sent as messages the background accepts (the transport under the content script's and the popup's saves). */
import { MAX_ITEMS_PER_SAVE, type NewSavedItem, type SavedItem, type SaveItemsAnswer } from './messages';
import { storedItemsOf } from './stored-item';

/**
 * Saves `items` through `send`, at most {@link MAX_ITEMS_PER_SAVE} per
 * message, one message after another, and resolves with every item as
 * stored, in order, rebuilt from the items sent and the answers' receipts.
 * Each message is stored all or nothing; when one fails, the ones before it
 * stay saved and the error names how many items those hold.
 */
export async function saveInMessages(
  items: readonly NewSavedItem[],
  send: (batch: NewSavedItem[]) => Promise<SaveItemsAnswer>,
): Promise<SavedItem[]> {
  const saved: SavedItem[] = [];
  for (let from = 0; from < items.length; from += MAX_ITEMS_PER_SAVE) {
    const batch = items.slice(from, from + MAX_ITEMS_PER_SAVE);
    try {
      saved.push(...storedItemsOf(batch, await send(batch)));
    } catch (error) {
      if (from === 0) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`${reason} (${from} of the ${items.length} items were saved before this failure)`, { cause: error });
    }
  }
  return saved;
}
