/** How the test stand-ins for the background answer a save: the items stored in memory, with ids in the order saved. */
import type { NewSavedItem, SavedItem, SaveItemsAnswer } from '../../src/shared/messages';
import { storedItemsOf } from '../../src/shared/stored-item';

/** Stores `items` in `stored` (ids `saved-0`, `saved-1`, … in the order saved) at `savedAt`, and answers as the background does. */
export function saveInMemory(stored: SavedItem[], items: readonly NewSavedItem[], savedAt: string): SaveItemsAnswer {
  const answer: SaveItemsAnswer = { ok: true, savedAt, receipts: items.map((_, index) => ({ id: `saved-${stored.length + index}` })) };
  stored.push(...storedItemsOf(items, answer));
  return answer;
}
