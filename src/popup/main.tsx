/** Entry point of the popup page. */
import { render } from 'preact';
import { App } from './App';
import { browserPort } from './browser-port';
import { createPopupClient } from './popup-client';

const root = document.getElementById('app');
if (root) render(<App client={createPopupClient(browserPort)} />, root);
