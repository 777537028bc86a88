/**
 * Extraction a line at a time. Sentences end at line ends, so the items of a
 * page are the items of its lines; reading one line per step keeps each step
 * short on long pages, and a line longer than a chunk is read a chunk per step.
 */
import { lastIndexAtOrBefore } from '../dom/binary-search';
import { extract, pieceFacts, sectionMoodReader, setUpExtractor, type ParagraphFacts, type SectionMood } from '../extractor';
import type { Item } from '../extractor/types';
import { chunkLine, MAX_CHUNK_CHARS, type Chunk } from './line-chunks';

/** A span of the page text: `text.slice(start, end)`. */
export interface Span {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** The lines of `text` (without their "\n") that hold something other than spaces, one at a time, as far as asked. */
export function* eachLine(text: string): Generator<Span, void, undefined> {
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (text.slice(start, end).trim() !== '') yield { start, end };
    start = end + 1;
  }
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
 * (see `sectionMoodReader`).
 */
export function extractSpan(text: string, span: Span, sectionMood?: SectionMood): Item[] {
  return extract(text.slice(span.start, span.end), { sectionMood }).map((item) => shiftItem(item, span.start));
}

/**
 * Characters read before a chunk: the extractor looks back from a value for
 * its period (up to 120 characters of the cleaned text, pinyin glosses
 * removed) and from a sentence to the list it continues.
 */
const CONTEXT_BEFORE = 400;
/** Characters read after a chunk, for what the extractor looks at just past an item and for items that cross a cut inside a sentence. */
const CONTEXT_AFTER = 200;

/** The end of `text.slice(from, to)` with its trailing white space left out. */
function trimmedEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * The items that start in `chunk` of `line`, read with the text around it,
 * `paragraph` being the whole line's facts and `sectionMood` the mood of its
 * report section. An item that runs into the end of the text read (a
 * sentence longer than the context) is left out rather than cut short.
 */
export function extractChunk(text: string, line: Span, chunk: Chunk, paragraph: ParagraphFacts, sectionMood?: SectionMood): Item[] {
  const from = Math.max(line.start, chunk.start - CONTEXT_BEFORE);
  const to = Math.min(line.end, chunk.end + CONTEXT_AFTER);
  const cutShort = to < line.end ? trimmedEnd(text, from, to) - from : Infinity;
  return extract(text.slice(from, to), { paragraph, sectionMood })
    .filter((item) => item.start >= chunk.start - from && item.start < chunk.end - from && item.end < cutShort)
    .map((item) => shiftItem(item, from));
}

/**
 * Characters of the earlier text read for section headings in one step, where
 * a line comes after a long stretch of text not read yet (new text at the end
 * of a long page; a passage removed, read again for its headings).
 */
export const HEADING_CHARS_PER_STEP = 20_000;

/**
 * The section mood of places of `text`, asked in text order, each through a
 * run of steps (a step per yield, the empty list of items) whose last returns
 * the mood: the text before the place is read for headings a stretch of
 * {@link HEADING_CHARS_PER_STEP} a step, so that a place far past the one
 * asked before does not carry the whole stretch in one step.
 */
export function steppedMoodReader(text: string): (at: number) => Generator<never[], SectionMood, undefined> {
  const moodAt = sectionMoodReader(text);
  let readTo = 0;
  return function* moodInSteps(at) {
    for (; readTo + HEADING_CHARS_PER_STEP < at; readTo += HEADING_CHARS_PER_STEP) {
      moodAt(readTo + HEADING_CHARS_PER_STEP);
      yield [];
    }
    readTo = Math.max(readTo, at);
    return moodAt(at);
  };
}

/**
 * The extraction of `lines` of `text` as a sequence of bounded steps: each
 * step (one call of `next`) reads one line, or one chunk of a long line, and
 * yields the items it found, in text order. A long line takes more rounds, so
 * that its chunks give what one read of the line gives: first the facts of
 * the whole line are gathered chunk by chunk, then the chunks are read with
 * them. Every line is read with the mood of its report section. The
 * extractor's one-time set-up, when not done yet, takes the first steps.
 */
export function* extractionSteps(text: string, lines: Iterable<Span>): Generator<Item[], void, undefined> {
  // The extractor's one-time set-up comes first, in steps of its own, so that the first line's step does not carry it.
  const setUp = setUpExtractor();
  while (!setUp.next().done) yield [];
  // Headings on earlier lines tell whether a line stands under a review of the past or the work ahead.
  // The new lines of a page growing at its end have all of its text before them.
  const moodAt = steppedMoodReader(text);
  for (const line of lines) {
    const mood = yield* moodAt(line.start);
    if (line.end - line.start <= MAX_CHUNK_CHARS) {
      yield extractSpan(text, line, mood);
      continue;
    }
    const facts: ParagraphFacts = { past: 0, total: 0, reported: false, holdsCommitment: false };
    // The line is cut as its facts are gathered, a chunk a step.
    const chunks: Chunk[] = [];
    for (const chunk of chunkLine(text, line)) {
      chunks.push(chunk);
      const piece = pieceFacts(text.slice(chunk.start, chunk.end));
      facts.past += piece.past;
      facts.total += piece.total;
      facts.reported ||= piece.reported;
      yield [];
    }
    if (!facts.reported) {
      // Whether the line is a plan hangs on its holding a commitment anywhere: read until one is found.
      for (const chunk of chunks) {
        facts.holdsCommitment = extractChunk(text, line, chunk, facts, mood).some((item) => item.kind === 'commitment');
        yield [];
        if (facts.holdsCommitment) break;
      }
    }
    for (const chunk of chunks) yield extractChunk(text, line, chunk, facts, mood);
  }
}
