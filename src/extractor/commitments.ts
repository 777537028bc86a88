import { ignoreVetoes, type Vetoes } from './explain';
import { findDeadlines, type TimeExpression } from './time-expressions';
import type { IndicatorMention } from './indicators';
import { readsAsTarget } from './indicator-status';
import { CHANGE_VERBS } from './lexicon/changes';
import { TARGET_VERBS } from './lexicon/status';
import { alternation, guardedAlternation, words } from './lexicon/build';
import { OFFICE_ENDINGS, OTHER_BODIES, RELAYING_VERBS, SPEAKER_SIDE } from './lexicon/actors';
import { DIRECTIVES, HELPERS, PLANNED_ACTIONS, STRONG_MARKERS } from './lexicon/markers';
import { CONCESSIVE_WORDS, CONDITION_WORDS, FORECAST_WORDS, FORWARD_WORDS, MANNER_MARKERS, NOT_PAST, PAST_MARKERS, PERFECT_MARKERS, SCHEDULE_WORDS, SCHEDULED_WORKS, SITUATION_WORDS, WISH_WORDS, BELIEF_WORDS, EFFECT_VERBS, EFFECT_NOUNS } from './lexicon/mood';
import { ACTIONS_AFTER_JIANG, DECISION_VERBS, MEETING_VERBS, NOUNS_ENDING_IN_HUI, PREDICTIVE_BEFORE_JIANG, SPEECH_ACTS, WORDS_STARTING_WITH_HUI } from './lexicon/will';
import { isPartHeading, sectionMoods, type SectionMood } from './section-mood';
import { sentencesByLine, type Sentence } from './sentences';
import type { CommitmentSubtype } from './types';

/** A span of the normalised text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A commitment found in the normalised text; offsets index that text. See `CommitmentItem` for the fields. */
export interface CommitmentMention {
  /** Span of the sentence. */
  start: number;
  end: number;
  subtype: CommitmentSubtype;
  /** The name of the rule that made it a commitment. */
  rule: string;
  /** Where the word (or target phrase) that makes the sentence a commitment stands. */
  marker?: TextSpan;
  /** The first deadline stated in the sentence. */
  deadline?: TimeExpression;
  /** Indices into the indicator list of the indicators inside the sentence. */
  indicators: number[];
}

/** Words that bind the speaker's side to a result or an action, a resolve with its degree (下更大决心, 下这么大的决心), and a stated aim (目标是5%, 以生态城市为目标). */
const STRONG_MARKER = new RegExp(
  [
    guardedAlternation(STRONG_MARKERS),
    '下(?:[这那]么|很|更|最)大的?决心',
    '目标(?:是|为)(?=[^,;。]{0,30}[0-9一二三四五六七八九十])',
    '目标(?<=以[^;。]{1,40}为[^,;。]{0,6}目标)(?=[,;。]|$)',
  ].join('|'),
);

/** Those who help others strive, a few characters before a marker (帮助企业争取…): the pledge is the others'. */
const HELPED = new RegExp(`${alternation(HELPERS)}[^,;。]{0,6}$`);

/** How far before a marker its helper is looked for, in characters. */
const HELPER_LOOKBACK = 8;

/** How far after a meeting verb (召开…会) a 会 may end the meeting's name, in characters. */
const MEETING_NAME_REACH = 10;

/**
 * 会 as "will": not inside a noun (社会, 委员会) nor the first character of one
 * (会议, 会见), nor 会是/会有, nor in the name of a meeting held (召开项目会审会).
 */
const HUI = `会(?<!${alternation(words(NOUNS_ENDING_IN_HUI).map((w) => w.slice(-2)))})(?<!${alternation(MEETING_VERBS)}[^,;:。!?]{0,${MEETING_NAME_REACH}})(?!${alternation(words(WORDS_STARTING_WITH_HUI).map((w) => w.slice(1)))})`;

/** 预计 that plans a work (预计明年推出…), not one that forecasts a quantity (预计今年经济成长率可达3.5%). */
const SCHEDULING = `${alternation(SCHEDULE_WORDS)}(?=[^,;。]{0,12}${alternation(SCHEDULED_WORKS, PLANNED_ACTIONS)})`;

/** 将 as "will", not as a prediction (必将, 即将: 局即将建办公大楼 tells what is about to happen). */
const JIANG = `将(?<!${alternation(PREDICTIVE_BEFORE_JIANG)}将)`;

/** A decision of the speaker's side (市委、市政府决定…). */
const DECIDED = guardedAlternation(DECISION_VERBS);

/**
 * "Will" with the speaker's side as the actor: 我们将…, 市里10月份将…, 政府會…,
 * 教育局會將…, 行政院預計…, 市委、市政府决定… — the actor (a name of the
 * speaker's side or a department's) a few characters before 将/会/预计/决定.
 */
const SPEAKER_WILL = new RegExp(
  `(${alternation(SPEAKER_SIDE)}|${guardedAlternation(OFFICE_ENDINGS)})[^,;:。!?]{0,8}?(${JIANG}|${HUI}|${SCHEDULING}|${DECIDED})`,
  'd',
);

/** The word of SPEAKER_WILL that is a decision. */
const DECISION = new RegExp(`^${DECIDED}$`);

/** 将 followed by an adverb or verb of action is "will" (市里将召开…, 将另案检讨), not the object marker of 将A作为B. */
const WILL_ACT = new RegExp(`${JIANG}(?= ?${alternation(ACTIONS_AFTER_JIANG)})`);

/** Plain directives (要, 必须) and aims (致力): commitments only with a deadline or a target value. */
const DIRECTIVE = new RegExp(guardedAlternation(DIRECTIVES));

/**
 * Signs that a sentence reports work already done: 了 as a verb suffix, 已 —
 * not 已 in a description of a noun (已有的设施, 已无需求者: 的 and 者 make the clause a noun's).
 */
const PAST = new RegExp(`${guardedAlternation(PAST_MARKERS)}|${guardedAlternation(PERFECT_MARKERS)}(?![^,;。]{0,4}[的者])`);
const NOT_PAST_RE = new RegExp(alternation(NOT_PAST), 'g');

/** Bodies other than the speaker's side whose schedules are reported, not pledged (省里将于下月召开…). */
const OTHER_BODY = new RegExp(`${alternation(OTHER_BODIES)}[^,;:。!?]{0,8}$`);

/** Another body's demand relayed before a directive (省委省政府明确要求每个县都要…): the text before the directive. */
const RELAYED_DEMAND = new RegExp(`${alternation(OTHER_BODIES)}[^,;:。!?]{0,8}${alternation(RELAYING_VERBS)}[^;。]*$`);

/** Deadlines that can only lie ahead (年内, 年底前, 到2025年), unlike 今年 or 5月份, which also date past work. */
const FUTURE_DEADLINE = /年内|底前|末前|以前|[^年]前$|^到|^至|明年|后年|今后|未来|内$|期间$|会议后/;

/** Phrases that make a sentence a list of targets even without a marker word. */
const TARGET_PHRASES = /年均增长|(增长|提高|增加|达到|新增|净增)[^,;。]{0,12}以上|经过[^,;。]{0,4}[0-9一二三四五六七八九十两几][^,;。]{0,4}年[^,;。]{0,3}努力|到(?:19|20)[0-9x]{2}年|由[^,;。]{1,12}(?:增加|提高|提升|扩大|减少|降低)到|不少于|不低于/d;

/** The result a work is to bring, named by 使 with a value (启动南区建设,使园区向南拓展10平方公里). */
const CAUSED_RESULT = new RegExp(`(使)[^,;。]{0,14}${alternation(TARGET_VERBS, CHANGE_VERBS, PLANNED_ACTIONS)}[^,;。]{0,8}[0-9一二三四五六七八九十]`, 'd');

const isPast = (sentence: string): boolean => PAST.test(sentence.replace(NOT_PAST_RE, ''));

/** A forecast (据…预测, 预计) tells what others expect, not what the speaker's side binds itself to. */
const FORECAST = new RegExp(alternation(FORECAST_WORDS));

/** 预计/预定 right before a date schedules the speaker's own work (预计110年完工, 预定于近年完工): no forecast. */
const SCHEDULED = new RegExp(`${alternation(SCHEDULE_WORDS)}(?=[于在将到 ]{0,3}$)`);

/** …when a work to be done follows the date: 完工, 全部完成. */
const WORK_AFTER_DATE = new RegExp(`^[^,;。]{0,4}${alternation(SCHEDULED_WORKS)}`);

/** A wish addressed to others (希望你们再接再厉…) binds nobody. */
const WISH = new RegExp(`^[^,;。]{0,12}${alternation(WISH_WORDS)}`);

/** How far a clause is looked at on either side of a point, in characters: enough for a clause, bounded on a line with no marks. */
const CLAUSE_REACH = 40;

/** The start of the clause (cut at , ; :) that holds `at`, at most CLAUSE_REACH back. */
function clauseStart(sentence: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < CLAUSE_REACH && !',;:'.includes(sentence[i - 1]!)) i--;
  return i;
}

/** The clause (cut at , ; :) that holds `at`, at most CLAUSE_REACH either side. */
function clauseOf(sentence: string, at: number): string {
  let end = at;
  while (end < sentence.length && end - at < CLAUSE_REACH && !',;:'.includes(sentence[end]!)) end++;
  return sentence.slice(clauseStart(sentence, at), end);
}

/** A clause of circumstance, 在…时 (在部署今年工作时): a date inside it qualifies the work named, it sets no deadline. */
const WHEN_OPENS = /在[^,;:。]{0,12}$/;
const WHEN_CLOSES = /^[^,;:。]{0,16}?(?:的时候|之时|(?<![及同按准适临届])时(?![间期代段机效限]))/;

/** Whether the date at [from, to) of the sentence stands inside a clause 在…时. */
function inWhenClause(sentence: string, from: number, to: number): boolean {
  return WHEN_OPENS.test(sentence.slice(clauseStart(sentence, from), from)) && WHEN_CLOSES.test(sentence.slice(to));
}

/** An effect foretold after "will": 将对两个园区…起到强有力的拉动作用. */
const EFFECT = new RegExp(`^[^,;。]{0,12}?将会?(?:对|为|给)[^,;。]{0,30}${alternation(EFFECT_VERBS)}[^,;。]{0,12}${alternation(EFFECT_NOUNS)}`);

/** A speech announced in the meeting's programme after "will" (吉海书记将在会上作重要讲话), from where "will" was found. */
const PROGRAMME = new RegExp(`^[^,;。]{0,12}?将[^,;。]{0,10}${alternation(SPEECH_ACTS)}`);

/** A concession heading the marker's clause (尽管我们力求…). */
const CONCESSION = new RegExp(`^${alternation(CONCESSIVE_WORDS)}`);

/** A clause after the marker's that makes it a condition (…,工业投入是关键), from the marker on. */
const CONDITION = new RegExp(`^[^,;。]*,[^;。]*${alternation(CONDITION_WORDS)}`);

/** A belief stated at the head of a sentence (我们坚信…, 我们相信…). */
const BELIEF = new RegExp(`^[^,;。]{0,6}${alternation(BELIEF_WORDS)}`);

/** A planned action a few characters before a value: 建设保障性住房300万套. */
const PLANNED_BEFORE_VALUE = new RegExp(`${alternation(PLANNED_ACTIONS)}[^,;。]{0,8}$`);

/** How far before a value its planned action is looked for, in characters. */
const ACTION_LOOKBACK = 12;

const FORWARD = new RegExp(alternation(FORWARD_WORDS));

/** Whether a sentence looks ahead: a directive, "will", or a word of the future. */
const looksAhead = (sentence: string): boolean =>
  FORWARD.test(sentence) || DIRECTIVE.test(sentence) || SPEAKER_WILL.test(sentence) || WILL_ACT.test(sentence);
const MANNER = new RegExp(`^${alternation(MANNER_MARKERS)}$`);

/** The date a schedule word puts a work on (预定于近年完工), and where the word stands. */
function scheduleOf(text: string, s: Sentence, deadlines: readonly TimeExpression[]): { date: TimeExpression; word: TextSpan } | undefined {
  for (const date of deadlines) {
    const from = Math.max(s.start, date.start - SCHEDULE_LOOKBACK);
    const word = SCHEDULED.exec(text.slice(from, date.start));
    if (word && WORK_AFTER_DATE.test(text.slice(date.end, Math.min(s.end, date.end + SCHEDULE_LOOKBACK)))) {
      return { date, word: { start: from + word.index, end: from + word.index + word[0].length } };
    }
  }
  return undefined;
}

/** How far a schedule word and its work stand from the date, in characters. */
const SCHEDULE_LOOKBACK = 8;

/** A date heading a sentence that only describes it: 今年是…关键一年, 今后五年是…. */
const DATE_IS = /^ ?(?:将?是|为)/;

/** Words of a situation described (今年就业形势依然严峻, 发展环境…), not of work to do. */
const SITUATION = new RegExp(alternation(SITUATION_WORDS));

/**
 * Whether the sentence opens with its date and goes on with the work of that
 * time (今年重点抓好三项工作, 到2020年，…明显提高), not with a description of
 * it (今年是…关键一年, 今年就业形势依然严峻).
 */
function datedWork(text: string, s: Sentence, deadline: TimeExpression | undefined): boolean {
  return deadline !== undefined && deadline.start === s.start && !DATE_IS.test(text.slice(deadline.end, s.end)) && !SITUATION.test(text.slice(s.start, s.end));
}

/** What may stand before the date that opens a timetable's row: a row number (1、 6月:…). */
const ROW_NUMBER = /^(?:[0-9一二三四五六七八九十]{1,2}[、.)] ?)?$/;

/** An outline heading (四、全力招商; (二)…) standing on its own line, not a sentence; it may end with `?` (see section-mood). */
const HEADING = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|[0-9]+[、.]|第[一二三四五六七八九十]+[,、])[^。;!?]*\??$/;

/** How often an action is to be repeated: 每年…一次, 每两个月研究一次. */
const FREQUENCY = /每(?:[一两三四五六半]?个?(?:年|月|季度|星期|周)|天)[^,;。]{0,16}[一两三四五六七八九十0-9]+次/;

/** The speaker's side heading a sentence as its actor (市委常委会…, 县政府…). */
const SPEAKER_OPENS = new RegExp(`^[^,;:。!?]{0,2}?${alternation(SPEAKER_SIDE)}`);

/** How many sentences of a paragraph report past work, and how many sentences it has. */
export interface ParagraphTally {
  /** Sentences that report work already done. */
  past: number;
  /** All its sentences. */
  total: number;
}

/** The tally of `text` taken as one paragraph, its sentences as {@link splitSentences} cuts them. */
export function tallyParagraph(text: string, sentences: readonly Sentence[]): ParagraphTally {
  let past = 0;
  for (const s of sentences) if (isPast(text.slice(s.start, s.end))) past++;
  return { past, total: sentences.length };
}

/** For each sentence, how many sentences of its paragraph (line) report past work, and how many there are. */
function countPastByParagraph(text: string, sentences: Sentence[], past: readonly boolean[]): ParagraphTally[] {
  return sentencesByLine(text, sentences).flatMap(({ start, end }) => {
    let pastCount = 0;
    for (let i = start; i < end; i++) if (past[i]) pastCount++;
    const tally = { past: pastCount, total: end - start };
    return Array.from({ length: end - start }, () => tally);
  });
}

/**
 * How a sentence goes on a list of targets opened before it in the same
 * paragraph: `merge` when the head opened it with a colon and semicolons cut
 * its items, each with values (预期目标是:国内生产总值增长8%左右;城镇新增就业900万人以上;…
 * is one sentence); `item` when an item with values is cut from the head by
 * semicolons or, after a head with a colon, by full stops (with values or
 * not, after a head a full stop closes); else undefined.
 */
function continuesTargetList(text: string, sentences: Sentence[], index: number, found: CommitmentMention[], hasValues: boolean): 'merge' | 'item' | undefined {
  let h = found.length - 1;
  while (h > 0 && found[h]!.rule === 'target-list-item') h--;
  const head = found[h];
  if (!head || head.subtype !== 'target' || sentences[index]!.start - head.start > MAX_LIST_REACH) return undefined;
  // The head's sentence, among the few before this one.
  let first = index - 1;
  while (first >= 0 && index - first <= MAX_LIST_ITEMS && sentences[first]!.start > head.start) first--;
  if (first < 0 || sentences[first]!.start !== head.start) return undefined;
  const headSentence = sentences[first]!;
  const colonHead = text.slice(headSentence.start, headSentence.end - 1).includes(':');
  // Full stops cut the items only of a list whose head a full stop closes (目标是:地区生产总值增长3.5%左右。…).
  const stopList = colonHead && text[headSentence.end - 1] === '。';
  let semicolonsOnly = true;
  for (let i = first; i < index; i++) {
    const closing = text[sentences[i]!.end - 1];
    if (/[\n\r]/.test(text.slice(sentences[i]!.end, sentences[i + 1]!.start))) return undefined;
    if (closing === '。' && stopList) semicolonsOnly = false;
    else if (closing !== ';' && closing !== ':') return undefined;
  }
  // Numbered items (1、…; 2、…;) stand as sentences of their own.
  const numbered = LIST_NUMBER.test(text.slice(sentences[index]!.start, sentences[index]!.end));
  // A list of targets goes on with values; a clause without (进行快速查处;) is a step of its own…
  if (colonHead && semicolonsOnly && text[headSentence.end - 1] === ';' && !numbered && hasValues) return 'merge';
  // …except on a list whose head a full stop closes: each sentence of its paragraph is an item (固定资产投资…实现正增长。).
  return hasValues || stopList ? 'item' : undefined;
}

/** 其中 opening a sentence: what follows splits the values of the sentence before (其中，中央财政赤字1.4万亿元…). */
const BREAKDOWN = /^其中/;

/** Whether the sentence, with values of its own, breaks down those of the target commitment right before it on its line. */
function breaksDown(text: string, sentences: Sentence[], index: number, found: CommitmentMention[], hasValues: boolean): boolean {
  const before = found[found.length - 1];
  const previous = sentences[index - 1];
  const s = sentences[index]!;
  return hasValues && before?.subtype === 'target' && previous !== undefined && before.end === previous.end
    && !/[\n\r]/.test(text.slice(previous.end, s.start)) && BREAKDOWN.test(text.slice(s.start, s.end));
}

/** A list item's number at the head of a sentence: 1、 2. 一是 (一、 included). */
const LIST_NUMBER = /^(?:[0-9一二三四五六七八九十]{1,2}[、.]|[一二三四五六七八九十]是)/;

/** How many items back a target list's head may stand. */
const MAX_LIST_ITEMS = 12;

/** How far back a target list's head may start, in characters (a page's long line is read with 400 characters before each chunk). */
const MAX_LIST_REACH = 300;

/** What a text that is a piece of a longer one needs to know of the rest. */
export interface CommitmentContext {
  /** When the text is a piece of one longer paragraph, that whole paragraph's tally, read instead of the text's own. */
  paragraph?: ParagraphTally;
  /** The mood of the report's section where the text starts. */
  sectionMood?: SectionMood;
}

/**
 * Decides which sentences are commitments, and of which subtype, in the
 * context the text stands in (see `CommitmentContext`).
 */
export function findCommitments(
  text: string,
  sentences: Sentence[],
  indicators: IndicatorMention[],
  veto: Vetoes = ignoreVetoes,
  context: CommitmentContext = {},
): CommitmentMention[] {
  const { paragraph, sectionMood } = context;
  const commitments: CommitmentMention[] = [];
  const past = sentences.map((s) => isPast(text.slice(s.start, s.end)));
  const pastInParagraph = paragraph ? sentences.map(() => paragraph) : countPastByParagraph(text, sentences, past);
  const moods = sectionMoods(text, sentences, sectionMood);
  let k = 0;
  for (const [index, s] of sentences.entries()) {
    while (k < indicators.length && indicators[k]!.start < s.start) k++;
    const inside: number[] = [];
    for (let j = k; j < indicators.length && indicators[j]!.end <= s.end; j++) inside.push(j);
    const sentence = text.slice(s.start, s.end);
    const mood = moods[index];
    const list = continuesTargetList(text, sentences, index, commitments, inside.length > 0);
    if (list === 'merge') {
      const head = commitments[commitments.length - 1]!;
      head.end = s.end;
      head.indicators.push(...inside);
      continue;
    }
    const marked = STRONG_MARKER.exec(sentence);
    const strong = marked && !HELPED.test(sentence.slice(Math.max(0, marked.index - HELPER_LOOKBACK), marked.index)) ? marked : null;
    const actWill = strong ? null : WILL_ACT.exec(sentence);
    const will = strong ? null : SPEAKER_WILL.exec(sentence) ?? (actWill && !OTHER_BODY.test(sentence.slice(0, actWill.index)) ? actWill : null);
    const bound = strong ?? will;
    // An account of work done, even with a marker — unless the past is only the lead-in
    // to a pledge (在认真学习了…后, 我们…确保…; 业于102年底完工, 将作为…).
    const vetoed = (rule: string): true => (veto(rule, s.start, s.end), true);
    if ((bound ? isPast(sentence.slice(clauseStart(sentence, bound.index))) : past[index]) && vetoed('past-account')) continue;
    // 将对…起到…作用: what a measure will bring about, not what anyone binds itself to do.
    if (will && !strong && EFFECT.test(sentence.slice(will.index)) && vetoed('effect')) continue;
    if (will && !strong && PROGRAMME.test(sentence.slice(will.index)) && vetoed('meeting-programme')) continue;
    if (bound && CONCESSION.test(sentence.slice(clauseStart(sentence, bound.index), bound.index)) && vetoed('concession')) continue;
    if (strong && CONDITION.test(sentence.slice(strong.index)) && vetoed('condition')) continue;
    if (WISH.test(sentence) && vetoed('wish')) continue;
    // A belief (我们坚信…一定能够实现) foretells; it binds nobody.
    if (BELIEF.test(sentence) && vetoed('belief')) continue;
    // A heading of the work ahead (（一）…, 全力打好三大攻坚战) announces it; elsewhere a heading is a title.
    if (mood !== 'plan' && HEADING.test(sentence) && vetoed('heading')) continue;

    // A date in a clause of work done (业于102年底完工, 将作为…) is no deadline.
    const deadlines = findDeadlines(text, s.start, s.end).filter((d) => !isPast(clauseOf(sentence, d.start - s.start)) && !inWhenClause(sentence, d.start - s.start, d.end - s.start));
    const scheduled = scheduleOf(text, s, deadlines);
    // The date a schedule or a timetable's row gives is the deadline, not an earlier date of the sentence.
    const deadline = scheduled?.date ?? deadlines[0];
    if (FORECAST.test(sentence) && !strong && !scheduled && !will && vetoed('forecast')) continue;
    // In a paragraph that recounts past work, sentences without 了 recount it too — unless the speaker's side says it will act.
    const paragraph = pastInParagraph[index]!;
    const narrative = paragraph.past * 3 >= paragraph.total && paragraph.past >= 1;

    const targets = inside.filter((j) => readsAsTarget(text, s.start, indicators[j]!));
    const planned = inside.some((j) => {
      const m = indicators[j]!;
      // A stated change (增长6.5%左右) under the year's tasks is a planned one.
      return m.subtype !== 'rank' && (m.change !== undefined || PLANNED_BEFORE_VALUE.test(text.slice(Math.max(s.start, m.start - ACTION_LOOKBACK), m.start)));
    });
    const directive = strong || will ? null : DIRECTIVE.exec(sentence);
    // 省委明确要求…都要…: another body's demand, relayed.
    const relayed = directive !== null && RELAYED_DEMAND.test(sentence.slice(0, directive.index));
    // A change to reach (增长3.5%左右) quantifies as much as a value after 达到.
    const changes = inside.some((j) => indicators[j]!.subtype !== 'rank' && indicators[j]!.change !== undefined);
    const targetPhrase = targets.length > 0 ? TARGET_PHRASES.exec(sentence) : inside.length > 0 ? CAUSED_RESULT.exec(sentence) : null;
    const quantified = deadline !== undefined || targets.length > 0 || changes || FREQUENCY.test(sentence);
    // A time frame that opens the sentence scopes the tasks that follow it (2021年,加强…; 今年重点抓好…).
    const framed = datedWork(text, s, deadline);
    const row = deadline && ROW_NUMBER.test(text.slice(s.start, deadline.start)) && /^ ?:./.test(text.slice(deadline.end, s.end));
    const at = (offset: number, length: number): TextSpan => ({ start: s.start + offset, end: s.start + offset + length });

    // …unless the speaker's side binds itself with a word of the future or 将 before a verb of action
    // (未来将继续, 一定要管好, 将规划为, 质监部门将全力支持).
    if (narrative && !deadline && !(bound && (FORWARD.test(sentence) || WILL_ACT.test(sentence))) && vetoed('past-narrative')) continue;
    // Under a review of the past year, 坚决落实… tells how the work was done.
    if (mood === 'review' && strong && MANNER.test(strong[0]) && !looksAhead(sentence) && vetoed('review-manner')) continue;
    const listItem = list === 'item' || breaksDown(text, sentences, index, commitments, inside.length > 0);
    let marker: TextSpan | undefined;
    let rule: string;
    if (strong) [marker, rule] = [at(strong.index, strong[0].length), 'strong-marker'];
    else if (will) {
      const word = will.indices?.[2] ? at(will.indices[2][0], will[2]!.length) : at(will.index, 1);
      [marker, rule] = [word, will[2] && DECISION.test(will[2]) ? 'speaker-decision' : 'speaker-will'];
    }
    else if (row) [marker, rule] = [deadline, 'timetable-row']; // 105 年 4 月:工程决标及开工
    else if (scheduled) [marker, rule] = [scheduled.word, 'scheduled'];
    else if (directive && quantified && !relayed) [marker, rule] = [at(directive.index, directive[0].length), 'directive-with-target'];
    // 市委常委会每两个月研究一次: the speaker's side sets itself a standing schedule.
    else if (FREQUENCY.test(sentence) && SPEAKER_OPENS.test(sentence)) [marker, rule] = [undefined, 'speaker-schedule'];
    else if (listItem) [marker, rule] = [commitments[commitments.length - 1]!.marker, 'target-list-item'];
    else if (targetPhrase) {
      const [from, to] = targetPhrase.indices![1] ?? targetPhrase.indices![0]!;
      [marker, rule] = [at(from, to - from), 'target-phrase'];
    } else if (deadline && FUTURE_DEADLINE.test(deadline.text) && targets.length > 0) [marker, rule] = [deadline, 'dated-target']; // 年内建成5G基站1200个
    // Under the year's tasks, a value to reach or a planned quantity is the plan's: 建设保障性住房300万套.
    // (A paragraph that reports any work done is an account, even under a plan's heading.)
    else if (mood === 'plan' && paragraph.past === 0 && (targets.length > 0 || planned || framed) && !isPartHeading(text, s)) [marker, rule] = [undefined, 'plan-section'];
    else {
      // A plain directive is too common to highlight without a target or a deadline.
      if (directive) vetoed(relayed ? 'relayed-demand' : 'plain-directive');
      continue;
    }

    // Under a review of the past year, values and dates without a marker are results.
    if (mood === 'review' && !strong && !will && !looksAhead(sentence) && vetoed('review-section')) continue;

    commitments.push({
      start: s.start,
      end: s.end,
      subtype: quantified || listItem || rule === 'plan-section' || rule === 'target-phrase' ? 'target' : 'pledge',
      rule,
      marker,
      deadline,
      indicators: inside,
    });
  }
  return commitments;
}
