import { isAsciiDigit, isChineseDigit, isChineseNumeralChar, readNumber, type NumberToken } from './numbers';
import { readUnit, type UnitClass } from './units';
import { CURRENCY_SIGNS } from './lexicon/units';
import { COUNTING_VERBS, GENERIC_MEASURE_WORDS, ORDINAL_MEASURE_WORDS, RANK_VERBS, SPEECH_PARTS, ZERO_EVENTS } from './lexicon/counts';
import { ignoreVetoes, type Vetoes } from './explain';
import { alternation } from './lexicon/build';
import { CHANGE_LINKS, CHANGE_VERBS, COMPARISON_BASES, HOLD_VERBS, NOT_CHANGE_BEFORE, type Direction } from './lexicon/changes';
import { AFTER_QUALIFIERS, APPROXIMATION_PREFIXES, RANGE_LINKS, ROUND_APPROXIMATION_PREFIXES } from './lexicon/qualifiers';
import { METRIC_LEADING_WORDS, METRIC_TRAILING_LINKS, NOT_NAME_AFTER, RANK_SCOPES, REPORTING_VERB_LEADS, REPORTING_VERBS, STARTING_POINT_WORDS } from './lexicon/metric';
import type { Change, IndicatorSubtype } from './types';

/** An indicator found in the normalised text; every offset indexes that text. See `IndicatorItem` for the fields. */
export interface IndicatorMention {
  /** Start of the indicator: its change verb when it opens it (增长12.4%), else its value. */
  start: number;
  /** End of the indicator, its merged change included (320.31亿元,增长12.4%). */
  end: number;
  /** Span of the value expression. */
  valueStart: number;
  valueEnd: number;
  /** The value as written, in `unit`. */
  value: number | null;
  /** The upper end of a range (3 in 2至3%), in `unit`. */
  valueHigh?: number;
  subtype: IndicatorSubtype;
  /** The name of the way the value was read (`amount`, `rate-lost-percent`, `rank-ordinal`...). */
  rule: string;
  /** The unit as the page writes it (億元 on a traditional page), magnitude included. */
  unit?: string;
  /** The metric's name as the page writes it. */
  metric?: string;
  /** The stated change, with its own span; its text as the page writes it. */
  change?: Change & { start: number; end: number };
  /** The comparison basis as the page writes it. */
  basis?: string;
}

/**
 * The text to read and the same text as the page writes it, index for index
 * (see `NormalizedText.display`): rules match on `text`, fields are taken from `shown`.
 */
interface Page {
  /** The normalised text the rules match on. */
  text: string;
  /** The page's own characters at the same indices. */
  shown: string;
}

/** Verbs of change by their words, looked up from the longest so that 下降 wins over 降. */
const VERB_DIRECTIONS = new Map(CHANGE_VERBS.map((v) => [v.word, v.direction]));
const LONGEST_VERB = Math.max(...CHANGE_VERBS.map((v) => v.word.length));
const NOT_CHANGE_BEFORE_SET = new Set(NOT_CHANGE_BEFORE);

/** What may stand between a verb and its amount, none first. */
const LINKS_OR_NONE = ['', ...CHANGE_LINKS];

/** The characters a verb or a link can end with: any other before a value means no change there. */
const CHANGE_LAST_CHARS = new Set([...CHANGE_VERBS.map((v) => v.word), ...CHANGE_LINKS].map((w) => w[w.length - 1]!));

/** Comparison bases written before a change verb. */
const BASIS_PATTERN = new RegExp(`(${alternation(COMPARISON_BASES)})$`);

/** A part of the speech itself follows: 三点意见, 以下5个方面, but not 7个重点单位. */
function isSpeechPart(text: string, i: number): boolean {
  const part = startsWithAny(text, i, SPEECH_PARTS);
  if (!part) return false;
  const next = text[i + part.length];
  return !isHan(next) || next === '的' || next === '是';
}

// The lexicon's count words as sets and a pattern, for the per-number checks.
const GENERIC_MEASURE_WORD_SET = new Set(GENERIC_MEASURE_WORDS);
const ORDINAL_MEASURE_WORD_SET = new Set(ORDINAL_MEASURE_WORDS);
const COUNTING_VERB_BEFORE = new RegExp(`${alternation(COUNTING_VERBS)}$`);

/** The financial forms of the digits, which also stand in ordinary words (队伍, 拾起). */
const FINANCIAL_DIGITS = new Set(['壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾', '佰', '仟']);

/** Words before a bare 第N that make it a position in a ranking (居全县第12位, 排名第一, 世界第三). */
const RANK_CONTEXT = new RegExp(`(?:${alternation(RANK_VERBS)}[^,;。:!?\\n]{0,8}|${alternation(RANK_SCOPES)})$`);

/** Comparisons with a rate before a bare number: 低于全省20.3的平均水平. */
const COMPARED_WITH = /(低于|高于|超过|快于|慢于)(全国|全省|全市|全县|全区)$/;

/** Words before a bare number that make it a share or rate whose % sign was lost (占全市的52.2). */
const SHARE_CONTEXT = /(占|占到|占了|的|为|只有|仅为|达|达到|减幅达|增幅达|增幅为|增速为|速度为|低于全省|高于全省|低于全市|高于全市)$/;

/** Characters after 以上 that continue the sentence rather than name a category (以上,为 / 以上和). */
const THRESHOLD_NOT_FOLLOWED_BY = /[和或及与为是,;。]/;

const CLAUSE_BREAK = /[,;:。!?、()“”"'《》\n\r\s]/;
const isClauseBreak = (ch: string | undefined): boolean => ch === undefined || CLAUSE_BREAK.test(ch);
const isHan = (ch: string | undefined): boolean => ch !== undefined && ch >= '\u4e00' && ch <= '\u9fff';

function startsWithAny(text: string, i: number, list: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const word of list) if (text.startsWith(word, i) && (!best || word.length > best.length)) best = word;
  return best;
}

/** The change verb ending right before `i` (allowing 了/达/约 between), with its basis. */
function changeBefore(text: string, i: number): { verbStart: number; direction: Direction; basisStart?: number; basisEnd?: number } | null {
  if (!CHANGE_LAST_CHARS.has(text[i - 1]!)) return null; // the common case, decided by one look-up
  for (const link of LINKS_OR_NONE) {
    if (!text.startsWith(link, i - link.length)) continue;
    const verbEnd = i - link.length;
    for (let length = LONGEST_VERB; length > 0; length--) {
      const direction = verbEnd - length >= 0 ? VERB_DIRECTIONS.get(text.slice(verbEnd - length, verbEnd)) : undefined;
      if (!direction) continue;
      const verbStart = verbEnd - length;
      if (length === 1 && NOT_CHANGE_BEFORE_SET.has(text[verbStart - 1] ?? '')) continue; // 新增, 净增: an amount added
      const basisMatch = BASIS_PATTERN.exec(text.slice(Math.max(0, verbStart - 10), verbStart));
      if (!basisMatch) return { verbStart, direction };
      const basisStart = verbStart - basisMatch[1]!.length;
      return { verbStart: basisStart, direction, basisStart, basisEnd: verbStart };
    }
  }
  return null;
}

/** The number is a list or outline marker: 一是, 1., (三), 第一, at the head of a clause. */
function isOutlineMarker(text: string, token: NumberToken): boolean {
  const before = text[token.start - 1];
  const after = text[token.end];
  const atClauseHead = token.start === 0 || before === '\n' || before === '\r' || before === ' ' || before === '(' || before === ',' || before === '。' || before === ';' || before === ':' || before === '?' || before === '!';
  if (after === '是' || after === '要' && token.chinese && token.value <= 10) return atClauseHead || isClauseBreak(before) || before === '其';
  if (!atClauseHead) return false;
  if (after === '.' && !isAsciiDigit(text[token.end + 1])) return true;
  if (after === '、' || after === ')' || after === '．') return true;
  return false;
}

/** The number sits in a short quoted name: “30强”, “一厂一策”, “十一五”. */
function isInShortQuote(text: string, token: NumberToken): boolean {
  // Look only in a small window around the number, so the cost stays constant per number.
  const windowStart = Math.max(0, token.start - 6);
  const before = text.slice(windowStart, token.start);
  const open = before.lastIndexOf('“');
  if (open < 0 || before.indexOf('”', open) >= 0) return false;
  const openAt = windowStart + open;
  const close = text.slice(token.end, openAt + 10).indexOf('”');
  return close >= 0;
}

/** Words at the head of a clause that are not part of the metric's name: times, places, subjects, verbs of reporting. */
const LEADING_NOT_METRIC = new RegExp(
  `^(?:(?:(?:19|20)[0-9x]{2}|1[0-2][0-9])年度?|截[至止][0-9]{1,2}月(?:底|末)?|[0-9]{1,2}[-~至][0-9]{1,2}月(?:份)?|[0-9]{1,2}月(?:份|底)?|${alternation(METRIC_LEADING_WORDS)})+`,
);

/** Words at the end of the clause before a value that are not part of the metric's name: basis, verb of change, links. */
const TRAILING_NOT_METRIC = new RegExp(
  `(?:${alternation(COMPARISON_BASES)})?(?:${alternation(CHANGE_VERBS, HOLD_VERBS)})?(?:${alternation(METRIC_TRAILING_LINKS, RANK_SCOPES)})*$`,
);

/** A starting point and what follows it (从人均8.7万元提高到): the name stops before it. */
const FROM_STARTING_POINT = new RegExp(`${alternation(STARTING_POINT_WORDS)}`);

/** Verbs of reporting inside a name, which the name does without. */
const REPORTING_INSIDE = new RegExp(`(?:${alternation(REPORTING_VERB_LEADS)})?${alternation(REPORTING_VERBS)}(?=[^,;。]{2})`, 'g');

/** The metric's name as the page writes it: the words before the value in the same clause, without verbs of reporting. */
function metricBefore({ text, shown }: Page, start: number): string | undefined {
  let i = start;
  while (i > 0 && start - i < METRIC_LOOKBACK && !isClauseBreak(text[i - 1])) i--;
  let end = start;
  const startingPoint = FROM_STARTING_POINT.exec(text.slice(i, end));
  if (startingPoint) end = i + startingPoint.index;
  const trailing = TRAILING_NOT_METRIC.exec(text.slice(i, end));
  if (trailing) end -= trailing[0].length;
  const leading = LEADING_NOT_METRIC.exec(text.slice(i, end));
  if (leading) i += leading[0].length;
  // 规模以上工业累计完成增加值 names 规模以上工业增加值: the verbs of reporting inside are not part of the name.
  let name = '';
  let from = i;
  for (const m of text.slice(i, end).matchAll(REPORTING_INSIDE)) {
    name += shown.slice(from, i + m.index);
    from = i + m.index + m[0].length;
  }
  name += shown.slice(from, end);
  return name.length >= 2 ? name : undefined;
}

/** How many characters before a value its metric's name may take. */
const METRIC_LOOKBACK = 20;

/** Words that end a noun phrase written after a count (45家企业和22家…, 7个重点单位的征地). */
const AFTER_NAME_END = /[的和及与或等在从向对为是将要已了,;:。!?、()“”"'《》\n\r\s]/;

/** The name of what is counted when it follows the measure word: 7个重点单位, 40只重点工业项目. */
function metricAfter({ text, shown }: Page, end: number): string | undefined {
  let j = end;
  if (text[j] === '“') {
    const close = text.slice(j, j + 10).indexOf('”'); // 22家“一厂一策”签约企业: a quoted name is part of it
    if (close > 0) j += close + 1;
  }
  // Han characters, and Latin letters within the name (PCT专利申请), up to where the noun phrase ends.
  while (j < text.length && j - end < 12 && (isHan(text[j]) || /[A-Za-z]/.test(text[j]!)) && !AFTER_NAME_END.test(text[j]!)) j++;
  if (j - end < 2 || NOT_NAME_AFTER_START.test(text.slice(end, j))) return undefined;
  return shown.slice(end, j);
}

/** A predicate, not a name, after a count. */
const NOT_NAME_AFTER_START = new RegExp(`^${alternation(NOT_NAME_AFTER)}`);

/** The position after the qualifiers that follow a value (以上, 左右, 多); -1 after 强 (30强 is an award title). */
function skipAfterQualifiers(text: string, i: number): number {
  let j = i;
  for (let guard = 0; guard < 3; guard++) {
    const word = startsWithAny(text, j, AFTER_QUALIFIERS);
    if (!word) break;
    if (word === '强') return -1;
    j += word.length;
  }
  return j;
}

const RANGE_LINK_SET = new Set(RANGE_LINKS);

/** Reads a range's upper end after `i`: 80-100, 三至五. */
function readRangeEnd(text: string, i: number): NumberToken | null {
  if (!RANGE_LINK_SET.has(text[i]!)) return null;
  const second = readNumber(text, i + 1);
  return second && second.start === i + 1 ? second : null;
}

/** A bare Arabic number that reads as a rate whose % sign was lost: after a change verb or a share word, at a clause's end. */
function lostPercent(text: string, token: NumberToken, valueEnd: number): boolean {
  const end = skipAfterQualifiers(text, valueEnd);
  if (end < 0) return false;
  if (/^(19|20)[0-9]{2}$/.test(text.slice(token.start, token.end))) return false; // a year
  const before = text.slice(Math.max(0, token.start - 6), token.start);
  const next = text[end];
  const decimal = text.slice(token.start, token.end).includes('.');
  // 低于全省20.3的平均水平: a comparison with a rate names the rate.
  if (COMPARED_WITH.test(before) && next === '的') return true;
  if (!(isClauseBreak(next) || next === '和' || next === '?')) return false;
  if (changeBefore(text, token.start)) return true;
  // 分别占全市的24.8、16.8和6.9: the values of a list share the first one's reading.
  if (decimal && /[0-9][、和]$/.test(before)) return true;
  if (!SHARE_CONTEXT.test(before)) return false;
  // After a bare 的 (全市的52.2) only a decimal or a qualifier (16左右) says it is a share, not a count.
  return text[token.start - 1] !== '的' || decimal || end > valueEnd;
}

/** A ratio written with a colon, 1:1.8 (not a time of day, 08:16, whose parts are two digits). */
function readRatio(text: string, token: NumberToken): { end: number; value: number } | null {
  if (token.chinese || text[token.end] !== ':' || !isAsciiDigit(text[token.end + 1])) return null;
  const second = readNumber(text, token.end + 1);
  if (!second || second.chinese || !token.value) return null;
  const written = text.slice(second.start, second.end);
  if (!written.includes('.') && !text.startsWith('左右', second.end)) return null;
  return { end: second.end, value: second.value / token.value };
}

/** How a bare number alone on its line reads in a table whose header line names the quantity. */
interface TableColumn {
  /** The header's name, as the page writes it (避難空間面積). */
  metric: string;
  /** The unit in the header's parentheses, as the page writes it. */
  unit: string;
  /** What the unit makes of the numbers below it. */
  unitClass: Exclude<UnitClass, 'time'>;
}

/** How many value lines a table header may stand above a value. */
const TABLE_ROWS = 24;

/** A header line of a PDF table: a short name with its unit in parentheses, 服務人口 (人). */
const TABLE_HEADER = /^([\u4e00-\u9fff]{2,16}) ?\(([^()\n]{1,6})\)$/;

/** A line that holds one bare number, as PDF tables give one cell a line. */
const TABLE_CELL = /^-?[0-9][0-9,]*(?:\.[0-9]+)?$/;

/**
 * The column a bare number alone on its line belongs to: the nearest header
 * line above it, over lines that hold only numbers.
 */
function tableColumnOf({ text, shown }: Page, start: number, end: number): TableColumn | null {
  if (!(start === 0 || text[start - 1] === '\n') || !(end === text.length || text[end] === '\n' || text[end] === '\r')) return null;
  let lineEnd = start - 1;
  for (let row = 0; row < TABLE_ROWS && lineEnd > 0; row++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd).trimEnd();
    if (line.length > 24) return null;
    const header = TABLE_HEADER.exec(line);
    if (header) {
      const unitAt = lineStart + line.lastIndexOf('(') + 1;
      const unitText = header[2]!;
      const reading = readUnit(unitText, 0);
      const known = reading && reading.end === unitText.length ? reading.unitClass : undefined;
      if (known === 'time') return null;
      return { metric: shown.slice(lineStart, lineStart + header[1]!.length), unit: shown.slice(unitAt, unitAt + unitText.length), unitClass: known ?? 'rate' };
    }
    if (!TABLE_CELL.test(line)) return null;
    lineEnd = lineStart - 1;
  }
  return null;
}

/** A minus sign that belongs to the number (同比增长-2.1%), not a dash between two numbers (1-7月) or a list dash. */
function isMinusSign(text: string, token: NumberToken): boolean {
  if (token.chinese || text[token.start - 1] !== '-') return false;
  const before = text[token.start - 2];
  return before === undefined || isHan(before) || before === '(' || before === ':' || before === ',' || before === ' ' || before === '\n';
}

/** A mention whose value is all of [start, end). */
const whole = (start: number, end: number, value: number | null, subtype: IndicatorSubtype, rule: string, unit?: string): IndicatorMention => ({
  start, end, valueStart: start, valueEnd: end, value, subtype, rule, ...(unit ? { unit } : {}),
});

/** Reads the ranks and set phrases that need no number reading: 第12位, 倒数第一, 翻两番, 翻番, 一半, 首位, 零事故. */
function readPhraseAt({ text, shown }: Page, i: number, veto: Vetoes): IndicatorMention | null | undefined {
  const ch = text[i]!;
  // 双位数增长: a growth of ten per cent or more, with no number to give.
  if ((text.startsWith('双位数', i) || text.startsWith('两位数', i)) && /^的?(?:增长|增幅|升幅|跌幅|下跌|下降)/.test(text.slice(i + 3, i + 6))) {
    return whole(i, i + 3, null, 'rate', 'rate-double-digit');
  }
  // 连续6年增产: the length of a run of years is the measured result, not a duration.
  // Written in words (连续两年完不成…), it is mostly a condition.
  if (text.startsWith('连续', i - 2) && isAsciiDigit(ch)) {
    const n = readNumber(text, i);
    if (n && !n.fraction && !n.scale && text[n.end] === '年' && n.value > 1) return whole(i, n.end + 1, n.value, 'count', 'count-consecutive-years', shown[n.end]);
  }
  if (isAsciiDigit(ch)) return undefined; // the phrases below start with a word
  // 连续第14次: a run of wins or firsts counted.
  if (text.startsWith('连续第', i - 2) && ch === '第') {
    const n = readNumber(text, i + 1);
    if (n && n.start === i + 1 && text[n.end] === '次' && !n.fraction) return whole(i, n.end + 1, n.value, 'rank', 'rank-consecutive', shown[n.end]);
  }
  // Ranks: 倒数第一, 第12位, 前10名, 世界第三.
  const rankPrefix = text.startsWith('倒数第', i) ? '倒数第' : ch === '第' ? '第' : ch === '前' ? '前' : '';
  if (rankPrefix) {
    const n = readNumber(text, i + rankPrefix.length);
    if (!n || n.start !== i + rankPrefix.length || n.fraction) return null;
    const after = text[n.end];
    const explicit = after === '位' || after === '名' || (rankPrefix === '第' && after === '大' && isHan(text[n.end + 1])); // 第二大城市
    if (rankPrefix === '前' && !explicit) return null;
    if (!explicit && rankPrefix === '第' && !RANK_CONTEXT.test(text.slice(Math.max(0, i - 14), i))) return null;
    if (!explicit && !isClauseBreak(after) && after !== '的' && after !== '大') return veto('ordinal', i, n.end), null; // 第六届, 第一方阵
    const end = explicit ? n.end + 1 : n.end;
    if (text[end] === '的') return veto('importance', i, end), null; // 这是第一位的: first in importance, not a position held
    const rule = rankPrefix === '倒数第' ? 'rank-from-bottom' : rankPrefix === '前' ? 'rank-top' : explicit ? 'rank-ordinal' : 'rank-in-scope';
    return whole(i, end, n.value, 'rank', rule, explicit ? shown[n.end] : undefined);
  }
  // 翻一番, 翻两番: a multiple.
  if (ch === '翻' && isChineseDigit(text[i + 1]) && text[i + 2] === '番') {
    if (text[i - 1] === '个' || isChineseDigit(text[i - 1])) return veto('slogan-name', i, i + 3), null; // 三个翻两番: a slogan's name
    const times = 2 ** (text[i + 1] === '两' ? 2 : text[i + 1] === '一' ? 1 : text[i + 1] === '三' ? 3 : 1);
    return { ...whole(i, i + 3, times, 'rate', 'multiple-doubling', '倍'), change: { direction: 'up', amount: times, unit: '倍', text: shown.slice(i, i + 3), start: i, end: i + 3 } };
  }
  // 翻番: doubled; 一半, 过半: half; 首位: first place.
  if (text.startsWith('翻番', i)) {
    return { ...whole(i, i + 2, 2, 'rate', 'multiple-doubling', '倍'), change: { direction: 'up', amount: 2, unit: '倍', text: shown.slice(i, i + 2), start: i, end: i + 2 } };
  }
  if ((text.startsWith('一半', i) || text.startsWith('过半', i)) && !isChineseNumeralChar(text[i - 1])) return whole(i, i + 2, 50, 'rate', 'rate-half', '%');
  if (text.startsWith('首位', i) && RANK_CONTEXT.test(text.slice(Math.max(0, i - 14), i))) return whole(i, i + 2, 1, 'rank', 'rank-first-place', shown[i + 1]);
  // 零事故, 零伤亡: zero as a target count.
  if (ch === '零' && !isChineseNumeralChar(text[i - 1])) {
    const event = startsWithAny(text, i + 1, ZERO_EVENTS);
    return event ? whole(i, i + 1 + event.length, 0, 'count', 'count-zero-event', shown.slice(i + 1, i + 1 + event.length)) : null;
  }
  return undefined;
}

/** Currency signs, the longest first so that HK$ wins over $. */
const SIGNS_LONGEST_FIRST = [...CURRENCY_SIGNS].sort((a, b) => b.length - a.length);

/** The characters a currency sign ends with. */
const SIGN_LAST_CHARS = new Set(CURRENCY_SIGNS.map((sign) => sign[sign.length - 1]!));

/** Where the currency sign written right before `i` starts (HK$3,000), or -1. */
function currencySignBefore(text: string, i: number): number {
  if (!SIGN_LAST_CHARS.has(text[i - 1]!)) return -1;
  const sign = SIGNS_LONGEST_FIRST.find((s) => text.startsWith(s, i - s.length));
  return sign ? i - sign.length : -1;
}

/** Words before a number that make it the label of a table or a figure: 表4-1, 图7-3. */
const REFERENCE_BEFORE = /(?:表|图|附件|附录)$/;

/** Words after a value that make it a threshold defining what is described: 坡度超过30%者, 未达15公尺之道路. */
const CATEGORY_AFTER = /^(?:者|之(?!多|间|内|外|后|前|上|下|中|一))/;

/** Characters after 所 that make it a particle (所示, 所述), not the measure word of schools. */
const NOT_SCHOOLS_AFTER = /^所[示述列提在以属有得需]/;

/** Why a number read at a candidate is no value, or null when it may be one. */
function vetoOfNumber(text: string, token: NumberToken): string | null {
  if (isChineseDigit(text[token.end])) return 'plan-name'; // 十一五
  if (text[token.end] === '·' && isAsciiDigit(text[token.end + 1])) return 'event-name'; // 7·9事故
  if (isOutlineMarker(text, token)) return 'outline-marker';
  if (isInShortQuote(text, token)) return 'short-quote';
  if (token.chinese && token.end - token.start === 1 && FINANCIAL_DIGITS.has(text[token.start]!)) return 'financial-digit'; // 队伍: 伍 alone is no five
  if (text[token.start - 1] === '几') return 'vague-number'; // 几十亿元
  const before = text[token.start - 1];
  if (before === '.' || before === '/' || isAsciiDigit(before)) return 'number-fragment';
  if (before === '第') return 'ordinal'; // 第五次全会
  if (before === '每') return 'per-unit'; // 每50公斤: the base a price or a rate is given for
  // 如表4-1所示, 图7-1: a label, numbered by chapter (流程图120块 is a count).
  if (REFERENCE_BEFORE.test(text.slice(Math.max(0, token.start - 2), token.start)) && /^(?:[-.][0-9]|所)/.test(text.slice(token.end, token.end + 2))) return 'reference';
  return null;
}

/** Tries to read an indicator whose value starts at `i`. */
function readMentionAt(page: Page, i: number, veto: Vetoes): IndicatorMention | null {
  const { text, shown } = page;
  const phrase = readPhraseAt(page, i, veto);
  if (phrase !== undefined) return phrase;

  const token = readNumber(text, i);
  if (!token) return null;
  const numberVeto = vetoOfNumber(text, token);
  if (numberVeto) return veto(numberVeto, token.start, token.end), null;

  let valueEnd = token.end;
  let scaleEnd = token.end; // where the magnitude that belongs to the unit is written
  let range = readRangeEnd(text, valueEnd);
  if (range) {
    valueEnd = range.end;
    // 60-70亿元: the magnitude written after the upper end applies to both.
    if (range.scale && !token.scale) token.scale = range.scale;
    if (range.scale) scaleEnd = range.end;
  }
  while (text[valueEnd] === '多' || text[valueEnd] === '余' || text[valueEnd] === '几') valueEnd++;

  const ratio = readRatio(text, token);
  if (ratio) {
    const end = skipAfterQualifiers(text, ratio.end);
    return whole(token.start, end, ratio.value, 'rate', 'ratio', ':');
  }

  // The magnitude as the page writes it (億), for the unit.
  const shownScale = token.scale ? shown.slice(scaleEnd - token.scale.length, scaleEnd) : '';
  let subtype: IndicatorSubtype | null = null;
  let unit: string | undefined;
  let unitWord: string | undefined; // the unit in the normalised text, for the rules
  let rule: string | undefined;
  let metric: string | undefined;
  const found = readUnit(text, valueEnd);
  const signStart = token.chinese ? -1 : currencySignBefore(text, token.start);
  const shownSign = signStart < 0 ? '' : shown.slice(signStart, token.start);
  if (token.scale && !token.chinese && (!found || found.unitClass === 'time')) {
    // 2个多亿, 1.5万: money understood; $50億: money said by its sign.
    [subtype, unit, rule] = ['amount', shownSign + shownScale, shownSign ? 'amount-currency-sign' : 'amount-scale-only'];
  } else if (signStart >= 0 && (!found || found.unitClass === 'time')) {
    [subtype, unit, rule] = ['amount', shownSign, 'amount-currency-sign']; // HK$3,000
  } else if (found) {
    if (found.unitClass === 'time') return veto('date-or-duration', token.start, found.end), null;
    subtype = found.unitClass;
    unit = shownScale + shown.slice(valueEnd, found.end);
    unitWord = (token.scale ?? '') + found.unit;
    valueEnd = found.end;
    rule = subtype;
    if (subtype === 'count' && token.value <= 10 && isSpeechPart(text, valueEnd)) return veto('speech-part', token.start, valueEnd), null;
    // A bare 千/百/万 with no digit before it: 千方百计 and 千头万绪 are idioms, 上千间 and 近千家 round quantities.
    const bareMagnitude = token.chinese && !token.fraction && !isChineseDigit(text[token.start]) && !text.startsWith('十', token.start);
    if (bareMagnitude && ROUND_APPROXIMATION_PREFIXES.includes(text[token.start - 1] ?? '')) rule = `${subtype}-approximate`;
    else if (bareMagnitude && subtype !== 'amount') return veto('idiom', token.start, valueEnd), null;
    if (token.chinese && ORDINAL_MEASURE_WORD_SET.has(unitWord)) return veto('ordinal', token.start, valueEnd), null;
    if (token.chinese && token.value <= 10 && !token.approximate && GENERIC_MEASURE_WORD_SET.has(unitWord) && !COUNTING_VERB_BEFORE.test(text.slice(Math.max(0, token.start - 3), token.start))) {
      return veto('generic-measure-word', token.start, valueEnd), null;
    }
    if (unitWord === '起' && text[token.start - 1] === '从') return veto('starting-year', token.start, valueEnd), null; // 从2010起
    if (unitWord === '所' && NOT_SCHOOLS_AFTER.test(text.slice(valueEnd - 1, valueEnd + 1))) return veto('particle', token.start, valueEnd), null; // 如表所示
    if (token.approximate && rule === subtype) rule = `${subtype}-approximate`; // 十多个, 3000余份
    // 6.5%-7%: a range whose ends both carry the unit.
    const upper = range ? null : readRangeEnd(text, valueEnd);
    if (upper && !upper.scale && text.startsWith(found.unit, upper.end)) {
      range = upper;
      valueEnd = upper.end + found.unit.length;
    }
  } else if (token.fraction) {
    [subtype, rule] = ['rate', 'rate-fraction'];
    if (text.startsWith('百分之', token.start)) unit = '%';
  } else if (!token.chinese && lostPercent(text, token, valueEnd)) {
    [subtype, rule] = ['rate', 'rate-lost-percent']; // 增长30以上, 占全市的52.2: the % sign was lost
  } else if (!token.chinese) {
    const column = tableColumnOf(page, isMinusSign(text, token) ? token.start - 1 : token.start, valueEnd);
    if (column) [subtype, unit, rule, metric] = [column.unitClass, column.unit, 'table-row', column.metric];
  }
  if (!subtype || !rule) return null;
  // 一 alone is mostly an article (一个, 一批); 近一成 is a rate.
  if (token.chinese && token.value === 1 && token.end - token.start === 1 && subtype !== 'rate') return veto('article-one', token.start, valueEnd), null;
  const afterQualifiers = skipAfterQualifiers(text, valueEnd);
  if (afterQualifiers < 0) return veto('award-title', token.start, valueEnd), null; // 30强
  // 收入过100亿元1家, 投资超千万美元的项目: an amount naming the category that is counted or described.
  if (subtype === 'amount' && /(过|超|超过)$/.test(text.slice(Math.max(0, token.start - 2), token.start)) && (isAsciiDigit(text[afterQualifiers]) || text[afterQualifiers] === '的')) {
    return veto('category-amount', token.start, afterQualifiers), null;
  }
  // 1000万元以上的项目, 纳税千万元以上企业: a threshold naming the category counted, not a quantity.
  if (subtype !== 'rate' && /以[上下]$/.test(text.slice(valueEnd, afterQualifiers)) && (text[afterQualifiers] === '的' || (isHan(text[afterQualifiers]) && !THRESHOLD_NOT_FOLLOWED_BY.test(text[afterQualifiers]!)))) {
    return veto('category-threshold', token.start, afterQualifiers), null;
  }
  if (CATEGORY_AFTER.test(text.slice(afterQualifiers, afterQualifiers + 2))) return veto('category-threshold', token.start, afterQualifiers), null;
  valueEnd = afterQualifiers;

  // A minus sign and approximation words before the value belong to it: -2.1%, 近100种, 约3000人, 上千间.
  const negative = isMinusSign(text, token);
  const numberStart = negative ? token.start - 1 : signStart >= 0 ? signStart : token.start;
  const prefix = text[numberStart - 1] ?? '';
  const valueStart = APPROXIMATION_PREFIXES.includes(prefix) || rule.endsWith('-approximate') && ROUND_APPROXIMATION_PREFIXES.includes(prefix) ? numberStart - 1 : numberStart;
  const sign = negative ? -1 : 1;

  const mention: IndicatorMention = { start: valueStart, end: valueEnd, valueStart, valueEnd, value: sign * token.value, subtype, rule, unit };
  if (range) mention.valueHigh = sign * range.value;
  if (metric) mention.metric = metric;
  const change = changeBefore(text, valueStart);
  if (change) {
    // 增长-2.1%: a growth below zero is a fall of 2.1.
    mention.change = {
      direction: negative ? (change.direction === 'up' ? 'down' : 'up') : change.direction,
      amount: token.value, unit, text: shown.slice(change.verbStart, valueEnd), start: change.verbStart, end: valueEnd,
    };
    if (subtype !== 'rate' && (unitWord === '%' || unitWord === '倍' || unitWord === '个百分点')) mention.subtype = 'rate';
    if (change.basisStart !== undefined) mention.basis = shown.slice(change.basisStart, change.basisEnd);
  }
  return mention;
}

/**
 * Finds every indicator in the normalised `text`, left to right in one pass.
 * An amount or count followed by its change in the next clause
 * (地区生产总值320.31亿元,增长12.4%) becomes one indicator with a `change`.
 * Fields the analyst reads (metric, unit, change text, basis) are taken from
 * `shown`, the page's own characters at the same indices.
 */
export function findIndicators(text: string, veto: Vetoes = ignoreVetoes, shown: string = text): IndicatorMention[] {
  const page: Page = { text, shown };
  const mentions: IndicatorMention[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const candidate =
      isAsciiDigit(ch) ? !isAsciiDigit(text[i - 1]) :
      isChineseNumeralChar(ch) ? !isChineseNumeralChar(text[i - 1]) :
      ch === '第' || ch === '前' || ch === '倒' || ch === '翻' || ch === '百' || ch === '过' || ch === '首' || ch === '双';
    if (!candidate) continue;
    if (text[i - 1] === ' ' && isAsciiDigit(ch)) {
      // Spaces inside numbers and words are gone after normalisation: digits with a space on both
      // sides stand apart from any word (7 7 7, a list of codes) and are no quantity.
      let j = i + 1;
      while (isAsciiDigit(text[j])) j++;
      if (text[j] === ' ') {
        i = j;
        continue;
      }
    }
    const mention = readMentionAt(page, i, veto);
    if (!mention) continue;
    mention.metric ??=
      (mention.subtype === 'count' ? metricAfter(page, mention.end) : undefined) ??
      metricBefore(page, mention.change ? Math.min(mention.change.start, mention.start) : mention.start);
    const previous = mentions[mentions.length - 1];
    // 320.31亿元,增长12.4% and 3.9万亿元,比上年增加1000亿元: the change belongs to the value before it.
    // Not 由115亿元增加到500亿元: a change *to* a level names the new value, not the change.
    const toLevel = mention.change !== undefined && /[到至]/.test(text.slice(mention.change.start, mention.valueStart));
    if (previous && mention.change && !toLevel && !previous.change && previous.subtype !== 'rate' && previous.subtype !== 'rank' && mention.subtype !== 'rank') {
      const between = text.slice(previous.end, mention.change.start);
      if (/^[,、]?$/.test(between)) {
        previous.change = mention.change;
        if (mention.basis) previous.basis = mention.basis;
        previous.end = mention.end;
        i = mention.end - 1;
        continue;
      }
    }
    if (mention.change && mention.change.start < mention.start) mention.start = mention.change.start;
    mentions.push(mention);
    i = mention.end - 1;
  }
  return mentions;
}
