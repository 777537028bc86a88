/**
 * W3C Web Annotation positions count code points; JavaScript strings count
 * UTF-16 code units. They differ after every character outside the Basic
 * Multilingual Plane (rare CJK ideographs of Extension B and beyond, emoji),
 * which take two code units each.
 */

/** A high surrogate followed by a low one: a character outside the Basic Multilingual Plane. */
const SURROGATE_PAIRS = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Converts between code point and code unit offsets of one text. */
export interface CodePointOffsets {
  /** The string offset (code units) of code point offset `codePoint`; the text's length past its end. */
  toUnits(codePoint: number): number;
  /** The code point offset of string offset `units`; an offset inside a pair counts as the pair's start. */
  toCodePoints(units: number): number;
}

/**
 * The offset conversions of `text`. It remembers where the surrogate pairs
 * are, so each conversion is a binary search rather than a walk over the text.
 */
export function codePointOffsets(text: string): CodePointOffsets {
  // String offsets of the high surrogate of every pair, in order. The regular expression engine
  // scans the text (a page's whole text, when the popup first asks for its items) some ten times
  // faster than a loop over its code units, and a page of CJK text holds few pairs or none.
  // (`matchAll` works on a copy of the expression: no `lastIndex` is shared between calls.)
  const pairs = Array.from(text.matchAll(SURROGATE_PAIRS), (found) => found.index!);
  const lengthInCodePoints = text.length - pairs.length;
  return {
    toUnits(codePoint) {
      const clamped = Math.max(0, Math.min(codePoint, lengthInCodePoints));
      // Pairs before the wanted code point: the k-th pair sits at code point pairs[k] - k.
      const before = countWhile(pairs, (pair, k) => pair - k < clamped);
      return clamped + before;
    },
    toCodePoints(units) {
      const clamped = Math.max(0, Math.min(units, text.length));
      // A pair that starts before the offset takes one code unit more than its one code point.
      return clamped - countWhile(pairs, (pair) => pair < clamped);
    },
  };
}

/** How many leading entries of the sorted `values` satisfy `holds` (which stays true, then false). */
function countWhile(values: readonly number[], holds: (value: number, index: number) => boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (holds(values[middle]!, middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

