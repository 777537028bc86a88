import { describe, expect, it, vi } from 'vitest';
import {
  createSelectionMenu,
  listenToSelectionEntries,
  SAVE_SELECTION_MENU_ID,
  type SelectionEntriesApi,
} from '../../src/background/selection-entries';
import manifest from '../../manifest.json';
import { SAVE_SELECTION_COMMAND } from '../../src/shared/commands';

/** The browser's menu and shortcut events, fired by hand. */
function fakeBrowser() {
  let menuClick: Parameters<SelectionEntriesApi['onMenuClick']>[0] = () => {};
  let command: Parameters<SelectionEntriesApi['onCommand']>[0] = () => {};
  const api = {
    createMenuEntry: vi.fn(),
    onMenuClick: (listener: typeof menuClick) => void (menuClick = listener),
    onCommand: (listener: typeof command) => void (command = listener),
    sendToTab: vi.fn(async () => ({ ok: true })),
  } satisfies SelectionEntriesApi;
  return { api, click: (...args: Parameters<typeof menuClick>) => menuClick(...args), press: (...args: Parameters<typeof command>) => command(...args) };
}

describe('saving a selection from the context menu and the keyboard', () => {
  it('adds a menu entry shown on selected text', () => {
    const { api } = fakeBrowser();
    createSelectionMenu(api);
    expect(api.createMenuEntry).toHaveBeenCalledWith({ id: SAVE_SELECTION_MENU_ID, title: 'Highlight with Policy Lens', contexts: ['selection'] });
  });

  it('asks the frame the menu was opened in, and the active tab’s page for the shortcut', () => {
    const { api, click, press } = fakeBrowser();
    listenToSelectionEntries(api);
    click(SAVE_SELECTION_MENU_ID, 7, 3);
    press(SAVE_SELECTION_COMMAND, 9);
    expect(api.sendToTab.mock.calls).toEqual([
      [7, 3, { type: 'background-to-content/save-selection' }],
      [9, 0, { type: 'background-to-content/save-selection' }],
    ]);
  });

  it('ignores other entries and commands, and clicks outside a tab', () => {
    const { api, click, press } = fakeBrowser();
    listenToSelectionEntries(api);
    click('another', 7, 0);
    click(SAVE_SELECTION_MENU_ID, undefined, 0);
    press('_execute_action', 9);
    expect(api.sendToTab).not.toHaveBeenCalled();
  });

  it('is the command the manifest declares, with its default shortcut', () => {
    expect(manifest.commands[SAVE_SELECTION_COMMAND].suggested_key.default).toBe('Alt+Shift+H');
    expect(manifest.permissions).toContain('contextMenus');
  });
});
