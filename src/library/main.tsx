/** Entry point of the library page. */
import { render } from 'preact';
import { browserPort, firstReadSettled } from './browser-port';
import { LibraryApp } from './components/LibraryApp';
import { createLibraryClient } from './library-client';

const root = document.getElementById('app');
// The first render waits for the saved items this page started reading as its script loaded. Rendered beside the
// read, the page's frame (its styles, layout and paint, tens of milliseconds) held this thread when the database
// answered, so the read asked for the items later and took them in later, and the list came later; meanwhile the
// page shows the placeholder of its HTML.
if (root) {
  void firstReadSettled.then(() => {
    root.replaceChildren();
    render(<LibraryApp client={createLibraryClient(browserPort)} />, root);
  });
}
