/**
 * Failures of the browser's storage itself, as opposed to a refused request:
 * no room left, or the database held at an older version by another
 * connection. Each is said in words the analyst can act on, to follow
 * "Not saved:" or "Saved items could not be read:". A write that fails so
 * keeps nothing: the store's transaction is aborted as a whole.
 */

/**
 * The database could not be opened: it is to be upgraded, but another
 * connection (an extension page of an older version still open) holds it at
 * its old version and does not let go.
 */
export class StorageBlockedError extends Error {
  override name = 'StorageBlockedError';
  constructor() {
    super('the saved-items database is held open at an older version by another connection');
  }
}

/**
 * The words for a failure of the storage itself; undefined for any other
 * error (those are reported as they are).
 */
export function storageFailureText(error: unknown): string | undefined {
  const name = error instanceof Error || error instanceof DOMException ? error.name : undefined;
  switch (name) {
    case 'QuotaExceededError':
      return (
        'the browser has no room left for Policy Lens’s saved items (its storage quota is used up): ' +
        'delete saved items you no longer need or free some disk space, then try again.'
      );
    case 'StorageBlockedError':
      return (
        'Policy Lens’s storage is being upgraded, but another Policy Lens tab of an older version still holds it open: ' +
        'close or reload the other Policy Lens tabs, then try again.'
      );
    case 'VersionError':
      return 'the saved items were stored by a newer version of Policy Lens: update the extension to reach them.';
    default:
      return undefined;
  }
}
