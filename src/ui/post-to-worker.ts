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
 * answer then: requests are watched ({@link WATCH_PORT}), and reject as
 * soon as the worker that received them is gone. It never resends: a request
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

/** A watch opened on the service worker, kept for the requests that follow until the worker that greeted it stops. */
interface Watch {
  /** Fulfilled once the worker has greeted the watch: a message posted from then on reaches it or a later worker. */
  greeted: Promise<void>;
  /** Rejected with a {@link WorkerGoneError} once the watch has closed: the worker that greeted it is gone. */
  gone: Promise<never>;
}

/**
 * A {@link BackgroundSender} that posts each message to the service worker:
 * a watch opened and greeted first, so that the worker that will receive the
 * message is the greeting one or a later one; then the message posted with
 * the port of its answer. Resolves with the answer; rejects with a
 * {@link WorkerGoneError} when the watch closes first.
 *
 * The watch is kept from one request to the next, greeted once, until it
 * closes: each request is posted without waiting for a greeting of its own
 * (a round trip through the browser's main thread, which a busy browser
 * holds up). A message posted to a worker that has
 * stopped starts a later one, and the watch of the stopped one closes, so a
 * request is never left waiting: at worst one that a later worker carried
 * out is reported as not done, which saving again mends.
 */
export function workerSender(link: WorkerLink): BackgroundSender {
  let current: Watch | undefined;

  /** The open watch, or a new one. */
  function watch(): Watch {
    if (current) return current;
    const port = link.connect(WATCH_PORT);
    const opened: Watch = {
      greeted: new Promise<void>((greeted) => port.onMessage.addListener((said) => said === WATCH_GREETING && greeted())),
      gone: new Promise<never>((_, reject) =>
        port.onDisconnect.addListener(() => {
          if (current === opened) current = undefined;
          reject(new WorkerGoneError('the service worker stopped before it answered'));
        }),
      ),
    };
    // Heard only while a request awaits it; a close with no request under way is nobody's concern.
    opened.gone.catch(() => undefined);
    current = opened;
    return opened;
  }

  return {
    async sendToBackground(message: BackgroundMessage): Promise<unknown> {
      const { greeted, gone } = watch();
      const channel = new MessageChannel();
      try {
        await Promise.race([greeted, gone]);
        const worker = await Promise.race([link.worker(), gone]);
        const answer = new Promise<unknown>((resolve, reject) => {
          channel.port1.onmessage = (event) => resolve(event.data);
          channel.port1.onmessageerror = () => reject(new WorkerGoneError('the service worker’s answer could not be read'));
        });
        worker.postMessage(message, [channel.port2]);
        return await Promise.race([answer, gone]);
      } finally {
        channel.port1.close();
      }
    },
  };
}
