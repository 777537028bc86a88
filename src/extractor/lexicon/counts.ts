/** Words around counts and ranks: what makes a small count a quantity, a part of the speech or a set phrase. */

/** Words after a measure word that make a count one of the speech's own parts (三点意见, 两个问题, 三个回合). */
export const SPEECH_PARTS: readonly string[] = [
  '方面', '问题', '意见', '要求', '体会', '建议', '想法', '看法', '观点', '环节', '层次', '原则', '阶段', '步骤', '部分', '重点', '回合',
];

/**
 * Measure words so general that a small count written in Chinese numerals
 * with them usually names things rather than measures them (两个园区,
 * 三条措施, 四项工作方针): such a count needs a verb of having or doing before it.
 */
export const GENERIC_MEASURE_WORDS: readonly string[] = [
  '个', '项', '条', '件', '块', '种', '次', '类', '部', '批', '轮', '对', '头', '组', '队', '片', '根', '门', '笔', '盘', '单', '宗',
];

/** Verbs of having or doing before a small count that make it a quantity: 共有三家, 设立八个, 分三批. */
export const COUNTING_VERBS: readonly string[] = [
  '有', '拥有', '成功', '共', '共有', '建成', '设立', '引进', '新增', '经过', '组织', '召开', '开展', '完成', '发生', '查处', '出台', '只有',
  '仅有', '增加', '减少', '达', '达到', '突破', '获得', '获', '荣获', '培育', '新建', '创建', '举办', '实施', '推出', '打造', '建设', '开工',
  '签约', '落户', '分', '设', '开设', '成立', '涵盖', '覆盖', '包括',
];

/** Measure words that, after a Chinese numeral, make a phase, an edition or a set phrase: 二期, 六届, 千方百计. */
export const ORDINAL_MEASURE_WORDS: readonly string[] = ['期', '届', '方'];

/** Events whose absence is a target: 零事故, 零伤亡, 零投诉. */
export const ZERO_EVENTS: readonly string[] = ['事故', '伤亡', '伤害', '死亡', '投诉', '污染', '差错', '发案', '上访', '失误', '违章', '案件'];

/** Verbs before a bare 第N that make it a position in a ranking (居全县第12位, 排名第一). */
export const RANK_VERBS: readonly string[] = [
  '居', '列', '排', '排名', '位列', '位居', '跃居', '跃升至', '升至', '名列', '排在', '处于', '位于', '获得', '获', '荣获', '夺得', '取得', '保持',
  '稳居', '进入',
];
