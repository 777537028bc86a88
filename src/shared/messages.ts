/**
 * The typed message protocol between the content script, the popup and the
 * background service worker.
 *
 * Every message is one member of the discriminated union {@link Message},
 * told apart by `type`. A type's prefix says which way it travels:
 * `popup-to-content/`, `content-to-background/`, `popup-to-background/`, and
 * `to-background/` for messages both the popup and the content script send.
 * {@link ResponseOf} gives the answer each message gets.
 */
import type {
  Change,
  CommitmentSubtype,
  IndicatorStatus,
  IndicatorSubtype,
  Item,
} from '../extractor/types';

// ---------------------------------------------------------------------------
// Selectors: how a saved item is found again in its page.
// ---------------------------------------------------------------------------

/** W3C Web Annotation TextQuoteSelector: the exact text with a little context either side. */
export interface TextQuoteSelector {
  /** Always `TextQuoteSelector`, so the exported selectors read as Web Annotation data. */
  type: 'TextQuoteSelector';
  /** The item's text exactly as it appears in the page text model. */
  exact: string;
  /** Up to 32 characters of page text just before `exact`. */
  prefix: string;
  /** Up to 32 characters of page text just after `exact`. */
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: offsets in the page text model. */
export interface TextPositionSelector {
  /** Always `TextPositionSelector`. */
  type: 'TextPositionSelector';
  /** Offset of the first character (UTF-16 code units) in the page text model. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** Both ways of finding an item again: by its quoted text (robust) and by position (fast). */
export interface ItemSelectors {
  /** The text with its surroundings; survives small edits of the page. */
  quote: TextQuoteSelector;
  /** Offsets in the page text model at the time the item was found. */
  position: TextPositionSelector;
  /**
   * The same offsets counted in Unicode code points, as the W3C Web Annotation
   * model counts them; they differ from `position` after a character outside
   * the Basic Multilingual Plane. Absent in items saved before it was kept.
   */
  codePoints?: CodePointSpan;
}

/** A span of the page text in Unicode code points. */
export interface CodePointSpan {
  /** Code point offset of the first character. */
  start: number;
  /** Code point offset just past the last character. */
  end: number;
}

// ---------------------------------------------------------------------------
// Items on a page and saved items.
// ---------------------------------------------------------------------------

/** An item the extractor found on the current page, as the content script hands it out. */
export type PageItem = Item & {
  /** Stable for the page: kind, start, end and a short hash of the text. */
  id: string;
  /** Where the item is in the page text model. */
  selectors: ItemSelectors;
  /** For an indicator, the sentence of the page text it stands in (a commitment is its own sentence). */
  sentence?: string;
};

/** What a saved item is: one of the extractor's kinds, or a passage the analyst picked by hand. */
export type SavedItemKind = 'indicator' | 'commitment' | 'highlight';

/** Subtype of a saved item, from the extractor (absent for highlights). */
export type SavedItemSubtype = IndicatorSubtype | CommitmentSubtype;

/** The structured fields of a saved item; only those that apply to its kind are present. */
export interface SavedItemFields {
  /** Name of the measured quantity (indicators). */
  metric?: string;
  /** The value as a number in `unit`, scale included there (320.31 with 亿元); null when the indicator has none. */
  value?: number | null;
  /** The value as written in the page. */
  valueText?: string;
  /** Unit or measure word, with the scale of `value` (亿元, %, 家). */
  unit?: string;
  /** Stated change, e.g. 增长12.4%. */
  change?: Change;
  /** What the change is measured against (同比, 比上年). */
  basis?: string;
  /** When the quantity was measured (上半年, 2020年). */
  period?: string;
  /** `actual` or `target` (indicators). */
  status?: IndicatorStatus;
  /** The word that carries a commitment (确保, 力争). */
  marker?: string;
  /** A commitment's deadline (年底前, 到2010年). */
  deadline?: string;
  /** Every value a commitment sets as its target, as written (5000亿元, 8%, 100家). */
  targets?: string[];
  /** An indicator's sentence in the page text, for context in exports. */
  sentence?: string;
}

/** An item as the analyst saves it, before storage gives it an id and times. */
export interface NewSavedItem {
  /** The {@link PageItem} id it was saved from; with `url`, saving it again updates instead of duplicating. */
  pageItemId?: string;
  /** Page URL without its fragment. */
  url: string;
  /** Page title at the time of saving. */
  title: string;
  /** Indicator, commitment or hand-picked highlight. */
  kind: SavedItemKind;
  /** The extractor's subtype, when there is one. */
  subtype?: SavedItemSubtype;
  /** The item's text. */
  text: string;
  /** Structured fields (metric, value, unit, deadline...). */
  fields: SavedItemFields;
  /** How to find the item again in its page. */
  selectors: ItemSelectors;
  /** The analyst's note; empty when none. */
  note: string;
  /** The analyst's tags. */
  tags: string[];
}

/** An item stored in IndexedDB. */
export interface SavedItem extends NewSavedItem {
  /** Storage id, unique across all saved items. */
  id: string;
  /** When it was first saved (ISO 8601). */
  createdAt: string;
  /** When it was last saved or edited (ISO 8601). */
  updatedAt: string;
}

// ---------------------------------------------------------------------------
// Messages.
// ---------------------------------------------------------------------------

/** What every message has: its type. */
interface MessageOf<T extends string> {
  /** Tells the message apart; its prefix says which way it travels. */
  type: T;
}

/** Popup asks the content script for the items of its page. */
export interface GetPageItemsMessage extends MessageOf<'popup-to-content/get-page-items'> {}

/** The content script's answer to {@link GetPageItemsMessage}. */
export interface GetPageItemsResponse {
  /** `scanning` while the page is still being read; `items` then holds what was found so far. */
  state: 'scanning' | 'ready';
  /** Page URL without its fragment. */
  url: string;
  /** Page title. */
  title: string;
  /** The items found, in text order. */
  items: PageItem[];
}

/** Popup asks the content script to scroll to an item and flash it. */
export interface ScrollToItemMessage extends MessageOf<'popup-to-content/scroll-to-item'> {
  /** A {@link PageItem} id. */
  itemId: string;
}

/** Content script tells the background how many items its page has (sets the toolbar badge). */
export interface PageItemCountMessage extends MessageOf<'content-to-background/page-item-count'> {
  /** Number of items on the page; 0 clears the badge. */
  count: number;
}

/**
 * Save items, all or none. An item with the same url and pageItemId as a
 * stored one updates it: a non-empty note replaces the stored note, tags are
 * added to the stored ones.
 */
export interface SaveItemsMessage extends MessageOf<'to-background/save-items'> {
  /** The items to save. */
  items: NewSavedItem[];
}

/** List saved items, all of them or those of one page. */
export interface ListSavedMessage extends MessageOf<'to-background/list-saved'> {
  /** Page URL; its fragment is ignored. Absent: every saved item. */
  url?: string;
}

/** Delete one saved item; an id that is already gone is answered `{ ok: true }` too. */
export interface DeleteSavedMessage extends MessageOf<'to-background/delete-saved'> {
  /** {@link SavedItem} id. */
  id: string;
}

/** Edit the analyst's note or tags of a saved item. */
export interface UpdateSavedMessage extends MessageOf<'to-background/update-saved'> {
  /** {@link SavedItem} id. */
  id: string;
  /** New note; absent leaves it unchanged. */
  note?: string;
  /** New tags, replacing the old ones; absent leaves them unchanged. */
  tags?: string[];
}

/**
 * File formats of an export: CSV for spreadsheets, a JSON backup of the whole
 * database, Markdown for reports, W3C Web Annotations and CSL-JSON citations.
 */
export type ExportFormat = 'csv' | 'json' | 'md' | 'w3c' | 'csl';

/** Which saved items an export holds: all criteria given must hold; none given means everything. */
export interface ExportScope {
  /** Items of this page (its fragment is ignored). */
  url?: string;
  /** Items of this kind. */
  kind?: SavedItemKind;
  /** Items carrying this tag. */
  tag?: string;
}

/** Asks for saved items as a file to download. */
export interface ExportMessage extends MessageOf<'popup-to-background/export'> {
  /** The file's format; a JSON backup always holds the whole database, whatever the scope. */
  format: ExportFormat;
  /** Which items; absent means everything. */
  scope?: ExportScope;
}

/** Adds the items of a JSON backup or a W3C annotation file to the database, all or none. */
export interface ImportMessage extends MessageOf<'to-background/import'> {
  /** The file's whole text. */
  content: string;
}

/** Messages the content script handles. */
export type ContentMessage = GetPageItemsMessage | ScrollToItemMessage;

/** Messages the background handles. */
export type BackgroundMessage =
  | PageItemCountMessage
  | SaveItemsMessage
  | ListSavedMessage
  | DeleteSavedMessage
  | UpdateSavedMessage
  | ExportMessage
  | ImportMessage;

/** Every message of the protocol. */
export type Message = ContentMessage | BackgroundMessage;

/** Every message `type`. */
export type MessageType = Message['type'];

/** The message with the given `type`. */
export type MessageOfType<T extends MessageType> = Extract<Message, { type: T }>;

// ---------------------------------------------------------------------------
// Responses.
// ---------------------------------------------------------------------------

/** The answer to a malformed message or a failed request; nothing was stored. */
export interface ErrorResponse {
  /** Always false: the request was refused or failed. */
  ok: false;
  /** What was wrong, in words an engineer can act on. */
  error: string;
}

/** A plain acknowledgement. */
export interface OkResponse {
  /** Always true: the request was done. */
  ok: true;
}

/** Answer to {@link SaveItemsMessage}. */
export interface SaveItemsResponse extends OkResponse {
  /** The stored items, in the order they were sent. */
  saved: SavedItem[];
}

/** Answer to {@link ListSavedMessage}. */
export interface ListSavedResponse extends OkResponse {
  /** Saved items, oldest first. */
  items: SavedItem[];
}

/** Answer to {@link UpdateSavedMessage}. */
export interface UpdateSavedResponse extends OkResponse {
  /** The item as stored after the edit. */
  item: SavedItem;
}

/** A file to download, made in memory. */
export interface ExportFile {
  /** Suggested name, dated: `policy-lens-2026-11-23.csv`. */
  filename: string;
  /** MIME type of `content`, e.g. `text/csv;charset=utf-8`. */
  mimeType: string;
  /** The whole file as text. */
  content: string;
}

/** Answer to {@link ExportMessage}: a file for the popup to download. */
export interface ExportResponse extends OkResponse, ExportFile {}

/** Answer to {@link ImportMessage}. */
export interface ImportResponse extends OkResponse {
  /** Items added. */
  added: number;
  /** Items of the file already in the database, left as they were. */
  alreadyThere: number;
}

/** The answer each message type gets. */
export interface ResponseMap {
  'popup-to-content/get-page-items': GetPageItemsResponse;
  'popup-to-content/scroll-to-item': OkResponse | ErrorResponse;
  'content-to-background/page-item-count': OkResponse | ErrorResponse;
  'to-background/save-items': SaveItemsResponse | ErrorResponse;
  'to-background/list-saved': ListSavedResponse | ErrorResponse;
  'to-background/delete-saved': OkResponse | ErrorResponse;
  'to-background/update-saved': UpdateSavedResponse | ErrorResponse;
  'popup-to-background/export': ExportResponse | ErrorResponse;
  'to-background/import': ImportResponse | ErrorResponse;
}

/** The answer to message `M`. */
export type ResponseOf<M extends Message> = ResponseMap[M['type']];
