import { expect, it } from 'vitest';
import type { NewSavedItem, SavedItem } from '../../src/shared/messages';
import { SAVE_BATCH_SIZE, saveInBatches } from '../../src/popup/save-in-batches';
import { SAVE_MESSAGES_IN_FLIGHT } from '../../src/shared/save-in-messages';
import { StorageUnreachableError } from '../../src/ui/background-request';
import { newSavedItemFrom } from '../../src/shared/saved-item';
import { PAGE, PAGE_ITEMS } from '../shared/page-fixtures';

/** `count` items to save, copies of the fixture page's items with their own ids. */
function manyItems(count: number): NewSavedItem[] {
  return Array.from({ length: count }, (_, index) => {
    const item = PAGE_ITEMS[index % PAGE_ITEMS.length]!;
    return newSavedItemFrom({ ...item, id: `${item.id}-${index}` }, PAGE);
  });
}

/** A store that saves all or none and refuses any batch holding an item `refuses` picks. */
function store(refuses: (item: NewSavedItem) => boolean) {
  const batches: number[] = [];
  const saveBatch = async (items: NewSavedItem[]): Promise<SavedItem[]> => {
    batches.push(items.length);
    const bad = items.findIndex(refuses);
    if (bad !== -1) throw new Error(`items[${bad}].text: too long`);
    return items.map((item) => ({ ...item, id: `saved-${item.pageItemId}`, createdAt: '', updatedAt: '' }));
  };
  return { batches, saveBatch };
}

const notUnreachable = (error: unknown) => error instanceof StorageUnreachableError;

it('saves 15,000 items in batches of 1,000', async () => {
  const items = manyItems(15_000);
  const { batches, saveBatch } = store(() => false);
  const reported: number[] = [];
  const result = await saveInBatches(items, {
    saveBatch,
    isUnreachable: notUnreachable,
    onStored: (stored) => reported.push(stored.length),
  });
  expect(result.stored).toHaveLength(15_000);
  expect(result.refused).toEqual([]);
  expect(batches).toEqual(Array(15).fill(1_000));
  expect(reported).toEqual(Array(15).fill(1_000));
});

it('names the one item the store refuses and saves every other', async () => {
  const items = manyItems(1_200);
  const refused = items[777]!;
  const { saveBatch } = store((item) => item === refused);
  const result = await saveInBatches(items, { saveBatch, isUnreachable: notUnreachable });
  expect(result.stored).toHaveLength(1_199);
  expect(result.stored.map((item) => item.pageItemId)).not.toContain(refused.pageItemId);
  expect(result.refused).toEqual([{ item: refused, reason: 'items[0].text: too long' }]);
});

it('stops at once when the store cannot be reached, keeping what was stored', async () => {
  const items = manyItems(3 * SAVE_BATCH_SIZE);
  let calls = 0;
  const stored: SavedItem[] = [];
  const saving = saveInBatches(items, {
    async saveBatch(batch) {
      if (++calls > 1) throw new StorageUnreachableError('Policy Lens could not reach its storage.');
      return batch.map((item) => ({ ...item, id: `saved-${item.pageItemId}`, createdAt: '', updatedAt: '' }));
    },
    isUnreachable: notUnreachable,
    onStored: (batch) => stored.push(...batch),
  });
  await expect(saving).rejects.toThrow('could not reach');
  expect(calls).toBe(2);
  expect(stored).toHaveLength(SAVE_BATCH_SIZE);
});

it('sends the next batch while the one before is awaited, and keeps the items in the order sent', async () => {
  const items = manyItems(1_200);
  let underWay = 0;
  let most = 0;
  const result = await saveInBatches(items, {
    async saveBatch(batch) {
      most = Math.max(most, ++underWay);
      // The first batch is answered last.
      await new Promise((answered) => setTimeout(answered, batch[0] === items[0] ? 5 : 1));
      underWay--;
      return batch.map((item) => ({ ...item, id: `saved-${item.pageItemId}`, createdAt: '', updatedAt: '' }));
    },
    isUnreachable: notUnreachable,
  });
  expect(most).toBe(SAVE_MESSAGES_IN_FLIGHT);
  expect(result.stored.map((item) => item.pageItemId)).toEqual(items.map((item) => item.pageItemId));
});
