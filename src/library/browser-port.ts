/** The library page's only contact with the browser's extension APIs. */
import { listenForSavedChanges } from '../ui/saved-changes';
import { extensionPageSender } from '../ui/extension-page-sender';
import type { LibraryPort } from './library-client';
import { readSavedItems } from '../background/extension-page-reader';
import { readAhead } from './read-ahead';

/** Called once the read started as this module loads has asked the database for the items. */
let itemsAsked: () => void = () => undefined;
const asked = new Promise<void>((resolve) => (itemsAsked = resolve));

/** Every saved item, read from the moment this module loads, before the library's first render. */
const savedItems = readAhead(() => readSavedItems({}, itemsAsked), listenForSavedChanges);

/** The real {@link LibraryPort}, for the library running inside the extension. */
export const browserPort: LibraryPort = {
  sendToBackground: extensionPageSender.sendToBackground,
  readAll: () => savedItems.read(),
  onSavedChanged: listenForSavedChanges,
};

/**
 * Fulfilled once the read this module started has asked the database for
 * the items, which its backend then reads apart from this page's thread, or
 * once that read has settled, whichever comes first.
 */
export const firstReadUnderWay: Promise<void> = Promise.race([asked, savedItems.settled]);
