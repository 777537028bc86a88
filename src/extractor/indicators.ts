import { isAsciiDigit, isChineseDigit, isChineseNumeralChar, readNumber, type NumberToken } from './numbers';
import { readUnit } from './units';
import { ignoreVetoes, type Vetoes } from './explain';
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
  subtype: IndicatorSubtype;
  /** The name of the rule that read it; the subtype where no more specific rule did. */
  rule?: string;
  unit?: string;
  metric?: string;
  /** The stated change, with its own span. */
  change?: Change & { start: number; end: number };
  basis?: string;
}

/** Verbs of change, with their direction; the longest is tried first. */
const CHANGE_VERBS: [string, 'up' | 'down'][] = [
  ['增长', 'up'], ['增加', 'up'], ['提高', 'up'], ['提升', 'up'],
  ['上升', 'up'], ['上涨', 'up'], ['扩大', 'up'], ['增', 'up'], ['涨', 'up'], ['下降', 'down'], ['减少', 'down'],
  ['降低', 'down'], ['回落', 'down'], ['下滑', 'down'], ['缩小', 'down'], ['减', 'down'], ['降', 'down'], ['翻', 'up'],
  // Taiwan and Hong Kong usage: 經濟成長3.5%, 失業率下跌0.2個百分點.
  ['成长', 'up'], ['攀升', 'up'], ['下跌', 'down'], ['跌', 'down'],
];

/** Characters before a one-character verb that make it part of another word: 新增, 净增, 递减. */
const NOT_CHANGE_BEFORE = new Set(['新', '净', '递', '倍', '激', '猛', '剧', '骤']);

/**
 * Words between a change verb and its amount: 增长了, 提高为. Not 到/至: 提高到3.5% names
 * the level reached, not the size of the change.
 */
const CHANGE_LINKS = ['了', '达', '达到', '近', '约', '超过', '逾'];

/** Comparison bases written before a change verb. */
const BASIS_PATTERN = /(同比|环比|比上年同期|比去年同期|比上年|比去年|与去年同期相比|与上年同期相比|比上半年|比年初|较上年|较去年)$/;

/** Words after a measure word that make a count one of the speech's own parts (三点意见, 两个问题). */
const SPEECH_PARTS = ['方面', '问题', '意见', '要求', '体会', '建议', '想法', '看法', '观点', '环节', '层次', '原则', '阶段', '步骤', '部分', '重点'];

/** A part of the speech itself follows: 三点意见, 以下5个方面, but not 7个重点单位. */
function isSpeechPart(text: string, i: number): boolean {
  const part = startsWithAny(text, i, SPEECH_PARTS);
  if (!part) return false;
  const next = text[i + part.length];
  return !isHan(next) || next === '的' || next === '是';
}

/**
 * Measure words so general that a small count written in Chinese numerals
 * with them usually names things rather than measures them (两个园区,
 * 三条措施, 四项工作方针): such a count needs a verb of having or doing before it.
 */
const GENERIC_MEASURE_WORDS = new Set(['个', '项', '条', '件', '块', '种', '次', '类', '部', '批', '轮', '对', '头', '组', '队', '片', '根', '门', '笔', '盘', '单', '宗']);
const COUNTING_VERBS = /(有|拥有|成功|共|共有|建成|设立|引进|新增|经过|组织|召开|开展|完成|发生|查处|出台|只有|仅有|增加|减少|达|达到|突破|获得|获|荣获|培育|新建|创建|举办|实施|推出|打造|建设|开工|签约|落户)$/;

/** The financial forms of the digits, which also stand in ordinary words (队伍, 拾起). */
const FINANCIAL_DIGITS = new Set(['壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾', '佰', '仟']);

/** Measure words that, after a Chinese numeral, make a phase, an edition or a set phrase: 二期, 六届, 千方百计. */
const ORDINAL_MEASURE_WORDS = new Set(['期', '届', '方']);

/** Events whose absence is a target: 零事故, 零伤亡, 零投诉. */
const ZERO_EVENTS = ['事故', '伤亡', '伤害', '死亡', '投诉', '污染', '差错', '发案', '上访', '失误', '违章', '案件'];

/** Words before a bare 第N that make it a position in a ranking (居全县第12位, 排名第一). */
const RANK_CONTEXT = /(?:(居|列|排|排名|位列|位居|跃居|名列|排在|处于|位于|获得|获|荣获|夺得|取得|保持|稳居|进入)[^,;。:!?\n]{0,8}|全省|全市|全国|全县|全区|同行业|同类)$/;

/** Comparisons with a rate before a bare number: 低于全省20.3的平均水平. */
const COMPARED_WITH = /(低于|高于|超过|快于|慢于)(全国|全省|全市|全县|全区)$/;

/** Words before a bare number that make it a share or rate whose % sign was lost (占全市的52.2). */
const SHARE_CONTEXT = /(占|占到|占了|的|为|只有|仅为|达|达到|减幅达|增幅达|增幅为|增速为|速度为|低于全省|高于全省|低于全市|高于全市)$/;

/** Words of approximation right before a value: 近100种, 约3000人. */
const APPROXIMATION_PREFIXES = ['近', '约', '逾'];

/** Characters after 以上 that continue the sentence rather than name a category (以上,为 / 以上和). */
const THRESHOLD_NOT_FOLLOWED_BY = /[和或及与为是,;。]/;

/** Qualifiers after a value: 以上, 左右, 多... */
const AFTER_QUALIFIERS = ['及以上', '以上', '以下', '以内', '左右', '上下', '之多', '多', '余', '强'];

const CLAUSE_BREAK = /[,;:。!?、()“”"'《》\n\r\s]/;
const isClauseBreak = (ch: string | undefined): boolean => ch === undefined || CLAUSE_BREAK.test(ch);
const isHan = (ch: string | undefined): boolean => ch !== undefined && ch >= '\u4e00' && ch <= '\u9fff';

function startsWithAny(text: string, i: number, list: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const word of list) if (text.startsWith(word, i) && (!best || word.length > best.length)) best = word;
  return best;
}

/** The change verb ending right before `i` (allowing 了/到/为 between), with its basis. */
function changeBefore(text: string, i: number): { verbStart: number; direction: 'up' | 'down'; basis?: string; basisStart?: number } | null {
  const window = text.slice(Math.max(0, i - 10), i);
  for (const link of ['', ...CHANGE_LINKS]) {
    if (!window.endsWith(link)) continue;
    const beforeLink = window.slice(0, window.length - link.length);
    for (const [verb, direction] of CHANGE_VERBS) {
      if (!beforeLink.endsWith(verb)) continue;
      const verbStart = i - link.length - verb.length;
      if (verb.length === 1 && NOT_CHANGE_BEFORE.has(text[verbStart - 1] ?? '')) continue; // 新增, 净增: an amount added
      const basisMatch = BASIS_PATTERN.exec(text.slice(Math.max(0, verbStart - 10), verbStart));
      return basisMatch
        ? { verbStart: verbStart - basisMatch[1]!.length, direction, basis: basisMatch[1]!, basisStart: verbStart - basisMatch[1]!.length }
        : { verbStart, direction };
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
const LEADING_NOT_METRIC =
  /^((?:19|20)[0-9x]{2}年|[0-9]{1,2}[-~至][0-9]{1,2}月(?:份)?|[0-9]{1,2}月(?:份|底)?|其中|全年|今年|去年|明年|年内|年底前|上半年|下半年|前三季度|[一二三四]季度|目前|同时|共|累计|全市|全县|全区|全省|我县|我市|我区|我们|已|确保|力争|争取|实现|完成|建成|新建|达到|共有|拥有|拟安排|安排|预计)+/;

/** The metric's name: the words before the value in the same clause, without verbs of reporting. */
function metricBefore(text: string, start: number): string | undefined {
  let i = start;
  while (i > 0 && start - i < METRIC_LOOKBACK && !isClauseBreak(text[i - 1])) i--;
  let name = text.slice(i, start);
  name = name.replace(/(同比|比上年同期|比去年同期|比上年|比去年)?(增长|下降|增加|减少|提高|降低|上升|上涨|回落|回升|提升|保持|成长|下跌)?(了|到|至|为|达到|达|共|约|近|超过|突破|完成|实现|累计|合计|仅为|只有|有|是|在|保持在|稳定在|控制在|居|排名|位居|跃居|列|第|前|倒数|的)*$/, '');
  name = name.replace(LEADING_NOT_METRIC, '');
  // 规模以上工业累计完成增加值 names 规模以上工业增加值: the verbs of reporting inside are not part of the name.
  name = name.replace(/(?:累计|全年|共)?(?:完成|实现)(?=[^,;。]{2})/g, '');
  return name.length >= 2 ? name.slice(-METRIC_LOOKBACK) : undefined;
}

/** How many characters before a value its metric's name may take. */
const METRIC_LOOKBACK = 20;

/** Words that end a noun phrase written after a count (45家企业和22家…, 7个重点单位的征地). */
const AFTER_NAME_END = /[的和及与或等在从向对为是将要已了,;:。!?、()“”"'《》\n\r\s]/;

/** The name of what is counted when it follows the measure word: 7个重点单位, 40只重点工业项目. */
function metricAfter(text: string, end: number): string | undefined {
  let j = end;
  if (text[j] === '“') {
    const close = text.slice(j, j + 10).indexOf('”'); // 22家“一厂一策”签约企业: a quoted name is part of it
    if (close > 0) j += close + 1;
  }
  // Han characters, and Latin letters within the name (PCT专利申请), up to where the noun phrase ends.
  while (j < text.length && j - end < 12 && (isHan(text[j]) || /[A-Za-z]/.test(text[j]!)) && !AFTER_NAME_END.test(text[j]!)) j++;
  return j - end >= 2 ? text.slice(end, j) : undefined;
}

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

/** Reads a range's upper end after `i`: 80-100, 三至五. */
function readRangeEnd(text: string, i: number): NumberToken | null {
  const link = text[i];
  if (link !== '-' && link !== '~' && link !== '至' && link !== '到') return null;
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

/** Tries to read an indicator whose value starts at `i`. */
function readMentionAt(text: string, i: number, veto: Vetoes): IndicatorMention | null {
  const ch = text[i]!;
  // Ranks: 倒数第一, 第12位, 前10名.
  const rankPrefix = text.startsWith('倒数第', i) ? '倒数第' : ch === '第' ? '第' : ch === '前' ? '前' : '';
  if (rankPrefix) {
    const n = readNumber(text, i + rankPrefix.length);
    if (!n || n.start !== i + rankPrefix.length || n.fraction) return null;
    const after = text[n.end];
    const explicit = after === '位' || after === '名' || (rankPrefix === '第' && after === '大' && isHan(text[n.end + 1])); // 第二大城市
    if (rankPrefix === '前' && !explicit) return null;
    if (!explicit && rankPrefix === '第' && !RANK_CONTEXT.test(text.slice(Math.max(0, i - 14), i))) return null;
    if (!explicit && !isClauseBreak(after)) return null; // 第六届, 第一方阵: an ordinal, not a position
    const end = explicit ? n.end + 1 : n.end;
    if (text[end] === '的') return null; // 这是第一位的: first in importance, not a position held
    return { start: i, end, valueStart: i, valueEnd: end, value: n.value, subtype: 'rank', unit: explicit ? after : undefined };
  }
  // 翻一番, 翻两番: a multiple.
  if (ch === '翻' && isChineseDigit(text[i + 1]) && text[i + 2] === '番') {
    if (text[i - 1] === '个' || isChineseDigit(text[i - 1])) return null; // 三个翻两番: a slogan's name
    const times = 2 ** (text[i + 1] === '两' ? 2 : text[i + 1] === '一' ? 1 : text[i + 1] === '三' ? 3 : 1);
    return { start: i, end: i + 3, valueStart: i, valueEnd: i + 3, value: times, subtype: 'rate', unit: '倍', change: { direction: 'up', amount: times, unit: '倍', text: text.slice(i, i + 3), start: i, end: i + 3 } };
  }
  // 翻番: doubled; 一半, 过半: half; 首位: first place.
  if (text.startsWith('翻番', i)) {
    return { start: i, end: i + 2, valueStart: i, valueEnd: i + 2, value: 2, subtype: 'rate', unit: '倍', change: { direction: 'up', amount: 2, unit: '倍', text: '翻番', start: i, end: i + 2 } };
  }
  if ((text.startsWith('一半', i) || text.startsWith('过半', i)) && !isChineseNumeralChar(text[i - 1])) {
    return { start: i, end: i + 2, valueStart: i, valueEnd: i + 2, value: 50, subtype: 'rate', unit: '%' };
  }
  if (text.startsWith('首位', i) && RANK_CONTEXT.test(text.slice(Math.max(0, i - 14), i))) {
    return { start: i, end: i + 2, valueStart: i, valueEnd: i + 2, value: 1, subtype: 'rank', unit: '位' };
  }
  // 零事故, 零伤亡: zero as a target count.
  if (ch === '零' && !isChineseNumeralChar(text[i - 1])) {
    const event = startsWithAny(text, i + 1, ZERO_EVENTS);
    if (event) return { start: i, end: i + 1 + event.length, valueStart: i, valueEnd: i + 1 + event.length, value: 0, subtype: 'count', unit: event };
    return null;
  }

  const token = readNumber(text, i);
  if (!token) return null;
  if (isChineseDigit(text[token.end]) || (text[token.end] === '·' && isAsciiDigit(text[token.end + 1]))) return null; // 十一五, 7·9
  if (isOutlineMarker(text, token) || isInShortQuote(text, token)) return null;
  if (token.chinese && token.value === 1 && token.end - token.start === 1) return null; // 一 is mostly an article
  if (token.chinese && token.end - token.start === 1 && FINANCIAL_DIGITS.has(text[token.start]!)) return null; // 队伍: 伍 alone is no five
  if (text[token.start - 1] === '几') return null; // 几十亿元: a vague amount
  if (text[token.start - 1] === '.' || text[token.start - 1] === '/' || (isAsciiDigit(text[token.start - 1]))) return null;
  if (text[token.start - 1] === '第') return null; // an ordinal (第五次全会), not a count

  let valueEnd = token.end;
  const range = readRangeEnd(text, valueEnd);
  if (range) {
    valueEnd = range.end;
    // 60-70亿元: the magnitude written after the upper end applies to both.
    if (range.scale && !token.scale) token.scale = range.scale;
  }
  while (text[valueEnd] === '多' || text[valueEnd] === '余' || text[valueEnd] === '几') valueEnd++;

  const ratio = readRatio(text, token);
  if (ratio) {
    const end = skipAfterQualifiers(text, ratio.end);
    return { start: token.start, end, valueStart: token.start, valueEnd: end, value: ratio.value, subtype: 'rate', unit: ':' };
  }

  let subtype: IndicatorSubtype | null = null;
  let unit: string | undefined;
  const found = readUnit(text, valueEnd);
  if (token.scale && (!found || found.unitClass === 'time')) {
    subtype = 'amount'; // 2个多亿, 1.5万: money understood
    unit = token.scale;
  } else if (found) {
    if (found.unitClass === 'time') return null; // a date or a duration
    subtype = found.unitClass;
    unit = (token.scale ?? '') + found.unit;
    valueEnd = found.end;
    if (subtype === 'count' && token.value <= 10 && isSpeechPart(text, valueEnd)) return veto('speech-part', token.start, valueEnd), null;
    // 千方百计, 千头万绪: a bare 千/百/万 with no digit is an idiom, unless it is money (千万元).
    if (token.chinese && !token.fraction && !isChineseDigit(text[token.start]) && !text.startsWith('十', token.start) && subtype !== 'amount') return null;
    if (token.chinese && ORDINAL_MEASURE_WORDS.has(unit)) return null;
    if (token.chinese && token.value <= 10 && GENERIC_MEASURE_WORDS.has(unit) && !COUNTING_VERBS.test(text.slice(Math.max(0, token.start - 3), token.start))) return null;
    if (unit === '起' && text[token.start - 1] === '从') return null; // 从2010起: a starting year
  } else if (token.fraction) {
    subtype = 'rate';
    if (text.startsWith('百分之', token.start)) unit = '%';
  } else if (!token.chinese && lostPercent(text, token, valueEnd)) {
    subtype = 'rate'; // 增长30以上, 占全市的52.2: the % sign was lost
  }
  if (!subtype) return null;
  const afterQualifiers = skipAfterQualifiers(text, valueEnd);
  if (afterQualifiers < 0) return null;
  // 收入过100亿元1家, 投资超千万美元的项目: an amount naming the category that is counted or described.
  if (subtype === 'amount' && /(过|超|超过)$/.test(text.slice(Math.max(0, token.start - 2), token.start)) && (isAsciiDigit(text[afterQualifiers]) || text[afterQualifiers] === '的')) return null;
  // 1000万元以上的项目, 纳税千万元以上企业: a threshold naming the category counted, not a quantity.
  if (subtype !== 'rate' && /以[上下]$/.test(text.slice(valueEnd, afterQualifiers)) && (text[afterQualifiers] === '的' || (isHan(text[afterQualifiers]) && !THRESHOLD_NOT_FOLLOWED_BY.test(text[afterQualifiers]!)))) {
    return veto('category-threshold', token.start, afterQualifiers), null;
  }
  valueEnd = afterQualifiers;

  // Approximation words before the value belong to the value expression: 近100种, 约3000人.
  const valueStart = APPROXIMATION_PREFIXES.includes(text[token.start - 1] ?? '') ? token.start - 1 : token.start;

  const mention: IndicatorMention = { start: valueStart, end: valueEnd, valueStart, valueEnd, value: token.value, subtype, unit };
  const change = changeBefore(text, valueStart);
  if (change) {
    mention.change = {
      direction: change.direction, amount: token.value, unit, text: text.slice(change.verbStart, valueEnd),
      start: change.verbStart, end: valueEnd,
    };
    if (subtype !== 'rate' && (unit === '%' || unit === '倍' || unit === '个百分点')) mention.subtype = 'rate';
    if (change.basis) mention.basis = change.basis;
  }
  return mention;
}

/**
 * Finds every indicator in the normalised text, left to right in one pass.
 * An amount or count followed by its change in the next clause
 * (地区生产总值320.31亿元,增长12.4%) becomes one indicator with a `change`.
 */
export function findIndicators(text: string, veto: Vetoes = ignoreVetoes): IndicatorMention[] {
  const mentions: IndicatorMention[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const candidate =
      isAsciiDigit(ch) ? !isAsciiDigit(text[i - 1]) :
      isChineseNumeralChar(ch) ? !isChineseNumeralChar(text[i - 1]) :
      ch === '第' || ch === '前' || ch === '倒' || ch === '翻' || ch === '百' || ch === '过' || ch === '首';
    if (!candidate) continue;
    const mention = readMentionAt(text, i, veto);
    if (!mention) continue;
    mention.metric =
      (mention.subtype === 'count' ? metricAfter(text, mention.end) : undefined) ??
      metricBefore(text, mention.change ? Math.min(mention.change.start, mention.start) : mention.start);
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
