/**
 * Records every request made in a browser context (pages, frames, the popup,
 * the extension's service worker) so that a test can check that nothing left
 * the machine.
 */
import type { BrowserContext, Request } from 'playwright-core';

/** One request seen in the context. */
export interface LoggedRequest {
  /** The requested URL. */
  url: string;
  /** Who asked: `service worker <url>`, `page <url>`, or `browser`. */
  from: string;
}

/** Schemes that never leave the browser. */
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'blob:', 'data:', 'about:']);

/** True for URLs served on this machine: the test pages on 127.0.0.1 and the extension's own files. */
export function isLocalUrl(url: string): boolean {
  const parsed = new URL(url);
  return LOCAL_SCHEMES.has(parsed.protocol) || parsed.hostname === '127.0.0.1';
}

function requester(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service worker ${worker.url()}`;
  try {
    return `page ${request.frame().url()}`;
  } catch {
    // Requests the browser makes for no frame (e.g. while a navigation starts) have none.
    return 'browser';
  }
}

/** The requests of one browser context, from the moment it is created. */
export class NetworkLog {
  /** Every request so far, in the order they started. */
  readonly requests: LoggedRequest[] = [];

  /** Starts recording the requests of `context`. */
  constructor(context: BrowserContext) {
    context.on('request', (request) => this.requests.push({ url: request.url(), from: requester(request) }));
  }
}
