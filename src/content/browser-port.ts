/** The content script's only contact with the browser's extension APIs. */
import browser from 'webextension-polyfill';
import type { BackgroundMessage } from '../shared/messages';

/** How the content script talks to the rest of the extension. */
export interface ContentPort {
  /** Sends a message to the background service worker; resolves with its answer, unchecked. */
  sendToBackground(message: BackgroundMessage): Promise<unknown>;
  /** Answers every message sent to this tab with what `answer` resolves to. */
  onMessage(answer: (message: unknown) => Promise<unknown>): void;
}

/** The real {@link ContentPort}, for the content script running in a page. */
export const browserPort: ContentPort = {
  sendToBackground: (message) => browser.runtime.sendMessage(message),
  onMessage(answer) {
    browser.runtime.onMessage.addListener((message: unknown) => answer(message));
  },
};
