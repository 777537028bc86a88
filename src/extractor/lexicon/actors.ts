/**
 * Who acts: the speaker's side (the government that reports, its
 * departments and bureaus) and the other bodies whose plans a report only
 * relays. Simplified characters, as in the normalised text.
 */
import type { GuardedWord, WordList } from './build';

/** The speaker and the speaker's government, as reports name them. */
export const SPEAKER_SIDE: WordList = [
  '我们', '我', '咱们', '市里', '县里', '区里', '镇里', '乡里', '政府', '市委', '县委', '区委', '党委', '管委会',
  '我市', '我县', '我区', '我局', '局里', '公司',
  { word: '当局', usage: ['zh-HK'] },
  { word: '特区政府', usage: ['zh-HK'] },
  { word: '行政院', usage: ['zh-TW'] },
  { word: '市府', usage: ['zh-TW'] },
  { word: '县府', usage: ['zh-TW'] },
  { word: '本府', usage: ['zh-TW'] },
  { word: '本市', usage: ['zh-TW', 'zh-HK'] },
  { word: '本县', usage: ['zh-TW'] },
  { word: '本局', usage: ['zh-TW', 'zh-HK'] },
  { word: '本计画', usage: ['zh-TW'] },
  { word: '本计划' },
];

/**
 * The last character of a department's or bureau's name (教育局, 运输及物流局,
 * 民政事务总署, 社会局, 工务处): an office of the speaker's government. The
 * guards keep out words that only end the same way (格局, 到处, 大厅).
 */
export const OFFICE_ENDINGS: readonly GuardedWord[] = [
  { word: '局', notAfter: ['格', '结', '布', '大', '全', '开', '时', '变', '棋', '僵', '骗', '饭', '书', '邮', '当'] },
  { word: '署', notAfter: ['部', '签', '公'] },
  { word: '处', notAfter: ['好', '到', '之', '益', '难', '各', '长', '短', '用', '此', '相', '出', '深', '远', '近', '随', '坏', '四', '住', '何', '一'] },
  { word: '厅', notAfter: ['大', '客', '餐', '舞', '展', '歌'] },
  { word: '部门' },
];

/** Bodies other than the speaker's side whose schedules are reported, not pledged (省里将于下月召开…). */
export const OTHER_BODIES: WordList = ['省里', '省委', '省政府', '中央', '国务院', '国家', '上级', '上面'];

/** Verbs by which a report relays another body's demand (省委明确要求…, 中央强调要…): the directive that follows is that body's, not the speaker's pledge. */
export const RELAYING_VERBS: WordList = ['要求', '强调', '指出', '提出'];
