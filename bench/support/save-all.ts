/**
 * The popup's Save all as an extension page of the store bench runs it: the
 * items in the popup's batches ({@link saveInBatches}, two under way), each
 * batch sent by the extension's own sender of a save ({@link saveInMessages}).
 * Bundled by the bench into a script for that page.
 */
import type { NewSavedItem, SavedItem, SaveItemsAnswer } from '../../src/shared/messages';
import { saveInBatches } from '../../src/popup/save-in-batches';
import { saveInMessages } from '../../src/shared/save-in-messages';

/** Saves `items` as Save all does, each message through `send`; rejects at the first refusal (the bench's items are all valid). */
export async function saveAll(items: readonly NewSavedItem[], send: (batch: NewSavedItem[]) => Promise<SaveItemsAnswer>): Promise<SavedItem[]> {
  const { stored } = await saveInBatches(items, {
    saveBatch: (batch) => saveInMessages(batch, send),
    isUnreachable: () => true,
  });
  return stored;
}
