/**
 * The popup's Save all as an extension page of the store bench runs it: the
 * items in the popup's batches ({@link saveInBatches}, two under way), each
 * batch sent by the extension's own sender of a save ({@link saveInMessages})
 * as the popup asks the background ({@link askBackground} over the extension
 * pages' sender). Bundled by the bench into a script for that page.
 */
import type { NewSavedItem, SavedItem } from '../../src/shared/messages';
import { saveInBatches } from '../../src/popup/save-in-batches';
import { saveInMessages } from '../../src/shared/save-in-messages';
import { askBackground } from '../../src/ui/background-request';
import { extensionPageSender } from '../../src/ui/extension-page-sender';

/** Saves `items` as Save all does; rejects at the first refusal (the bench's items are all valid). */
export async function saveAll(items: readonly NewSavedItem[]): Promise<SavedItem[]> {
  const { stored } = await saveInBatches(items, {
    saveBatch: (batch) => saveInMessages(batch, (part) => askBackground(extensionPageSender, { type: 'to-background/save-items', items: part })),
    isUnreachable: () => true,
  });
  return stored;
}
