/**
 * Decides the status of each indicator: `target` when it is a value still to
 * be reached, `actual` when it has been reached or is reported as context.
 */
import type { IndicatorMention } from './indicators';
import type { IndicatorStatus } from './types';

/** Verbs that put a number forward as a value to reach. */
const TARGET_BEFORE_VALUE = /(达到|突破|新增|净增|完成|实现|控制在|提高到|提升到|增长|增加到|增加|超过|引进|建成|培育|新建|争创|投入|降低|下降|减少|增至|达|年均|每年|不少于|不低于|不超过|确保|力争|争取)[^,;。]{0,6}$/;

/** Words before a value that make it the starting point of a target, not the target: 由115亿元增加到…. */
const BASELINE_BEFORE = /(由|从)$/;

/** How far before a value the verb that puts it forward is looked for, in characters. */
const VERB_LOOKBACK = 12;

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
  /** Indices into the indicator list of the indicators inside the sentence. */
  indicators: number[];
}

/**
 * The status of every indicator: inside a commitment's sentence a value is a
 * target, unless it is the starting point (由115亿元增加到…); elsewhere actual.
 */
export function indicatorStatuses(text: string, indicators: IndicatorMention[], commitments: readonly TargetSentence[]): IndicatorStatus[] {
  const status = indicators.map((): IndicatorStatus => 'actual');
  for (const c of commitments) {
    for (const j of c.indicators) {
      const m = indicators[j]!;
      if (!BASELINE_BEFORE.test(text.slice(Math.max(c.start, m.start - 3), m.start))) status[j] = 'target';
    }
  }
  return status;
}
