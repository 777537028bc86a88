/**
 * Extraction a line at a time. Sentences end at line ends, so the items of a
 * page are the items of its lines; reading one line per step keeps each step
 * short on long pages.
 */
import { lastIndexAtOrBefore } from '../dom/binary-search';
import { extract, type SectionMood } from '../extractor';
import type { Item } from '../extractor/types';

/** A span of the page text: `text.slice(start, end)`. */
export interface Span {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** The lines of `text` (without their "\n") that hold something other than spaces. */
export function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (text.slice(start, end).trim() !== '') spans.push({ start, end });
    start = end + 1;
  }
  return spans;
}

/** True when `span` shares a character with one of `sorted`, spans in text order that do not overlap. */
export function overlapsAny(sorted: readonly Span[], span: Span): boolean {
  const before = lastIndexAtOrBefore(sorted, span.end - 1, (entry) => entry.start);
  return before !== -1 && sorted[before]!.end > span.start;
}

/** The item moved `delta` characters along the text, with everything inside it. */
export function shiftItem<T extends Item>(item: T, delta: number): T {
  if (delta === 0) return item;
  if (item.kind === 'indicator') {
    return { ...item, start: item.start + delta, end: item.end + delta, valueStart: item.valueStart + delta, valueEnd: item.valueEnd + delta };
  }
  return {
    ...item,
    start: item.start + delta,
    end: item.end + delta,
    indicators: item.indicators.map((indicator) => shiftItem(indicator, delta)),
  };
}

/**
 * The items of `text.slice(span.start, span.end)`, with offsets into the whole
 * `text`; `sectionMood` is the mood of the report's section the span stands in
 * (see `sectionMoodsAtLines`).
 */
export function extractSpan(text: string, span: Span, sectionMood?: SectionMood): Item[] {
  return extract(text.slice(span.start, span.end), { sectionMood }).map((item) => shiftItem(item, span.start));
}
