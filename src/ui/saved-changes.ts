/** Hearing, in an extension page, the background's news that saved items changed. */
import browser from 'webextension-polyfill';
import { isSavedChangedMessage } from '../shared/saved-changed';

/** Calls `listener` on each such news; returns a function that stops listening. */
export function listenForSavedChanges(listener: () => void): () => void {
  const onMessage = (message: unknown): undefined => {
    if (isSavedChangedMessage(message)) listener();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
