/**
 * A saved item as storage keeps it, made of the item as sent and what storage
 * added ({@link SaveReceipt}). Storage builds its records this way, and the
 * senders of a save rebuild the same records from what they sent and the
 * answer's receipts, so the answer need not carry every item back.
 */
import { identityOf } from './content-key';
import type { NewSavedItem, SavedItem, SaveItemsAnswer, SaveReceipt } from './messages';
import { pageUrl } from './saved-item';

/** The stored item: `sent` under its page's URL and identity, with what storage added, stored at `savedAt`. */
export function storedItemOf(sent: NewSavedItem, receipt: SaveReceipt, savedAt: string): SavedItem {
  // Object.assign rather than a spread: V8 copies a spread slowly when later fields override copied ones (4× here, per item of a large save).
  return Object.assign({}, sent, {
    url: pageUrl(sent.url),
    contentKey: identityOf(sent),
    id: receipt.id,
    createdAt: receipt.createdAt ?? savedAt,
    updatedAt: savedAt,
    note: receipt.note ?? sent.note,
    tags: receipt.tags ?? sent.tags,
  });
}

/** What storage added to `sent` to make `stored`: its id, and its creation time, note and tags where they differ. */
export function receiptOf(sent: NewSavedItem, stored: SavedItem): SaveReceipt {
  return {
    id: stored.id,
    ...(stored.createdAt === stored.updatedAt ? {} : { createdAt: stored.createdAt }),
    ...(stored.note === sent.note ? {} : { note: stored.note }),
    ...(sameList(stored.tags, sent.tags) ? {} : { tags: stored.tags }),
  };
}

/**
 * The items `sent` in one save as stored, from the background's answer.
 * Throws when the answer does not hold one receipt per item sent.
 */
export function storedItemsOf(sent: readonly NewSavedItem[], answer: Pick<SaveItemsAnswer, 'savedAt' | 'receipts'>): SavedItem[] {
  if (answer.receipts.length !== sent.length) {
    throw new Error(`The answer to a save of ${sent.length} items holds ${answer.receipts.length} receipts`);
  }
  return sent.map((item, index) => storedItemOf(item, answer.receipts[index]!, answer.savedAt));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
