/**
 * "Will": 将 and 会 when they announce the speaker's side's own action,
 * not the object marker 将 (将A作为B), a prediction (必将, 会更加美好) or a
 * noun in 会 (社会, 会议). Simplified characters.
 */
import type { GuardedWord, WordList } from './build';

/** Nouns ending in 会: 会 right after the character before it in these is no "will" (社会, 机会, 委员会). */
export const NOUNS_ENDING_IN_HUI: WordList = [
  '社会', '机会', '大会', '协会', '学会', '体会', '理会', '都会', '开会', '领会', '工会', '商会', '例会', '年会', '晚会',
  '省会', '宴会', '约会', '聚会', '全会', '委员会', '集会', '议会', '峰会', '世博会', '盛会', '奥运会', '展会', '庙会',
  '赛会', '宣讲会', '班会', '照会', '广交会', '调研会', '总会', '茶会', '舞会', '酒会', '常会', '董事会', '讲座会', '常委会',
];

/** Nouns and verbs that begin with 会: 会 before their second character is no "will" (会议, 会见, 会计). */
export const WORDS_STARTING_WITH_HUI: WordList = [
  '会议', '会上', '会同', '会商', '会计', '会员', '会展', '会长', '会场', '会后', '会前', '会期', '会务', '会签', '会战',
  '会谈', '会见', '会晤',
  // 会是, 会有: what will be, not what the speaker's side will do.
  '会是', '会有',
];

/**
 * Verbs that hold a meeting (召开项目会审会, 举行座谈会): a 会 a few characters
 * after one of them ends the meeting's name, it is no "will".
 */
export const MEETING_VERBS: WordList = ['召开', '举行', '举办', '参加', '出席', '主持'];

/** Before 将, characters that make it a prediction (必将, 即将, 势将, 终将). */
export const PREDICTIVE_BEFORE_JIANG: WordList = ['必', '即', '势', '终'];

/**
 * After 将, adverbs and verbs of action that make it "will" (市里将召开…,
 * 我局将认真…, 将另案检讨), not the object marker of 将A作为B.
 */
export const ACTIONS_AFTER_JIANG: WordList = [
  '认真', '继续', '进一步', '全力', '积极', '加快', '加大', '大力', '着力', '重点', '严格', '坚决', '切实', '不断', '逐步',
  '力争', '努力', '围绕', '在', '于', '对', '把', '予以', '召开', '举办', '组织', '开展', '启动', '实施', '推出', '出台',
  '设立', '建立', '投入', '安排', '采取', '持续', '推动', '落实', '完善', '检讨', '研究', '提供', '成立', '拨款', '预留',
  '兴建', '提升', '加强', '优化', '扩大', '协助', '支持', '全面', '陆续', '尽快',
  // In plans: 将以…为主, 将另案检讨, 将视需要, 将依…, 将援引, 将由本府管理, 将规划为, 将发展为.
  { word: '以', usage: ['zh-TW'] }, { word: '另案', usage: ['zh-TW'] }, { word: '视', usage: ['zh-TW'] },
  { word: '依', usage: ['zh-TW'] }, { word: '援引', usage: ['zh-TW'] }, { word: '由', usage: ['zh-TW'] },
  // 将作为 (will serve as), with nothing between: 将A作为B puts an object between.
  '作为', '规划', '发展为', '联系', '配合', '编列', '办理', '推行', '引入', '改善', '增设', '设置', '新增',
  // Money put to a use: 6亿元的80%将投在开发区, 将用于园区建设.
  '投在', '投向', '用于',
];

/**
 * Verbs by which the speaker's side announces what it has decided to do
 * (市委、市政府决定实行三条措施): the decision is taken, the work lies ahead.
 * Not the noun (…的决定, 作出决定, 决定书) nor "to determine" (决定性, 决定了…的方向).
 */
export const DECISION_VERBS: readonly GuardedWord[] = [
  { word: '决定', notAfter: ['的', '作出', '做出', '所'], notBefore: ['性', '了', '的', '书', '因素', '作用'] },
];

/** What a meeting's programme announces after "will" (书记将在会上作重要讲话): a speech at the meeting, no work pledged. */
export const SPEECH_ACTS: WordList = ['讲话', '发言', '致辞', '作报告', '做报告'];
