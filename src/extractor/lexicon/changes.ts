/**
 * Words of change: verbs with their direction, the bases a change is
 * measured against, and the words that link a verb to its amount.
 */
import type { Entry } from './build';

/** Which way a change goes. */
export type Direction = 'up' | 'down';

/** A verb of change and its direction. */
export interface ChangeVerb extends Entry {
  /** `up` for 增长/提高, `down` for 下降/减少. */
  direction: Direction;
}

/** Verbs of change (增长12.4%, 下降0.3个百分点). */
export const CHANGE_VERBS: readonly ChangeVerb[] = [
  { word: '增长', direction: 'up' }, { word: '增加', direction: 'up' }, { word: '提高', direction: 'up' }, { word: '提升', direction: 'up' },
  { word: '上升', direction: 'up' }, { word: '上涨', direction: 'up' }, { word: '扩大', direction: 'up' }, { word: '回升', direction: 'up' },
  { word: '增', direction: 'up' }, { word: '涨', direction: 'up' }, { word: '翻', direction: 'up' },
  { word: '下降', direction: 'down' }, { word: '减少', direction: 'down' }, { word: '降低', direction: 'down' }, { word: '回落', direction: 'down' },
  { word: '下滑', direction: 'down' }, { word: '缩小', direction: 'down' }, { word: '减', direction: 'down' }, { word: '降', direction: 'down' },
  { word: '成长', direction: 'up', usage: ['zh-TW', 'zh-HK'] }, { word: '攀升', direction: 'up' },
  { word: '下跌', direction: 'down', usage: ['zh-TW', 'zh-HK'] }, { word: '跌', direction: 'down', usage: ['zh-TW', 'zh-HK'] },
  { word: '上调', direction: 'up' }, { word: '下调', direction: 'down' }, { word: '调高', direction: 'up' }, { word: '调低', direction: 'down' },
];

/** Verbs that hold a level rather than change it (保持在6.5%); stripped from a metric's name like the verbs of change. */
export const HOLD_VERBS: readonly string[] = ['保持', '稳定在', '保持在', '控制在'];

/** Characters before a one-character verb that make it part of another word: 新增, 净增, 递减. */
export const NOT_CHANGE_BEFORE: readonly string[] = ['新', '净', '递', '倍', '激', '猛', '剧', '骤'];

/**
 * Words between a change verb and its amount: 增长了, 提高为. Not 到/至: 提高到3.5% names
 * the level reached, not the size of the change.
 */
export const CHANGE_LINKS: readonly string[] = ['了', '达', '达到', '近', '约', '超过', '逾'];

/** What a change is measured against, written before its verb: 同比, 比上年同期. */
export const COMPARISON_BASES: readonly (string | Entry)[] = [
  '同比', '环比', '比上年同期', '比去年同期', '比上年', '比去年', '与去年同期相比', '与上年同期相比', '比上半年', '比年初', '较上年', '较去年',
  { word: '按年', usage: ['zh-HK'] }, { word: '较去年同期', usage: ['zh-TW', 'zh-HK'] }, { word: '较上年同期', usage: ['zh-TW'] },
  { word: '较上年度', usage: ['zh-TW'] }, { word: '较去年度', usage: ['zh-TW'] }, { word: '与上年度相比', usage: ['zh-TW'] },
];
