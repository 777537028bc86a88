/**
 * What the tests ask the extension itself, through its service worker: which
 * tab a page is, what its content script found, the badge, the saved items in
 * IndexedDB. Also opens the popup over a report tab and restarts the worker.
 */
import type { Page, Worker } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import type { GetPageItemsResponse, SavedItem } from '../../../src/shared/messages';
import type { ExtensionBrowser } from './extension-browser';

// The callbacks passed to `evaluate` run inside the extension, where Chromium's
// promise-based `chrome` API has the same shape as webextension-polyfill's `browser`.
declare const chrome: Browser;

/** The IndexedDB database where the background stores saved items. */
const DATABASE = 'policy-lens';
/** Its object store of saved items. */
const ITEM_STORE = 'items';

/** The browser's id for the tab showing `page`, found by bringing the tab to the front. */
export async function tabIdOf(extension: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await extension.serviceWorker();
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error(`No active tab for ${page.url()}`);
  return id;
}

/**
 * The content script's answer to the popup's `get-page-items` request, once
 * it has finished scanning the page.
 */
export async function pageItems(extension: ExtensionBrowser, page: Page, timeoutMs = 30_000): Promise<GetPageItemsResponse> {
  const tabId = await tabIdOf(extension, page);
  const worker = await extension.serviceWorker();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await worker
      .evaluate(
        (id) => chrome.tabs.sendMessage(id, { type: 'popup-to-content/get-page-items' }) as Promise<GetPageItemsResponse>,
        tabId,
      )
      .catch(() => undefined); // the content script may not be listening yet
    if (answer?.state === 'ready') return answer;
    if (Date.now() > deadline) throw new Error(`The content script of ${page.url()} did not finish scanning in ${timeoutMs} ms`);
    await page.waitForTimeout(200);
  }
}

/** The toolbar badge text of the tab showing `page`. */
export async function badgeText(extension: ExtensionBrowser, page: Page): Promise<string> {
  const tabId = await tabIdOf(extension, page);
  const worker = await extension.serviceWorker();
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * Every saved item in IndexedDB, read in the service worker straight from the
 * database (not through the background's own code).
 */
export async function storedSavedItems(worker: Worker): Promise<SavedItem[]> {
  return worker.evaluate(
    async ([name, store]) => {
      // Opening a database that does not exist would create it empty, at version 1, and spoil the background's upgrade.
      if (!(await indexedDB.databases()).some((info) => info.name === name)) return [];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        if (!db.objectStoreNames.contains(store)) return [];
        const all = db.transaction(store, 'readonly').objectStore(store).getAll();
        return await new Promise<SavedItem[]>((resolve, reject) => {
          all.onsuccess = () => resolve(all.result as SavedItem[]);
          all.onerror = () => reject(all.error);
        });
      } finally {
        db.close();
      }
    },
    [DATABASE, ITEM_STORE] as const,
  );
}

/**
 * Opens the popup page in a background tab beside `page`'s tab, so that the
 * popup, asking for the active tab of its window, finds the report: the
 * same answer it gets when opened from the toolbar over that tab.
 */
export async function openPopupOver(extension: ExtensionBrowser, page: Page): Promise<Page> {
  await page.bringToFront();
  const worker = await extension.serviceWorker();
  const [popup] = await Promise.all([
    extension.context.waitForEvent('page'),
    worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.create({ url, active: false, windowId: tab?.windowId });
    }, extension.popupUrl),
  ]);
  await popup.waitForLoadState('load');
  if (!popup.url().startsWith(extension.popupUrl)) throw new Error(`Expected the popup to open, got ${popup.url()}`);
  return popup;
}

/**
 * Stops the extension's service worker, as the browser does whenever it
 * likes, and starts a fresh one: whatever the old one kept in memory is gone.
 * DevTools on an extension page sees the extension's workers and drives them.
 */
export async function restartServiceWorker(extension: ExtensionBrowser): Promise<void> {
  const page = await extension.context.newPage();
  await page.goto(extension.popupUrl);
  const devtools = await extension.context.newCDPSession(page);
  const reaches = (status: string): Promise<void> =>
    new Promise((resolve) =>
      devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((version) => version.runningStatus === status)) resolve();
      }),
    );
  await devtools.send('ServiceWorker.enable');
  const stopped = reaches('stopped');
  await devtools.send('ServiceWorker.stopAllWorkers');
  await stopped;
  const running = reaches('running');
  await devtools.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${extension.extensionId}/` });
  await running;
  await devtools.detach();
  await page.close();
}
