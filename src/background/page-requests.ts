/**
 * Requests the extension's own pages post to the service worker
 * (`src/ui/post-to-worker.ts`): answered on the port each one brings, by the
 * same handler as every message, with the same validation. Plain functions
 * over the event's parts, so they run in tests without a browser.
 */
import type { BackgroundResponse } from './handlers';
import type { Sender } from './senders';
import { WATCH_GREETING, WATCH_PORT } from '../shared/worker-watch';
import { messageOf } from '../shared/message-of';

/** The port a posted request is answered on. */
export interface AnswerPort {
  /** Sends the answer (structured cloning); throws when it cannot be cloned. */
  postMessage(answer: unknown): void;
}

/** A message posted to the service worker (its `ExtendableMessageEvent`), as far as answering it needs. */
export interface PostedRequest {
  /** Origin of the context that posted it. */
  origin: string;
  /** The message. */
  data: unknown;
  /** Ports that came with it: a request brings exactly one, its answer's. */
  ports: readonly AnswerPort[];
  /** Keeps the worker running until `work` settles. */
  waitUntil(work: Promise<unknown>): void;
}

/**
 * Answers a request posted by one of the extension's own pages: `handle`
 * runs it as sent by an `extension-page`, and the worker is kept running
 * until the answer is sent. Only a context of the extension's own origin
 * (`extensionOrigin`) is heard: content scripts cannot post here (their
 * `navigator.serviceWorker` is their web page's), and no page of the
 * extension is open to the web. Anything else, or a message without its one
 * answer port, is left unanswered.
 */
export function answerPostedRequest(
  request: PostedRequest,
  extensionOrigin: string,
  handle: (message: unknown, sender: Sender) => Promise<BackgroundResponse>,
): void {
  const [port] = request.ports;
  if (request.origin !== extensionOrigin || port === undefined || request.ports.length !== 1) return;
  request.waitUntil(
    handle(request.data, { kind: 'extension-page' }).then((answer) => {
      try {
        port.postMessage(answer);
      } catch (error) {
        // The page waits for an answer as long as the worker runs: it is told why there is none.
        port.postMessage({ ok: false, error: `the answer could not be sent: ${messageOf(error)}` });
      }
    }),
  );
}

/** A connection opened to the service worker (the browser's `runtime.Port`), as far as greeting it needs. */
export interface WatchConnection {
  /** The name the opener gave it. */
  name: string;
  /** Sends a message to the opener. */
  postMessage(message: unknown): void;
}

/** Greets the watch an extension page keeps on the worker for the requests it posts (`src/shared/worker-watch.ts`); other connections are left alone. */
export function greetWatch(connection: WatchConnection, sender: Sender): void {
  if (connection.name === WATCH_PORT && sender.kind === 'extension-page') connection.postMessage(WATCH_GREETING);
}
