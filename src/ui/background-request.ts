/**
 * A request from one of the extension's pages (popup, library) to the
 * background, answered with the success part of its response or thrown as
 * an error whose message is short enough to show.
 */
import type { BackgroundMessage, ErrorResponse, ResponseOf } from '../shared/messages';
import { isObject } from '../shared/is-object';

/** The background refused or failed a request; `message` is short enough to show. */
export class BackgroundError extends Error {
  override name = 'BackgroundError';
}

/** The background could not be reached at all: no request can succeed until it answers again. */
export class StorageUnreachableError extends BackgroundError {
  override name = 'StorageUnreachableError';
}

/**
 * The browser's storage failed (no room left, blocked by an older
 * connection): nothing of the request was stored, and no smaller request
 * can succeed until the analyst acts on the message.
 */
export class StorageFailedError extends BackgroundError {
  override name = 'StorageFailedError';
}

/** The answer to `M` when the background did what was asked. */
export type SuccessOf<M extends BackgroundMessage> = Exclude<ResponseOf<M>, ErrorResponse>;

/** What sends a message to the background: the page's port to the browser. */
export interface BackgroundSender {
  /** Sends a message to the background service worker; rejects when it cannot be reached. */
  sendToBackground(message: BackgroundMessage): Promise<unknown>;
}

/**
 * Sends `message` through `port` and returns the background's answer when it is
 * a success; throws {@link StorageUnreachableError} when sending fails,
 * {@link StorageFailedError} when the storage failed, else
 * {@link BackgroundError} with the background's reason.
 */
export async function askBackground<M extends BackgroundMessage>(
  port: BackgroundSender,
  message: M,
): Promise<SuccessOf<M>> {
  let response: unknown;
  try {
    response = await port.sendToBackground(message);
  } catch {
    throw new StorageUnreachableError('Policy Lens could not reach its storage. Please try again.');
  }
  // The background validates what it receives and answers in the agreed shapes.
  if (isObject(response) && response.ok === true) return response as unknown as SuccessOf<M>;
  const reason = isObject(response) && typeof response.error === 'string' ? response.error : 'no answer from the storage';
  throw isObject(response) && response.storageFailed === true ? new StorageFailedError(reason) : new BackgroundError(reason);
}
