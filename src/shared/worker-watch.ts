/**
 * The watch an extension page keeps on the service worker for the requests
 * it posts: a `runtime` connection of this name, which the worker greets as
 * it receives it and which the browser closes when that worker stops (the
 * page then opens a new one for its next request). A request posted to the worker has no other way to learn that the
 * worker died with it (a `MessagePort` tells nothing when its other end goes).
 */

/** Name of the watch's connection. */
export const WATCH_PORT = 'policy-lens/watch';

/** What the worker says on a watch as it receives it: the page may post now. */
export const WATCH_GREETING = 'policy-lens/watching';
