/**
 * Strict validation of the messages that enter the background and the content
 * script. Anything that does not match the protocol exactly (an unknown type,
 * a missing or extra field, a wrong type, an oversize string or list) is
 * rejected with a message naming the offending field. Validators never throw,
 * and what they return is a fresh copy holding only the known fields.
 */
import { codePointLength } from './code-points';
import { SUBTYPES } from './item-labels';
import type {
  BackgroundMessage,
  ContentMessage,
  ItemSelectors,
  MessageOfType,
  NewSavedItem,
  SavedItem,
  SavedItemFields,
  SavedItemSubtype,
} from './messages';
import type { PageRecord } from './page-record';

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
/** Longest import file accepted, in characters: a backup of tens of thousands of items fits. */
export const MAX_IMPORT_LENGTH = 32 * 1024 * 1024;
/** Largest item count a page can report for the badge. */
export const MAX_PAGE_ITEM_COUNT = 1_000_000;

/** The outcome of validating a value: the typed copy, or why it was rejected. */
export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

/** Validates a message sent to the background. */
export function validateBackgroundMessage(message: unknown): Validation<BackgroundMessage> {
  return validateMessage(message, backgroundMessages, 'the background');
}

/** Validates a message sent to the content script. */
export function validateContentMessage(message: unknown): Validation<ContentMessage> {
  return validateMessage(message, contentMessages, 'the content script');
}

/** Validates a list of at most `maxItems` stored items, e.g. read back from a backup; `path` names it in errors. */
export function validateSavedItems(items: unknown, path: string, maxItems = Number.MAX_SAFE_INTEGER): Validation<SavedItem[]> {
  return run(() => list(savedItem, maxItems)(items, path));
}

/** Validates a list of at most `maxPages` page records read back from a backup; `path` names it in errors. */
export function validatePageRecords(pages: unknown, path: string, maxPages: number): Validation<PageRecord[]> {
  return run(() => list(pageRecord, maxPages)(pages, path));
}

// ---------------------------------------------------------------------------
// Parsers: each returns a clean copy of a valid value or throws Invalid.
// ---------------------------------------------------------------------------

/** Thrown inside this module only; turned into `{ ok: false, error }` by `run`. */
class Invalid extends Error {}

type Parser<T> = (value: unknown, path: string) => T;

function run<T>(parse: () => T): Validation<T> {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    return { ok: false, error: `invalid message: ${String(error)}` };
  }
}

function fail(path: string, expected: string, value: unknown): never {
  throw new Invalid(`${path}: expected ${expected}, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') {
    return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

function text(maxLength: number, options: { nonBlank?: boolean } = {}): Parser<string> {
  return (value, path) => {
    if (typeof value !== 'string') fail(path, 'a string', value);
    if (value.length > maxLength) {
      throw new Invalid(`${path}: too long (${value.length} characters, at most ${maxLength})`);
    }
    if (options.nonBlank && value.trim() === '') fail(path, 'a non-blank string', value);
    return value;
  };
}

function oneOf<const T extends string>(...allowed: T[]): Parser<T> {
  return (value, path) => {
    if (typeof value === 'string' && (allowed as string[]).includes(value)) return value as T;
    return fail(path, `one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`, value);
  };
}

function integer(min: number, max: number): Parser<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      fail(path, `an integer from ${min} to ${max}`, value);
    }
    return value;
  };
}

const finiteNumber: Parser<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'a finite number', value);
  return value;
};

const finiteNumberOrNull: Parser<number | null> = (value, path) =>
  value === null ? null : finiteNumber(value, path);

function list<T>(item: Parser<T>, maxLength: number): Parser<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, 'an array', value);
    if (value.length > maxLength) {
      throw new Invalid(`${path}: too many entries (${value.length}, at most ${maxLength})`);
    }
    return value.map((entry, index) => item(entry, `${path}[${index}]`));
  };
}

type Shape = Record<string, Parser<unknown>>;
type Parsed<S extends Shape> = { [K in keyof S]: S[K] extends Parser<infer T> ? T : never };

/**
 * A plain object with exactly the `required` fields and any of the `optional`
 * ones; an optional field holding `undefined` counts as absent.
 */
function record<R extends Shape, O extends Shape = Record<never, never>>(
  required: R,
  optional?: O,
): Parser<Parsed<R> & Partial<Parsed<O>>> {
  return (value, path) => {
    if (!isPlainObject(value)) return fail(path, 'an object', value);
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(required, key) && !Object.hasOwn(optional ?? {}, key)) {
        throw new Invalid(`${path}: unexpected field ${JSON.stringify(key)}`);
      }
    }
    for (const [key, parse] of Object.entries(required)) {
      if (!Object.hasOwn(value, key) || value[key] === undefined) {
        throw new Invalid(`${path}.${key}: missing`);
      }
      result[key] = parse(value[key], `${path}.${key}`);
    }
    for (const [key, parse] of Object.entries(optional ?? {})) {
      if (value[key] !== undefined) result[key] = parse(value[key], `${path}.${key}`);
    }
    return result as Parsed<R> & Partial<Parsed<O>>;
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// ---------------------------------------------------------------------------
// The protocol's shapes.
// ---------------------------------------------------------------------------

const id = text(MAX_SHORT_TEXT_LENGTH, { nonBlank: true });
const shortText = text(MAX_SHORT_TEXT_LENGTH);
const offset = integer(0, Number.MAX_SAFE_INTEGER);

/** The pages the content script runs on; anything else (javascript:, data:) is never a page URL. */
const PAGE_PROTOCOLS = ['http:', 'https:', 'file:'];

const url: Parser<string> = (value, path) => {
  const checked = text(MAX_URL_LENGTH, { nonBlank: true })(value, path);
  if (!URL.canParse(checked) || !PAGE_PROTOCOLS.includes(new URL(checked).protocol)) {
    fail(path, 'an absolute http, https or file URL', value);
  }
  return checked;
};

const tags: Parser<string[]> = (value, path) => {
  const checked = list(text(MAX_TAG_LENGTH, { nonBlank: true }), MAX_TAGS)(value, path);
  const duplicate = checked.find((tag, index) => checked.indexOf(tag) !== index);
  if (duplicate !== undefined) throw new Invalid(`${path}: tag ${JSON.stringify(duplicate)} given twice`);
  return checked;
};

const selectors: Parser<ItemSelectors> = (value, path) => {
  const checked = record({
    quote: record({
      type: oneOf('TextQuoteSelector'),
      exact: text(MAX_TEXT_LENGTH, { nonBlank: true }),
      prefix: shortText,
      suffix: shortText,
    }),
    position: record({ type: oneOf('TextPositionSelector'), start: offset, end: offset }),
  }, { codePoints: record({ start: offset, end: offset }) })(value, path);
  const { start, end } = checked.position;
  if (end - start !== checked.quote.exact.length) {
    throw new Invalid(
      `${path}.position: spans ${end - start} characters but the quote has ${checked.quote.exact.length}`,
    );
  }
  const codePoints = checked.codePoints;
  if (codePoints && codePoints.end - codePoints.start !== codePointLength(checked.quote.exact)) {
    throw new Invalid(`${path}.codePoints: spans ${codePoints.end - codePoints.start} code points but the quote has ${codePointLength(checked.quote.exact)}`);
  }
  return checked;
};

const fields: Parser<SavedItemFields> = record(
  {},
  {
    metric: shortText,
    value: finiteNumberOrNull,
    valueText: shortText,
    unit: shortText,
    change: record(
      { direction: oneOf('up', 'down'), text: shortText },
      { amount: finiteNumber, unit: shortText },
    ),
    basis: shortText,
    period: shortText,
    status: oneOf('actual', 'target'),
    marker: shortText,
    deadline: shortText,
    targets: list(shortText, MAX_TAGS),
    sentence: text(MAX_TEXT_LENGTH),
  },
);

/** The subtypes each kind allows; a hand-picked highlight has none. */
const subtypesOfKind: Record<NewSavedItem['kind'], readonly SavedItemSubtype[]> = { ...SUBTYPES, highlight: [] };

const newSavedItemRequired = {
  url,
  title: text(MAX_TITLE_LENGTH),
  kind: oneOf('indicator', 'commitment', 'highlight'),
  text: text(MAX_TEXT_LENGTH, { nonBlank: true }),
  fields,
  selectors,
  note: text(MAX_TEXT_LENGTH),
  tags,
};

const newSavedItemOptional = {
  pageItemId: id,
  subtype: oneOf(...SUBTYPES.indicator, ...SUBTYPES.commitment),
};

/** An item with the kind and subtype checked against each other. */
function withSubtypeOfKind<T extends NewSavedItem>(parse: Parser<T>): Parser<T> {
  return (value, path) => {
    const item = parse(value, path);
    if (item.subtype !== undefined && !subtypesOfKind[item.kind].includes(item.subtype)) {
      throw new Invalid(`${path}.subtype: ${JSON.stringify(item.subtype)} is not a subtype of ${item.kind}`);
    }
    return item;
  };
}

const isoTime: Parser<string> = (value, path) => {
  const checked = text(MAX_SHORT_TEXT_LENGTH)(value, path);
  if (!ISO_TIME.test(checked) || Number.isNaN(Date.parse(checked))) fail(path, 'an ISO 8601 time', value);
  return checked;
};

/** The form `Date.prototype.toISOString` writes. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

const newSavedItem: Parser<NewSavedItem> = withSubtypeOfKind(record(newSavedItemRequired, newSavedItemOptional));

const savedItem: Parser<SavedItem> = withSubtypeOfKind(
  record({ ...newSavedItemRequired, id, createdAt: isoTime, updatedAt: isoTime }, newSavedItemOptional),
);

const pageRecord: Parser<PageRecord> = record(
  { url, title: text(MAX_TITLE_LENGTH), lastSeen: isoTime, savedCount: integer(0, MAX_PAGE_ITEM_COUNT) },
  { itemCount: integer(0, MAX_PAGE_ITEM_COUNT) },
);

type Parsers<M extends { type: string }> = { [T in M['type']]: Parser<Extract<M, { type: T }>> };

const backgroundMessages: Parsers<BackgroundMessage> = {
  'content-to-background/page-item-count': record({
    type: oneOf('content-to-background/page-item-count'),
    count: integer(0, MAX_PAGE_ITEM_COUNT),
  }),
  'to-background/save-items': record({
    type: oneOf('to-background/save-items'),
    items: list(newSavedItem, MAX_ITEMS_PER_SAVE),
  }),
  'to-background/list-saved': record({ type: oneOf('to-background/list-saved') }, { url }),
  'to-background/delete-saved': record({ type: oneOf('to-background/delete-saved'), id }),
  'to-background/update-saved': (value, path) => {
    const message: MessageOfType<'to-background/update-saved'> = record(
      { type: oneOf('to-background/update-saved'), id },
      { note: text(MAX_TEXT_LENGTH), tags },
    )(value, path);
    if (message.note === undefined && message.tags === undefined) {
      throw new Invalid(`${path}: nothing to update (give note, tags or both)`);
    }
    return message;
  },
  'popup-to-background/export': record(
    { type: oneOf('popup-to-background/export'), format: oneOf('csv', 'json', 'md', 'w3c', 'csl') },
    { scope: record({}, { url, kind: oneOf('indicator', 'commitment', 'highlight'), tag: text(MAX_TAG_LENGTH) }) },
  ),
  'to-background/import': record({ type: oneOf('to-background/import'), content: text(MAX_IMPORT_LENGTH) }),
};

const contentMessages: Parsers<ContentMessage> = {
  'popup-to-content/get-page-items': record({ type: oneOf('popup-to-content/get-page-items') }),
  'popup-to-content/scroll-to-item': record({
    type: oneOf('popup-to-content/scroll-to-item'),
    itemId: id,
  }),
};

function validateMessage<M extends { type: string }>(
  message: unknown,
  parsers: Parsers<M>,
  receiver: string,
): Validation<M> {
  return run(() => {
    if (!isPlainObject(message)) return fail('message', 'an object', message);
    const type = message.type;
    if (typeof type !== 'string') return fail('message.type', 'a string', type);
    if (!Object.hasOwn(parsers, type)) {
      throw new Invalid(`message.type: ${describe(type)} is not a message ${receiver} handles`);
    }
    return parsers[type as M['type']](message, 'message');
  });
}
