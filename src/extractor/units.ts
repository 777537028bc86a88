import type { IndicatorSubtype } from './types';

/**
 * What a word written right after a number says about it. `time` words
 * (年, 月, 天, 个月...) make the number a date or a duration, not an indicator.
 */
export type UnitClass = Exclude<IndicatorSubtype, 'rank'> | 'time';

const words = (list: string) => list.split(' ');

/** Units and measure words, by what they make of the number before them. */
const UNIT_CLASSES: Record<UnitClass, string[]> = {
  amount: words(
    '元 万元 亿元 千元 百元 美元 万美元 亿美元 美金 万美金 亿美金 港元 港币 万港元 亿港元 欧元 日元 英镑 ' +
      '台币 新台币 万新台币 亿新台币 块钱 ' +
      '吨 万吨 千吨 亿吨 吨标煤 吨标准煤 万吨标煤 标煤 千瓦时 万千瓦时 亿千瓦时 度电 千瓦 万千瓦 兆瓦 ' +
      '平方米 万平方米 平方公里 平方千米 公顷 万公顷 亩 万亩 公里 千米 立方米 万立方米 方 升 千克 公斤 斤 万斤 ' +
      '标箱 万标箱 人民币',
  ),
  rate: words('% ‰ 个百分点 百分点 倍 成'),
  count: words(
    '个 家 项 人 名 次 件 起 户 批 批次 份 条 张 只 所 座 处 场 期 篇 部 台 套 辆 块 支 种 类 笔 例 宗 ' +
      '人次 家次 台次 户次 车次 架次 艘次 个批次 届 间 栋 幢 床 艘 架 盘 本 册 首 款 头 匹 棵 株 口 颗 箱 袋 ' +
      '位 组 队 村 镇 乡 轮 大类 个村 个镇 多人 万人 万户 万个 万件 万次 万家 万名 万人次 亿人次 余人 门 根 片 ' +
      '对 户数 单 票 页 副',
  ),
  time: words(
    '年 年度 年代 月 月份 个月 日 号 天 小时 个小时 分钟 秒 周 星期 个星期 季度 个季度 世纪 岁 周岁 ' +
      '个工作日 工作日 个年头 时 夜',
  ),
};

const lookup = new Map<string, UnitClass>();
let longestUnit = 0;
for (const [unitClass, list] of Object.entries(UNIT_CLASSES) as [UnitClass, string[]][]) {
  for (const word of list) {
    lookup.set(word, unitClass);
    longestUnit = Math.max(longestUnit, word.length);
  }
}

/** Magnitudes written before a unit; 百万 and 千万 are common in Hong Kong and Taiwan figures. */
const MAGNITUDE_PREFIXES = ['千万', '百万', '万', '亿'];

/** The longest unit word starting at `i`. */
export function readUnit(text: string, i: number): { unit: string; unitClass: UnitClass; end: number } | null {
  for (let length = Math.min(longestUnit, text.length - i); length > 0; length--) {
    const word = text.slice(i, i + length);
    const unitClass = lookup.get(word);
    if (unitClass) return { unit: word, unitClass, end: i + length };
  }
  // A magnitude before any unit keeps the unit's class: 亿斤, 万千瓦, 亿人次, 百万港元.
  const magnitude = MAGNITUDE_PREFIXES.find((prefix) => text.startsWith(prefix, i));
  if (magnitude) {
    const rest = readUnit(text, i + magnitude.length);
    if (rest && rest.unitClass !== 'time') return { unit: magnitude + rest.unit, unitClass: rest.unitClass, end: rest.end };
  }
  return null;
}
