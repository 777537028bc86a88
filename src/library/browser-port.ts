/** The library page's only contact with the browser's extension APIs. */
import browser from 'webextension-polyfill';
import { listenForSavedChanges } from '../ui/saved-changes';
import type { LibraryPort } from './library-client';
import { readSavedItems } from '../background/extension-page-reader';
import { readAhead } from './read-ahead';

/** The real {@link LibraryPort}, for the library running inside the extension. */
export const browserPort: LibraryPort = {
  sendToBackground: (message) => browser.runtime.sendMessage(message),
  // Started as this module loads, before the library's first render.
  readAll: readAhead(() => readSavedItems(), listenForSavedChanges),
  onSavedChanged: listenForSavedChanges,
};
