/**
 * The background's word to the extension's pages and the report pages that
 * saved items changed (saved, edited, deleted or put back), so open lists
 * read them again.
 */

/** Type of the broadcast. */
export const SAVED_CHANGED = 'from-background/saved-changed';

/** The broadcast itself; it carries nothing but the news, so a listener reads what it needs. */
export interface SavedChangedMessage {
  /** Always {@link SAVED_CHANGED}. */
  type: typeof SAVED_CHANGED;
}

/** Whether a message received is the broadcast. */
export function isSavedChangedMessage(message: unknown): message is SavedChangedMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === SAVED_CHANGED;
}
