/** The library page's only contact with the browser's extension APIs. */
import { listenForSavedChanges } from '../ui/saved-changes';
import { extensionPageSender } from '../ui/extension-page-sender';
import type { LibraryPort } from './library-client';
import { readSavedItems } from '../background/extension-page-reader';
import { readAhead } from './read-ahead';

/** Every saved item, read from the moment this module loads, before the library's first render. */
const savedItems = readAhead(() => readSavedItems({}), listenForSavedChanges);

/** The real {@link LibraryPort}, for the library running inside the extension. */
export const browserPort: LibraryPort = {
  sendToBackground: extensionPageSender.sendToBackground,
  readAll: () => savedItems.read(),
  onSavedChanged: listenForSavedChanges,
};

/** Fulfilled (never rejected) once the read this module started has settled, the items in hand or the failure known. */
export const firstReadSettled: Promise<void> = savedItems.settled;
