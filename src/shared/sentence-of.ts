/** The sentence of the page text an item stands in, kept with a saved indicator for its context. */

/**
 * Marks that end a sentence in page text, full-width and ASCII: the page text
 * is not normalised as the extractor's is, so both forms occur. Kept as
 * character codes: the content script finds sentences each time it hands an
 * indicator out, and comparing codes makes no string per character.
 */
const SENTENCE_END = new Set([...'。！？；!?;\n\r'].map((mark) => mark.charCodeAt(0)));

/** Character codes of the line ends, which end a sentence without belonging to it. */
const LINE_END = new Set([...'\n\r'].map((mark) => mark.charCodeAt(0)));

/** Longest sentence kept; a run of text without punctuation (a table flattened) is no sentence. */
export const MAX_SENTENCE_LENGTH = 1_000;

/**
 * The sentence of `text` around [start, end): from just after the previous
 * sentence end to the next one, its closing mark included, spaces trimmed.
 * Undefined when it would be longer than {@link MAX_SENTENCE_LENGTH}.
 */
export function sentenceOf(text: string, start: number, end: number): string | undefined {
  let from = start;
  while (from > 0 && start - from <= MAX_SENTENCE_LENGTH && !SENTENCE_END.has(text.charCodeAt(from - 1))) from--;
  let to = Math.max(end, start);
  while (to < text.length && to - from <= MAX_SENTENCE_LENGTH && !SENTENCE_END.has(text.charCodeAt(to))) to++;
  if (to < text.length && !LINE_END.has(text.charCodeAt(to))) to++;
  return to - from > MAX_SENTENCE_LENGTH ? undefined : text.slice(from, to).trim();
}
