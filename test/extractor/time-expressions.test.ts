import { describe, expect, it } from 'vitest';
import { findDeadlines, periodBefore } from '../../src/extractor/time-expressions';

/** The deadlines stated in a (normalised) sentence, as written. */
const deadlinesIn = (sentence: string): string[] => findDeadlines(sentence, 0, sentence.length).map((found) => found.text);

/** The period stated before the end of a (normalised) clause. */
const periodOf = (clause: string): string | undefined => periodBefore(clause, 0, clause.length)?.text;

describe('findDeadlines', () => {
  it.each([
    ['二是新农村建设今年要迈出有力的一步。', '今年'],
    ['下半年,外经贸部门要争取上级支持', '下半年'],
    ['到2010年入库税金达到8亿元以上', '到2010年'],
    ['确保年底前全部投产运营', '年底前'],
    ['力争今明两年全市引进成功三至五个象创元铝业这样的大项目', '今明两年'],
    ['要力争“十一五”末全市规模工业企业户数翻一番', '“十一五”末'],
    ['“十一五”期间工业园区建设有一个突破性进展', '“十一五”期间'],
    ['一定要下决心在近期内形成规模', '近期内'],
  ])('finds the deadline of %s', (sentence, deadline) => {
    expect(deadlinesIn(sentence)[0]).toBe(deadline);
  });

  it('takes a month for a deadline but not a date', () => {
    expect(deadlinesIn('10月份,党中央将召开十六届六中全会')).toEqual(['10月份']);
    expect(deadlinesIn('继公司7月23日召开会议')).toEqual([]);
  });

  it('looks only inside the range it is given, with offsets into the whole text', () => {
    const text = '谢谢大家!二是新农村建设今年要迈出有力的一步。';
    expect(findDeadlines(text, 0, 5)).toEqual([]);
    expect(findDeadlines(text, 5, text.length)).toEqual([{ start: 12, end: 14, text: '今年' }]);
  });
});

describe('periodBefore', () => {
  it.each([
    ['上半年全市实现地区生产总值', '上半年'],
    ['2020年,全市', '2020年'],
    ['今年上半年,全市', '今年上半年'],
    ['目前,我县特种设备占全市', '目前'],
    ['截至目前,我县共组织制定了', '截至目前'],
  ])('finds the period of %s', (clause, period) => {
    expect(periodOf(clause)).toBe(period);
  });

  it('takes the nearest period before the value', () => {
    expect(periodOf('2002年7个亿,2003年')).toBe('2003年');
  });

  it('finds none where none is stated', () => {
    expect(periodOf('公司纳税')).toBeUndefined();
  });

  it('finds a month range without a year: 1-7月', () => {
    expect(periodOf('今年1-7月,德山开发区的工业增加值')).toMatch(/1-7月$/);
    expect(periodOf('1-8月,全市工业电量')).toBe('1-8月');
  });

  it('finds 截至九月份', () => {
    expect(periodOf('截至九月份,所有在建项目')).toBe('截至九月份');
  });
});

describe('Taiwan (Republic of China) years', () => {
  it.each([
    ['预计110年完工通车', '110年'],
    ['105 年 4 月:工程决标及开工', '105 年 4 月'],
    ['于民国 88 年起分区进行下水道纵走', '于民国 88 年'],
    ['本计划据此成长趋势估算目标年 125 年计划人口约为 30 万 8 千人。', '125 年'],
  ])('reads the year of %s as a deadline', (sentence, deadline) => {
    expect(deadlinesIn(sentence)[0]).toBe(deadline);
  });

  it('takes no count of years for a year: 建党100年, 100年历史', () => {
    expect(deadlinesIn('庆祝建党100年')).toEqual([]);
    expect(deadlinesIn('具有100年历史的老厂')).toEqual([]);
  });

  it('reads 近年 ahead but not 近年来, and 届时', () => {
    expect(deadlinesIn('预定于近年完工')).toEqual(['近年']);
    expect(deadlinesIn('近年来发展迅速')).toEqual([]);
    expect(deadlinesIn('届时,我国经济总量超过90万亿元')).toEqual(['届时']);
  });
});
