import { describe, expect, it } from 'vitest';
import type { CommitmentItem } from '../../src/extractor/types';
import { itemExcerpt } from '../../src/popup/excerpt';
import { itemFields } from '../../src/shared/item-fields';
import { ITEMS } from '../shared/page-fixtures';

/** The fields as label → value. */
function fieldsOf(item: Parameters<typeof itemFields>[0]): Record<string, string> {
  return Object.fromEntries(itemFields(item).map((field) => [field.label, field.value]));
}

describe('itemFields', () => {
  it('shows an indicator’s metric, value as written and change with its basis', () => {
    expect(fieldsOf(ITEMS.output)).toEqual({ Metric: '建筑业产值', Value: '124亿元', Change: '↑ 同比增长17%' });
  });

  it('leaves out the fields an item does not have', () => {
    expect(fieldsOf(ITEMS.builders)).toEqual({ Value: '144家' });
  });

  it('keeps a rank in its own words', () => {
    expect(fieldsOf(ITEMS.countyRank)).toEqual({ Value: '第12位' });
  });

  it('puts the number as read in the tooltip when it differs from the words', () => {
    const value = itemFields(ITEMS.companyTax).find((field) => field.key === 'value');
    expect(value?.title).toBeUndefined();
    // 共发放宣传资料3000余份 (same report): the number is read without 余, in the unit as written.
    const leaflets = { ...ITEMS.builders, value: 3000, valueText: '3000余份', unit: '份' } as typeof ITEMS.builders;
    expect(itemFields(leaflets).find((field) => field.key === 'value')?.title).toBe('Read as 3,000份');
  });

  it('reads a range with both its ends in the tooltip: 预计今年会正增长2至3%', () => {
    const range = { ...ITEMS.builders, value: 2, valueHigh: 3, valueText: '2至3%', unit: '%' } as typeof ITEMS.builders;
    expect(itemFields(range).find((field) => field.key === 'value')?.title).toBe('Read as 2–3%');
  });

  it('shows a commitment’s marker, deadline and target values', () => {
    expect(fieldsOf(ITEMS.investmentTarget)).toEqual({ Marker: '确保', Targets: '330亿元 · 370亿元' });
    expect(fieldsOf(ITEMS.listingTarget)).toEqual({ Marker: '力争', Deadline: '今年' });
  });

  it('lists as targets only the values still to be reached', () => {
    const [floor, goal] = (ITEMS.investmentTarget as CommitmentItem).indicators;
    const withOneActual = { ...ITEMS.investmentTarget, indicators: [{ ...floor!, status: 'actual' }, goal!] };
    expect(fieldsOf(withOneActual as typeof ITEMS.investmentTarget)).toEqual({ Marker: '确保', Target: '370亿元' });
  });
});

describe('itemExcerpt', () => {
  it('marks an indicator’s value and adds a few words of its sentence around it', () => {
    expect(itemExcerpt(ITEMS.output)).toEqual([
      { role: 'context', text: '全市144家建筑业企业共完成' },
      { role: 'text', text: '建筑业产值' },
      { role: 'value', text: '124亿元' },
      { role: 'text', text: ',同比增长17%' },
    ]);
  });

  it('stops the context at the sentence end', () => {
    // 上交税收3.8亿元 sits between two semicolons: ...同比增长17%;上交税收3.8亿元,同比增长12%;实现...
    expect(itemExcerpt(ITEMS.taxes)).toEqual([
      { role: 'text', text: '上交税收' },
      { role: 'value', text: '3.8亿元' },
      { role: 'context', text: ',同比增长12%' },
    ]);
  });

  it('cuts a long context at a clause boundary and marks the cut with an ellipsis', () => {
    // 公司纳税2523万元,超过去年全年的总额,同比增长58.9%,居全县第12位,民营企业第4位,同行业高居第一位,...
    expect(itemExcerpt(ITEMS.countyRank)).toEqual([
      { role: 'context', text: '…同比增长58.9%,居全县' },
      { role: 'value', text: '第12位' },
      { role: 'context', text: ',民营企业第4位…' },
    ]);
  });

  it('marks every target value inside a commitment and adds no context', () => {
    expect(itemExcerpt(ITEMS.investmentTarget).filter((part) => part.role !== 'text')).toEqual([
      { role: 'value', text: '330亿元' },
      { role: 'value', text: '370亿元' },
    ]);
    expect(
      itemExcerpt(ITEMS.investmentTarget)
        .map((part) => part.text)
        .join(''),
    ).toBe(ITEMS.investmentTarget.text);
  });
});
