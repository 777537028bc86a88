/**
 * Finds a saved span again in a page's text, which may have changed since it
 * was saved: first at its stored position, then by its exact quote, then by
 * similarity. A span found nowhere well enough is an orphan (`undefined`):
 * never placed on text it does not fit.
 */
import search from 'approx-string-match';
import { similarity } from './similarity';
import type { Anchor, AnchorTarget } from './types';

/** Least score at which a candidate counts as the saved span; below it the span is an orphan. */
export const MIN_ANCHOR_SCORE = 0.6;

/** Quotes shorter than this (增长12.4%, 居全县第12位) occur often in a report: their context decides. */
const SHORT_QUOTE_LENGTH = 20;

/** Most edits the fuzzy search allows, as a share of the searched text's length... */
const MAX_ERROR_SHARE = 0.5;
/** ...and at most: the search's time grows with it, and a passage edited more than this is another passage. */
const MAX_ERRORS = 256;

/** Weights of a candidate's score: quote similarity, prefix, suffix and closeness to the stored position. */
interface Weights {
  quote: number;
  prefix: number;
  suffix: number;
  position: number;
}

/** A long quote says most by itself; closeness to the old place only breaks ties. */
const LONG_QUOTE_WEIGHTS: Weights = { quote: 50, prefix: 20, suffix: 20, position: 2 };
/** A short quote leans on its context. */
const SHORT_QUOTE_WEIGHTS: Weights = { quote: 30, prefix: 30, suffix: 30, position: 2 };

/** A place in the text that may hold the saved span. */
interface Candidate {
  start: number;
  end: number;
}

/** The saved span's place in `text` now, or `undefined` when it cannot be placed (an orphan). */
export function anchorQuote(text: string, target: AnchorTarget): Anchor | undefined {
  if (target.exact.length === 0) return undefined;
  const atPosition = checkPosition(text, target);
  if (atPosition) return atPosition;
  const score = scorer(text, target);
  // Most often the quote moved with its context: one search for both, no scoring, the nearest hit taken.
  const inContext = exactMatches(text, target.prefix + target.exact + target.suffix).map(({ start }) => ({
    start: start + target.prefix.length,
    end: start + target.prefix.length + target.exact.length,
  }));
  const exact = best(inContext.length > 0 ? [nearest(inContext, target)] : exactMatches(text, target.exact), score);
  if (exact && exact.score >= MIN_ANCHOR_SCORE) return { ...exact, method: 'exact' };
  const fuzzy = best(fuzzyMatches(text, target).map((candidate) => wholeNumbers(text, candidate)), score);
  if (fuzzy && fuzzy.score >= MIN_ANCHOR_SCORE) return { ...fuzzy, method: 'fuzzy' };
  return undefined;
}

/** The stored position, when it still holds the quote with its context unchanged. */
function checkPosition(text: string, target: AnchorTarget): Anchor | undefined {
  if (!target.position) return undefined;
  const { start } = target.position;
  const span = { start, end: start + target.exact.length };
  const unchanged = text.slice(span.start, span.end) === target.exact && hasContext(text, span, target);
  return unchanged ? { ...span, method: 'position', score: 1 } : undefined;
}

/** Whether the text around `span` is the saved context, unchanged. */
function hasContext(text: string, { start, end }: Candidate, { prefix, suffix }: AnchorTarget): boolean {
  return text.slice(Math.max(0, start - prefix.length), start) === prefix && text.slice(end, end + suffix.length) === suffix;
}

/** The candidate nearest the stored position (the first when none was stored). */
function nearest(candidates: readonly Candidate[], { position }: AnchorTarget): Candidate {
  if (!position) return candidates[0]!;
  const distance = (candidate: Candidate) => Math.abs(candidate.start - position.start);
  return candidates.reduce((closest, candidate) => (distance(candidate) < distance(closest) ? candidate : closest));
}

/** Every place where `quote` occurs unchanged. */
function exactMatches(text: string, quote: string): Candidate[] {
  const matches: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    matches.push({ start: at, end: at + quote.length });
  }
  return matches;
}

/**
 * The places most like the quote: those closest to the quote alone, and,
 * inside the passages closest to the quote with its context, those closest to
 * the quote there. The second search is what finds an edited short quote,
 * whose nearest look-alike elsewhere may be closer than itself; a short quote
 * with context is searched that way only, as alone it looks like too many places.
 */
function fuzzyMatches(text: string, { exact, prefix, suffix }: AnchorTarget): Candidate[] {
  const hasContext = prefix.length + suffix.length > 0;
  const candidates: Candidate[] = exact.length >= SHORT_QUOTE_LENGTH || !hasContext ? approximate(text, exact) : [];
  if (hasContext) {
    for (const passage of approximate(text, prefix + exact + suffix)) {
      for (const inside of approximate(text.slice(passage.start, passage.end), exact)) {
        candidates.push({ start: passage.start + inside.start, end: passage.start + inside.end });
      }
    }
  }
  return candidates;
}

/** The lowest-error approximate matches of `pattern` in `text`. */
function approximate(text: string, pattern: string): Candidate[] {
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(pattern.length * MAX_ERROR_SHARE));
  return search(text, pattern, maxErrors).map(({ start, end }) => ({ start, end }));
}

/** The scoring of candidates for `target` in `text`, from 0 to 1. */
function scorer(text: string, { exact, prefix, suffix, position }: AnchorTarget): (candidate: Candidate) => number {
  const weights = exact.length < SHORT_QUOTE_LENGTH ? SHORT_QUOTE_WEIGHTS : LONG_QUOTE_WEIGHTS;
  const total = weights.quote + weights.prefix + weights.suffix + weights.position;
  return ({ start, end }) => {
    const quoteScore = similarity(text.slice(start, end), exact);
    const prefixScore = similarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
    const suffixScore = similarity(text.slice(end, end + suffix.length), suffix);
    const positionScore = position ? 1 - Math.abs(start - position.start) / Math.max(text.length, 1) : 1;
    return (
      (weights.quote * quoteScore +
        weights.prefix * prefixScore +
        weights.suffix * suffixScore +
        weights.position * positionScore) /
      total
    );
  };
}

/** The best-scoring candidate; the earliest of equals. */
function best(candidates: readonly Candidate[], score: (candidate: Candidate) => number): (Candidate & { score: number }) | undefined {
  let winner: (Candidate & { score: number }) | undefined;
  for (const candidate of candidates) {
    const value = score(candidate);
    if (!winner || value > winner.score || (value === winner.score && candidate.start < winner.start)) {
      winner = { start: candidate.start, end: candidate.end, score: value };
    }
  }
  return winner;
}

/** Characters of a written number: a span never starts or ends inside one. */
const NUMBER_CHAR = /[0-9０-９.．%％]/;

/**
 * Widens an approximate match so it neither cuts a number in two (12.4 of
 * 112.4) nor a character outside the Basic Multilingual Plane (a surrogate pair).
 */
function wholeNumbers(text: string, { start, end }: Candidate): Candidate {
  const inside = (at: number) =>
    at > 0 && at < text.length &&
    ((NUMBER_CHAR.test(text[at - 1]!) && NUMBER_CHAR.test(text[at]!)) || /[\uDC00-\uDFFF]/.test(text[at]!));
  while (inside(start)) start--;
  while (inside(end)) end++;
  return { start, end };
}
