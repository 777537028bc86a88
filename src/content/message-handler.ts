/** Answers the messages of the popup and the background to the content script. */
import type { ErrorResponse, GetPageItemsResponse, GetPageStateResponse, OkResponse, PageItem, SavedItem } from '../shared/messages';
import { pageUrl } from '../shared/saved-item';
import { validateContentMessage } from '../shared/validate';

/** What the answers need of the page. */
export interface AnsweringPage {
  /** The page's document, for its URL and title. */
  document: Document;
  /** `scanning` while the page is being read. */
  readonly state: 'scanning' | 'ready';
  /** Reads of the page finished so far. */
  readonly revision: number;
  /** The items found so far, in text order. */
  items(): PageItem[];
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
): GetPageItemsResponse | GetPageStateResponse | OkResponse | ErrorResponse {
  const checked = validateContentMessage(message);
  if (!checked.ok) return checked;
  const request = checked.value;
  switch (request.type) {
    case 'popup-to-content/get-page-items':
      return {
        state: page.state,
        revision: page.revision,
        url: pageUrl(page.document.URL),
        title: page.document.title,
        items: page.items(),
        savedItemIds: page.savedItemIds(),
        notFound: page.notFound(),
      };
    case 'popup-to-content/get-page-state':
      return { state: page.state, revision: page.revision };
    case 'popup-to-content/scroll-to-item':
      return page.showItem(request.itemId) ? { ok: true } : { ok: false, error: `No item ${request.itemId} on this page` };
    case 'background-to-content/save-selection':
      return page.saveSelection() ? { ok: true } : { ok: false, error: 'Select some text of the page first' };
  }
}
