/**
 * What the tests ask the extension itself, through its service worker: which
 * tab a page is, what its content script found, the badge, the saved items in
 * IndexedDB. Also opens the popup over a report tab and restarts the worker.
 */
import type { Page, Worker } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import {
  MAX_ITEMS_PER_ANSWER,
  type ContentMessage,
  type GetPageItemsResponse,
  type GetPageSavedResponse,
  type GetPageStateResponse,
  type PageItem,
  type SavedItem,
} from '../../../src/shared/messages';
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

/** What the content script knows of its page once it is read: every item, and its saved items. */
export interface PageReading {
  /** Always `ready`: the page is read. */
  state: 'ready';
  /** The revision of the page's list the items come from. */
  revision: number;
  /** Page URL without its fragment. */
  url: string;
  /** Page title. */
  title: string;
  /** Every item of the page, in text order. */
  items: PageItem[];
  /** Ids of the items that are saved. */
  savedItemIds: string[];
  /** Saved items of the page's URL not found in its text. */
  notFound: SavedItem[];
}

/**
 * Every item of the page once its content script has read it, asked as the
 * popup asks: the page's state until it is ready, then its items a slice at
 * a time, all from one revision (begun again when the page changed between
 * two slices), then its saved items.
 */
export async function pageItems(extension: ExtensionBrowser, page: Page, timeoutMs = 30_000): Promise<PageReading> {
  const tabId = await tabIdOf(extension, page);
  const worker = await extension.serviceWorker();
  const ask = <T>(message: ContentMessage): Promise<T | undefined> =>
    worker
      .evaluate(([id, sent]) => chrome.tabs.sendMessage(id, sent) as Promise<T>, [tabId, message] as const)
      .catch(() => undefined); // the content script may not be listening yet
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await ask<GetPageStateResponse>({ type: 'popup-to-content/get-page-state' });
    if (state?.state === 'ready') {
      const items = await allItems(ask, state.revision);
      const saved = await ask<GetPageSavedResponse>({ type: 'popup-to-content/get-page-saved' });
      if (items && saved) return { ...items, ...saved, state: 'ready' };
    }
    if (Date.now() > deadline) throw new Error(`The content script of ${page.url()} did not finish scanning in ${timeoutMs} ms`);
    await page.waitForTimeout(200);
  }
}

/** Every item of revision `revision`, a slice at a time; undefined when the page changed or did not answer. */
async function allItems(
  ask: <T>(message: ContentMessage) => Promise<T | undefined>,
  revision: number,
): Promise<Omit<PageReading, 'state' | 'savedItemIds' | 'notFound'> | undefined> {
  const items: PageItem[] = [];
  for (;;) {
    const slice = await ask<GetPageItemsResponse>({ type: 'popup-to-content/get-page-items', from: items.length, count: MAX_ITEMS_PER_ANSWER });
    if (slice?.revision !== revision || slice.state !== 'ready') return undefined;
    items.push(...slice.items);
    if (items.length >= slice.total) return { revision, url: slice.url, title: slice.title, items };
    if (slice.items.length === 0) return undefined;
  }
}

/** The page's state as the popup first asks for it (`scanning` or `ready`, with the items' revision); undefined while its content script is not listening. */
export async function pageState(extension: ExtensionBrowser, page: Page): Promise<GetPageStateResponse | undefined> {
  const tabId = await tabIdOf(extension, page);
  const worker = await extension.serviceWorker();
  const message: ContentMessage = { type: 'popup-to-content/get-page-state' };
  return worker
    .evaluate(([id, sent]) => chrome.tabs.sendMessage(id, sent) as Promise<GetPageStateResponse>, [tabId, message] as const)
    .catch(() => undefined);
}

/** Asks the page's content script to show an item, as a click on its row in the popup does; its answer. */
export async function showItem(extension: ExtensionBrowser, page: Page, itemId: string): Promise<{ ok: boolean }> {
  const tabId = await tabIdOf(extension, page);
  const worker = await extension.serviceWorker();
  const message: ContentMessage = { type: 'popup-to-content/scroll-to-item', itemId };
  return worker.evaluate(([id, sent]) => chrome.tabs.sendMessage(id, sent) as Promise<{ ok: boolean }>, [tabId, message] as const);
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
