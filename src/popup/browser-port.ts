/** The popup's only contact with the browser's extension APIs. */
import browser from 'webextension-polyfill';
import type { BrowserPort } from './popup-client';
import { listenForSavedChanges } from '../ui/saved-changes';
import { extensionPageSender } from '../ui/extension-page-sender';
import { readSavedItems } from '../background/extension-page-reader';

/** The real {@link BrowserPort}, for the popup running inside the extension. */
export const browserPort: BrowserPort = {
  async activeTab() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return undefined;
    return tab.url === undefined ? { id: tab.id } : { id: tab.id, url: tab.url };
  },
  sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  sendToBackground: extensionPageSender.sendToBackground,
  readSaved: (url) => readSavedItems({ url }),
  async openExtensionPage(path) {
    await browser.tabs.create({ url: browser.runtime.getURL(path) });
  },
  onSavedChanged: listenForSavedChanges,
};
