/** Entry point of the popup page. */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { SAVE_SELECTION_COMMAND } from '../shared/commands';
import { App } from './App';
import { browserPort } from './browser-port';
import { createPopupClient } from './popup-client';

const root = document.getElementById('app');
const client = createPopupClient(browserPort);
if (root) {
  render(<App client={client} />, root);
  // The shortcut may have been changed or removed by the analyst (chrome://extensions/shortcuts): show the real one.
  void browser.commands.getAll().then((commands) => {
    const shortcut = commands.find((command) => command.name === SAVE_SELECTION_COMMAND)?.shortcut ?? '';
    render(<App client={client} highlightShortcut={shortcut} />, root);
  });
}
