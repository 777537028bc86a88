/** The library page's only contact with the browser's extension APIs. */
import browser from 'webextension-polyfill';
import { isSavedChangedMessage } from '../shared/saved-changed';
import type { LibraryPort } from './library-client';

/** The real {@link LibraryPort}, for the library running inside the extension. */
export const browserPort: LibraryPort = {
  sendToBackground: (message) => browser.runtime.sendMessage(message),
  onSavedChanged(listener) {
    const onMessage = (message: unknown): undefined => {
      if (isSavedChangedMessage(message)) listener();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  },
};
