/**
 * The content script put together: scan and draw the page, answer the popup
 * and the background, open cards, save page items and selected passages, and
 * draw what is saved.
 */
import { isHiddenByStyle } from '../dom/visibility';
import { newHighlight, restoreOf } from '../shared/item-editing';
import type { PageItem, SavedItem } from '../shared/messages';
import { newSavedItemFrom, pageUrl } from '../shared/saved-item';
import { backgroundClient } from './background-client';
import type { ContentPort } from './browser-port';
import { CardHost } from './card/card-host';
import { answerContentMessage } from './message-handler';
import { choosePainter } from './paint/choose-painter';
import type { Painter } from './paint/painter';
import { PageScanner } from './page-scanner';
import { openCardOnPointer } from './pointer-card';
import { SavedOverlay } from './saved-overlay';
import { highlightAtPoint, locateSaved, savedCopyOf, type LocatedItem } from './saved-on-page';
import { offerSelections, selectedSpan, type SelectedSpan } from './selection';
import { showRange } from './show-item';

/** The running content script's parts, for tests. */
export interface RunningContentScript {
  /** Scans the page and follows its changes. */
  scanner: PageScanner;
  /** The item card. */
  card: CardHost;
  /** The items saved from this page, as last heard from the background. */
  savedItems(): readonly SavedItem[];
  /** The saved copy of a page item, if it is saved. */
  savedOf(item: PageItem): SavedItem | undefined;
  /** Opens the form that saves the selected passage; false when nothing is selected. */
  saveSelection(): boolean;
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
  const overlay = new SavedOverlay(document);
  let saved: SavedItem[] = [];
  let located: LocatedItem[] = [];
  /** The passage the highlight form was opened on. */
  let selected: SelectedSpan | undefined;

  const scanner = new PageScanner({
    document,
    painter,
    isHidden: isHiddenByStyle,
    onScanned: (count) => {
      relocate();
      void background.reportItemCount(count).catch(warn);
    },
  });

  /** Finds the saved items again in the page text and draws them. */
  const relocate = (): void => {
    const model = scanner.textModel;
    located = locateSaved(model.text, saved);
    overlay.draw(located.map(({ item, start, end }) => ({ item, range: model.toRange(start, end) })));
  };
  const setSaved = (items: SavedItem[]): void => {
    saved = items;
    relocate();
    card.refresh();
  };
  /** Takes in items as stored, replacing their older copies. */
  const storeAnswered = (items: readonly SavedItem[]): void => {
    const ids = new Set(items.map((item) => item.id));
    setSaved([...saved.filter((item) => !ids.has(item.id)), ...items]);
  };
  const refreshSaved = (): Promise<void> => background.listSaved(pageUrl(document.URL)).then(setSaved, warn);
  const page = () => ({ url: document.URL, title: document.title });

  const card: CardHost = new CardHost(document, {
    savedOf: (item) => savedCopyOf(item, saved),
    opened: () => void refreshSaved(),
    async save(item) {
      storeAnswered(await background.save([newSavedItemFrom(item, page())]));
    },
    async saveHighlight(draft) {
      if (!selected) throw new Error('Select some text of the page first');
      const item = newHighlight(page(), scanner.textModel.text, selected, draft);
      if (!item.ok) throw new Error(item.error);
      const [stored] = await background.save([item.value]);
      storeAnswered([stored!]);
      return stored!;
    },
    async update(item, edit) {
      const updated = await background.update(item.id, edit);
      storeAnswered([updated]);
      return updated;
    },
    async delete(item) {
      await background.delete(item.id);
      setSaved(saved.filter((other) => other.id !== item.id));
    },
    async restore(item) {
      const [stored] = await background.save([restoreOf(item)]);
      storeAnswered([stored!]);
      return stored!;
    },
  });

  const openHighlightForm = (span: SelectedSpan): void => {
    selected = span;
    card.showNewHighlight(scanner.textModel.text.slice(span.start, span.end), span.box);
  };
  const saveSelection = (): boolean => {
    const span = selectedSpan(document, scanner.textModel);
    if (span) openHighlightForm(span);
    return span !== undefined;
  };

  const showItem = (id: string): boolean => {
    const item = scanner.item(id);
    if (!item) return false;
    showRange(scanner.rangeOf(item), painter);
    return true;
  };
  port.onMessage(async (message) =>
    answerContentMessage(message, {
      document,
      get state() {
        return scanner.state;
      },
      items: () => scanner.items(),
      showItem,
      saveSelection,
    }),
  );

  const stopPointer = openCardOnPointer(document, scanner, card, (x, y) =>
    highlightAtPoint(document, scanner.textModel, located, x, y),
  );
  const stopSelections = offerSelections(document, () => scanner.textModel, openHighlightForm);
  scanner.watch();
  void scanner.scanPage().then(refreshSaved);
  return {
    scanner,
    card,
    savedItems: () => saved,
    savedOf: (item) => savedCopyOf(item, saved),
    saveSelection,
    stop() {
      stopPointer();
      stopSelections();
      scanner.stop();
      overlay.stop();
    },
  };
}
