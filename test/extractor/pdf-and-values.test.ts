/**
 * Values read whole and fields taken from the page's own text, on sentences
 * of the corpus (a Taiwan plan review taken from a PDF, national work
 * reports) and on the forms other reports write (Hong Kong digit groups,
 * minus signs, ranges), as the product definition lists them.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor';
import { indicatorOf, indicatorsIn, quantityOf, valueTextsIn } from './items';

const TAIPEI_LINE = '最後進入南港經貿園區，並於東側設 1 機廠。路線總長約 14.8 公里，共設12 座車站及 1 座機廠，於民國 98 年 7 月 4 日通車營運。';

describe('numbers across the spaces of PDF text', () => {
  it('reads a value with spaces around it, the span covering them in the original', () => {
    const length = indicatorOf(TAIPEI_LINE, '約 14.8 公里');
    expect(length).toMatchObject({ value: 14.8, unit: '公里', subtype: 'amount', rule: 'amount' });
    expect(TAIPEI_LINE.slice(length.valueStart, length.valueEnd)).toBe('約 14.8 公里');
    expect(indicatorOf(TAIPEI_LINE, '12 座')).toMatchObject({ value: 12, unit: '座', subtype: 'count' });
  });

  it('reads Taiwan years written with a space (民國 98 年) as dates, never as indicators', () => {
    expect(valueTextsIn(TAIPEI_LINE)).not.toContain('98 年');
    expect(valueTextsIn('故本府自 91 年著手開始進行清除規劃，95 年 10 月開工，預定於近年完工。')).toEqual([]);
  });

  it('reads letter-spaced units and a mixed form with spaces: 145 公 頃, 30 萬 8 千人', () => {
    expect(indicatorOf('以產業發展環境為目標\n145 公 頃\n科 技 工 業區', '145 公 頃')).toMatchObject({ value: 145, unit: '公頃' });
    const people = indicatorOf('本計畫據此成長趨勢估算目標年 125 年計畫人口約為 30 萬 8 千人。', '30 萬 8 千人');
    expect(people).toMatchObject({ value: 308000, unit: '人', subtype: 'count' });
  });

  it('reads digit groups cut by a space or a narrow no-break space: 2 000噸, 15 000個, 逾3\u202f300名', () => {
    expect(indicatorOf('每年處理2 000噸廚餘', '2 000噸')).toMatchObject({ value: 2000, unit: '噸' });
    expect(indicatorOf('增設15 000個泊車位', '15 000個')).toMatchObject({ value: 15000, unit: '個' });
    expect(indicatorOf('逾3\u202f300名學生受惠', '逾3\u202f300名')).toMatchObject({ value: 3300, unit: '名' });
  });
});

describe('numbers in table cells, one a line under a header that names them', () => {
  const table = '避難空間面 積(公頃)\n3.46\n23.90\n20.28\n9.21\n服務人口 （人）\n30,351\n109,213\n73,907\n11,931\n內湖分局';

  it('reads each cell with the metric and the unit of its header', () => {
    expect(indicatorsIn(table).map((item) => item.valueText)).toEqual(['3.46', '23.90', '20.28', '9.21', '30,351', '109,213', '73,907', '11,931']);
    expect(indicatorOf(table, '23.90')).toMatchObject({ rule: 'table-row', metric: '避難空間面積', unit: '公頃', subtype: 'amount', value: 23.9 });
    expect(indicatorOf(table, '109,213')).toMatchObject({ rule: 'table-row', metric: '服務人口', unit: '人', subtype: 'count', value: 109213 });
  });

  it('reads no bare number on its own line without such a header', () => {
    expect(indicatorsIn('第三章\n3.46\n23.90')).toEqual([]);
  });
});

describe('signs, ranges and scales', () => {
  it('keeps a minus sign with its value: 同比增长-2.1%, −1.2%', () => {
    const fall = indicatorOf('1-5月工业增加值同比增长-2.1%', '-2.1%');
    expect(fall).toMatchObject({ value: -2.1, unit: '%', basis: '同比', change: { direction: 'down', amount: 2.1 } });
    expect(fall.metric).toBe('工业增加值');
    expect(indicatorOf('出口貨值按年下跌−1.2%', '−1.2%').value).toBe(-1.2);
    expect(valueTextsIn('今年1-7月,德山开发区')).toEqual([]);
  });

  it('reads a range with its upper end: 2至3%, 6.5%－7%, 80-100亿元', () => {
    expect(indicatorOf('预计今年会正增长2至3%', '2至3%')).toMatchObject({ value: 2, valueHigh: 3, unit: '%' });
    expect(indicatorOf('经济增长预期目标6.5%－7%，考虑了与全面建成小康社会目标相衔接', '6.5%－7%')).toMatchObject({ value: 6.5, valueHigh: 7, unit: '%' });
    expect(indicatorOf('形成80-100亿元的产业规模', '80-100亿元')).toMatchObject({ value: 80, valueHigh: 100, unit: '亿元' });
  });

  it('reads a school year as a date, not as a rate: 2026/27學年', () => {
    expect(valueTextsIn('2026/27學年起推行')).toEqual([]);
  });

  it('keeps the magnitude in the unit however the number is written: 十亿元 and 30亿元', () => {
    const words = indicatorOf('計畫經費十億元', '十億元');
    const digits = indicatorOf('另編列30億元', '30億元');
    expect(words).toMatchObject({ value: 10, unit: '億元' });
    expect(digits).toMatchObject({ value: 30, unit: '億元' });
    expect(quantityOf(words)).toBe(1e9);
  });
});

describe('approximate and word-numeral quantities', () => {
  it.each([
    ['上千間學校參與', '上千間', 1000, 'count-approximate'],
    ['過千名義工', '過千名', 1000, 'count-approximate'],
    ['近千家企業', '近千家', 1000, 'count-approximate'],
    ['涉及十多個部門', '十多個', 10, 'count-approximate'],
    ['分三批推行', '三批', 3, 'count'],
    ['失業率近一成', '近一成', 1, 'rate'],
  ])('reads %s', (text, valueText, value, rule) => {
    expect(indicatorOf(text, valueText)).toMatchObject({ value, rule });
  });

  it('reads 双位数增长 as a rate with no value rather than half a number', () => {
    expect(indicatorOf('經濟錄得雙位數增長', '雙位數')).toMatchObject({ value: null, subtype: 'rate', rule: 'rate-double-digit' });
  });

  it('reads ranks in the world and runs: 世界第三, 全球第一, 连续第14次', () => {
    expect(indicatorOf('經濟總量躍升至世界第三', '第三')).toMatchObject({ subtype: 'rank', value: 3, metric: '經濟總量' });
    expect(indicatorOf('航運中心排名全球第一', '第一')).toMatchObject({ subtype: 'rank', value: 1 });
    expect(indicatorOf('連續第14次獲獎', '第14次')).toMatchObject({ subtype: 'rank', value: 14, rule: 'rank-consecutive' });
  });

  it('reads a run of years as a count: 实现连续６年增产', () => {
    expect(indicatorOf('粮食产量再创历史新高，实现连续６年增产；', '６年')).toMatchObject({ subtype: 'count', value: 6, rule: 'count-consecutive-years' });
  });
});

describe('fields in the page\'s own script', () => {
  it('shows a traditional page\'s metric, unit, change and basis as written there', () => {
    const [gas] = indicatorsIn('全市工業(yè)用天然氣1.3億立方米,同比增長(zhǎng)22.3%。');
    expect(gas).toMatchObject({ metric: '工業用天然氣', unit: '億立方米', basis: '同比', change: { text: '同比增長22.3%' } });
  });

  it('names metrics without the words around them: 赤字率拟按, 会正, 至世界, 从人均', () => {
    expect(indicatorOf('赤字率拟按3%安排', '3%').metric).toBe('赤字率');
    expect(indicatorOf('预计今年会正增长2至3%', '2至3%').metric).toBeUndefined();
    const text = '全员劳动生产率从人均8.7万元提高到12万元以上。';
    expect(indicatorOf(text, '8.7万元').metric).toBe('全员劳动生产率');
    expect(indicatorOf(text, '12万元以上').metric).toBe('全员劳动生产率');
  });
});

describe('status: values to reach and values reached', () => {
  it('takes planned values of the speaker\'s side as targets: 拟安排, 预计今年', () => {
    const text = '今年拟安排财政赤字2.18万亿元，比去年增加5600亿元，赤字率提高到3%。';
    expect(indicatorOf(text, '2.18万亿元').status).toBe('target');
    expect(indicatorOf(text, '3%').status).toBe('target');
    expect(indicatorOf('预计今年会正增长2至3%', '2至3%').status).toBe('target');
  });

  it('takes a forecast of a quantity no one sets as actual: 高校毕业生将高达765万人', () => {
    expect(indicatorOf('鼓励以创业带动就业。今年高校毕业生将高达765万人，要落实好就业促进计划', '765万人').status).toBe('actual');
  });

  it('takes the starting point of 从X提高到Y as actual and Y as the target', () => {
    const text = '到2020年，全员劳动生产率从人均8.7万元提高到12万元以上。';
    expect(indicatorOf(text, '8.7万元').status).toBe('actual');
    expect(indicatorOf(text, '12万元以上').status).toBe('target');
  });

  it('takes the values of a plan\'s paragraph as targets, even in sentences with no marker', () => {
    const plan = '今年要加快城市建设。新建5条主干道路、2台热水锅炉、12公里热力主管网。开工建设10万平方米职工住宅小区。';
    expect(indicatorsIn(plan).map((item) => [item.valueText, item.status])).toEqual([
      ['5条', 'target'], ['2台', 'target'], ['12公里', 'target'], ['10万平方米', 'target'],
    ]);
  });

  it('keeps the values of a paragraph that reports results actual', () => {
    const report = '今年要加快城市建设。去年新建5条主干道路、2台热水锅炉。';
    expect(indicatorsIn(report).map((item) => item.status)).toEqual(['actual', 'actual']);
  });

  it("reads a level to date as actual and the year's goal after it as a target", () => {
    const text = '截至11月底全县地方财政收入4.7亿元,确保全年完成5.2亿元。';
    expect(indicatorOf(text, '4.7亿元')).toMatchObject({ status: 'actual', metric: '地方财政收入' });
    expect(indicatorOf(text, '5.2亿元').status).toBe('target');
    const midYear = '1-8月完成投资21亿元,力争全年完成50亿元。';
    expect(indicatorsIn(midYear).map((item) => item.status)).toEqual(['actual', 'target']);
  });

  it('keeps a level reached, given as of a date, actual: 截至11月底', () => {
    const text = '比如,截至11月底全县地方财政收入4.7亿元,开发区为6171万元,要确保全年完成。';
    expect(indicatorOf(text, '6171万元').status).toBe('actual');
  });
});

describe('rules and vetoes by name', () => {
  it('names every way an indicator was read', () => {
    const items = indicatorsIn('全区实现地区生产总值320.31亿元,增长12.4%,居全县第12位;占全市的52.2,融资2个多亿');
    expect(items.map((item) => item.rule)).toEqual(['amount', 'rank-ordinal', 'rate-lost-percent', 'amount-scale-only']);
  });

  it('tells which veto set a candidate aside', () => {
    const vetoes: string[] = [];
    extract('下面,我讲三个方面:如表4-1所示,每50公斤提高3元,坡度超过30%者', { onVeto: (veto) => vetoes.push(veto.rule) });
    expect(vetoes).toEqual(expect.arrayContaining(['speech-part', 'reference', 'per-unit', 'category-threshold']));
  });
});
