/**
 * The content script put together: scan and draw the page, answer the popup
 * and the background, open cards, save page items and selected passages, and
 * draw what is saved.
 */
import { isHiddenByStyle } from '../dom/visibility';
import { identityOf } from '../shared/content-key';
import { linkedItemId } from '../shared/item-link';
import { newHighlight } from '../shared/item-editing';
import type { SavedItem } from '../shared/messages';
import { isSavedChangedMessage } from '../shared/saved-changed';
import { newSavedItemFrom, pageUrl } from '../shared/saved-item';
import { backgroundClient } from './background-client';
import type { ContentPort } from './browser-port';
import { anchorOn, CardHost } from './card/card-host';
import { highlightAtPoint } from './highlight-at-point';
import { answerContentMessage } from './message-handler';
import { choosePainter } from './paint/choose-painter';
import type { Painter } from './paint/painter';
import { PageScanner } from './page-scanner';
import { openCardOnPointer } from './pointer-card';
import type { PlacedItem } from './saved-anchors';
import { SavedOnPage } from './saved-on-page';
import { SavedOverlay } from './saved-overlay';
import { offerSelections, selectedSpan, type SelectedSpan } from './selection';
import { FLASH_MS, scrollToRange } from './show-item';
import { watchUrl } from './url-watch';

/** The running content script's parts, for tests. */
export interface RunningContentScript {
  /** Scans the page and follows its changes. */
  scanner: PageScanner;
  /** The item card. */
  card: CardHost;
  /** The page's saved items and where they are. */
  saved: SavedOnPage;
  /** Opens the form that saves the selected passage; false when nothing is selected. */
  saveSelection(): boolean;
  /** Stops listening to the page and the pointer. */
  stop(): void;
}

/** Quiet time after the background's last news of a change before the page reads its saved items again. */
const SETTLE_MS = 1500;

/** What a failure the analyst cannot act on leaves behind: a line in the page's console. */
function warn(error: unknown): void {
  console.warn('Policy Lens:', error instanceof Error ? error.message : error);
}

/** Starts Policy Lens on a page. `painter` defaults to the best the browser offers. */
export function startContentScript(document: Document, port: ContentPort, painter: Painter = choosePainter(document)): RunningContentScript {
  const background = backgroundClient(port);
  const overlay = new SavedOverlay(document);
  /** The passage the highlight form was opened on. */
  let selected: SelectedSpan | undefined;

  const scanner = new PageScanner({
    document,
    painter,
    isHidden: isHiddenByStyle,
    onScanned: (count) => {
      // After every scan the text may have moved: saved items are placed again, and a new URL noticed.
      void placeSaved(() => saved.place());
      urlWatch.check();
      background.reportItemCount(count).catch(warn);
    },
  });
  const saved = new SavedOnPage(scanner, painter);

  /** Changes the saved items and waits until they are placed, then draws them where they are and shows the card's item as it is now. */
  const placeSaved = async (change: () => Promise<void>): Promise<void> => {
    await change();
    const model = scanner.textModel;
    // Placed in an earlier text, the page having changed meanwhile: the scan that follows places them again.
    if (saved.isPlacedIn(model.text)) {
      overlay.draw(saved.placed().map(({ saved: item, anchor }) => ({ item, range: model.toRange(anchor.start, anchor.end) })));
    }
    card.refresh();
  };
  const markSaved = (items: readonly SavedItem[]): Promise<void> => placeSaved(() => saved.addSaved(items));
  const refreshSaved = (): Promise<void> =>
    background.listSaved(pageUrl(document.URL)).then((items) => placeSaved(() => saved.setSaved(items)), warn);
  const page = () => ({ url: document.URL, title: document.title });
  /** Saves items and takes them in as stored. */
  const saveAll = async (items: Parameters<typeof background.save>[0]): Promise<SavedItem> => {
    const stored = await background.save(items);
    await markSaved(stored);
    return stored[0]!;
  };

  const card: CardHost = new CardHost(document, {
    savedOf: (item) => saved.savedAs(item.id),
    savedById: (id) => saved.savedById(id),
    opened: () => void refreshSaved(),
    async save(item) {
      // Saved before under another context (text edited next to it): saving again updates that item.
      const previous = saved.savedAs(item.id);
      const key = previous ? identityOf(previous) : scanner.contentKeyOf(item.id);
      await saveAll([newSavedItemFrom(item, page(), key)]);
    },
    async saveHighlight(draft) {
      if (!selected) throw new Error('Select some text of the page first');
      const item = newHighlight(page(), scanner.textModel.text, selected, draft);
      if (!item.ok) throw new Error(item.error);
      return saveAll([item.value]);
    },
    async update(item, edit) {
      const updated = await background.update(item.id, edit);
      await markSaved([updated]);
      return updated;
    },
    async delete(item) {
      await background.delete(item.id);
      await refreshSaved();
    },
    async restore(item) {
      await background.restore(item);
      await markSaved([item]);
      return item;
    },
  });

  const openHighlightForm = (span: SelectedSpan): void => {
    selected = span;
    const model = scanner.textModel;
    card.showNewHighlight(model.text.slice(span.start, span.end), anchorOn(span.box, model.toRange(span.start, span.end)));
  };
  const saveSelection = (): boolean => {
    const span = selectedSpan(document, scanner.textModel);
    if (span) openHighlightForm(span);
    return span !== undefined;
  };

  // A single-page site moved to another URL: its text is read afresh and the new URL's saved items listed.
  const urlWatch = watchUrl(document, pageUrl, () => {
    void placeSaved(() => saved.setSaved([]));
    void scanner.rescanPage().then(refreshSaved);
  });

  const showItem = (id: string): boolean => {
    const item = scanner.item(id);
    if (!item) return false;
    const range = scanner.rangeOf(item);
    scrollToRange(range);
    painter.flash(range, FLASH_MS);
    return true;
  };
  /**
   * Shows a saved item the extractor has no item of its own for (a passage
   * picked by hand): flashed in the closed overlay, never in the page's
   * highlight registry, which page scripts can read.
   */
  const showPlaced = ({ anchor }: PlacedItem): void => {
    const range = scanner.textModel.toRange(anchor.start, anchor.end);
    scrollToRange(range);
    overlay.flash(range, FLASH_MS);
  };
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  port.onMessage(async (message) => {
    // Saved items changed elsewhere (the library, another tab): read this page's afresh, once a burst
    // of changes (Save all sends one batch after another) has settled.
    if (isSavedChangedMessage(message)) {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => void refreshSaved(), SETTLE_MS);
      return { ok: true };
    }
    return answerContentMessage(message, {
      document,
      get state() {
        return scanner.state;
      },
      get revision() {
        return scanner.revision;
      },
      get itemCount() {
        return scanner.itemCount;
      },
      itemsIn: (from, to) => scanner.itemsIn(from, to),
      showItem,
      savedItemIds: () => saved.savedItemIds(),
      notFound: () => saved.notFound(),
      saveSelection,
    });
  });

  const stopPointer = openCardOnPointer(document, scanner, card, (x, y) =>
    highlightAtPoint(document, scanner.textModel, saved.placed(), x, y),
  );
  const stopSelections = offerSelections(document, () => scanner.textModel, openHighlightForm);
  scanner.watch();
  void scanner
    .scanPage()
    .then(refreshSaved)
    .then(() => {
      // A link from the library names a saved item: shown once the page is read and its saved items found again.
      const linked = linkedItemId(document.location.hash);
      const place = linked === undefined ? undefined : saved.placed().find((placed) => placed.saved.id === linked);
      if (place === undefined) return;
      if (place.pageItemId === undefined || !showItem(place.pageItemId)) showPlaced(place);
    });
  return {
    scanner,
    card,
    saved,
    saveSelection,
    stop() {
      stopPointer();
      stopSelections();
      urlWatch.stop();
      scanner.stop();
      overlay.stop();
    },
  };
}
