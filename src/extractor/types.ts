/**
 * The items the extractor finds in a report's text.
 *
 * Every offset is a JavaScript string index (UTF-16 code unit) into the text
 * exactly as it was given to `extract`, whatever normalisation happened inside.
 */

/** What kind of quantity an indicator states. */
export type IndicatorSubtype = 'amount' | 'rate' | 'count' | 'rank';

/** Whether the number has been reached or is still to be reached. */
export type IndicatorStatus = 'actual' | 'target';

/** `target`: the sentence names a quantified or dated result; `pledge`: only a strong marker. */
export type CommitmentSubtype = 'target' | 'pledge';

export interface Change {
  /** `up` for 增长/提高/上涨/翻番..., `down` for 下降/减少/降低... */
  direction: 'up' | 'down';
  /** The size of the change when stated (12.4 for 增长12.4%). */
  amount?: number;
  /** Unit of `amount` (%, 个百分点, 倍, 亿元...). */
  unit?: string;
  /** The change as written, e.g. `增长12.4%`. */
  text: string;
}

export interface IndicatorItem {
  kind: 'indicator';
  /** Span of the whole indicator: the metric's name when it is next to the value, the value, its change. */
  start: number;
  end: number;
  /** `text.slice(start, end)` of the original text. */
  text: string;
  subtype: IndicatorSubtype;
  /** The name of the way the value was read (`amount`, `rate-lost-percent`, `rank-ordinal`, `table-row`...), for `--explain`; the extractor always sets it. */
  rule?: string;
  status: IndicatorStatus;
  /** Name of the quantity when the clause (or a table's header) states it, as the page writes it (地区生产总值, 計畫經費, 合格率). */
  metric?: string;
  /**
   * The value as a number, in `unit`: a magnitude that ends the number
   * belongs to the unit, however the number is written (320.31 with 亿元,
   * 10 with 亿元 for 十亿元, 3200 with 万元 for 三千二百万元); a magnitude inside
   * it is folded in (166511 for 16 万 6,511). Negative with a minus sign
   * (-2.1 for -2.1%); the lower end of a range; null when it has none.
   */
  value: number | null;
  /** The upper end of a range, in `unit` (3 for 2至3%, 100 for 80-100亿元). */
  valueHigh?: number;
  /** The value expression as written (`2个多亿`, `16 萬 6,511人`). */
  valueText: string;
  /** Span of the value expression alone, inside [start, end). */
  valueStart: number;
  valueEnd: number;
  /** Unit or measure word with the value's magnitude, as the page writes it (亿元, 億元, %, 家, 噸, 位). */
  unit?: string;
  /** Stated change: 增长12.4% */
  change?: Change;
  /** What the change is measured against, as the page writes it: 同比, 比上年, 較去年同期. */
  basis?: string;
  /** When the quantity was measured, as the page writes it: 上半年, 1-7月, 2020年, 截至九月份. */
  period?: string;
}

export interface CommitmentItem {
  kind: 'commitment';
  /** Span of the sentence (cut at 。!?; and line ends). */
  start: number;
  end: number;
  text: string;
  subtype: CommitmentSubtype;
  /** The name of the rule that found the item (`strong-marker`, `speaker-will`...); the extractor always sets it. */
  rule?: string;
  /** The word that carries the commitment (确保, 力争, 将, 目标...). */
  marker?: string;
  /** The deadline when stated (今年, 下半年, 到2010年, "十一五"期间, 年底前). */
  deadline?: string;
  /** The indicators inside the sentence; their status is `target` when they are the values to reach. */
  indicators: IndicatorItem[];
}

export type Item = IndicatorItem | CommitmentItem;
