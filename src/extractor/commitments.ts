import { ignoreVetoes, type Vetoes } from './explain';
import { findDeadlines, type TimeExpression } from './time-expressions';
import type { IndicatorMention } from './indicators';
import { readsAsTarget } from './indicator-status';
import type { Sentence } from './sentences';
import type { CommitmentSubtype } from './types';

/** A commitment found in the normalised text; offsets index that text. See `CommitmentItem` for the fields. */
export interface CommitmentMention {
  /** Span of the sentence. */
  start: number;
  end: number;
  subtype: CommitmentSubtype;
  /** The name of the rule that made it a commitment. */
  rule: string;
  /** The word (or target phrase) that makes the sentence a commitment. */
  marker?: string;
  /** The first deadline stated in the sentence. */
  deadline?: TimeExpression;
  /** Indices into the indicator list of the indicators inside the sentence. */
  indicators: number[];
}

/** Before 确保/保证, words that make it a purpose, a question or a condition (为了确保, 如何保证, 在确保…的前提下). */
const NOT_BOUND = '(?<!对于|如何|能否|能不能|无法|为了|为|以|是否|停留在|在|是|负责)';

/**
 * Words that bind the speaker's side to a result or an action. Nouns that
 * share their characters are kept out by the lookahead (保证金, 计划书...).
 */
const STRONG_MARKER = new RegExp(
  [
    `${NOT_BOUND}确保(?!了)`, '力争',
    // 争取 as a noun: 通过争取和引进, 指标争取等问题, 争取国债支持更加困难.
    // …and when others are helped to strive (帮助企业争取…), the pledge is theirs, not the speaker's.
    '(?<!通过|指标|的)(?<!(?:帮助|支持|鼓励|引导|协助)[^,;。]{0,6})争取(?!到|了|和|等|与|、|工作|国债支持)', '务必', '务求',
    // 一定 as "certain" (一定的成效, 有一定基础) is no pledge.
    '(?<!有|在|具有|取得|形成|占|达到|了|到)一定(?!的|程度|时期|规模|基础|数量|比例|作用|影响|范围|成绩|成效|困难|难度|差距|距离|条件|期限|时间|量)',
    '坚决(?!了|的)', '决心(?=在|要|把|以|将|做|确保|实现|完成)', '全力(?!以赴了)', '努力(?:实现|完成|做到|争取|打造|建成)', '下决心', '决不', '绝不',
    // 保证 as a noun (有力保证, 人才保证, 保证金) is no pledge.
    `${NOT_BOUND}(?<!的|有力|提供|作为|组织|人才|坚强|质量|计量|重要|根本|政治|纪律|制度)保证(?!金|书|人|期|措施|体系|了)`, '计划(?=在|于|到|今年|明年|用|投资|完成|实现|新增|建设|开工|引进|聘请|安排|举办|召开|开展|实施|投入|建成|新建|改造|组织|争取)',
    '目标(?:是|为)(?=[^,;。]{0,30}[0-9一二三四五六七八九十])', '誓(?:要|把|将)',
    '拟(?=安排|分|建设|新建|投资|实施|开工|举办|召开|出台|推出|设立|建立|投入|发行|新增)',
  ].join('|'),
);

/**
 * "Will" with the speaker's side as the actor: 我们将…, 市里10月份将…,
 * 政府會… — the actor a few characters before 将/会.
 */
const SPEAKER_WILL = /(我们|我|咱们|市里|县里|区里|镇里|乡里|政府|行政院|市府|县府|本府|当局|市委|县委|区委|党委|管委会|我市|我县|我区|我局|局里|公司)[^,;:。!?]{0,8}?(将|(?<![社机大协学体理都开领工商例年晚省宴约聚全委集议峰博盛运展庙赛讲班照交研座汇总茶舞酒常董员事])会)(?!议|上|同|商|计|员|展|长|场|后|前|期|务|签|战|谈|见|晤|是|有)/;

/** 将 followed by an adverb or verb of action is "will" (市里将召开…, 我局将认真…), not the object marker of 将A作为B. */
const WILL_ACT = /(?<!必|即|势|终)将(?=认真|继续|进一步|全力|积极|加快|加大|大力|着力|重点|严格|坚决|切实|不断|逐步|力争|努力|围绕|在|于|对|把|予以|召开|举办|组织|开展|启动|实施|推出|出台|设立|建立|投入|安排|采取|持续|推动|落实|完善|检讨|研究|提供|成立|拨款|预留|兴建|提升|加强|优化|扩大|协助|支持|全面|陆续|尽快)/;

/** Plain directives: commitments only with a deadline or a target value. */
const DIRECTIVE = /(?<!主|重|需|纲|摘|只|不|提|首|必|紧|险|想|将|概|扼|简|撮)要(?!求|素|点|害|件|闻|员|领|是|么|不|义|务|冲|道|塞|案|职|旨|诀|目)|必须|应当|务须|须(?!知)|需要(?!的)/;

/** Signs that a sentence reports work already done (了 as a verb suffix, 已). */
const PAST = /了(?!解|不起|却|如指掌|结|断)|已经?(?!往|知|[^,;。]{0,4}的)|曾经/;
const NOT_PAST = /为了|除了|不了|少不了|罢了|忘不了|免不了|离不了/g;

/** Bodies other than the speaker's side whose schedules are reported, not pledged (省里将于下月召开…). */
const OTHER_BODY = /(省里|省委|省政府|中央|国务院|国家|上级|上面)[^,;:。!?]{0,8}$/;

/** Deadlines that can only lie ahead (年内, 年底前, 到2025年), unlike 今年 or 5月份, which also date past work. */
const FUTURE_DEADLINE = /年内|底前|末前|以前|[^年]前$|^到|^至|明年|后年|今后|未来|内$|期间$|会议后/;

/** Phrases that make a sentence a list of targets even without a marker word. */
const TARGET_PHRASES = /年均增长|(增长|提高|增加|达到|新增|净增)[^,;。]{0,12}以上|经过[^,;。]{0,4}[0-9一二三四五六七八九十两几][^,;。]{0,4}年[^,;。]{0,3}努力|到(?:19|20)[0-9x]{2}年|由[^,;。]{1,12}(?:增加|提高|提升|扩大|减少|降低)到|不少于|不低于/;

const isPast = (sentence: string): boolean => PAST.test(sentence.replace(NOT_PAST, ''));

/** A forecast (据…预测, 预计) tells what others expect, not what the speaker's side binds itself to. */
const FORECAST = /预测|预计|估计|预期将|有望/;

/** A wish addressed to others (希望你们再接再厉…) binds nobody. */
const WISH = /^[^,;。]{0,12}(希望|祝愿|预祝)/;

/** An outline heading (四、全力招商; (二)…) standing on its own line, not a sentence. */
const HEADING = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|[0-9]+[、.]|第[一二三四五六七八九十]+[,、])[^。;!?]*$/;

/** How often an action is to be repeated: 每年…一次, 每两个月研究一次. */
const FREQUENCY = /每(?:[一两三四五六半]?个?(?:年|月|季度|星期|周)|天)[^,;。]{0,16}[一两三四五六七八九十0-9]+次/;

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
  const result: ParagraphTally[] = [];
  let first = 0;
  while (first < sentences.length) {
    let last = first;
    while (last + 1 < sentences.length && !/[\n\r]/.test(text.slice(sentences[last]!.end, sentences[last + 1]!.start))) last++;
    let pastCount = 0;
    for (let i = first; i <= last; i++) if (past[i]) pastCount++;
    for (let i = first; i <= last; i++) result.push({ past: pastCount, total: last - first + 1 });
    first = last + 1;
  }
  return result;
}

/**
 * A list of targets cut by semicolons goes on after its head: in 预期目标是:国内生产总值增长5%左右;
 * 城镇新增就业1200万人以上;…, every item with a value is a target of the same sentence's marker.
 */
function continuesTargetList(text: string, sentences: Sentence[], index: number, found: CommitmentMention[], hasValues: boolean): boolean {
  const last = found[found.length - 1];
  if (!hasValues || !last || last.subtype !== 'target') return false;
  // Walk back over the list's items (each closed by ; or :) in the same paragraph to its head.
  for (let i = index - 1; i >= 0 && index - i <= MAX_LIST_ITEMS; i--) {
    const item = sentences[i]!;
    const closing = text[item.end - 1];
    if ((closing !== ';' && closing !== ':') || /[\n\r]/.test(text.slice(item.end, sentences[i + 1]!.start))) return false;
    if (item.start === last.start) return true;
  }
  return false;
}

/** How many items back a target list's head may stand. */
const MAX_LIST_ITEMS = 12;

/**
 * Decides which sentences are commitments, and of which subtype. `paragraph`,
 * when the text is a piece of one longer paragraph, is that whole paragraph's
 * tally, read instead of the text's own.
 */
export function findCommitments(
  text: string,
  sentences: Sentence[],
  indicators: IndicatorMention[],
  veto: Vetoes = ignoreVetoes,
  paragraph?: ParagraphTally,
): CommitmentMention[] {
  const commitments: CommitmentMention[] = [];
  const past = sentences.map((s) => isPast(text.slice(s.start, s.end)));
  const pastInParagraph = paragraph ? sentences.map(() => paragraph) : countPastByParagraph(text, sentences, past);
  let k = 0;
  for (const [index, s] of sentences.entries()) {
    while (k < indicators.length && indicators[k]!.start < s.start) k++;
    const inside: number[] = [];
    for (let j = k; j < indicators.length && indicators[j]!.end <= s.end; j++) inside.push(j);
    const sentence = text.slice(s.start, s.end);
    const strong = STRONG_MARKER.exec(sentence);
    // An account of work done, even with a marker — unless the past is only the lead-in
    // to a pledge (在认真学习了…后, 我们…确保…).
    const vetoed = (rule: string): true => (veto(rule, s.start, s.end), true);
    if ((strong ? isPast(sentence.slice(strong.index)) : past[index]) && vetoed('past-account')) continue;
    if (WISH.test(sentence) && vetoed('wish')) continue;
    if (HEADING.test(sentence) && vetoed('heading')) continue;
    if (FORECAST.test(sentence) && !strong && vetoed('forecast')) continue;
    // In a paragraph that recounts past work, sentences without 了 recount it too.
    const paragraph = pastInParagraph[index]!;
    const narrative = paragraph.past * 3 >= paragraph.total && paragraph.past >= 1;

    const deadline = findDeadlines(text, s.start, s.end)[0];
    const targets = inside.filter((j) => readsAsTarget(text, s.start, indicators[j]!));
    const actWill = WILL_ACT.exec(sentence);
    const will = strong ? null : SPEAKER_WILL.exec(sentence) ?? (actWill && !OTHER_BODY.test(sentence.slice(0, actWill.index)) ? actWill : null);
    const directive = strong || will ? null : DIRECTIVE.exec(sentence);
    const targetPhrase = TARGET_PHRASES.exec(sentence);
    const quantified = deadline !== undefined || targets.length > 0 || FREQUENCY.test(sentence);

    if (narrative && !deadline && vetoed('past-narrative')) continue;
    const listItem = continuesTargetList(text, sentences, index, commitments, inside.length > 0);
    let marker: string | undefined;
    let rule: string;
    if (strong) [marker, rule] = [strong[0], 'strong-marker'];
    else if (will) [marker, rule] = [will[2] ?? will[0], 'speaker-will'];
    else if (directive && quantified) [marker, rule] = [directive[0], 'directive-with-target'];
    else if (listItem) [marker, rule] = [commitments[commitments.length - 1]!.marker, 'target-list-item'];
    else if (targetPhrase && targets.length > 0) [marker, rule] = [targetPhrase[1] ?? targetPhrase[0], 'target-phrase'];
    else if (deadline && FUTURE_DEADLINE.test(deadline.text) && targets.length > 0) [marker, rule] = [deadline.text, 'dated-target']; // 年内建成5G基站1200个
    else {
      if (directive) vetoed('plain-directive'); // too common to highlight without a target or a deadline
      continue;
    }

    commitments.push({
      start: s.start,
      end: s.end,
      subtype: quantified || listItem ? 'target' : 'pledge',
      rule,
      marker,
      deadline,
      indicators: inside,
    });
  }
  return commitments;
}
