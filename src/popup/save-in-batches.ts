/**
 * Saving many items as a run of smaller requests. The store saves each request
 * all or none, so when one is refused it is split in halves until the item the
 * store refuses is alone: that item is named, every other one is saved.
 */
import type { NewSavedItem, SavedItem } from '../shared/messages';
import { runOverlapped } from '../shared/overlapped';
import { SAVE_MESSAGES_IN_FLIGHT } from '../shared/save-in-messages';
import { messageOf } from '../shared/message-of';

/**
 * Items per request: half the store's limit per save. Posted with structured
 * cloning, a message of 1,000 items holds the popup's thread some 16 ms; each
 * message is a transaction and a commit of its own, and 1,000 items saved in
 * one message took 1.05 to 1.28 times plain IndexedDB's time where two of 500
 * took 1.38 to 1.83 times (bench/STORE.md).
 */
export const SAVE_BATCH_SIZE = 1_000;

/** An item the store would not save, and why. */
export interface RefusedItem {
  /** The item. */
  item: NewSavedItem;
  /** The store's reason. */
  reason: string;
}

/** What came of saving in batches. */
export interface BatchSaveResult {
  /** Every item stored, in the order sent. */
  stored: SavedItem[];
  /** Items the store refused on their own. */
  refused: RefusedItem[];
}

/** How {@link saveInBatches} talks to the store and reports progress. */
export interface BatchSaveOptions {
  /** Saves one batch, all or none; rejects when the store refuses it. */
  saveBatch(items: NewSavedItem[]): Promise<SavedItem[]>;
  /** Whether an error means the store cannot be reached or cannot store anything now (full, blocked): then splitting cannot help, and saving stops. */
  isUnreachable(error: unknown): boolean;
  /** Called after every stored batch with the items it stored. */
  onStored?(stored: SavedItem[]): void;
  /** Items per request; {@link SAVE_BATCH_SIZE} by default. */
  batchSize?: number;
}

/**
 * Saves `items` in batches, the next batch sent while the one before is
 * awaited, as a large save's messages are ({@link SAVE_MESSAGES_IN_FLIGHT});
 * a refused batch is split until the refused items stand alone. Rejects only
 * when the store cannot be reached: no further batch is sent, those under way
 * are waited for, and what was stored stays stored and was reported through `onStored`.
 */
export async function saveInBatches(items: readonly NewSavedItem[], options: BatchSaveOptions): Promise<BatchSaveResult> {
  const size = options.batchSize ?? SAVE_BATCH_SIZE;

  /** Saves one batch, splitting it when refused; what it stored and refused, in order. */
  async function save(batch: NewSavedItem[]): Promise<BatchSaveResult> {
    try {
      const stored = await options.saveBatch(batch);
      options.onStored?.(stored);
      return { stored, refused: [] };
    } catch (error) {
      if (options.isUnreachable(error)) throw error;
      if (batch.length === 1) {
        return { stored: [], refused: [{ item: batch[0]!, reason: messageOf(error) }] };
      }
      const half = Math.ceil(batch.length / 2);
      const first = await save(batch.slice(0, half));
      const second = await save(batch.slice(half));
      return { stored: [...first.stored, ...second.stored], refused: [...first.refused, ...second.refused] };
    }
  }

  const steps: (() => Promise<BatchSaveResult>)[] = [];
  for (let start = 0; start < items.length; start += size) steps.push(() => save(items.slice(start, start + size)));
  const outcomes = await runOverlapped(steps, SAVE_MESSAGES_IN_FLIGHT);
  const unreachable = outcomes.find((outcome) => outcome.status === 'rejected');
  if (unreachable) throw unreachable.reason;
  const done = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  return { stored: done.flatMap((batch) => batch.stored), refused: done.flatMap((batch) => batch.refused) };
}
