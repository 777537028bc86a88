/**
 * When the browser's storage itself fails, in Chromium with the built
 * extension: the extension's quota used up (set small through the DevTools
 * protocol, so the browser refuses the writes with QuotaExceededError), and
 * the database's upgrade blocked by another connection holding it at an
 * older version. The popup and the library say so in words, and a save or
 * an import that failed left nothing behind: it is stored whole or not at all.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LIBRARY_PAGE } from '../../src/popup/popup-client';
import type { PageItem, SavedItem } from '../../src/shared/messages';
import { VERSION_ONE_SCHEMA } from '../shared/version-one-schema';
import { useBrowserSession } from './support/browser-session';
import { SMALL_REPORT } from './support/corpus-pages';
import { openPopupOver, pageItems, storedSavedItems } from './support/extension-api';
import { openPage } from './support/extension-browser';

// Callbacks passed to `evaluate` run inside the extension, where `chrome` has the polyfill's promise-based shape.
declare const chrome: Browser;

const session = useBrowserSession();

/** What the analyst reads when the quota is used up. */
const NO_ROOM = 'the browser has no room left for Policy Lens’s saved items';
/** What the analyst reads when an older connection blocks the upgrade. */
const BLOCKED = 'Policy Lens’s storage is being upgraded, but another Policy Lens tab of an older version still holds it open';

/** A quota far above anything the tests store. */
const LARGE_QUOTA = 1 << 30;

let report: Page;
let items: PageItem[];
/** An extension page that holds the DevTools session. */
let holder: Page;
/** A DevTools session on an extension page, to set the extension's storage quota. */
let devtools: CDPSession;
let origin: string;
/** The page item saved first, on its own. */
let firstSaved: string;

beforeAll(async () => {
  const { extension, server } = session;
  holder = await extension.context.newPage();
  await holder.goto(`chrome-extension://${extension.extensionId}/manifest.json`);
  devtools = await extension.context.newCDPSession(holder);
  origin = `chrome-extension://${extension.extensionId}`;
  // A quota of the tests' own from the start, so that taking the room away and giving it back are changes of one override.
  await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: LARGE_QUOTA });
  report = await openPage(extension.context, server.report(SMALL_REPORT).url);
  items = (await pageItems(extension, report)).items;
  expect(items.length).toBeGreaterThan(1);
});

afterAll(async () => {
  await devtools?.send('Storage.overrideQuotaForOrigin', { origin });
});

/** Sets the extension's storage quota to nothing at all, or (`full` false) to plenty; waits until the browser applies it. */
async function quotaUsedUp(full: boolean): Promise<void> {
  // One byte: less than the extension already uses, so the browser refuses any write that adds data.
  const quotaSize = full ? 1 : LARGE_QUOTA;
  await devtools.send('Storage.overrideQuotaForOrigin', { origin, quotaSize });
  await expect.poll(async () => (await devtools.send('Storage.getUsageAndQuota', { origin })).quota, { timeout: 10_000 }).toBe(quotaSize);
  // IndexedDB learns of a new quota a little later: a write of the extension's origin shows when it has.
  await expect.poll(() => probeWrite(), { timeout: 60_000, interval: 1_000 }).toBe(full ? 'QuotaExceededError' : 'stored');
}

/** Stores a kilobyte in a database of its own from an extension page; what came of it. */
function probeWrite(): Promise<string> {
  return holder.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('quota-probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('probe');
        open.onerror = () => resolve(open.error?.name ?? 'failed');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('probe', 'readwrite');
          tx.objectStore('probe').put('x'.repeat(1024), Math.random());
          tx.oncomplete = () => (db.close(), resolve('stored'));
          tx.onabort = () => (db.close(), resolve(tx.error?.name ?? 'aborted'));
        };
      }),
  );
}

async function stored(): Promise<SavedItem[]> {
  return storedSavedItems(await session.extension.serviceWorker());
}

function ids(saved: readonly SavedItem[]): string[] {
  return saved.map((item) => item.id).sort();
}

async function openPopup(): Promise<Page> {
  const popup = await openPopupOver(session.extension, report);
  await popup.locator('.list-summary', { hasText: `${items.length} items shown` }).waitFor({ timeout: 15_000 });
  return popup;
}

/** Saves the `index`-th row the popup shows with its own Save button; returns its page item id. */
async function saveRow(popup: Page, index: number): Promise<string> {
  const row = popup.locator('.row[data-item-id]').nth(index);
  const id = (await row.getAttribute('data-item-id'))!;
  await row.locator('.row-save').click();
  return id;
}

async function openLibrary(): Promise<Page> {
  const library = await session.extension.context.newPage();
  await library.goto(`chrome-extension://${session.extension.extensionId}/${LIBRARY_PAGE}`);
  return library;
}

describe('the storage quota used up', () => {
  test('Save all in the popup says there is no room, and stores nothing of the refused batch', async () => {
    const popup = await openPopup();
    firstSaved = await saveRow(popup, 0);
    await expect.poll(async () => (await stored()).length, { timeout: 15_000 }).toBe(1);
    const before = await stored();

    await quotaUsedUp(true);
    await popup.locator('button.save-all').click();
    await expect
      .poll(() => popup.locator('.notice-error .notice-text').textContent(), { timeout: 30_000 })
      .toContain(`Not saved: ${NO_ROOM}`);
    expect(ids(await stored())).toEqual(ids(before));

    // Room again: the same Save all stores every item, the one saved before only once.
    await quotaUsedUp(false);
    await popup.locator('button.save-all').click();
    await popup.locator('button.save-all', { hasText: 'All saved' }).waitFor({ timeout: 30_000 });
    const after = await stored();
    expect(after).toHaveLength(items.length);
    expect(new Set(after.map((item) => item.pageItemId))).toEqual(new Set(items.map((item) => item.id)));
    await popup.close();
  });

  test('an import in the library says there is no room, and adds nothing', async () => {
    const before = await stored();
    const library = await openLibrary();
    await expect.poll(() => library.locator('.library-summary').textContent(), { timeout: 15_000 }).toContain(`${before.length} of ${before.length}`);
    // A backup whose items are new to the library: the same items as saved from a copy of the page.
    const backup = await library.evaluate(async () => {
      const answer = (await chrome.runtime.sendMessage({ type: 'popup-to-background/export', format: 'json' })) as { content: string };
      const file = JSON.parse(answer.content) as { items: SavedItem[] };
      file.items = file.items.map((item) => ({ ...item, id: `${item.id}-copy`, url: item.url.replace(/\.html$/, '-copy.html') }));
      return JSON.stringify(file);
    });

    await quotaUsedUp(true);
    await library.locator('.import-file input[type="file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect
      .poll(() => library.locator('.notice-error .notice-text').textContent(), { timeout: 30_000 })
      .toContain(`Not imported: ${NO_ROOM}`);
    expect(ids(await stored())).toEqual(ids(before));
    expect(await library.locator('.library-summary').textContent()).toContain(`${before.length} of ${before.length}`);

    await quotaUsedUp(false);
    await library.locator('.import-file input[type="file"]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await expect.poll(() => library.locator('.notice-text').textContent(), { timeout: 30_000 }).toBe(`Imported ${before.length} items.`);
    expect(await stored()).toHaveLength(2 * before.length);
    await library.close();
  });
});

describe('an upgrade blocked by an older connection', () => {
  /** An extension page holding the database open at version 1, as an older Policy Lens would, deaf to requests to let go. */
  let older: Page;
  let v1Item: SavedItem;

  test('the library and the popup say what holds the storage, and nothing is stored until it lets go', async () => {
    const { extension } = session;
    // A version-1 record: an item without identity.
    const { contentKey: _identity, ...first } = (await stored()).find((item) => item.pageItemId === firstSaved)!;
    v1Item = { ...first, id: 'saved-by-version-1' } as SavedItem;
    older = await extension.context.newPage();
    await older.goto(`chrome-extension://${extension.extensionId}/manifest.json`);
    // Every connection of the extension lets go when the database is deleted; then version 1 is made and held.
    await older.evaluate(
      async ({ item, schema }) => {
        const settled = (request: IDBRequest) =>
          new Promise((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        await settled(indexedDB.deleteDatabase(schema.name));
        const open = indexedDB.open(schema.name, schema.version);
        open.onupgradeneeded = () => {
          for (const { name, keyPath, indexes } of schema.stores) {
            const store = open.result.createObjectStore(name, { keyPath });
            for (const index of indexes) store.createIndex(index.name, index.keyPath, index.options);
          }
          open.transaction!.objectStore('items').put(item);
        };
        (window as unknown as { held: IDBDatabase }).held = (await settled(open)) as IDBDatabase;
      },
      { item: v1Item, schema: VERSION_ONE_SCHEMA },
    );

    // The report read afresh: its content script cannot reach the saved items either.
    await report.reload();
    await pageItems(extension, report);

    const library = await openLibrary();
    await expect
      .poll(() => library.locator('.notice-error .notice-text').textContent(), { timeout: 30_000 })
      .toBe(`Saved items could not be read: ${BLOCKED}: close or reload the other Policy Lens tabs, then try again.`);

    const popup = await openPopup();
    await saveRow(popup, 1);
    await expect
      .poll(() => popup.locator('.notice-error .notice-text').textContent(), { timeout: 30_000 })
      .toBe(`Not saved: ${BLOCKED}: close or reload the other Policy Lens tabs, then try again.`);
    const stillOld = await older.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const count = (window as unknown as { held: IDBDatabase }).held.transaction('items').objectStore('items').count();
          count.onsuccess = () => resolve(count.result);
        }),
    );
    expect(stillOld).toBe(1);
    await popup.close();

    // The older tab goes: the upgrade runs, the item of version 1 is kept, and saving works again.
    await older.close();
    await library.reload();
    await expect.poll(() => library.locator('.library-summary').textContent(), { timeout: 30_000 }).toContain('1 of 1');
    const again = await openPopup();
    await saveRow(again, 1);
    await expect.poll(async () => (await stored()).length, { timeout: 30_000 }).toBe(2);
    const upgraded = (await stored()).find((item) => item.id === v1Item.id)!;
    expect(upgraded.contentKey).toBeTruthy();
    expect(upgraded).toMatchObject({ url: v1Item.url, text: v1Item.text });
    await library.close();
    await again.close();
  });
});
