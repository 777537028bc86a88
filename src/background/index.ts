/**
 * Background service worker of Policy Lens: the only module of the background
 * that touches the browser API. It answers messages from the content script
 * and the requests the extension's pages post to it (the work is done in
 * `handlers.ts`, the same for both) and turns the context
 * menu entry and the keyboard shortcut into requests to the page.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { createSavedItemStore, databaseOnDemand } from './db';
import { handleMessage } from './handlers';
import { senderOf } from './senders';
import { answerPostedRequest, greetWatch, type PostedRequest } from './page-requests';
import { createSelectionMenu, listenToSelectionEntries, type SelectionEntriesApi } from './selection-entries';
import { SAVED_CHANGED } from '../shared/saved-changed';

/**
 * Tells the extension's open pages (library, popup) and every tab's content
 * script that saved items changed. A page with no listener is no error.
 */
function announceSavedChange(): void {
  const news = { type: SAVED_CHANGED };
  browser.runtime.sendMessage(news).catch(() => undefined);
  browser.tabs
    .query({})
    .then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, news).catch(() => undefined);
    })
    .catch(() => undefined);
}

const database = databaseOnDemand();
// Opened as the worker starts, not on the first message that needs it: a save that wakes the worker is checked while
// the database opens. A failure here is told to that message, which opens again.
database().catch(() => undefined);
const deps = { store: async () => createSavedItemStore(await database()), badge: browser.action, now: () => new Date(), announceSavedChange };

const extensionOrigin = browser.runtime.getURL('');
// Messages sent through runtime.sendMessage (content scripts send this way). Returning the promise makes it the
// answer (webextension-polyfill's contract).
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, senderOf(sender, browser.runtime.id, extensionOrigin), deps),
);
// The extension's own pages post their requests to the worker, and watch it while each is under way.
// (This file is compiled with the DOM's types: the worker's global scope and its message event are named by shape.)
const scope = self as unknown as EventTarget & { location: { origin: string } };
scope.addEventListener('message', (event) =>
  answerPostedRequest(event as unknown as PostedRequest, scope.location.origin, (message, sender) => handleMessage(message, sender, deps)),
);
browser.runtime.onConnect.addListener((port) => greetWatch(port, senderOf(port.sender ?? {}, browser.runtime.id, extensionOrigin)));

const selectionEntries: SelectionEntriesApi = {
  createMenuEntry: (entry) => void browser.contextMenus.create(entry),
  onMenuClick: (listener) =>
    browser.contextMenus.onClicked.addListener((info, tab) => listener(info.menuItemId, tab?.id, info.frameId)),
  onCommand: (listener) => browser.commands.onCommand.addListener((command, tab) => listener(command, tab?.id)),
  sendToTab: (tabId, frameId, message) => browser.tabs.sendMessage(tabId, message, { frameId }),
};
browser.runtime.onInstalled.addListener(() => createSelectionMenu(selectionEntries));
listenToSelectionEntries(selectionEntries);
