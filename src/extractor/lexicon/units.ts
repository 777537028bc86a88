/**
 * Units and measure words, by what they make of the number before them.
 * Written in simplified characters, as the normalised text is.
 */
import type { Entry } from './build';

/** Money, weight, energy, area, length, volume: the number is an amount. */
export const AMOUNT_UNITS: readonly (string | Entry)[] = [
  '元', '万元', '亿元', '千元', '百元', '美元', '万美元', '亿美元', '美金', '万美金', '亿美金', '港元', '港币', '万港元', '亿港元',
  '欧元', '日元', '英镑', '台币', '新台币', '万新台币', '亿新台币', '块钱', '人民币',
  '吨', '万吨', '千吨', '亿吨', '吨标煤', '吨标准煤', '万吨标煤', '标煤', '千瓦时', '万千瓦时', '亿千瓦时', '度电', '千瓦', '万千瓦', '兆瓦',
  '平方米', '万平方米', '平方公里', '平方千米', '公顷', '万公顷', '亩', '万亩', '公里', '千米', '立方米', '万立方米', '方', '升',
  '千克', '公斤', '斤', '万斤', '标箱', '万标箱', '米', '延长米',
  { word: '公尺', usage: ['zh-TW'] }, { word: '平方公尺', usage: ['zh-TW'] }, { word: '公分', usage: ['zh-TW'] },
  { word: '平方英尺', usage: ['zh-HK'] }, { word: '公顷', usage: ['zh-TW', 'zh-HK'] }, { word: '㎡' },
];

/** Percentages, points, multiples and tenths: the number is a rate. */
export const RATE_UNITS: readonly string[] = ['%', '‰', '个百分点', '百分点', '倍', '成'];

/** Measure words that count entities: the number is a count. */
export const COUNT_UNITS: readonly (string | Entry)[] = [
  '个', '家', '项', '人', '名', '次', '件', '起', '户', '批', '批次', '份', '条', '张', '只', '所', '座', '处', '场', '期', '篇', '部',
  '台', '套', '辆', '块', '支', '种', '类', '笔', '例', '宗', '人次', '家次', '台次', '户次', '车次', '架次', '艘次', '个批次', '届',
  '间', '栋', '幢', '床', '艘', '架', '盘', '本', '册', '首', '款', '头', '匹', '棵', '株', '口', '颗', '箱', '袋', '位', '组', '队',
  '村', '镇', '乡', '轮', '大类', '个村', '个镇', '多人', '万人', '万户', '万个', '万件', '万次', '万家', '万名', '万人次', '亿人次',
  '余人', '门', '根', '片', '对', '户数', '单', '票', '页', '副',
  { word: '站', usage: ['zh-TW'] }, { word: '案', usage: ['zh-TW'] },
];

/** Time words: the number is a date or a duration, not an indicator. */
export const TIME_UNITS: readonly string[] = [
  '年', '年度', '年代', '学年', '月', '月份', '个月', '日', '号', '天', '小时', '个小时', '分钟', '秒', '周', '星期', '个星期', '季度',
  '个季度', '世纪', '岁', '周岁', '个工作日', '工作日', '个年头', '时', '夜',
];

/** Magnitudes written before a unit; 百万 and 千万 are common in Hong Kong and Taiwan figures. */
export const MAGNITUDE_PREFIXES: readonly string[] = ['千万', '百万', '万', '亿'];

/** Currency signs written before a number: the number is an amount of money (HK$3,000, $50億). */
export const CURRENCY_SIGNS: readonly string[] = ['HK$', 'NT$', 'US$', 'RMB', '$', '¥', '￥'];
