/**
 * Requests from the extension's own pages (popup, library) to the background
 * service worker, posted to it with structured cloning and answered on a
 * `MessageChannel` of their own, instead of `runtime.sendMessage`, which
 * serialises the whole message in the page and routes it through the
 * browser's main thread (for a save of 500 items, about three times as long
 * from sending to the answer). Content scripts cannot take this way: their
 * `navigator.serviceWorker` is their web page's.
 *
 * The worker may be stopped at any moment, and a posted request has no
 * answer then: each request is watched ({@link WATCH_PORT}), and rejects as
 * soon as the worker that received it is gone. It never resends: a request
 * that died may have been carried out (a save committed just before), so
 * only the analyst, told, saves again (a save is keyed by each item's
 * identity on its page, so saving twice stores each item once).
 */
import type { BackgroundMessage } from '../shared/messages';
import { WATCH_GREETING, WATCH_PORT } from '../shared/worker-watch';
import type { BackgroundSender } from './background-request';

/** A connection to the service worker (the browser's `runtime.Port`), closed by the browser when the worker stops. */
export interface WatchPort {
  /** Messages the worker sends on the connection. */
  onMessage: { addListener(listener: (message: unknown) => void): void };
  /** Fired when the worker's end is gone (the worker stopped, or it never listened). */
  onDisconnect: { addListener(listener: () => void): void };
  /** Closes the connection from this end. */
  disconnect(): void;
}

/** What posting to the service worker needs from the browser. */
export interface WorkerLink {
  /** The extension's active service worker (a message posted to it starts it if it was stopped); rejects when there is none. */
  worker(): Promise<{ postMessage(message: unknown, transfer: Transferable[]): void }>;
  /** Opens a connection named `name` to the service worker (`runtime.connect`), starting the worker if need be. */
  connect(name: string): WatchPort;
}

/** The service worker stopped, or could not be reached, before it answered a request. */
export class WorkerGoneError extends Error {
  override name = 'WorkerGoneError';
}

/**
 * A {@link BackgroundSender} that posts each message to the service worker:
 * a watch opened and greeted first, so that the worker that will receive the
 * message is the greeting one or a later one; then the message posted with
 * the port of its answer. Resolves with the answer; rejects with a
 * {@link WorkerGoneError} when the watch closes first.
 */
export function workerSender(link: WorkerLink): BackgroundSender {
  return {
    async sendToBackground(message: BackgroundMessage): Promise<unknown> {
      const watch = link.connect(WATCH_PORT);
      const channel = new MessageChannel();
      const gone = new Promise<never>((_, reject) =>
        watch.onDisconnect.addListener(() => reject(new WorkerGoneError('the service worker stopped before it answered'))),
      );
      // Heard only while a step below awaits it; a close after the answer is nobody's concern.
      gone.catch(() => undefined);
      try {
        await Promise.race([new Promise<void>((greeted) => watch.onMessage.addListener((said) => said === WATCH_GREETING && greeted())), gone]);
        const worker = await Promise.race([link.worker(), gone]);
        const answer = new Promise<unknown>((resolve, reject) => {
          channel.port1.onmessage = (event) => resolve(event.data);
          channel.port1.onmessageerror = () => reject(new WorkerGoneError('the service worker’s answer could not be read'));
        });
        worker.postMessage(message, [channel.port2]);
        return await Promise.race([answer, gone]);
      } finally {
        channel.port1.close();
        watch.disconnect();
      }
    },
  };
}
