import { findCommitments, tallyParagraph, type ParagraphTally } from './commitments';
import type { SectionMood } from './section-mood';
import { ignoreVetoes, type VetoListener, type Vetoes } from './explain';
import { findIndicators, type IndicatorMention } from './indicators';
import { normalize, setUpNormalizing, type NormalizedText } from './normalize';
import { splitSentences } from './sentences';
import { periodBefore } from './time-expressions';
import { indicatorStatuses, tellsOfWorkDone, type PlanFacts } from './indicator-status';
import type { CommitmentItem, IndicatorItem, IndicatorStatus, Item } from './types';

export type * from './types';
export type { Veto, VetoListener } from './explain';
export { sectionMoodReader, type SectionMood } from './section-mood';

/** Options of one extraction. */
export interface ExtractOptions {
  /** Called for every candidate a named veto removes (for `--explain`). */
  onVeto?: VetoListener;
  /**
   * When the text is a piece of one longer paragraph (no line end inside),
   * facts of the whole paragraph: pieces cut at sentence ends, their
   * {@link pieceFacts} summed, and whether any piece holds a commitment.
   * The rules that read a paragraph as a whole then read it.
   */
  paragraph?: ParagraphFacts;
  /**
   * The mood of the report's section where the text starts (`plan` under
   * 二、2010年主要任务), for a text that is one line of a longer one; see
   * `sectionMoodReader`.
   */
  sectionMood?: SectionMood;
}

/** How far before a value its period is looked for, in characters. */
const PERIOD_LOOKBACK = 120;

/** Builds the public indicator item, with offsets mapped back to the original text. */
function toIndicatorItem(original: string, norm: NormalizedText, m: IndicatorMention, status: IndicatorStatus): IndicatorItem {
  const at = (i: number): number => norm.toOriginal[i]!;
  // An end maps to just after the last character it covers, so removed glosses inside stay inside.
  const endAt = (i: number): number => (i > 0 ? norm.toOriginal[i - 1]! + 1 : 0);
  const start = at(m.start), end = endAt(m.end);
  const valueStart = at(m.valueStart), valueEnd = endAt(m.valueEnd);
  const item: IndicatorItem = {
    kind: 'indicator',
    start,
    end,
    text: original.slice(start, end),
    subtype: m.subtype,
    rule: m.rule,
    status,
    value: m.value !== null && Number.isFinite(m.value) ? m.value : null, // a digit string too long for a number has none
    valueText: original.slice(valueStart, valueEnd),
    valueStart,
    valueEnd,
  };
  if (m.valueHigh !== undefined) item.valueHigh = m.valueHigh;
  if (m.metric) item.metric = m.metric;
  if (m.unit) item.unit = m.unit;
  if (m.change) {
    const { start: _s, end: _e, ...change } = m.change;
    item.change = change;
  }
  if (m.basis) item.basis = m.basis;
  // The period is stated before the value in the same paragraph, often at its head (1-7月,…);
  // a bounded look-back keeps long paragraphs linear.
  const from = Math.max(0, m.start - PERIOD_LOOKBACK);
  const before = norm.text.slice(from, m.start);
  const paragraphStart = from + Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const period = periodBefore(norm.text, paragraphStart, m.start);
  if (period) item.period = norm.display.slice(period.start, period.end);
  return item;
}

/**
 * Finds the indicators and commitments in a report's text, in text order
 * (a commitment comes before the indicators inside it). Offsets index `text`
 * exactly as given.
 */
export function extract(text: string, options: ExtractOptions = {}): Item[] {
  const norm = normalize(text);
  const { onVeto } = options;
  const vetoes: Vetoes = onVeto
    ? (rule, start, end) => onVeto({ rule, start: norm.toOriginal[start]!, end: end > 0 ? norm.toOriginal[end - 1]! + 1 : 0 })
    : ignoreVetoes;
  const indicators = findIndicators(norm.text, vetoes, norm.display);
  const sentences = splitSentences(norm.text);
  const commitments = findCommitments(norm.text, sentences, indicators, vetoes, { paragraph: options.paragraph, sectionMood: options.sectionMood });

  const status = indicatorStatuses(norm.text, indicators, commitments, options.paragraph);
  const indicatorItems = indicators.map((m, j) => toIndicatorItem(text, norm, m, status[j]!));

  const items: Item[] = [...indicatorItems];
  for (const c of commitments) {
    const start = norm.toOriginal[c.start]!, end = norm.toOriginal[c.end - 1]! + 1;
    const item: CommitmentItem = {
      kind: 'commitment',
      start,
      end,
      text: text.slice(start, end),
      subtype: c.subtype,
      rule: c.rule,
      indicators: c.indicators.map((j) => indicatorItems[j]!),
    };
    // Shown as the page writes them: traditional stays traditional.
    if (c.marker) item.marker = norm.display.slice(c.marker.start, c.marker.end);
    if (c.deadline) item.deadline = norm.display.slice(c.deadline.start, c.deadline.end);
    items.push(item);
  }
  return items.sort((a, b) => a.start - b.start || (a.kind === 'commitment' ? -1 : 1));
}

/**
 * The extractor's one-time set-up (the table of traditional characters) in
 * bounded steps, for a caller that runs long work in slices, so that its
 * first extraction does not carry it; nothing when it is done already.
 * Without it, the first extraction does it at once.
 */
export function setUpExtractor(): Generator<void, void, undefined> {
  return setUpNormalizing();
}

/** Facts of a whole paragraph that rules reading the paragraph as a whole need. */
export type ParagraphFacts = ParagraphTally & PlanFacts;

/**
 * The facts of `text`, a piece of a paragraph cut at sentence ends, that add
 * up over the pieces: its sentences, those that report past work, and
 * whether it tells of work done. Whether the paragraph holds a commitment is
 * up to the caller: any piece's extraction finding one tells.
 */
export function pieceFacts(text: string): Omit<ParagraphFacts, 'holdsCommitment'> {
  const norm = normalize(text).text;
  return { ...tallyParagraph(norm, splitSentences(norm)), reported: tellsOfWorkDone(norm) };
}
