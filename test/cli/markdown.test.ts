import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/cli/markdown';
import type { IndicatorItem } from '../../src/extractor/types';

/** The indicator of 全年实现工业总产值320.31亿元,增长12.4%. */
const indicator: IndicatorItem = {
  kind: 'indicator',
  start: 4,
  end: 25,
  text: '工业总产值320.31亿元,增长12.4%',
  subtype: 'amount',
  status: 'actual',
  metric: '工业总产值',
  value: 320.31,
  valueText: '320.31亿元',
  valueStart: 9,
  valueEnd: 17,
  unit: '亿元',
  change: { direction: 'up', amount: 12.4, unit: '%', text: '增长12.4%' },
  period: '全年',
};

describe('toMarkdown', () => {
  it('writes a header and one row per item with its fields as the popup shows them, and its offsets', () => {
    expect(toMarkdown([indicator]).split('\n')).toEqual([
      '| kind | subtype | status | text | fields | offsets |',
      '| --- | --- | --- | --- | --- | --- |',
      '| indicator | amount | actual | 工业总产值320.31亿元,增长12.4% | Metric: 工业总产值; Value: 320.31亿元; Change: ↑ 增长12.4%; Period: 全年 | 4–25 |',
      '',
    ]);
  });

  it('keeps each row on one line and escapes what would end a cell or format it', () => {
    const row = toMarkdown([{ ...indicator, text: '产值|比重\r\n*占*' }]).split('\n')[2];
    expect(row).toContain('| 产值\\|比重 \\*占\\* |');
  });
});
