/**
 * The mood of a sentence: an account of work already done, a forecast, a
 * wish — none of them binds the speaker's side. Simplified characters.
 */
import type { GuardedWord, WordList } from './build';

/** Aspect words that mark work already done: 了 as a verb suffix, 已, 曾经, honours received. */
export const PAST_MARKERS: readonly GuardedWord[] = [
  { word: '了', notBefore: ['解', '不起', '却', '如指掌', '结', '断'] },
  { word: '曾经' },
  // Honours received: 被评为, 荣获 (a report's record of the year).
  { word: '被评为' }, { word: '被表彰' }, { word: '被授予' }, { word: '荣获' },
];

/** 已 and 已经: work done, unless they describe a noun (已有的设施) or mean "known" (已知, 已往). */
export const PERFECT_MARKERS: readonly GuardedWord[] = [
  { word: '已经', notBefore: ['往', '知'] },
  { word: '已', notBefore: ['往', '知'] },
  // Taiwan's written 业已/业于 (業已完成, 業於102年底完工): already.
  { word: '业已', usage: ['zh-TW'] },
  { word: '业于', usage: ['zh-TW'] },
];

/**
 * Words with 了 or 已 that say nothing of work done: 为了, 除了, 少不了, and
 * 已经决定 (a decision taken, its work still ahead).
 */
export const NOT_PAST: WordList = ['为了', '除了', '不了', '少不了', '罢了', '忘不了', '免不了', '离不了', '已经决定', '已决定'];

/** A forecast tells what others expect, not what the speaker's side binds itself to (据…预测, 预计, 有望). */
export const FORECAST_WORDS: WordList = ['预测', '预计', '估计', '预期将', '有望'];

/**
 * Planning words that, followed by a date, schedule the speaker's own work
 * (预计110年完工, 预定于近年完工) rather than forecast.
 */
export const SCHEDULE_WORDS: WordList = ['预计', { word: '预定', usage: ['zh-TW'] }];

/**
 * The works a schedule dates (预计110年完工通车, 预计年底前全部完成); after a
 * date without one of them, 预计 forecasts a quantity (预计今年经济成长率可达3.5%).
 */
export const SCHEDULED_WORKS: WordList = [
  '完工', '完成', '开工', '动工', '竣工', '通车', '启用', '建成', '推出', '实施', '上路', '开放', '营运', '启动', '办理',
  '发包', '决标', '招标', '动土', '落成', '开幕', '开通', '投产', '交付',
];

/** Words that open a belief about what will come (我们坚信…一定能够实现), which binds nobody. */
export const BELIEF_WORDS: WordList = ['相信', '坚信', '深信', '确信'];

/** Verbs and nouns of an effect foretold (将对…起到…作用, 将为…带来…影响): what a measure brings about, binding nobody. */
export const EFFECT_VERBS: WordList = ['起到', '产生', '发挥', '带来'];
export const EFFECT_NOUNS: WordList = ['作用', '影响', '效果', '效应', '效益'];

/** Words that open a wish addressed to others (希望你们再接再厉…), which binds nobody. */
export const WISH_WORDS: WordList = ['希望', '祝愿', '预祝'];

/**
 * Words that look ahead besides directives (要) and "will" (将, 会): with one
 * of them, a sentence in a review of the past year still binds (今后…, 决不…).
 * Without, 坚决/全力 there tell how the work was done (坚决贯彻落实…).
 */
export const FORWARD_WORDS: WordList = ['必须', '一定', '今后', '未来', '下一步', '下步', '明年', '决不', '绝不'];

/** Strong markers that are also adverbs of manner (全力推进, 坚决落实), read as pledges only when the sentence looks ahead. */
export const MANNER_MARKERS: WordList = ['坚决', '全力', '努力做到'];

/**
 * Words of a situation described at the head of the year's tasks (今年就业形势依然严峻,
 * 今年发展环境虽然有可能好于去年): a sentence with them describes the year, it sets no work.
 */
export const SITUATION_WORDS: WordList = ['形势', '环境', '面临'];

/** Words that concede at the head of a clause (尽管我们力求…,但…): what the clause pledges is set against what follows. */
export const CONCESSIVE_WORDS: WordList = ['尽管', '虽然'];

/**
 * Words that make what came before a condition (要确保…,工业投入是关键; 要保证…,离不开…):
 * the sentence says what a result needs, it pledges nothing.
 */
export const CONDITION_WORDS: WordList = ['是关键', '关键是', '关键在于', '离不开', '是前提', '前提是', '取决于'];
