/**
 * What a report's headings say of the section they open: a review of the
 * past year (一、2009年工作回顾) or the work ahead (二、2010年主要任务).
 * Simplified characters.
 */
import type { WordList } from './build';

/** Heading words of a review: the section recounts work done. */
export const REVIEW_HEADINGS: WordList = ['回顾', '过去', '去年', '总结', '成绩', '成效', '情况', '进展'];

/** Heading words of the work ahead: the section sets tasks and targets. */
export const PLAN_HEADINGS: WordList = [
  '主要任务', '重点工作', '工作安排', '工作计划', '工作任务', '工作重点', '主要目标', '目标任务', '工作思路', '总体要求', '总体思路',
  '今年', '明年', '下半年', '新的一年', '下一步', '下步', '必须', '今后', '未来', '打算', '展望', '施政', '举措',
];
