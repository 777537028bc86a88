/**
 * Words that make a sentence a commitment: strong markers that bind the
 * speaker's side, and the plain directives that bind only with a target or
 * a deadline. Written in simplified characters (the text is normalised first).
 */
import type { GuardedWord, WordList } from './build';

/**
 * Before 确保/保证, words that make it a purpose, a question or a condition
 * (为了确保, 如何保证, 在确保…的前提下), or the consequence of a condition
 * (只有…才能确保): what follows then is promised by nobody.
 */
const NOT_BOUND: WordList = ['对于', '如何', '能否', '能不能', '无法', '为了', '为', '以', '是否', '停留在', '在', '是', '负责', '才能', '才'];

/**
 * Strong markers: words that bind the speaker's side to a result or an
 * action. The guards keep out the nouns and readings that share their
 * characters (保证金, 一定的成效, 通过争取).
 */
export const STRONG_MARKERS: readonly GuardedWord[] = [
  { word: '确保', notAfter: NOT_BOUND, notBefore: ['了'] },
  { word: '力争' },
  { word: '力求' },
  // 争取 as a noun: 通过争取和引进, 指标争取等问题, 争取国债支持更加困难; 争取主动 "to take the initiative".
  { word: '争取', notAfter: ['通过', '指标', '的'], notBefore: ['到', '了', '和', '等', '与', '、', '工作', '国债支持', '主动'] },
  { word: '务必' },
  { word: '务求' },
  // 一定 as "certain" (一定的成效, 有一定基础) is no pledge.
  {
    word: '一定',
    // 不一定: "not necessarily".
    notAfter: ['有', '在', '具有', '取得', '形成', '占', '达到', '了', '到', '不'],
    // 一定能够, 一定能: what can be foreseen, not what is pledged — unless it is the goal (目标一定能够实现: below);
    // 一定会更加美好, 一定会越来越好: a state foretold.
    // 一定要有…感: an exhortation to a state of mind (要有危机感), not an action.
    notBefore: ['能', '会更', '会越来越', '要有', '的', '程度', '时期', '规模', '基础', '数量', '比例', '作用', '影响', '范围', '成绩', '成效', '困难', '难度', '差距', '距离', '条件', '期限', '时间', '量'],
  },
  { word: '一定', onlyBefore: ['能够实现', '能够完成', '能实现', '能完成'] },
  { word: '坚决', notBefore: ['了', '的'] },
  { word: '决心', onlyBefore: ['在', '要', '把', '以', '将', '做', '确保', '实现', '完成'] },
  { word: '全力', notBefore: ['以赴了'] },
  { word: '努力', onlyBefore: ['实现', '完成', '做到', '争取', '打造', '建成'] },
  { word: '下决心' },
  // 决不能, 绝不允许: a caution or a ban, not a pledge (决不辜负 is one); 解决不好, 拒绝不了 are other words.
  { word: '决不', notAfter: ['解', '判', '表', '否', '裁', '处', '对', '先'], notBefore: ['能', '允许', '可'] },
  { word: '绝不', notAfter: ['杜', '拒', '谢', '断', '隔', '灭'], notBefore: ['能', '允许', '可'] },
  // 承诺 as a noun: 兑现承诺, 作出承诺, 承诺兑现.
  {
    word: '承诺',
    notAfter: ['的', '对', '了', '兑现', '作出', '做出', '履行', '信守', '守'],
    notBefore: ['的', '书', '制', '了', '件', '事项', '兑现', '落实'],
  },
  // 保证 as a noun (有力保证, 人才保证, 保证金) is no pledge.
  {
    word: '保证',
    notAfter: [...NOT_BOUND, '的', '有力', '提供', '作为', '组织', '人才', '坚强', '质量', '计量', '重要', '根本', '政治', '纪律', '制度'],
    notBefore: ['金', '书', '人', '期', '措施', '体系', '了'],
  },
  {
    word: '计划',
    onlyBefore: ['在', '于', '到', '今年', '明年', '用', '投资', '完成', '实现', '新增', '建设', '开工', '引进', '聘请', '安排', '举办', '召开', '开展', '实施', '投入', '建成', '新建', '改造', '组织', '争取'],
  },
  { word: '誓', onlyBefore: ['要', '把', '将'] },
  // 拟 as "to plan to" (拟安排, 擬結合); 草拟, 模拟, 虚拟, 拟定 are other words.
  { word: '拟', notAfter: ['草', '模', '虚', '比'], notBefore: ['定', '订', '稿', '人', '合', '态', '议'] },
];

/** Those who help others strive (帮助企业争取…) make the pledge the others', not the speaker's: words looked for a few characters before 争取. */
export const HELPERS: WordList = ['帮助', '支持', '鼓励', '引导', '协助'];

/** Verbs of the speech itself (这里要着重说明, 需要指出的是): after 要 they explain the report, they direct no work. */
const DISCOURSE_VERBS: WordList = ['说明', '着重说明', '指出', '着重指出', '特别指出'];

/** Plain directives, and aims (致力): commitments only with a deadline or a target value. */
export const DIRECTIVES: readonly GuardedWord[] = [
  {
    word: '要',
    notAfter: ['主', '重', '需', '纲', '摘', '只', '不', '提', '首', '必', '紧', '险', '想', '将', '概', '扼', '简', '撮'],
    notBefore: ['求', '素', '点', '害', '件', '闻', '员', '领', '是', '么', '不', '义', '务', '冲', '道', '塞', '案', '职', '旨', '诀', '目', ...DISCOURSE_VERBS],
  },
  { word: '必须' },
  { word: '应当' },
  { word: '务须' },
  { word: '须', notBefore: ['知'] },
  { word: '需要', notBefore: ['的', ...DISCOURSE_VERBS] },
  { word: '致力', notAfter: ['一直', '长期', '始终'] },
];

/**
 * Verbs that put a quantity forward as work to do in a year's plan
 * (建设保障性住房300万套, 安排地方专项债券4000亿元, 再开工20项), besides
 * those that make any value a target (达到, 新增: see indicator-status).
 */
export const PLANNED_ACTIONS: WordList = [
  '建设', '安排', '改造', '开工', '实施', '扩大到', '提高', '解决', '启动', '推进', '培训', '淘汰', '减轻', '压缩', '开展', '发行', '投资',
  '拓展', '扩展',
];
