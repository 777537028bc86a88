import { describe, expect, it } from 'vitest';
import { MAX_ITEMS_PER_SAVE, type NewSavedItem, type SaveItemsAnswer } from '../../src/shared/messages';
import { SAVE_MESSAGES_IN_FLIGHT, saveInMessages } from '../../src/shared/save-in-messages';
import { taxIndicator } from './corpus-fixtures';

/** `count` copies of a corpus indicator, each its own page item. */
function manyItems(count: number): NewSavedItem[] {
  const indicator = taxIndicator();
  return Array.from({ length: count }, (_, i) => ({ ...indicator, pageItemId: `item-${i}` }));
}

/** The background's answer: every item stored as new. */
const asStored = (batch: NewSavedItem[]): SaveItemsAnswer => ({
  ok: true,
  savedAt: '2026-11-23T08:00:00.000Z',
  receipts: batch.map((item) => ({ id: `saved-${item.pageItemId}` })),
});

describe('saveInMessages', () => {
  it('sends a large save as messages the background accepts, in order, and gives back every item', async () => {
    const sizes: number[] = [];
    const items = manyItems(2 * MAX_ITEMS_PER_SAVE + 500);
    const saved = await saveInMessages(items, async (batch) => {
      sizes.push(batch.length);
      return asStored(batch);
    });
    expect(sizes).toEqual([MAX_ITEMS_PER_SAVE, MAX_ITEMS_PER_SAVE, 500]);
    expect(saved.map((item) => item.pageItemId)).toEqual(items.map((item) => item.pageItemId));
    expect(saved.map((item) => item.id)).toEqual(items.map((item) => `saved-${item.pageItemId}`));
    expect(saved[0]).toMatchObject({ createdAt: '2026-11-23T08:00:00.000Z', updatedAt: '2026-11-23T08:00:00.000Z' });
  });

  it('refuses an answer that does not give a receipt for every item sent', async () => {
    const saving = saveInMessages(manyItems(3), async (batch) => asStored(batch.slice(1)));
    await expect(saving).rejects.toThrow('The answer to a save of 3 items holds 2 receipts');
  });

  it('sends nothing for nothing', async () => {
    expect(await saveInMessages([], () => Promise.reject(new Error('no message expected')))).toEqual([]);
  });

  it('sends the next message while the answer to the one before is awaited, never more at once', async () => {
    let underWay = 0;
    let most = 0;
    const sizes: number[] = [];
    const saved = await saveInMessages(manyItems(4 * MAX_ITEMS_PER_SAVE + 1), async (batch) => {
      sizes.push(batch.length);
      most = Math.max(most, ++underWay);
      // The answer comes after a while, as after a commit.
      await new Promise((answered) => setTimeout(answered, 1));
      underWay--;
      return asStored(batch);
    });
    expect(most).toBe(SAVE_MESSAGES_IN_FLIGHT);
    expect(sizes).toEqual([MAX_ITEMS_PER_SAVE, MAX_ITEMS_PER_SAVE, MAX_ITEMS_PER_SAVE, MAX_ITEMS_PER_SAVE, 1]);
    expect(saved).toHaveLength(4 * MAX_ITEMS_PER_SAVE + 1);
  });

  it('says how many items were saved when a message failed', async () => {
    let sent = 0;
    const saving = saveInMessages(manyItems(MAX_ITEMS_PER_SAVE + 1), async (batch) => {
      if (sent++ > 0) throw new Error('Saving failed: the browser has no room left for saved items');
      return asStored(batch);
    });
    await expect(saving).rejects.toThrow(`no room left for saved items (${MAX_ITEMS_PER_SAVE} of the ${MAX_ITEMS_PER_SAVE + 1} items were saved)`);
  });

  it('sends nothing more once a message failed, and counts a message already under way that was saved', async () => {
    const sent: number[] = [];
    const saving = saveInMessages(manyItems(4 * MAX_ITEMS_PER_SAVE), async (batch) => {
      const index = sent.push(sent.length) - 1;
      await new Promise((answered) => setTimeout(answered, 1));
      // The first message fails while the second is under way; the second is saved.
      if (index === 0) throw new Error('Saving failed: no answer from the extension');
      return asStored(batch);
    });
    await expect(saving).rejects.toThrow(`no answer from the extension (${MAX_ITEMS_PER_SAVE} of the ${4 * MAX_ITEMS_PER_SAVE} items were saved)`);
    expect(sent).toEqual([0, 1]);
  });

  it('passes the first failure on as it is', async () => {
    await expect(saveInMessages(manyItems(3), () => Promise.reject(new Error('Saving failed: no answer from the extension')))).rejects.toThrow(
      /^Saving failed: no answer from the extension$/,
    );
  });
});
