/**
 * The two ways to save a selected passage that the browser offers outside the
 * page: an entry of the context menu and a keyboard shortcut. Both ask the
 * content script of the tab to open its highlight form on the selection.
 */
import { SAVE_SELECTION_COMMAND } from '../shared/commands';
import type { MessageOfType } from '../shared/messages';

/** Id of the context menu entry. */
export const SAVE_SELECTION_MENU_ID = 'policy-lens-save-selection';


/** The parts of the browser's API the entries use. */
export interface SelectionEntriesApi {
  /** `contextMenus.create`. */
  createMenuEntry(entry: { id: string; title: string; contexts: ['selection'] }): void;
  /** Calls `listener` on a click on one of the extension's menu entries. */
  onMenuClick(listener: (menuItemId: string | number, tabId: number | undefined, frameId: number | undefined) => void): void;
  /** Calls `listener` when the analyst presses one of the extension's keyboard shortcuts, with the active tab. */
  onCommand(listener: (command: string, tabId: number | undefined) => void): void;
  /** Sends a message to the content script of one frame of a tab. */
  sendToTab(tabId: number, frameId: number, message: MessageOfType<'background-to-content/save-selection'>): Promise<unknown>;
}

/** What went wrong where nobody waits for an answer: a line in the worker's console. */
function warn(error: unknown): void {
  console.warn('Policy Lens:', error instanceof Error ? error.message : error);
}

/** Adds the context menu entry; to be called once, when the extension is installed or updated. */
export function createSelectionMenu(api: Pick<SelectionEntriesApi, 'createMenuEntry'>): void {
  api.createMenuEntry({ id: SAVE_SELECTION_MENU_ID, title: 'Highlight with Policy Lens', contexts: ['selection'] });
}

/** Makes the menu entry and the shortcut open the highlight form in the page. */
export function listenToSelectionEntries(api: SelectionEntriesApi): void {
  const ask = (tabId: number | undefined, frameId: number): void => {
    if (tabId === undefined || tabId < 0) return;
    api.sendToTab(tabId, frameId, { type: 'background-to-content/save-selection' }).catch(warn);
  };
  api.onMenuClick((menuItemId, tabId, frameId) => {
    if (menuItemId === SAVE_SELECTION_MENU_ID) ask(tabId, frameId ?? 0);
  });
  api.onCommand((command, tabId) => {
    if (command === SAVE_SELECTION_COMMAND) ask(tabId, 0);
  });
}
