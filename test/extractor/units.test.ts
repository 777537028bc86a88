import { describe, expect, it } from 'vitest';
import { readUnit } from '../../src/extractor/units';

describe('readUnit', () => {
  it.each([
    ['亿元,同比增长17%', '亿元', 'amount'],
    ['美金,年花费', '美金', 'amount'],
    ['千瓦时,同比增长', '千瓦时', 'amount'],
    ['平方米,造价', '平方米', 'amount'],
    ['吨标煤以上的重点能耗企业', '吨标煤', 'amount'],
    ['个百分点,达到43%', '个百分点', 'rate'],
    ['%,居全县第12位', '%', 'rate'],
    ['倍。', '倍', 'rate'],
    ['人次,共摸排农贸市场', '人次', 'count'],
    ['家次,冷库', '家次', 'count'],
    ['家企业', '家', 'count'],
    ['个月完成全年180亿元', '个月', 'time'],
    ['年,面对疫情突袭', '年', 'time'],
    ['岁以下25人', '岁', 'time'],
  ])('reads the longest unit at the start of %s', (text, unit, unitClass) => {
    expect(readUnit(text, 0)).toEqual({ unit, unitClass, end: unit.length });
  });

  it('reads no unit where no unit word starts', () => {
    expect(readUnit('的目标高出', 0)).toBeNull();
    expect(readUnit('', 0)).toBeNull();
  });

  it('reads at the position given', () => {
    expect(readUnit('出动执法人员300余人次', 10)).toEqual({ unit: '人次', unitClass: 'count', end: 12 });
  });
});
