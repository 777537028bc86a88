/** Entry point of the library page. */
import { render } from 'preact';
import { browserPort, firstReadUnderWay } from './browser-port';
import { LibraryApp } from './components/LibraryApp';
import { createLibraryClient } from './library-client';

const root = document.getElementById('app');
// The first render waits until the saved items this page started reading as its script loaded have been asked for:
// it then runs while the database's backend reads them. Rendered beside the opening of the database, the page's first
// frame (its styles, layout and paint, tens of milliseconds) held this thread when the database answered, so the
// items were asked for later and came later. Meanwhile the page shows the placeholder of its HTML.
if (root) {
  void firstReadUnderWay.then(() => {
    root.replaceChildren();
    render(<LibraryApp client={createLibraryClient(browserPort)} />, root);
  });
}
