/**
 * How the extension's own pages (the popup, the library) read saved items:
 * straight from the store's IndexedDB, the database of the extension's
 * origin that the service worker writes, instead of a copy of every item sent
 * through a message. Writes still go through the background, which checks
 * and announces them. A web page's content script runs in the page's origin
 * and cannot open this database at all.
 */
import { databaseOnDemand, listSavedItems, type ItemQuery } from './db';
import type { SavedItem } from '../shared/messages';
import { storageFailureText } from './storage-errors';
import { messageOf } from '../shared/message-of';

/** Name of the User Timing measure of each read, seen in DevTools' performance panel and read by `npm run bench:page`. */
export const READ_MEASURE = 'policy-lens: read saved items';

/** This page's connection, opened on first read. */
const database = databaseOnDemand();

/**
 * Saved items matching `query`, oldest first (see {@link listSavedItems}).
 * Rejects with an Error whose message says, in words, why the storage could
 * not be read. `onAsked` is called once the database has been asked for the
 * items, while its backend reads them.
 */
export async function readSavedItems(query: ItemQuery = {}, onAsked?: () => void): Promise<SavedItem[]> {
  const start = performance.now();
  try {
    // `listSavedItems` makes its one request before its first await: once it returns, the database has been asked.
    const reading = listSavedItems(await database(), query);
    onAsked?.();
    const items = await reading;
    // Only the latest read is kept: a library left open all day reads again at every change.
    performance.clearMeasures(READ_MEASURE);
    performance.measure(READ_MEASURE, { start, detail: { items: items.length } });
    return items;
  } catch (error) {
    throw new Error(storageFailureText(error) ?? messageOf(error), { cause: error });
  }
}
