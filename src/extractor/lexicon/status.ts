/**
 * Words that tell whether a value is still to be reached (a target) or has
 * been reached, or is given as context (actual).
 */

/** Verbs that put a number forward as a value to reach, written before it (达到…, 新增…, 控制在…). */
export const TARGET_VERBS: readonly string[] = [
  '达到', '突破', '新增', '净增', '完成', '实现', '控制在', '提高到', '提升到', '增长', '增加到', '增加', '超过', '引进', '建成', '培育',
  '新建', '争创', '投入', '降低', '下降', '减少', '增至', '达', '年均', '每年', '不少于', '不低于', '不超过', '确保', '力争', '争取',
];

/**
 * Words of planning in the clause before a value: the speaker's side sets it
 * for its own economy or programme (拟安排…亿元, 预计今年会正增长2至3%,
 * 预期目标6.5%-7%, 今年再提高10%).
 */
export const PLAN_WORDS: readonly string[] = [
  '拟', '预期', '预计今年', '预计明年', '目标', '力争', '确保', '今年再', '再提高', '再增加', '再开工', '再解决', '可达', '将达到',
  '预算到', '希望',
];

/** Words that make the value in their clause one already reached or given as context (截至11月底…, 目前…, 只剩…). */
export const REACHED_WORDS: readonly string[] = ['现有', '只剩', '已经', '已', '去年', '上年', '过去', '累计完成', '年初确定', '高达', '目前'];

/** Words that make every value after them in their sentence one already reached: 截至11月底…, a completion rate (完成率为95%); a period to date (1-12月) does too. */
export const REACHED_SINCE_WORDS: readonly string[] = ['截至', '截止', '完成率', '办结率'];

/** A value the sentence moves away from: 从8.7万元提高到12万元, 由115亿元增加到… — the starting point is actual. */
export const BASELINE_BEFORE: readonly string[] = ['从', '由', '在'];

/** Verbs that, with 到/至 after a value, make it the starting point: 提高到, 增加至. */
export const MOVE_VERBS: readonly string[] = ['提高', '增加', '扩大', '减少', '降低', '下降', '上升', '提升', '调高', '调低', '增长'];

/** Words before a rank that make it one to reach: 争创全省第一, 进入前十名. */
export const RANK_TARGET_WORDS: readonly string[] = ['争创', '力争', '争取', '确保', '跻身', '冲刺'];

/** Words that mark a paragraph as a report of results rather than a plan. */
export const REPORTING_WORDS: readonly string[] = ['已', '去年', '同比', '全年共', '办结率', '完成率'];

/** Words after a level reached that turn the sentence forward again: 截至11月底…4.7亿元,确保全年完成5.2亿元. */
export const FORWARD_AGAIN_WORDS: readonly string[] = ['要', '将', '争取', '计划'];
