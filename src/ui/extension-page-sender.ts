/** How the extension's own pages (popup, library) reach the background: the browser's side of {@link workerSender}. */
import browser from 'webextension-polyfill';
import { workerSender, type WorkerLink } from './post-to-worker';

/** The extension's service worker as its pages reach it. */
const workerLink: WorkerLink = {
  async worker() {
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('the service worker is not active');
    return registration.active;
  },
  connect: (name) => browser.runtime.connect({ name }),
};

/** Sends the requests of an extension page to the background, posted to its service worker. */
export const extensionPageSender = workerSender(workerLink);
