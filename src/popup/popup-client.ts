/**
 * The popup's typed requests to the content script of the active tab and to
 * the background, over a {@link BrowserPort} that the caller provides (the
 * real browser in the extension, a fake in tests).
 */
import {
  MAX_ITEMS_PER_ANSWER,
  type BackgroundMessage,
  type ContentMessage,
  type ExportFile,
  type ExportFormat,
  type GetPageItemsResponse,
  type GetPageSavedResponse,
  type GetPageStateResponse,
  type NewSavedItem,
  type SavedItem,
} from '../shared/messages';
import { saveInMessages } from '../shared/save-in-messages';
import { isObject } from '../shared/is-object';
import { askBackground, StorageFailedError } from '../ui/background-request';
import { messageOf } from '../shared/message-of';

/** The tab the popup was opened over. */
export interface ActiveTab {
  /** Browser tab id, to address its content script. */
  id: number;
  /** Its URL; absent when the browser does not disclose it (the extension has no access to the tab yet). */
  url?: string;
}

/** The only browser calls the popup makes. */
export interface BrowserPort {
  /** The active tab of the current window, if there is one. */
  activeTab(): Promise<ActiveTab | undefined>;
  /** Sends a message to the content script of tab `tabId`; rejects when none is listening. */
  sendToTab(tabId: number, message: ContentMessage): Promise<unknown>;
  /** Sends a message to the background service worker. */
  sendToBackground(message: BackgroundMessage): Promise<unknown>;
  /** The items saved from the page at `url`, read straight from the store; rejects with the reason in words. */
  readSaved(url: string): Promise<SavedItem[]>;
  /** Opens one of the extension's own pages (`src/library/index.html`) in a new tab. */
  openExtensionPage(path: string): Promise<void>;
  /** Calls `listener` whenever the background says saved items changed; returns a function that stops it. */
  onSavedChanged(listener: () => void): () => void;
}

/** No content script answered in the tab: the page cannot be read (or was opened before the extension). */
export class PageUnreachableError extends Error {
  override name = 'PageUnreachableError';
}

/** Requests the popup makes, each answered with the useful part of the response. */
export interface PopupClient {
  /** The tab the popup belongs to. */
  activeTab(): Promise<ActiveTab | undefined>;
  /**
   * A slice of at most `count` of the page's items (no more than one answer
   * holds), from index `from` on; throws {@link PageUnreachableError} when no
   * content script answers.
   */
  getPageItems(tabId: number, from: number, count: number): Promise<GetPageItemsResponse>;
  /** Which of the page's items are saved, and the saved items it could not find; throws as {@link getPageItems}. */
  getPageSaved(tabId: number): Promise<GetPageSavedResponse>;
  /** Whether the page is read and which read its items come from, without the items; throws as {@link getPageItems}. */
  getPageState(tabId: number): Promise<GetPageStateResponse>;
  /** Asks the page to scroll to an item and flash it. */
  scrollToItem(tabId: number, itemId: string): Promise<void>;
  /** Saves items and returns them as stored. */
  saveItems(items: NewSavedItem[]): Promise<SavedItem[]>;
  /** The items saved from one page. */
  listSaved(url: string): Promise<SavedItem[]>;
  /** The items saved from the page at `url` as a file to download; `json` is a backup of everything and needs no page. */
  exportSaved(format: ExportFormat, url: string | undefined): Promise<ExportFile>;
  /** Opens the library of every saved item in a new tab. */
  openLibrary(): Promise<void>;
  /** Calls `listener` when saved items change anywhere; returns a function that stops it. */
  onSavedChanged(listener: () => void): () => void;
}

/** Where the library page is inside the extension. */
export const LIBRARY_PAGE = 'src/library/index.html';

/** Builds the popup's client over `port`. */
export function createPopupClient(port: BrowserPort): PopupClient {
  async function askPage(tabId: number, message: ContentMessage): Promise<unknown> {
    try {
      return await port.sendToTab(tabId, message);
    } catch {
      throw new PageUnreachableError('No content script answered in this tab.');
    }
  }

  return {
    activeTab: () => port.activeTab(),

    async getPageItems(tabId, from, count) {
      const request = { type: 'popup-to-content/get-page-items', from, count: Math.min(count, MAX_ITEMS_PER_ANSWER) } as const;
      const response = await askPage(tabId, request);
      if (!isPageItemsResponse(response)) {
        throw new PageUnreachableError('The page answered with something other than its items.');
      }
      return response;
    },

    async getPageSaved(tabId) {
      const response = await askPage(tabId, { type: 'popup-to-content/get-page-saved' });
      if (!isObject(response) || !Array.isArray(response.savedItemIds) || !Array.isArray(response.notFound)) {
        throw new PageUnreachableError('The page answered with something other than its saved items.');
      }
      return response as GetPageSavedResponse;
    },

    async getPageState(tabId) {
      const response = await askPage(tabId, { type: 'popup-to-content/get-page-state' });
      if (!isPageStateResponse(response)) {
        throw new PageUnreachableError('The page answered with something other than its state.');
      }
      return response;
    },

    async scrollToItem(tabId, itemId) {
      const response = await askPage(tabId, { type: 'popup-to-content/scroll-to-item', itemId });
      if (!isObject(response) || response.ok !== true) {
        throw new PageUnreachableError('The page could not find that item any more.');
      }
    },

    saveItems(items) {
      return saveInMessages(items, (batch) => askBackground(port, { type: 'to-background/save-items', items: batch }));
    },

    async listSaved(url) {
      try {
        return await port.readSaved(url);
      } catch (error) {
        throw new StorageFailedError(messageOf(error));
      }
    },

    openLibrary: () => port.openExtensionPage(LIBRARY_PAGE),
    onSavedChanged: (listener) => port.onSavedChanged(listener),

    async exportSaved(format, url) {
      const scope = url === undefined ? {} : { scope: { url } };
      const { filename, mimeType, content } = await askBackground(port, { type: 'popup-to-background/export', format, ...scope });
      return { filename, mimeType, content };
    },
  };
}

/** The content script's answer to get-page-state has the agreed shape (it may come from an older page script). */
function isPageStateResponse(value: unknown): value is GetPageStateResponse & Record<string, unknown> {
  return isObject(value) && (value.state === 'scanning' || value.state === 'ready') && typeof value.revision === 'number';
}

/** The content script's answer to get-page-items has the agreed shape. */
function isPageItemsResponse(value: unknown): value is GetPageItemsResponse {
  return (
    isPageStateResponse(value) &&
    typeof value.url === 'string' &&
    typeof value.title === 'string' &&
    typeof value.total === 'number' &&
    Array.isArray(value.items)
  );
}
