/**
 * Words around a metric's name that are not part of it: what a report
 * writes between the name and the value (verbs of reporting, links), and at
 * the head of a clause (times, places, subjects, plans).
 */
import { CHANGE_LINKS } from './changes';

/** Words written between a metric's name and its value: the links after a change verb, and 为, 共, 居, 录得…. */
export const METRIC_TRAILING_LINKS: readonly string[] = [
  ...CHANGE_LINKS, '到', '至', '为', '共', '突破', '完成', '实现', '累计', '合计', '仅为', '只有', '有', '是', '在',
  '居', '排名', '位居', '跃居', '跃升至', '升至', '列', '第', '前', '倒数', '的', '会', '将', '可达', '拟按', '按', '再', '正', '负',
  '录得', '逾', '高达', '预计', '预期', '拟', '安排', '连续', '预期目标', '目标为', '目标是', '新增', '净增', '低于', '高于',
  '快于', '慢于', '只', '仅',
];

/** Scopes a rank is held in (全国第一, 世界第三): part of the rank, not of the metric. */
export const RANK_SCOPES: readonly string[] = [
  '全国', '全省', '全市', '全县', '全区', '同行业', '同类', '世界', '全球', '亚洲', '全港', '全台', '全台湾', '各省', '全美',
];

/** Words at the head of a clause that are not part of the metric's name. */
export const METRIC_LEADING_WORDS: readonly string[] = [
  '其中', '全年', '今年', '去年', '明年', '年内', '年底前', '上半年', '下半年', '前三季度', '一季度', '二季度', '三季度', '四季度',
  '目前', '同时', '共', '累计', '全市', '全县', '全区', '全省', '我县', '我市', '我区', '我们', '已', '确保', '力争', '争取', '实现',
  '完成', '建成', '新建', '达到', '共有', '拥有', '拟安排', '安排', '预计', '再', '拟', '将', '今后', '到', '本市', '本府', '政府',
  '另', '编列', '另编列', '共设', '设置', '设', '在', '只', '仅', '可', '全力推进', '加快推进', '推进',
];

/** Words a name after a count cannot start with: they begin a predicate, not a noun (117家增加到…, 4个没有公布…). */
export const NOT_NAME_AFTER: readonly string[] = ['增加', '减少', '提高', '达到', '没有', '实施', '进行', '完成', '实现', '占', '分别', '以上', '左右'];

/** Words that open the starting point of a move (从8.7万元提高到…): the name stops before them. */
export const STARTING_POINT_WORDS: readonly string[] = ['从', '由'];

/** Verbs of reporting inside a name: 规模以上工业累计完成增加值 names 规模以上工业增加值. */
export const REPORTING_VERBS: readonly string[] = ['完成', '实现'];

/** Words that may come before a reporting verb inside a name. */
export const REPORTING_VERB_LEADS: readonly string[] = ['累计', '全年', '共'];
