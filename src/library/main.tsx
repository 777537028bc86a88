/** Entry point of the library page. */
import { render } from 'preact';
import { browserPort, firstReadSettled } from './browser-port';
import { LibraryApp } from './components/LibraryApp';
import { createLibraryClient } from './library-client';

const root = document.getElementById('app');
// The first render waits until the saved items this page started reading as its script loaded are in hand: it then
// shows the list in its first frame. Rendered while the database's backend read them, the page's first frame (the
// render, its styles, layout and paint, tens of milliseconds) held this thread when the items arrived, and they were
// taken in that much later (bench/STORE.md). Meanwhile the page shows the placeholder of its HTML.
if (root) {
  void firstReadSettled.then(() => {
    root.replaceChildren();
    render(<LibraryApp client={createLibraryClient(browserPort)} />, root);
  });
}
