/**
 * Decides the status of each indicator: `target` when it is a value still to
 * be reached (a goal, a quota, a planned amount), `actual` when it has been
 * reached or is given as context.
 */
import { alternation } from './lexicon/build';
import { BASELINE_BEFORE, MOVE_VERBS, PLAN_WORDS, RANK_TARGET_WORDS, REACHED_SINCE_WORDS, REACHED_WORDS, REPORTING_WORDS, TARGET_VERBS, FORWARD_AGAIN_WORDS } from './lexicon/status';
import type { IndicatorMention } from './indicators';
import type { IndicatorStatus } from './types';

/** Verbs that put a number forward as a value to reach, ending the text before it (at most six characters between). */
const TARGET_BEFORE_VALUE = new RegExp(`${alternation(TARGET_VERBS)}[^,;。]{0,6}$`);

/** How far before a value the verb that puts it forward is looked for, in characters. */
const VERB_LOOKBACK = 12;

/** How far before a value the clause that qualifies it is read, in characters. */
const CLAUSE_LOOKBACK = 30;

// Sets, not patterns: these are looked up for every character walked back over.
const CLAUSE_BREAK = new Set(',;:。!?()\n\r');
const SENTENCE_BREAK = new Set(';。!?\n\r');

/** Planning words before a value in its sentence. */
const PLAN = new RegExp(alternation(PLAN_WORDS));

/** Words that make a value reached or context, in its clause and in its sentence. */
const REACHED = new RegExp(alternation(REACHED_WORDS));
const REACHED_SINCE = new RegExp(`${alternation(REACHED_SINCE_WORDS)}|[0-9]{1,2}-[0-9]{1,2}月`, 'g');

/** Words that look forward again after a level reached. */
const FORWARD_AGAIN = new RegExp(alternation(PLAN_WORDS, FORWARD_AGAIN_WORDS));

/** Whether the sentence, up to the value, gives a level as of a date and does not look forward after it. */
function reportedSince(sentence: string): boolean {
  let last = -1;
  for (const m of sentence.matchAll(REACHED_SINCE)) last = m.index + m[0].length;
  return last >= 0 && !FORWARD_AGAIN.test(sentence.slice(last));
}

/** 了 as a verb suffix (完成了, 达到了), not in 为了, 了解, 除了. */
const PAST_SUFFIX = /(?<!为|除|不|罢)了(?!解|不起|如指掌|结)/;

/** A starting point: 从人均8.7万元, 由年初的13% — the value follows 从/由 in its clause and a move to another value follows it. */
const BASELINE_START = new RegExp(`${alternation(BASELINE_BEFORE)}[^,;。从由]{0,6}$`);
const MOVE_AFTER = new RegExp(`^(?:的)?(?:基础上|${alternation(MOVE_VERBS)}(?:到|至))`);

/** A rank to reach: 争创全省第一. */
const RANK_TARGET = new RegExp(`${alternation(RANK_TARGET_WORDS)}[^,;。]{0,6}$`);

/**
 * Whether the value reads as one to reach (达到…, 新增…, …以上), looking no
 * further back than the start of its sentence. Ranks never do.
 */
export function readsAsTarget(text: string, sentenceStart: number, m: IndicatorMention): boolean {
  if (m.subtype === 'rank') return false;
  const before = text.slice(Math.max(sentenceStart, m.start - VERB_LOOKBACK), m.start);
  const after = text.slice(m.end, m.end + 2);
  return TARGET_BEFORE_VALUE.test(before) || after.startsWith('以上') || text.slice(m.valueEnd - 2, m.valueEnd) === '以上';
}

/** A sentence that binds the speaker's side to a result: its span and the indicators inside it. */
export interface TargetSentence {
  /** Start of the sentence in the normalised text. */
  start: number;
  /** End of the sentence in the normalised text. */
  end: number;
  /** Indices into the indicator list of the indicators inside the sentence. */
  indicators: number[];
}

/**
 * Where the clause and the sentence holding each position start, for
 * positions asked in increasing order: one walk over the text in all.
 */
class BreakTracker {
  private scanned = 0;
  private clauseStart = 0;
  private sentenceStart = 0;

  constructor(private readonly text: string) {}

  /** The starts of the clause and of the sentence holding `at`, at most `CLAUSE_LOOKBACK` and twice that before it. */
  startsBefore(at: number): { clause: number; sentence: number } {
    for (; this.scanned < at; this.scanned++) {
      const ch = this.text[this.scanned]!;
      if (CLAUSE_BREAK.has(ch)) this.clauseStart = this.scanned + 1;
      if (SENTENCE_BREAK.has(ch)) this.sentenceStart = this.scanned + 1;
    }
    return { clause: Math.max(this.clauseStart, at - CLAUSE_LOOKBACK), sentence: Math.max(this.sentenceStart, at - 2 * CLAUSE_LOOKBACK) };
  }
}

/** Whether the value sits inside parentheses, an aside given as context: (全省76个开发区…). */
function inAside(text: string, m: IndicatorMention): boolean {
  const before = text.slice(Math.max(0, m.start - CLAUSE_LOOKBACK), m.start);
  const open = before.lastIndexOf('(');
  return open >= 0 && before.indexOf(')', open) < 0 && /^[^(]{0,40}\)/.test(text.slice(m.end, m.end + 41));
}

/** Why the value is actual whatever its sentence says: a starting point, an aside, a level already reached. */
function isReachedOrContext(text: string, m: IndicatorMention, clause: string, sentence: string): boolean {
  if (BASELINE_START.test(text.slice(Math.max(0, m.start - 8), m.start)) && MOVE_AFTER.test(text.slice(m.end, m.end + 6))) return true;
  if (inAside(text, m)) return true;
  return REACHED.test(clause) || reportedSince(sentence);
}

/** Signs that a paragraph reports results: 已, 去年, 同比, a period to date (1-8月). */
const REPORTED_PARAGRAPH = new RegExp(`${alternation(REPORTING_WORDS)}|[0-9]{1,2}-[0-9]{1,2}月`);

/** Where a line of the text starts and ends. */
interface Span {
  start: number;
  end: number;
}

/** Whether a paragraph tells of work done (…了, 已, 去年, 同比, 1-8月), which makes it no plan. */
export function tellsOfWorkDone(paragraph: string): boolean {
  return PAST_SUFFIX.test(paragraph) || REPORTED_PARAGRAPH.test(paragraph);
}

/** What decides whether a piece of a longer paragraph is part of a plan: facts of the whole paragraph. */
export interface PlanFacts {
  /** The whole paragraph tells of work done ({@link tellsOfWorkDone}). */
  reported: boolean;
  /** The whole paragraph holds a commitment. */
  holdsCommitment: boolean;
}

/**
 * The paragraphs (lines) of a plan: they hold a commitment and tell of no
 * work done, so that every value in them is one to reach, even in sentences
 * with no marker (新建5条主干道路、2台热水锅炉…).
 */
function planParagraphs(text: string, commitments: readonly TargetSentence[]): Span[] {
  const lines: Span[] = [];
  let lineEnd = -1; // each line is read once, however many commitments it holds
  for (const c of commitments) {
    if (c.start < lineEnd) continue;
    const start = text.lastIndexOf('\n', c.start - 1) + 1;
    lineEnd = text.indexOf('\n', c.end);
    if (lineEnd < 0) lineEnd = text.length;
    if (!tellsOfWorkDone(text.slice(start, lineEnd))) lines.push({ start, end: lineEnd });
  }
  return lines;
}

/**
 * The status of every indicator. A value is a target when its sentence binds
 * the speaker's side (a commitment) or plans it (拟安排, 预期, 今年再…), and
 * it is not a starting point (由115亿元增加到…), an aside, a level already
 * reached (截至…, 目前…) or an account of work done (…了). `paragraph`, when
 * the text is a piece of one longer paragraph, gives that paragraph's facts.
 */
export function indicatorStatuses(
  text: string,
  indicators: IndicatorMention[],
  commitments: readonly TargetSentence[],
  paragraph?: PlanFacts,
): IndicatorStatus[] {
  const committed = new Uint8Array(indicators.length);
  for (const c of commitments) for (const j of c.indicators) committed[j] = 1;
  // A piece of a longer paragraph is all plan or none, as its paragraph is.
  const planLines = !paragraph
    ? planParagraphs(text, commitments)
    : paragraph.holdsCommitment && !paragraph.reported
      ? [{ start: 0, end: text.length }]
      : [];
  const breaks = new BreakTracker(text);
  let line = 0;
  return indicators.map((m, j): IndicatorStatus => {
    const starts = breaks.startsBefore(m.start);
    if (m.subtype === 'rank') return RANK_TARGET.test(text.slice(Math.max(0, m.start - 10), m.start)) ? 'target' : 'actual';
    const sentence = text.slice(starts.sentence, m.start);
    if (isReachedOrContext(text, m, text.slice(starts.clause, m.start), sentence)) return 'actual';
    if (committed[j]) return 'target';
    while (line < planLines.length && planLines[line]!.end <= m.start) line++;
    if (line < planLines.length && planLines[line]!.start <= m.start) return 'target';
    return PLAN.test(sentence) && !PAST_SUFFIX.test(sentence) ? 'target' : 'actual';
  });
}
