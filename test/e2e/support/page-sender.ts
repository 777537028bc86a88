/**
 * Both ways a message reaches the background, as a module the tests bundle
 * into one of the extension's pages ({@link pageScript}): posted to the
 * service worker, as the popup and the library send, or through
 * `runtime.sendMessage`, as content scripts send.
 */
import browser from 'webextension-polyfill';
import type { BackgroundMessage } from '../../../src/shared/messages';
import { extensionPageSender } from '../../../src/ui/extension-page-sender';

/** How a message reaches the worker: `posted`, as the extension's pages send, or through `runtime`.sendMessage, as content scripts send. */
export type Way = 'posted' | 'runtime';

/** Sends `message` one `way`; the background's answer, or a rejection when the worker could not answer. */
export function sendOneWay(way: Way, message: BackgroundMessage): Promise<unknown> {
  return way === 'posted' ? extensionPageSender.sendToBackground(message) : browser.runtime.sendMessage(message);
}
