/** What the anchoring module works on and what it gives back. */

/** A saved span to find again: its quote with context and, when known, where it was. */
export interface AnchorTarget {
  /** The span's text exactly as it was saved. */
  exact: string;
  /** The text just before it when it was saved (empty at the page's start). */
  prefix: string;
  /** The text just after it when it was saved (empty at the page's end). */
  suffix: string;
  /** Where the span was, as string offsets (UTF-16 code units) in the page text; absent when unknown. */
  position?: { start: number; end: number };
}

/** How a span was found again. */
export type AnchorMethod =
  /** At its stored position, quote and context unchanged. */
  | 'position'
  /** Its quote unchanged elsewhere in the page. */
  | 'exact'
  /** Its quote edited, found by similarity. */
  | 'fuzzy';

/** Where a saved span is in the page text now. */
export interface Anchor {
  /** Offset of its first character (UTF-16 code units). */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /** How it was found. */
  method: AnchorMethod;
  /** From 0 to 1: how well quote, context and place agree with what was saved. */
  score: number;
}
