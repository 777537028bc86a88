/** A save of any size sent as messages the background accepts (the transport under the content script's and the popup's saves). */
import { MAX_ITEMS_PER_SAVE, type NewSavedItem, type SavedItem, type SaveItemsAnswer } from './messages';
import { runOverlapped } from './overlapped';
import { storedItemsOf } from './stored-item';
import { messageOf } from './message-of';

/**
 * Save messages under way at once. The background answers a message once
 * its transaction has committed; meanwhile the next message travels, is
 * checked and queues its transaction behind the one committing (IndexedDB
 * runs read-write transactions over the same stores one at a time, in the
 * order they were made), so the store does not wait for the sender.
 */
export const SAVE_MESSAGES_IN_FLIGHT = 2;

/**
 * Saves `items` through `send`, at most {@link MAX_ITEMS_PER_SAVE} per
 * message, in order, the next message sent while the answer to the one
 * before is awaited ({@link SAVE_MESSAGES_IN_FLIGHT}), and resolves with
 * every item as stored, in order, rebuilt from the items sent and the
 * answers' receipts. Each message is stored all or nothing; once one fails
 * no further message is sent, the messages already under way are waited for
 * (each one answered stays saved, also one sent after the failing one), and
 * the first failure is thrown, naming how many items the answered messages hold.
 */
export async function saveInMessages(
  items: readonly NewSavedItem[],
  send: (batch: NewSavedItem[]) => Promise<SaveItemsAnswer>,
): Promise<SavedItem[]> {
  const steps: (() => Promise<SavedItem[]>)[] = [];
  for (let from = 0; from < items.length; from += MAX_ITEMS_PER_SAVE) {
    const batch = items.slice(from, from + MAX_ITEMS_PER_SAVE);
    steps.push(async () => storedItemsOf(batch, await send(batch)));
  }
  const outcomes = await runOverlapped(steps, SAVE_MESSAGES_IN_FLIGHT);
  const saved = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? outcome.value : []));
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (!failure) return saved;
  const error: unknown = failure.reason;
  if (saved.length === 0) throw error;
  const reason = messageOf(error);
  throw new Error(`${reason} (${saved.length} of the ${items.length} items were saved)`, { cause: error });
}
