/** The content script put together: scan and draw the page, answer the popup, open cards, save. */
import { isHiddenByStyle } from '../dom/visibility';
import type { SavedItem } from '../shared/messages';
import { identityOf } from '../shared/content-key';
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
import { SavedOnPage } from './saved-on-page';
import { showRange } from './show-item';
import { watchUrl } from './url-watch';

/** The running content script's parts, for tests. */
export interface RunningContentScript {
  /** Scans the page and follows its changes. */
  scanner: PageScanner;
  /** The item card. */
  card: CardHost;
  /** The page's saved items and where they are. */
  saved: SavedOnPage;
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
  const scanner = new PageScanner({
    document,
    painter,
    isHidden: isHiddenByStyle,
    onScanned: (count) => {
      // After every scan the text may have moved: saved items are placed again, and a new URL noticed.
      saved.place();
      card.refresh();
      urlWatch.check();
      background.reportItemCount(count).catch(warn);
    },
  });
  const saved = new SavedOnPage(scanner, painter);

  const markSaved = (items: readonly SavedItem[]): void => {
    saved.addSaved(items);
    card.refresh();
  };
  const refreshSaved = (): Promise<void> =>
    background.listSaved(pageUrl(document.URL)).then((items) => {
      saved.setSaved(items);
      card.refresh();
    }, warn);

  const card: CardHost = new CardHost(document, {
    isSaved: (id) => saved.isSaved(id),
    opened: () => void refreshSaved(),
    async save(item) {
      // Saved before under another context (text edited next to it): saving again updates that item.
      const previous = saved.savedAs(item.id);
      const toSave = newSavedItemFrom(item, { url: document.URL, title: document.title });
      markSaved(await background.save([previous ? { ...toSave, contentKey: identityOf(previous) } : toSave]));
    },
  });

  // A single-page site moved to another URL: its text is read afresh and the new URL's saved items listed.
  const urlWatch = watchUrl(document, pageUrl, () => {
    saved.setSaved([]);
    void scanner.rescanPage().then(refreshSaved);
  });

  const showItem = (id: string): boolean => {
    const item = scanner.item(id);
    if (!item) return false;
    showRange(scanner.rangeOf(item), painter);
    return true;
  };
  port.onMessage(async (message) => {
    // Saved items changed elsewhere (the library, another tab): read this page's afresh.
    if (isSavedChangedMessage(message)) {
      await refreshSaved();
      return { ok: true };
    }
    return answerContentMessage(message, {
      document,
      get state() {
        return scanner.state;
      },
      items: () => scanner.items(),
      showItem,
      savedItemIds: () => saved.savedItemIds(),
      notFound: () => saved.notFound(),
    });
  });

  const stopPointer = openCardOnPointer(document, scanner, card);
  scanner.watch();
  void scanner
    .scanPage()
    .then(refreshSaved)
    .then(() => {
      // A link from the library names a saved item: shown once the page is read and its saved items found again.
      const linked = linkedItemId(document.location.hash);
      const place = linked === undefined ? undefined : saved.placed().find((placed) => placed.saved.id === linked);
      if (place?.pageItemId !== undefined) showItem(place.pageItemId);
    });
  return {
    scanner,
    card,
    saved,
    stop() {
      stopPointer();
      urlWatch.stop();
      scanner.stop();
    },
  };
}
