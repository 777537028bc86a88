/** Answers the messages of the popup and the background to the content script. */
import type {
  ErrorResponse,
  GetPageItemsResponse,
  GetPageSavedResponse,
  GetPageStateResponse,
  OkResponse,
  PageItem,
  SavedItem,
} from '../shared/messages';
import { pageUrl } from '../shared/saved-item';
import { validateContentMessage } from '../shared/validate';

/** What the answers need of the page. */
export interface AnsweringPage {
  /** The page's document, for its URL and title. */
  document: Document;
  /** `scanning` while the page is being read. */
  readonly state: 'scanning' | 'ready';
  /** Counts the changes of the items: the same number means the same items in the same order. */
  readonly revision: number;
  /** Number of items found so far. */
  readonly itemCount: number;
  /** The items found so far from index `from` up to `to` (excluded), in text order. */
  itemsIn(from: number, to: number): PageItem[];
  /** Scrolls to the item with this id and flashes it; false when there is none. */
  showItem(id: string): boolean;
  /** Ids of the page items that are saved. */
  savedItemIds(): string[];
  /** Saved items of the page's URL not found in its text. */
  notFound(): SavedItem[];
  /** Opens the form that saves the selected passage; false when nothing in the page text is selected. */
  saveSelection(): boolean;
}

/** The answer to one message; a malformed message gets `{ ok: false, error }`. */
export function answerContentMessage(
  message: unknown,
  page: AnsweringPage,
): GetPageItemsResponse | GetPageSavedResponse | GetPageStateResponse | OkResponse | ErrorResponse {
  const checked = validateContentMessage(message);
  if (!checked.ok) return checked;
  const request = checked.value;
  switch (request.type) {
    case 'popup-to-content/get-page-items':
      // A slice, never the whole list: the browser serialises an answer in one task of the page.
      return {
        state: page.state,
        revision: page.revision,
        url: pageUrl(page.document.URL),
        title: page.document.title,
        total: page.itemCount,
        items: page.itemsIn(request.from, request.from + request.count),
      };
    case 'popup-to-content/get-page-saved':
      return { savedItemIds: page.savedItemIds(), notFound: page.notFound() };
    case 'popup-to-content/get-page-state':
      return { state: page.state, revision: page.revision };
    case 'popup-to-content/scroll-to-item':
      return page.showItem(request.itemId) ? { ok: true } : { ok: false, error: `No item ${request.itemId} on this page` };
    case 'background-to-content/save-selection':
      return page.saveSelection() ? { ok: true } : { ok: false, error: 'Select some text of the page first' };
  }
}
