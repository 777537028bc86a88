/**
 * Background service worker of Policy Lens: the only module of the background
 * that touches the browser API. It answers messages from the content script
 * and the popup; the work is done in `handlers.ts`.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { createSavedItemStore, openPolicyLensDb, type SavedItemStore } from './db';
import { handleMessage } from './handlers';
import { senderOf } from './senders';

/**
 * The store, opening the database on first use. The open connection is only a
 * cache: when the worker is stopped it is simply opened again next time.
 */
function storeOnDemand(): () => Promise<SavedItemStore> {
  let opening: Promise<SavedItemStore> | undefined;
  return () => {
    opening ??= openPolicyLensDb().then(createSavedItemStore, (error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };
}

const deps = { store: storeOnDemand(), badge: browser.action, now: () => new Date() };

// Returning the promise makes it the answer (webextension-polyfill's contract).
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, senderOf(sender, browser.runtime.id, browser.runtime.getURL('')), deps),
);
