/** The library page's only contact with the browser's extension APIs. */
import { listenForSavedChanges } from '../ui/saved-changes';
import { extensionPageSender } from '../ui/extension-page-sender';
import type { LibraryPort } from './library-client';
import { readSavedItems } from '../background/extension-page-reader';
import { readAhead } from './read-ahead';

/** The real {@link LibraryPort}, for the library running inside the extension. */
export const browserPort: LibraryPort = {
  sendToBackground: extensionPageSender.sendToBackground,
  // Started as this module loads, before the library's first render.
  readAll: readAhead(() => readSavedItems(), listenForSavedChanges),
  onSavedChanged: listenForSavedChanges,
};
