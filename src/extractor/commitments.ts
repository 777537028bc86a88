import { findDeadlines, type TimeExpression } from './time-expressions';
import type { IndicatorMention } from './indicators';
import type { Sentence } from './sentences';
import type { CommitmentSubtype } from './types';

/** A commitment found in the normalised text. */
export interface CommitmentMention {
  start: number;
  end: number;
  subtype: CommitmentSubtype;
  marker?: string;
  deadline?: TimeExpression;
  /** Indices into the indicator list of the indicators inside the sentence. */
  indicators: number[];
}

/** Words that bind the speaker's side to a result or an action. */
const STRONG_MARKERS = [
  '确保', '力争', '争取', '保证', '决心', '务必', '一定要', '一定会', '一定能', '一定把', '计划', '目标是', '目标为',
  '承诺', '努力实现', '努力完成', '努力做到', '全力', '坚决', '力促', '力求', '誓', '全面完成', '下决心', '确定',
];

/** Plain directives: a commitment only with a deadline or a target value. */
const DIRECTIVE_MARKERS = ['要', '必须', '应当', '应该', '需要', '须', '应'];

/** Words after 将 that make it the object marker (将A作为B), not "will". */
const WILL_NOT_FOLLOWED_BY = /^(其|这|此|它|他|之|所|原|各|全部|有关|相关|该|企业|项目|工作|资金|土地|问题|[0-9])/;
/** 会 as a noun (会议, 大会, 协会) or in 机会, 社会, 学会, 体会. */
const HUI_NOT = /^(议|上|同|商|计|员|展|长|场|后|前|期|务|签|战|谈)/;
const HUI_NOT_AFTER = /(社|机|大|协|学|体|理|都|开|领|工|商|例|年|晚|省|党代|常委|宴|约|聚|全|该|委|集|议|峰|博|盛|运|展|庙|赛|讲|班|照|交|研|座|汇|商|总)$/;

/** Signs that a sentence reports work already done. */
const PAST_PATTERN = /了(?!解|不起|却)|已经|已[^经]|曾经|取得|获得|圆满/;
const NOT_PAST = /为了|除了|不了|少不了|罢了/g;

/** Verbs that put a number forward as a value to reach. */
const TARGET_VERBS = /(达到|突破|新增|完成|实现|控制在|提高到|提升到|增长|增加|超过|引进|建成|培育|新建|争创|投入|降低|下降|减少|翻|力争|确保|争取|保持|每年|年均)/;

const findMarker = (text: string, from: number, to: number, markers: readonly string[]): { word: string; at: number } | undefined => {
  let best: { word: string; at: number } | undefined;
  for (const word of markers) {
    const at = text.indexOf(word, from);
    if (at >= 0 && at + word.length <= to && (!best || at < best.at)) best = { word, at };
  }
  return best;
};

/** 将 or 会 meaning "will", not 将 as object marker or 会 as meeting. */
function findWill(text: string, from: number, to: number): { word: string; at: number } | undefined {
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '将') {
      const after = text.slice(i + 1, i + 5);
      if (WILL_NOT_FOLLOWED_BY.test(after) || text[i - 1] === '即' || text[i + 1] === '来' || text[i + 1] === '近') continue;
      return { word: '将', at: i };
    }
    if (ch === '会' && !HUI_NOT.test(text.slice(i + 1, i + 3)) && !HUI_NOT_AFTER.test(text.slice(Math.max(from, i - 3), i))) {
      return { word: '会', at: i };
    }
  }
  return undefined;
}

function isPast(text: string, s: Sentence): boolean {
  const body = text.slice(s.start, s.end).replace(NOT_PAST, '');
  return PAST_PATTERN.test(body);
}

/** Decides which sentences are commitments, and of which subtype. */
export function findCommitments(text: string, sentences: Sentence[], indicators: IndicatorMention[]): CommitmentMention[] {
  const commitments: CommitmentMention[] = [];
  let k = 0;
  for (const s of sentences) {
    while (k < indicators.length && indicators[k]!.start < s.start) k++;
    const inside: number[] = [];
    for (let j = k; j < indicators.length && indicators[j]!.end <= s.end; j++) inside.push(j);

    const strong = findMarker(text, s.start, s.end, STRONG_MARKERS);
    const will = strong ? undefined : findWill(text, s.start, s.end);
    const directive = strong || will ? undefined : findMarker(text, s.start, s.end, DIRECTIVE_MARKERS);
    const marker = strong ?? will ?? directive;
    if (!marker) continue;
    const deadline = findDeadlines(text, s.start, s.end)[0];
    const targets = inside.filter((j) => {
      const m = indicators[j]!;
      return m.subtype !== 'rank' && TARGET_VERBS.test(text.slice(Math.max(s.start, m.start - 8), m.start));
    });
    const quantified = deadline !== undefined || targets.length > 0;
    if (isPast(text, s) && !deadline) continue;
    if (!strong && !will && !quantified) continue; // plain directives are too common to highlight
    commitments.push({
      start: s.start,
      end: s.end,
      subtype: quantified ? 'target' : 'pledge',
      marker: marker.word,
      deadline,
      indicators: inside,
    });
  }
  return commitments;
}
