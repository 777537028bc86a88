/**
 * Selectors that find a text span again in a page: a quote with context and a
 * position, as in the W3C Web Annotation model.
 */
import { codePointOffsets, type CodePointOffsets } from '../anchoring/code-points';
import type { ItemSelectors } from './messages';

/** Characters of context kept before and after the quoted text. */
export const QUOTE_CONTEXT_LENGTH = 32;

/**
 * Builds the selectors of `text.slice(start, end)` in the page text `text`,
 * `offsets` being its code point offsets (worked out here when not given).
 * The context never ends in half a surrogate pair (a character outside the
 * Basic Multilingual Plane, such as a rare CJK ideograph, cut in two).
 */
export function createSelectors(text: string, start: number, end: number, offsets: CodePointOffsets = offsetsOf(text)): ItemSelectors {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start).replace(/^[\uDC00-\uDFFF]/, ''),
      suffix: text.slice(end, end + QUOTE_CONTEXT_LENGTH).replace(/[\uD800-\uDBFF]$/, ''),
    },
    position: { type: 'TextPositionSelector', start, end },
    codePoints: { start: offsets.toCodePoints(start), end: offsets.toCodePoints(end) },
  };
}

/** The offset conversions of the page text last asked about: the items of one page are made one after another. */
let last: { text: string; offsets: CodePointOffsets } | undefined;

function offsetsOf(text: string): CodePointOffsets {
  if (last?.text !== text) last = { text, offsets: codePointOffsets(text) };
  return last.offsets;
}
