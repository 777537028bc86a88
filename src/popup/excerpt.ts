/**
 * The text a row of the popup shows for an item: its own text with the
 * values picked out and, for an indicator, a few words of its sentence around it.
 */
import type { PageItem } from '../shared/messages';

/** A run of the excerpt and how it is shown. */
export interface ExcerptPart {
  /** `context`: the sentence around an indicator, dimmed; `text`: the item's own words; `value`: a number to stand out. */
  role: 'context' | 'text' | 'value';
  /** The characters of the run. */
  text: string;
}

/** Characters of the surrounding sentence kept on each side of an indicator. */
const CONTEXT_LENGTH = 14;

/** Where a sentence or paragraph ends: context never crosses it. */
const SENTENCE_BREAK = /[。!?;\uFF01\uFF1F\uFF1B\n]/;

/** A pause inside a sentence (semicolons end the context already): a cut context starts or ends at one when it can. */
const CLAUSE_PAUSE = /[,、:\uFF0C\uFF1A\s]/;

/**
 * The end of `prefix` back to the sentence start, at most {@link CONTEXT_LENGTH}
 * characters; when that cuts a clause, it starts at the next clause instead.
 */
function contextBefore(prefix: string): string {
  let start = prefix.length;
  while (start > 0 && prefix.length - start < CONTEXT_LENGTH && !SENTENCE_BREAK.test(prefix[start - 1] ?? '')) start--;
  const cut = start > 0 && !SENTENCE_BREAK.test(prefix[start - 1] ?? '');
  if (!cut) return prefix.slice(start).trimStart();
  let pause = start;
  while (pause < prefix.length && !CLAUSE_PAUSE.test(prefix[pause] ?? '')) pause++;
  const context = pause < prefix.length ? prefix.slice(pause + 1) : prefix.slice(start);
  return context ? `…${context}` : '';
}

/**
 * The start of `suffix` up to the sentence end, at most {@link CONTEXT_LENGTH}
 * characters; when that cuts a clause, it ends at the last whole clause instead.
 */
function contextAfter(suffix: string): string {
  let end = 0;
  while (end < suffix.length && end < CONTEXT_LENGTH && !SENTENCE_BREAK.test(suffix[end] ?? '')) end++;
  const cut = end < suffix.length && !SENTENCE_BREAK.test(suffix[end] ?? '');
  if (!cut) return suffix.slice(0, end).trimEnd();
  let pause = end - 1;
  while (pause > 0 && !CLAUSE_PAUSE.test(suffix[pause] ?? '')) pause--;
  const context = pause > 0 ? suffix.slice(0, pause) : suffix.slice(0, end);
  return context ? `${context}…` : '';
}

/** The parts of the excerpt of `item`, in reading order; empty runs are left out. */
export function itemExcerpt(item: PageItem): ExcerptPart[] {
  const values =
    item.kind === 'indicator'
      ? [{ start: item.valueStart, end: item.valueEnd }]
      : item.indicators.map((indicator) => ({ start: indicator.valueStart, end: indicator.valueEnd }));
  const own = markValues(item.text, item.start, values);
  if (item.kind === 'commitment') return own;
  const { prefix, suffix } = item.selectors.quote;
  return [
    { role: 'context' as const, text: contextBefore(prefix) },
    ...own,
    { role: 'context' as const, text: contextAfter(suffix) },
  ].filter((part) => part.text.length > 0);
}

/** Splits `text` (which starts at page offset `offset`) into plain runs and value runs. */
function markValues(text: string, offset: number, values: { start: number; end: number }[]): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let at = 0;
  for (const value of [...values].sort((a, b) => a.start - b.start)) {
    const start = Math.max(value.start - offset, at);
    const end = Math.min(value.end - offset, text.length);
    if (end <= start) continue; // outside the text or inside a value already marked
    parts.push({ role: 'text', text: text.slice(at, start) }, { role: 'value', text: text.slice(start, end) });
    at = end;
  }
  parts.push({ role: 'text', text: text.slice(at) });
  return parts.filter((part) => part.text.length > 0);
}
