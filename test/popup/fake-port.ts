/** A stand-in for the browser in popup tests: records every message and answers as told. */
import type { BackgroundMessage, ContentMessage, GetPageItemsResponse, PageItem, SavedItem } from '../../src/shared/messages';
import type { ActiveTab, BrowserPort } from '../../src/popup/popup-client';
import { saveInMemory } from '../shared/save-in-memory';

/** One read of the page, as its content script knows it: the fake answers slices of its items and its saved items. */
export interface PageAnswer {
  /** `scanning` or `ready`. */
  state: GetPageItemsResponse['state'];
  /** Page URL. */
  url: string;
  /** Page title. */
  title: string;
  /** Every item of the page, in text order. */
  items: PageItem[];
  /** Ids of the items the page knows as saved. */
  savedItemIds?: string[];
  /** Saved items the page could not find. */
  notFound?: SavedItem[];
}

/** How the fake browser answers. */
export interface FakeBrowser {
  /** The active tab; undefined for none. */
  tab: ActiveTab | undefined;
  /**
   * The page's reads, in order: the last one is the page as it is now (push
   * one to change the page); its index is its revision. An Error rejects like
   * a tab with no content script.
   */
  pageAnswers: (PageAnswer | Error)[];
  /** The background's answer to each message; by default it stores saves and lists them back. */
  background: (message: BackgroundMessage) => unknown;
  /**
   * Runs before each slice of items is answered, with the slice's first
   * index: it may hold the answer back, change the page (push a read) or
   * throw, as a content script that went away.
   */
  beforeSlice?: (from: number) => Promise<void> | void;
}

/** The fake port with the messages it received. */
export interface RecordingPort extends BrowserPort {
  /** Messages sent to the tab, with the tab id. */
  toTab: { tabId: number; message: ContentMessage }[];
  /** Messages sent to the background. */
  toBackground: BackgroundMessage[];
  /** Page URLs whose saved items were read straight from the store. */
  reads: string[];
  /** Extension pages opened in new tabs. */
  openedPages: string[];
  /** Tells the popup, as the background does, that saved items changed. */
  announceSavedChange(): void;
}

/** A background that keeps saved items in memory, like the real one but without IndexedDB. */
export function memoryBackground(initial: SavedItem[] = []): (message: BackgroundMessage) => unknown {
  const saved = [...initial];
  return (message) => {
    switch (message.type) {
      case 'to-background/save-items':
        return saveInMemory(saved, message.items, '2026-11-23T10:00:00.000Z');
      case 'to-background/list-saved':
        return { ok: true, items: saved.filter((item) => message.url === undefined || item.url === message.url) };
      default:
        return { ok: false, error: `unexpected message ${message.type}` };
    }
  };
}

/** A port over `browser`; fields left out get a readable page with no items and an empty store. */
export function fakePort(browser: Partial<FakeBrowser>): RecordingPort {
  const tab = 'tab' in browser ? browser.tab : { id: 7, url: 'http://127.0.0.1:8080/report.html' };
  const answers = browser.pageAnswers ?? [];
  const background = browser.background ?? memoryBackground();
  const listeners = new Set<() => void>();
  const port: RecordingPort = {
    toTab: [],
    toBackground: [],
    reads: [],
    openedPages: [],
    activeTab: async () => tab,
    async sendToTab(tabId, message) {
      port.toTab.push({ tabId, message });
      if (message.type === 'popup-to-content/scroll-to-item') return { ok: true };
      if (message.type === 'popup-to-content/get-page-items') await browser.beforeSlice?.(message.from);
      const revision = answers.length - 1;
      const answer = answers[revision];
      if (answer === undefined || answer instanceof Error) {
        throw answer ?? new Error('Could not establish connection. Receiving end does not exist.');
      }
      const { state, url, title, items, savedItemIds = [], notFound = [] } = answer;
      switch (message.type) {
        case 'popup-to-content/get-page-state':
          return { state, revision };
        case 'popup-to-content/get-page-saved':
          return { savedItemIds, notFound };
        case 'popup-to-content/get-page-items':
          return { state, revision, url, title, total: items.length, items: items.slice(message.from, message.from + message.count) };
        default:
          throw new Error(`the content script does not handle ${message.type}`);
      }
    },
    async sendToBackground(message) {
      port.toBackground.push(message);
      return background(message);
    },
    // The popup reads saved items straight from the store: here the fake background's memory, with no message sent.
    async readSaved(url) {
      port.reads.push(url);
      const answer = (await background({ type: 'to-background/list-saved', url })) as { ok: boolean; items?: SavedItem[]; error?: string };
      if (!answer.ok) throw new Error(answer.error);
      return answer.items ?? [];
    },
    async openExtensionPage(path) {
      port.openedPages.push(path);
    },
    onSavedChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    announceSavedChange: () => listeners.forEach((listener) => listener()),
  };
  return port;
}
