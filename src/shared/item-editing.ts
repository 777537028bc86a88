/**
 * Editing saved items, the same from the page card, the popup and the
 * library: reading the tags an analyst types, turning a draft into the
 * smallest update, and a selection into an own highlight.
 */
import { MAX_TAG_LENGTH, MAX_TAGS, type ItemEdit, type NewSavedItem, type SavedItem } from './messages';
import type { HighlightColor } from './palette';
import { pageUrl, type PageInfo } from './saved-item';
import { createSelectors } from './selectors';
import type { Validation } from './validate';

/** How long a deleted item can be brought back, in milliseconds. */
export const UNDO_WINDOW_MS = 8_000;

/** Separators between typed tags: commas and semicolons (ASCII and full-width), the enumeration comma 、 and line ends. */
const TAG_SEPARATORS = /[,，;；、\n]+/;

/** The tags in a typed list such as `纳税, 2003、重点企业`: trimmed, empty ones and repeats dropped. */
export function parseTags(typed: string): Validation<string[]> {
  const tags = [...new Set(typed.split(TAG_SEPARATORS).map((tag) => tag.trim()).filter((tag) => tag !== ''))];
  const long = tags.find((tag) => tag.length > MAX_TAG_LENGTH);
  if (long !== undefined) return { ok: false, error: `Tag “${long.slice(0, 20)}…” is too long (at most ${MAX_TAG_LENGTH} characters)` };
  if (tags.length > MAX_TAGS) return { ok: false, error: `Too many tags (${tags.length}, at most ${MAX_TAGS})` };
  return { ok: true, value: tags };
}

/** Tags as the analyst reads and types them. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}

/** What an editing form holds. */
export interface ItemDraft {
  /** The note as typed. */
  note: string;
  /** The tags as typed (see {@link parseTags}). */
  tags: string;
  /** The colour picked, if any. */
  color?: HighlightColor;
}

/** The draft of a saved item as it stands. */
export function draftOf(item: Pick<SavedItem, 'note' | 'tags' | 'color'>): ItemDraft {
  return { note: item.note, tags: formatTags(item.tags), color: item.color };
}

/** True when two drafts hold the same note, tags and colour. */
export function sameDraft(a: ItemDraft, b: ItemDraft): boolean {
  return a.note === b.note && a.tags === b.tags && a.color === b.color;
}

/**
 * A draft begun from `from`, carried over to `to` (the item as stored now,
 * edited elsewhere meanwhile): what the analyst changed stays exactly as
 * typed, every field left alone takes its stored value.
 */
export function rebaseDraft(draft: ItemDraft, from: ItemDraft, to: ItemDraft): ItemDraft {
  return {
    note: draft.note === from.note ? to.note : draft.note,
    tags: draft.tags === from.tags ? to.tags : draft.tags,
    color: draft.color === from.color ? to.color : draft.color,
  };
}

/**
 * The edit that turns `item` into `draft`, holding only what changed;
 * undefined when nothing did. Tags that cannot be read are an error.
 */
export function editFrom(item: SavedItem, draft: ItemDraft): Validation<ItemEdit | undefined> {
  const tags = parseTags(draft.tags);
  if (!tags.ok) return tags;
  const edit: ItemEdit = {};
  if (draft.note !== item.note) edit.note = draft.note;
  if (tags.value.join('\n') !== item.tags.join('\n')) edit.tags = tags.value;
  if (draft.color !== undefined && draft.color !== item.color) edit.color = draft.color;
  return { ok: true, value: Object.keys(edit).length > 0 ? edit : undefined };
}

/** A passage the analyst picked, as an item to save with its note, tags and colour. */
export function newHighlight(
  page: PageInfo,
  pageText: string,
  span: { start: number; end: number },
  draft: ItemDraft,
): Validation<NewSavedItem> {
  const tags = parseTags(draft.tags);
  if (!tags.ok) return tags;
  return {
    ok: true,
    value: {
      url: pageUrl(page.url),
      title: page.title,
      kind: 'highlight',
      text: pageText.slice(span.start, span.end),
      fields: {},
      selectors: createSelectors(pageText, span.start, span.end),
      note: draft.note,
      tags: tags.value,
      ...(draft.color ? { color: draft.color } : {}),
    },
  };
}
