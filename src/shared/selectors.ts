/**
 * Selectors that find a text span again in a page: a quote with context and a
 * position, as in the W3C Web Annotation model.
 */
import type { ItemSelectors } from './messages';

/** Characters of context kept before and after the quoted text. */
export const QUOTE_CONTEXT_LENGTH = 32;

/** A span of the page text model: `text.slice(start, end)`. */
export interface TextSpan {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** Builds the selectors of `text.slice(start, end)` in the page text `text`. */
export function createSelectors(text: string, start: number, end: number): ItemSelectors {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * Finds the span the selectors describe in `text`, which may have changed
 * since they were made: the stored position when the quote is still there,
 * else the occurrence of the quote whose context matches best, preferring the
 * one nearest the old position. Null when the quote is gone.
 */
export function resolveSelectors(text: string, selectors: ItemSelectors): TextSpan | null {
  const { exact, prefix, suffix } = selectors.quote;
  const { start } = selectors.position;
  if (exact.length === 0) return null;
  if (text.slice(start, start + exact.length) === exact) {
    return { start, end: start + exact.length };
  }
  let best: { at: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score =
      commonSuffixLength(text.slice(Math.max(0, at - prefix.length), at), prefix) +
      commonPrefixLength(text.slice(at + exact.length, at + exact.length + suffix.length), suffix);
    const distance = Math.abs(at - start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { at, score, distance };
    }
  }
  return best ? { start: best.at, end: best.at + exact.length } : null;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
