/** The content script put together: scan and draw the page, answer the popup, open cards, save. */
import { isHiddenByStyle } from '../dom/visibility';
import type { SavedItem } from '../shared/messages';
import { linkedItemId } from '../shared/item-link';
import { isSavedChangedMessage } from '../shared/saved-changed';
import { newSavedItemFrom, pageUrl } from '../shared/saved-item';
import { backgroundClient } from './background-client';
import type { ContentPort } from './browser-port';
import { CardHost } from './card/card-host';
import { answerContentMessage } from './message-handler';
import { choosePainter } from './paint/choose-painter';
import type { Painter } from './paint/painter';
import { PageScanner } from './page-scanner';
import { openCardOnPointer } from './pointer-card';
import { showRange } from './show-item';

/** The running content script's parts, for tests. */
export interface RunningContentScript {
  /** Scans the page and follows its changes. */
  scanner: PageScanner;
  /** The item card. */
  card: CardHost;
  /** Ids of the page items saved. */
  saved: ReadonlySet<string>;
  /** Stops listening to the page and the pointer. */
  stop(): void;
}

/** What a failure the analyst cannot act on leaves behind: a line in the page's console. */
function warn(error: unknown): void {
  console.warn('Policy Lens:', error instanceof Error ? error.message : error);
}

/** Starts Policy Lens on a page. `painter` defaults to the best the browser offers. */
export function startContentScript(document: Document, port: ContentPort, painter: Painter = choosePainter(document)): RunningContentScript {
  const background = backgroundClient(port);
  const saved = new Set<string>();
  const scanner = new PageScanner({
    document,
    painter,
    isHidden: isHiddenByStyle,
    onScanned: (count) => background.reportItemCount(count).catch(warn),
  });

  const markSaved = (items: readonly SavedItem[]): void => {
    for (const item of items) if (item.pageItemId !== undefined) saved.add(item.pageItemId);
    card.refresh();
  };
  // Read afresh: items deleted in the library leave the set too.
  const refreshSaved = (): Promise<void> =>
    background.listSaved(pageUrl(document.URL)).then((items) => {
      saved.clear();
      markSaved(items);
    }, warn);

  const card: CardHost = new CardHost(document, {
    isSaved: (id) => saved.has(id),
    opened: () => void refreshSaved(),
    async save(item) {
      markSaved(await background.save([newSavedItemFrom(item, { url: document.URL, title: document.title })]));
    },
  });

  const showItem = (id: string): boolean => {
    const item = scanner.item(id);
    if (!item) return false;
    showRange(scanner.rangeOf(item), painter);
    return true;
  };
  port.onMessage(async (message) => {
    if (isSavedChangedMessage(message)) {
      await refreshSaved();
      return { ok: true };
    }
    return answerContentMessage(message, { document, get state() { return scanner.state; }, items: () => scanner.items(), showItem });
  });

  const stopPointer = openCardOnPointer(document, scanner, card);
  scanner.watch();
  void scanner.scanPage().then(() => {
    // A link from the library names the item to show once the page is read.
    const linked = linkedItemId(document.location.hash);
    if (linked !== undefined) showItem(linked);
    return refreshSaved();
  });
  return {
    scanner,
    card,
    saved,
    stop() {
      stopPointer();
      scanner.stop();
    },
  };
}
