/**
 * The message protocol between the content script, the popup and the
 * background service worker, defined once as valibot schemas: the TypeScript
 * types below are inferred from them, so a message or field cannot exist
 * without its validation.
 *
 * A message type's prefix says which way it travels: `popup-to-content/`,
 * `background-to-content/`, `content-to-background/`, `popup-to-background/`, and `to-background/` for
 * messages both the popup and the content script send. Adding a message is one
 * entry in {@link BACKGROUND_PROTOCOL} (or {@link CONTENT_PROTOCOL}) and one
 * handler; the handler table does not compile until the handler is there.
 */
import * as v from 'valibot';
import { codePointOffsets } from '../anchoring/code-points';
import { SUBTYPES } from './item-labels';
import { HIGHLIGHT_COLORS } from './palette';
import { finiteNumber, integer, list, oneOf, record, text } from './schema-parts';
import type { Item } from '../extractor/types';

// ---------------------------------------------------------------------------
// Limits.
// ---------------------------------------------------------------------------

/** Longest item text, note or quote accepted (a long commitment sentence fits many times over). */
export const MAX_TEXT_LENGTH = 10_000;
/** Longest page URL accepted. */
export const MAX_URL_LENGTH = 8_192;
/** Longest page title accepted. */
export const MAX_TITLE_LENGTH = 1_000;
/** Longest id, field value (metric, unit, period...) or quote context accepted. */
export const MAX_SHORT_TEXT_LENGTH = 256;
/** Most tags on one saved item. */
export const MAX_TAGS = 32;
/** Longest tag. */
export const MAX_TAG_LENGTH = 64;
/** Most items in one save request ("save all" on the largest report page stays far below). */
export const MAX_ITEMS_PER_SAVE = 2_000;
/** Largest item count a page can report for the badge. */
export const MAX_PAGE_ITEM_COUNT = 1_000_000;
/**
 * Most page items in one answer to the popup. The browser serialises an
 * answer in one task of the page, about 36 µs per item on a 2-core machine:
 * 400 items keep that task near 15 ms, well under the 50 ms of a long task
 * even on a loaded machine, while the 5 MB report's 17,825 items still come in
 * some 45 answers.
 */
export const MAX_ITEMS_PER_ANSWER = 400;
/** Most items an export can name one by one (the library's filter over a large collection). */
export const MAX_EXPORT_IDS = 50_000;
/** Longest import file accepted, in characters: a backup of tens of thousands of items fits. */
export const MAX_IMPORT_LENGTH = 32 * 1024 * 1024;

// ---------------------------------------------------------------------------
// Field types.
// ---------------------------------------------------------------------------

const id = text(MAX_SHORT_TEXT_LENGTH, { nonBlank: true });
const shortText = text(MAX_SHORT_TEXT_LENGTH);
const offset = integer(0, Number.MAX_SAFE_INTEGER);

/** The pages the content script runs on; anything else (javascript:, data:) is never a page URL. */
const PAGE_PROTOCOLS = ['http:', 'https:', 'file:'];

const pageUrlField = v.pipe(
  text(MAX_URL_LENGTH, { nonBlank: true }),
  v.check(
    (url) => URL.canParse(url) && PAGE_PROTOCOLS.includes(new URL(url).protocol),
    (issue) => `expected an absolute http, https or file URL, got ${JSON.stringify(issue.input)}`,
  ),
);

const tags = v.pipe(
  list(text(MAX_TAG_LENGTH, { nonBlank: true }), MAX_TAGS),
  v.check(
    (checked) => firstDuplicate(checked) === undefined,
    (issue) => `tag ${JSON.stringify(firstDuplicate(issue.input))} given twice`,
  ),
);

function firstDuplicate(values: readonly string[]): string | undefined {
  return values.find((value, index) => values.indexOf(value) !== index);
}

/** The form `Date.prototype.toISOString` writes. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

const isoTime = v.pipe(
  shortText,
  v.check(
    (time) => ISO_TIME.test(time) && !Number.isNaN(Date.parse(time)),
    (issue) => `expected an ISO 8601 time, got ${JSON.stringify(issue.input)}`,
  ),
);

// ---------------------------------------------------------------------------
// Selectors: how a saved item is found again in its page.
// ---------------------------------------------------------------------------

/** W3C Web Annotation TextQuoteSelector: the exact text with a little context either side. */
const textQuoteSelector = record({
  /** Always `TextQuoteSelector`, so the exported selectors read as Web Annotation data. */
  type: oneOf('TextQuoteSelector'),
  /** The item's text exactly as it appears in the page text model. */
  exact: text(MAX_TEXT_LENGTH, { nonBlank: true }),
  /** Up to 32 characters of page text just before `exact`. */
  prefix: shortText,
  /** Up to 32 characters of page text just after `exact`. */
  suffix: shortText,
});

/** W3C Web Annotation TextPositionSelector: offsets in the page text model. */
const textPositionSelector = record({
  /** Always `TextPositionSelector`. */
  type: oneOf('TextPositionSelector'),
  /** Offset of the first character (UTF-16 code units) in the page text model. */
  start: offset,
  /** Offset just past the last character. */
  end: offset,
});

/** A span of the page text in Unicode code points, as the W3C Web Annotation model counts offsets. */
const codePointSpan = record({
  /** Code point offset of the first character. */
  start: offset,
  /** Code point offset just past the last character. */
  end: offset,
});

/** Both ways of finding an item again; the position must span as many characters as the quote. */
const itemSelectors = v.pipe(
  record({
    /** The text with its surroundings; survives small edits of the page. */
    quote: textQuoteSelector,
    /** Offsets in the page text model at the time the item was found. */
    position: textPositionSelector,
    /**
     * The same offsets counted in code points; they differ from `position`
     * after a character outside the Basic Multilingual Plane. Absent in items
     * saved before it was kept.
     */
    codePoints: v.optional(codePointSpan),
  }),
  v.forward(
    v.check(
      ({ quote, position }) => position.end - position.start === quote.exact.length,
      ({ input: { quote, position } }) =>
        `spans ${position.end - position.start} characters but the quote has ${quote.exact.length}`,
    ),
    ['position'],
  ),
  v.forward(
    v.check(
      ({ quote, codePoints }) => codePoints === undefined || codePoints.end - codePoints.start === codePointLength(quote.exact),
      ({ input: { quote, codePoints } }) =>
        `spans ${codePoints!.end - codePoints!.start} code points but the quote has ${codePointLength(quote.exact)}`,
    ),
    ['codePoints'],
  ),
);

/** W3C Web Annotation TextQuoteSelector. */
export type TextQuoteSelector = v.InferOutput<typeof textQuoteSelector>;
/** W3C Web Annotation TextPositionSelector. */
export type TextPositionSelector = v.InferOutput<typeof textPositionSelector>;
/** Both ways of finding an item again: by its quoted text (robust) and by position (fast). */
export type ItemSelectors = v.InferOutput<typeof itemSelectors>;

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

/**
 * Page items travel only from the content script to the popup of the same
 * extension; their shape is the extractor's `Item`, so they are typed, not
 * re-checked field by field.
 */
const pageItem = v.custom<PageItem>((value) => typeof value === 'object' && value !== null);

/** The kinds of saved item: the extractor's, and a passage the analyst picked by hand. */
const savedItemKind = oneOf('indicator', 'commitment', 'highlight');

/** What a saved item is: one of the extractor's kinds, or a passage the analyst picked by hand. */
export type SavedItemKind = v.InferOutput<typeof savedItemKind>;

const savedItemSubtype = oneOf(...SUBTYPES.indicator, ...SUBTYPES.commitment);

/** Subtype of a saved item, from the extractor (absent for highlights). */
export type SavedItemSubtype = v.InferOutput<typeof savedItemSubtype>;

/** A stated change, e.g. 增长12.4%. */
const change = record({
  /** `up` for 增长/提高..., `down` for 下降/减少... */
  direction: oneOf('up', 'down'),
  /** The change as written. */
  text: shortText,
  /** The size of the change when stated. */
  amount: v.optional(finiteNumber),
  /** Unit of `amount`. */
  unit: v.optional(shortText),
});

/** The structured fields of a saved item; only those that apply to its kind are present. */
const savedItemFields = record({
  /** Name of the measured quantity (indicators). */
  metric: v.optional(shortText),
  /** The value as a number in `unit`, scale included there (320.31 with 亿元); null when the indicator has none. */
  value: v.optional(v.nullable(finiteNumber)),
  /** The upper end of a range (3 for 2至3%), in `unit` like `value`, which holds the lower end; absent for a single value. */
  valueHigh: v.optional(finiteNumber),
  /** The value as written in the page. */
  valueText: v.optional(shortText),
  /** Unit or measure word, with the scale of `value` (亿元, %, 家). */
  unit: v.optional(shortText),
  /** Stated change, e.g. 增长12.4%. */
  change: v.optional(change),
  /** What the change is measured against (同比, 比上年). */
  basis: v.optional(shortText),
  /** When the quantity was measured (上半年, 2020年). */
  period: v.optional(shortText),
  /** `actual` or `target` (indicators). */
  status: v.optional(oneOf('actual', 'target')),
  /** The word that carries a commitment (确保, 力争). */
  marker: v.optional(shortText),
  /** A commitment's deadline (年底前, 到2010年). */
  deadline: v.optional(shortText),
  /** Every value a commitment sets as its target, as written (5000亿元, 8%, 100家). */
  targets: v.optional(list(shortText, MAX_TAGS)),
  /** An indicator's sentence in the page text, for context in exports. */
  sentence: v.optional(text(MAX_TEXT_LENGTH)),
});

/** The structured fields of a saved item; only those that apply to its kind are present. */
export type SavedItemFields = v.InferOutput<typeof savedItemFields>;

const highlightColor = oneOf(...HIGHLIGHT_COLORS);

/** The fields of an item as the analyst saves it. */
const newSavedItemEntries = {
  /** The {@link PageItem} id it was saved from. */
  pageItemId: v.optional(id),
  /**
   * Its identity (see `contentKey`): with `url`, saving an item of the same
   * identity again updates the stored one instead of duplicating it. Absent
   * when saving, it is made from kind and quote; stored items always have it.
   */
  contentKey: v.optional(id),
  /** Page URL without its fragment. */
  url: pageUrlField,
  /** Page title at the time of saving. */
  title: text(MAX_TITLE_LENGTH),
  /** Indicator, commitment or hand-picked highlight. */
  kind: savedItemKind,
  /** The extractor's subtype, when there is one. */
  subtype: v.optional(savedItemSubtype),
  /** The item's text. */
  text: text(MAX_TEXT_LENGTH, { nonBlank: true }),
  /** Structured fields (metric, value, unit, deadline...). */
  fields: savedItemFields,
  /** How to find the item again in its page. */
  selectors: itemSelectors,
  /** The analyst's note; empty when none. */
  note: text(MAX_TEXT_LENGTH),
  /** The analyst's tags. */
  tags,
  /** The colour the analyst gave it; absent: the colours of its kind (own highlights: the palette's first). */
  color: v.optional(highlightColor),
};

/** The subtypes each kind allows; a hand-picked highlight has none. */
const subtypesOfKind: Record<SavedItemKind, readonly SavedItemSubtype[]> = { ...SUBTYPES, highlight: [] };

/** Whether an item's subtype is one of its kind's. */
function subtypeFitsKind({ kind, subtype }: { kind: SavedItemKind; subtype?: SavedItemSubtype }): boolean {
  return subtype === undefined || subtypesOfKind[kind].includes(subtype);
}

/** Why an item's subtype does not fit its kind. */
function subtypeMismatch({ kind, subtype }: { kind: SavedItemKind; subtype?: SavedItemSubtype }): string {
  return `${JSON.stringify(subtype)} is not a subtype of ${kind}`;
}

/** An item as the analyst saves it, before storage gives it an id and times. */
const newSavedItemRecord = record(newSavedItemEntries);
const newSavedItem = v.pipe(
  newSavedItemRecord,
  v.forward(v.check((item) => subtypeFitsKind(item), ({ input }) => subtypeMismatch(input)), ['subtype']),
);

/** An item stored in IndexedDB. */
const savedItemRecord = record({
    ...newSavedItemEntries,
    /** Storage id, unique across all saved items. */
    id,
    /** When it was first saved (ISO 8601). */
    createdAt: isoTime,
    /** When it was last saved or edited (ISO 8601). */
    updatedAt: isoTime,
});
const savedItem = v.pipe(
  savedItemRecord,
  v.forward(v.check((item) => subtypeFitsKind(item), ({ input }) => subtypeMismatch(input)), ['subtype']),
);

/** An item as the analyst saves it, before storage gives it an id and times. */
export type NewSavedItem = v.InferOutput<typeof newSavedItem>;
/** An item stored in IndexedDB. */
export type SavedItem = v.InferOutput<typeof savedItem>;

/** A list of at most `maxItems` stored items, e.g. read back from a backup. */
export function savedItemList(maxItems: number) {
  return list(savedItem, maxItems);
}

/** What the database knows about a page items were found or saved on. */
const pageRecord = record({
  /** Page URL without its fragment. */
  url: pageUrlField,
  /** Page title, from the latest save; empty until something is saved. */
  title: text(MAX_TITLE_LENGTH),
  /** When the page was last reported or saved from (ISO 8601). */
  lastSeen: isoTime,
  /** Number of items found on the page when it was last read, if known. */
  itemCount: v.optional(integer(0, MAX_PAGE_ITEM_COUNT)),
  /** Number of items saved from the page. */
  savedCount: integer(0, MAX_PAGE_ITEM_COUNT),
});

/** What the database knows about a page items were found or saved on. */
export type PageRecord = v.InferOutput<typeof pageRecord>;

/** A list of at most `maxPages` page records, read back from a backup. */
export function pageRecordList(maxPages: number) {
  return list(pageRecord, maxPages);
}

// ---------------------------------------------------------------------------
// Answers.
// ---------------------------------------------------------------------------

/** The answer to a malformed message or a failed request; nothing was stored. */
const errorResponse = record({
  /** Always false: the request was refused or failed. */
  ok: v.literal(false),
  /** What was wrong, in words an engineer can act on (in the analyst's words when the storage failed). */
  error: v.string(),
  /**
   * Present when the browser's storage itself failed (no room left, the
   * database blocked by an older connection): the request was sound, nothing
   * of it was stored, and sending it again in parts cannot help.
   */
  storageFailed: v.optional(v.literal(true)),
});

/** A plain acknowledgement. */
const okResponse = record({
  /** Always true: the request was done. */
  ok: v.literal(true),
});

/** A successful answer carrying more fields. */
function okWith<TEntries extends v.ObjectEntries>(entries: TEntries) {
  return record({ ok: v.literal(true), ...entries });
}

/**
 * File formats of an export: CSV for spreadsheets, a JSON backup of the whole
 * database, Markdown for reports, W3C Web Annotations and CSL-JSON citations.
 */
const exportFormat = oneOf('csv', 'json', 'md', 'w3c', 'csl');

/** Which saved items an export holds: all criteria given must hold; none given means everything. */
const exportScope = record({
  /** Items of this page (its fragment is ignored). */
  url: v.optional(pageUrlField),
  /** Items of this kind. */
  kind: v.optional(savedItemKind),
  /** Items carrying this tag. */
  tag: v.optional(text(MAX_TAG_LENGTH)),
  /** These items only: the ones the library's current filter shows. */
  ids: v.optional(list(id, MAX_EXPORT_IDS)),
});

/** A file to download, made in memory. */
const exportFileEntries = {
  /** Suggested name, dated: `policy-lens-2026-11-23.csv`. */
  filename: v.string(),
  /** MIME type of `content`, e.g. `text/csv;charset=utf-8`. */
  mimeType: v.string(),
  /** The whole file as text. */
  content: v.string(),
};

const exportFile = record(exportFileEntries);

/** The answer to a malformed message or a failed request; nothing was stored. */
export type ErrorResponse = v.InferOutput<typeof errorResponse>;
/** A plain acknowledgement. */
export type OkResponse = v.InferOutput<typeof okResponse>;
/** File formats of an export. */
export type ExportFormat = v.InferOutput<typeof exportFormat>;
/** Which saved items an export holds. */
export type ExportScope = v.InferOutput<typeof exportScope>;
/** A file to download, made in memory. */
export type ExportFile = v.InferOutput<typeof exportFile>;

/** An answer that may also be a refusal. */
function orError<TSchema extends v.GenericSchema>(answer: TSchema) {
  return v.union([answer, errorResponse]);
}

// ---------------------------------------------------------------------------
// Messages.
// ---------------------------------------------------------------------------

/** A message: its `type` and exactly these fields. */
function message<const TType extends string, TEntries extends v.ObjectEntries>(type: TType, entries: TEntries) {
  return record({ type: v.literal(type, (issue) => `expected ${JSON.stringify(type)}, got ${JSON.stringify(issue.input)}`), ...entries });
}

/** One message of the protocol: what is sent and what comes back. */
interface ProtocolEntry<TType extends string> {
  /** The message as sent. */
  request: v.GenericSchema<unknown, { type: TType }>;
  /** Its answer. */
  answer: v.GenericSchema;
}

/** Who may send a background message: the extension's own pages, or a web page's content script. */
export type SenderKind = 'extension-page' | 'page';

/** A message the background handles: it also says who may send it. */
interface BackgroundEntry<TType extends string> extends ProtocolEntry<TType> {
  /**
   * The senders allowed. A content script (`page`) acts only on its own page's
   * items; the handler checks the URLs.
   */
  from: readonly SenderKind[];
}

/** Checks that every entry's request carries its own key as `type`. */
function contentProtocol<P extends { [T in keyof P & string]: ProtocolEntry<T> }>(entries: P): P {
  return entries;
}

/** Checks that every entry's request carries its own key as `type` and names its senders. */
function backgroundProtocol<P extends { [T in keyof P & string]: BackgroundEntry<T> }>(entries: P): P {
  return entries;
}

/** Only the extension's own pages (the popup, the library). */
const EXTENSION_PAGES = ['extension-page'] as const;
/** Extension pages, and a content script for its own page's items. */
const EXTENSION_OR_OWN_PAGE = ['extension-page', 'page'] as const;

/** Whether the page is read: `scanning` while a read is under way or changes of the page wait to be read. */
const scanState = oneOf('scanning', 'ready');

/**
 * Counts the changes of the page's item list: two answers with the same
 * revision come from the same list, so their slices fit together.
 */
const revision = integer(0, Number.MAX_SAFE_INTEGER);

/** The messages the content script handles, sent by the popup and the background. */
export const CONTENT_PROTOCOL = contentProtocol({
  /**
   * A slice of the page's items, in text order: those from index `from` on,
   * at most `count`. A `from` at or past the end gets no items; the answer's
   * `total` and `revision` tell the asker what the list is now.
   */
  'popup-to-content/get-page-items': {
    request: message('popup-to-content/get-page-items', {
      /** Index of the first item wanted, in text order. */
      from: integer(0, MAX_PAGE_ITEM_COUNT),
      /** Most items wanted. */
      count: integer(1, MAX_ITEMS_PER_ANSWER),
    }),
    answer: record({
      /** `scanning` while the page is still being read; the items are then those found so far. */
      state: scanState,
      /** The item list the slice comes from. */
      revision,
      /** Page URL without its fragment. */
      url: v.string(),
      /** Page title. */
      title: v.string(),
      /** Number of items the page has at this revision. */
      total: integer(0, MAX_PAGE_ITEM_COUNT),
      /** The slice: at most `count` items from `from` on, in text order. */
      items: v.array(pageItem),
    }),
  },
  /** What the page knows of its saved items: which of its items they are, and those it could not find. */
  'popup-to-content/get-page-saved': {
    request: message('popup-to-content/get-page-saved', {}),
    answer: record({
      /** Ids of the page's items that are saved, found by their saved quote wherever the page moved them. */
      savedItemIds: v.array(v.string()),
      /** Items saved from this page's URL that are no longer in its text; kept, never drawn. */
      notFound: v.array(savedItem),
    }),
  },
  /** Whether the page is read, and how far: what an open popup asks to follow the page without fetching its items. */
  'popup-to-content/get-page-state': {
    request: message('popup-to-content/get-page-state', {}),
    answer: record({
      /** As in get-page-items. */
      state: scanState,
      /** As in get-page-items: a new number means the items changed. */
      revision,
    }),
  },
  /** Scroll to an item and flash it. */
  'popup-to-content/scroll-to-item': {
    request: message('popup-to-content/scroll-to-item', {
      /** A {@link PageItem} id. */
      itemId: id,
    }),
    answer: orError(okResponse),
  },
  /** Open the form that saves the page's selected passage as a highlight (the context menu, the keyboard shortcut). */
  'background-to-content/save-selection': {
    request: message('background-to-content/save-selection', {}),
    answer: orError(okResponse),
  },
});

/** The messages the background handles. */
export const BACKGROUND_PROTOCOL = backgroundProtocol({
  /** The content script tells how many items its page has (sets the toolbar badge). */
  'content-to-background/page-item-count': {
    request: message('content-to-background/page-item-count', {
      /** Number of items on the page; 0 clears the badge. */
      count: integer(0, MAX_PAGE_ITEM_COUNT),
    }),
    answer: orError(okResponse),
    from: ['page'],
  },
  /**
   * Save items, all or none. An item with the same url and identity
   * (`contentKey`) as a stored one updates it: a non-empty note replaces the
   * stored note, tags are added to the stored ones.
   */
  'to-background/save-items': {
    request: message('to-background/save-items', {
      /** The items to save. */
      items: list(newSavedItem, MAX_ITEMS_PER_SAVE),
    }),
    answer: orError(
      okWith({
        /** The stored items, in the order they were sent. */
        saved: v.array(savedItem),
      }),
    ),
    from: EXTENSION_OR_OWN_PAGE,
  },
  /** List saved items, all of them or those of one page. */
  'to-background/list-saved': {
    request: message('to-background/list-saved', {
      /** Page URL; its fragment is ignored. Absent: every saved item. */
      url: v.optional(pageUrlField),
    }),
    answer: orError(
      okWith({
        /** Saved items, oldest first. */
        items: v.array(savedItem),
      }),
    ),
    from: EXTENSION_OR_OWN_PAGE,
  },
  /** Delete one saved item; an id that is already gone is answered `{ ok: true }` too. */
  'to-background/delete-saved': {
    request: message('to-background/delete-saved', {
      /** {@link SavedItem} id. */
      id,
    }),
    answer: orError(okResponse),
    from: EXTENSION_OR_OWN_PAGE,
  },
  /** Delete saved items; ids already gone are skipped. */
  'to-background/delete-many': {
    from: EXTENSION_PAGES,
    request: message('to-background/delete-many', {
      /** {@link SavedItem} ids. */
      ids: list(id, MAX_ITEMS_PER_SAVE),
    }),
    answer: orError(
      okWith({
        /** The items deleted, as they were: what an undo puts back. */
        deleted: v.array(savedItem),
      }),
    ),
  },
  /**
   * Put deleted items back exactly as they were, ids and times included (the
   * undo of a delete). A content script may put back only its own page's items,
   * and only ones no longer stored.
   */
  'to-background/restore-saved': {
    from: EXTENSION_OR_OWN_PAGE,
    request: message('to-background/restore-saved', {
      /** The items as {@link BACKGROUND_PROTOCOL}'s delete-many answered them. */
      items: list(savedItem, MAX_ITEMS_PER_SAVE),
    }),
    answer: orError(okResponse),
  },
  /** Edit the analyst's note, tags or colour of a saved item. */
  'to-background/update-saved': {
    request: v.pipe(
      message('to-background/update-saved', {
        /** {@link SavedItem} id. */
        id,
        /** New note; absent leaves it unchanged. */
        note: v.optional(text(MAX_TEXT_LENGTH)),
        /** New tags, replacing the old ones; absent leaves them unchanged. */
        tags: v.optional(tags),
        /** New colour; absent leaves it unchanged. */
        color: v.optional(highlightColor),
      }),
      v.check(
        (edit) => edit.note !== undefined || edit.tags !== undefined || edit.color !== undefined,
        'nothing to update (give note, tags, color or several)',
      ),
    ),
    answer: orError(
      okWith({
        /** The item as stored after the edit. */
        item: savedItem,
      }),
    ),
    from: EXTENSION_OR_OWN_PAGE,
  },
  /** Saved items as a file to download: a page's, a filter's or all; a JSON backup always holds the whole database. */
  'popup-to-background/export': {
    request: message('popup-to-background/export', {
      /** The file's format. */
      format: exportFormat,
      /** Which items; absent means everything. */
      scope: v.optional(exportScope),
    }),
    answer: orError(okWith(exportFileEntries)),
    from: EXTENSION_PAGES,
  },
  /** Adds the items of a JSON backup or a W3C annotation file, all or none, after checking the whole file. */
  'to-background/import': {
    request: message('to-background/import', {
      /** The file's whole text. */
      content: text(MAX_IMPORT_LENGTH),
    }),
    answer: orError(
      okWith({
        /** Items added. */
        added: v.number(),
        /** Items of the file already in the database, left as they were. */
        alreadyThere: v.number(),
      }),
    ),
    from: EXTENSION_PAGES,
  },
});

/** The messages of one side of the protocol. */
type MessagesOf<P extends Record<string, ProtocolEntry<string>>> = {
  [T in keyof P]: v.InferOutput<P[T]['request']>;
}[keyof P];

/** Messages the content script handles. */
export type ContentMessage = MessagesOf<typeof CONTENT_PROTOCOL>;
/** Messages the background handles. */
export type BackgroundMessage = MessagesOf<typeof BACKGROUND_PROTOCOL>;
/** Every message of the protocol. */
export type Message = ContentMessage | BackgroundMessage;
/** Every message `type`. */
export type MessageType = Message['type'];
/** The message with the given `type`. */
export type MessageOfType<T extends MessageType> = Extract<Message, { type: T }>;

/** The answer each message type gets. */
export type ResponseMap = {
  [T in keyof typeof CONTENT_PROTOCOL]: v.InferOutput<(typeof CONTENT_PROTOCOL)[T]['answer']>;
} & {
  [T in keyof typeof BACKGROUND_PROTOCOL]: v.InferOutput<(typeof BACKGROUND_PROTOCOL)[T]['answer']>;
};

/** The answer to message `M`. */
export type ResponseOf<M extends Message> = ResponseMap[M['type']];

/** The content script's answer to get-page-items. */
export type GetPageItemsResponse = ResponseMap['popup-to-content/get-page-items'];

/** The content script's answer to get-page-saved. */
export type GetPageSavedResponse = ResponseMap['popup-to-content/get-page-saved'];

/** The content script's answer to get-page-state. */
export type GetPageStateResponse = ResponseMap['popup-to-content/get-page-state'];

/** The number of code points of `text`. */
function codePointLength(text: string): number {
  return codePointOffsets(text).toCodePoints(text.length);
}

/** The analyst's edits to a saved item; absent fields stay as they are. */
export type ItemEdit = Omit<MessageOfType<'to-background/update-saved'>, 'type' | 'id'>;
