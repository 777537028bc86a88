/**
 * The rules come from the language, not from the corpus: sentences in the
 * forms of report kinds the corpus lacks (a national government work
 * report's target list, a Hong Kong policy address in traditional
 * characters with Chinese decimals) are read as well.
 */
import { describe, expect, it } from 'vitest';
import { readNumber } from '../../src/extractor/numbers';
import { commitmentsIn, indicatorOf } from './items';

describe('a national work report', () => {
  const targets =
    '今年发展主要预期目标是:国内生产总值增长5%左右;城镇新增就业1200万人以上,城镇调查失业率5.5%左右;居民消费价格涨幅3%左右;居民收入增长和经济增长同步;粮食产量保持在1.3万亿斤以上。';

  it('reads a target list opened by a colon and cut by semicolons as one sentence, every value a target', () => {
    const commitments = commitmentsIn(targets);
    expect(commitments.map((c) => [c.text, c.subtype, c.marker])).toEqual([[targets, 'target', '目标是']]);
    expect(commitments[0]!.indicators.every((item) => item.status === 'target')).toBe(true);
    expect(indicatorOf(targets, '3%左右').status).toBe('target');
  });

  it('reads 万亿 as the scale of the unit, whatever the unit', () => {
    expect(indicatorOf(targets, '1.3万亿斤以上')).toMatchObject({ value: 1.3, unit: '万亿斤', subtype: 'amount' });
    expect(indicatorOf('过去一年,国内生产总值超过126万亿元,增长5.2%。', '126万亿元')).toMatchObject({
      value: 126,
      unit: '万亿元',
      change: { direction: 'up', amount: 5.2, unit: '%' },
    });
  });

  it('gives an amount the change stated after it, with its basis', () => {
    const text = '今年拟安排地方政府专项债券3.9万亿元,比上年增加1000亿元。';
    expect(indicatorOf(text, '3.9万亿元')).toMatchObject({
      basis: '比上年',
      change: { direction: 'up', amount: 1000, unit: '亿元' },
    });
    expect(commitmentsIn(text)).toMatchObject([{ marker: '拟', deadline: '今年', subtype: 'target' }]);
  });
});

describe('a district work report', () => {
  it('takes a dated result to reach without a marker word when the deadline can only lie ahead', () => {
    expect(commitmentsIn('年内建成5G基站1200个,实现城区全覆盖。')).toMatchObject([{ marker: '年内', subtype: 'target' }]);
    expect(commitmentsIn('到2025年,全区高新技术企业达到300家,研发投入强度提高到3.5%。')).toMatchObject([
      { deadline: '到2025年', subtype: 'target' },
    ]);
  });

  it('takes no account of this year’s work so far for a target: 今年 also dates the past', () => {
    expect(commitmentsIn('今年1-7月完成投资35亿元,增长12%。')).toEqual([]);
  });

  it('names the metric without the time, place and verb before it', () => {
    expect(indicatorOf('年内建成5G基站1200个,实现城区全覆盖。', '1200个').metric).toBe('5G基站');
    expect(indicatorOf('今年1-7月完成投资35亿元,增长12%。', '35亿元')).toMatchObject({ metric: '投资', period: '1-7月' });
  });

  it('reads 提高到3.5% as the level to reach, not as a change of 3.5', () => {
    const item = indicatorOf('到2025年,全区高新技术企业达到300家,研发投入强度提高到3.5%。', '3.5%');
    expect(item).toMatchObject({ value: 3.5, unit: '%', metric: '研发投入强度', status: 'target' });
    expect(item.change).toBeUndefined();
  });
});

describe('a Hong Kong policy address', () => {
  it('takes 政府會 and 我們會 as the speaker binding itself, with the deadline', () => {
    const text = '政府會在未來五年興建三萬個公營房屋單位,並會預留土地作長遠發展。';
    expect(commitmentsIn(text)).toMatchObject([{ marker: '會', deadline: '未來五年', subtype: 'target' }]);
    expect(indicatorOf(text, '三萬個')).toMatchObject({ value: 3, unit: '萬個', status: 'target' });
  });

  it('reads percentages written in words with Chinese decimals', () => {
    const text = '過去一年,香港經濟增長百分之三點二,失業率回落至百分之二點九。';
    expect(indicatorOf(text, '百分之三點二')).toMatchObject({ value: 3.2, unit: '%', subtype: 'rate' });
    expect(indicatorOf(text, '百分之二點九')).toMatchObject({ value: 2.9, unit: '%', metric: '失業率' });
    expect(commitmentsIn(text)).toEqual([]);
  });

  it('reads 成長 and 下跌 as changes and 百萬港元 as a unit with its magnitude', () => {
    const text = '去年經濟成長3.1%,失業率下跌0.2個百分點。政府已預留1,200百萬港元推行計劃。';
    expect(indicatorOf(text, '3.1%').change).toMatchObject({ direction: 'up', amount: 3.1 });
    expect(indicatorOf(text, '0.2個百分點')).toMatchObject({ metric: '失業率', change: { direction: 'down', amount: 0.2, unit: '個百分點' } });
    expect(indicatorOf(text, '1,200百萬港元')).toMatchObject({ value: 1200, unit: '百萬港元', subtype: 'amount' });
  });

  it('takes a year written digit by digit in a deadline', () => {
    const text = '我們會繼續推動創新科技發展,目標是在二〇三〇年前把研發開支提升至本地生產總值的百分之二。';
    expect(commitmentsIn(text)).toMatchObject([{ deadline: '在二〇三〇年前', subtype: 'target' }]);
  });
});

describe('a Taiwan policy report', () => {
  it('takes 行政院將 and 市府將 with a verb of action as the speaker binding itself', () => {
    expect(commitmentsIn('行政院將持續推動產業升級,協助中小企業數位轉型。')).toMatchObject([{ marker: '將', subtype: 'pledge' }]);
    expect(commitmentsIn('市府將於明年完成三座公共托育中心。')).toMatchObject([{ marker: '將', deadline: '明年', subtype: 'target' }]);
  });

  it('takes no forecast for a pledge: 預計今年經濟成長率可達3.5%', () => {
    const text = '主計總處預計今年經濟成長率可達3.5%。';
    expect(commitmentsIn(text)).toEqual([]);
    expect(indicatorOf(text, '3.5%')).toMatchObject({ value: 3.5, subtype: 'rate' });
  });
});

describe('Chinese decimals', () => {
  it('reads 三点二 as 3.2 but leaves 三点意见 and 三点十分 alone', () => {
    expect(readNumber('三点二', 0)).toMatchObject({ value: 3.2, end: 3 });
    expect(readNumber('三点意见', 0)).toMatchObject({ value: 3, end: 1 });
    expect(readNumber('三点十分', 0)).toMatchObject({ value: 3, end: 1 });
  });
});
