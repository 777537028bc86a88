/** Entry point of the library page. */
import { render } from 'preact';
import { browserPort } from './browser-port';
import { LibraryApp } from './components/LibraryApp';
import { createLibraryClient } from './library-client';

const root = document.getElementById('app');
if (root) render(<LibraryApp client={createLibraryClient(browserPort)} />, root);
