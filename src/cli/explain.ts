/**
 * `policy-lens extract FILE --explain`: why the extractor found what it found.
 *
 * Without a place, one line per item: its offsets, kind, subtype and status,
 * the rule that found it, its text and its fields as the popup shows them;
 * then how many candidates each named veto set aside. With `--at OFFSET` or
 * `--sentence TEXT`, the same for the sentence there only, followed by each
 * veto that removed a candidate in it, with the vetoed text.
 */
import { extract, type Item, type Veto } from '../extractor';
import { sentencesOf, type SentenceSpan } from '../extractor/explain';
import { itemFields } from '../shared/item-fields';
import { UsageError } from './args';

/** Where to explain: the sentence(s) at an offset or holding some text; the whole text when neither is given. */
export interface ExplainPlace {
  /** An offset (JavaScript string index) into the text; its sentence is explained. */
  at?: number;
  /** Text of the document; the sentences it lies in are explained. */
  sentence?: string;
}

/** Longest stretch of a sentence shown on an item's line. */
const SHOWN_LENGTH = 80;

/** Page text as one safe line: line ends and control characters (a terminal's escapes) become spaces. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

/** `text` on one line, cut with … past `SHOWN_LENGTH` characters. */
function shown(text: string): string {
  const line = oneLine(text);
  return line.length > SHOWN_LENGTH ? `${line.slice(0, SHOWN_LENGTH)}…` : line;
}

/** One item as a line: `455–461 indicator amount actual, rule amount: 2523万元 | Metric: 纳税; Value: 2523万元`. */
export function explainItem(item: Item): string {
  const status = item.kind === 'indicator' ? ` ${item.status}` : '';
  const fields = itemFields(item).map((field) => `${field.label}: ${oneLine(field.value)}`);
  return `${item.start}–${item.end} ${item.kind} ${item.subtype}${status}, rule ${item.rule ?? '?'}: ${shown(item.text)}${fields.length ? ` | ${fields.join('; ')}` : ''}`;
}

/** The span covering the sentences of `text` at `place`; a `UsageError` when the place is not in the text. */
function placeSpan(text: string, place: ExplainPlace): SentenceSpan {
  let from: number, to: number;
  if (place.sentence !== undefined) {
    from = text.indexOf(place.sentence);
    if (from === -1) throw new UsageError(`--sentence: the text does not contain ${JSON.stringify(place.sentence)}`);
    to = from + place.sentence.length;
  } else {
    from = place.at!;
    if (from >= text.length) throw new UsageError(`--at ${from}: the text has ${text.length} characters`);
    to = from + 1;
  }
  const around = sentencesOf(text).filter((s) => s.start < to && s.end > from);
  // An offset between sentences (a line end, leading spaces) stands for itself.
  if (around.length === 0) return { start: from, end: to };
  return { start: around[0]!.start, end: around[around.length - 1]!.end };
}

/** The explanation of `text` (at `place`, or whole) as lines of text. */
export function explain(text: string, place: ExplainPlace = {}): string {
  const vetoes: Veto[] = [];
  const seen = new Set<string>();
  const items = extract(text, {
    onVeto: (veto) => {
      // A rule may set the same candidate aside more than once on its way.
      const key = `${veto.rule} ${veto.start} ${veto.end}`;
      if (!seen.has(key)) vetoes.push(veto), seen.add(key);
    },
  });
  if (place.at === undefined && place.sentence === undefined) {
    const counts = new Map<string, number>();
    for (const veto of vetoes) counts.set(veto.rule, (counts.get(veto.rule) ?? 0) + 1);
    const vetoLine = counts.size ? [...counts].map(([rule, n]) => `${rule} ${n}`).join(', ') : 'none';
    return [...items.map(explainItem), `${items.length} items; candidates set aside by vetoes: ${vetoLine}`].join('\n') + '\n';
  }
  const span = placeSpan(text, place);
  const inside = (s: { start: number; end: number }): boolean => s.start < span.end && s.end > span.start;
  const here = items.filter(inside);
  const vetoed = vetoes.filter(inside).sort((a, b) => a.start - b.start);
  return [
    `sentence ${span.start}–${span.end}: ${oneLine(text.slice(span.start, span.end))}`,
    `items found (${here.length}):`,
    ...here.map((item) => `  ${explainItem(item)}`),
    `candidates set aside (${vetoed.length}):`,
    ...vetoed.map((veto) => `  ${veto.start}–${veto.end} veto ${veto.rule}: ${oneLine(text.slice(veto.start, veto.end))}`),
  ].join('\n') + '\n';
}
