import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../src/shared/export/markdown';
import { COUNTY_PAGE, PARKS_PAGE, SAFETY_PAGE, shareRange } from '../corpus-fixtures';
import { savedSamples } from './samples';

describe('Markdown export', () => {
  it('groups the items by page, each page a heading linked to its address', () => {
    const lines = toMarkdown(savedSamples()).split('\n');
    expect(lines[0]).toBe('# Policy Lens: 4 items from 3 pages');
    expect(lines.filter((line) => line.startsWith('## '))).toEqual([
      `## [${SAFETY_PAGE.title}](<${SAFETY_PAGE.url}>)`,
      `## [${PARKS_PAGE.title}](<${PARKS_PAGE.url}>)`,
      `## [${COUNTY_PAGE.title}](<${COUNTY_PAGE.url}>)`,
    ]);
  });

  it('gives an indicator its fields, its quote and its sentence', () => {
    const [tax] = savedSamples();
    expect(toMarkdown([tax!]).split('\n').slice(4, 9)).toEqual([
      '- **纳税** (indicator, amount, actual)',
      '  Metric: 纳税 · Value: 2523万元 · Change: 同比增长58.9% · Period: 截至九月份',
      '  > 纳税2523万元,超过去年全年的总额,同比增长58.9%',
      '  >',
      `  > ${tax!.fields.sentence}`,
    ]);
  });

  it('shows a range as written and as read, both ends with the unit', () => {
    expect(toMarkdown([shareRange()])).toContain('Value: 1.5-2个百分点 · Range: 1.5–2个百分点');
  });

  it('gives a commitment its marker, deadline and targets, and a highlight its note and tags, traditional text kept', () => {
    const [, , project, dash] = savedSamples();
    const markdown = toMarkdown([project!, dash!]);
    expect(markdown).toContain('- **力争** (commitment, target)\n  Marker: 力争 · Deadline: 今明两年 · Target: 三至五个\n');
    expect(markdown).toContain('  > \\- 上一篇:高校網絡德育工作論文\n  Note: 导航链接,非正文\n  Tags: 导航\n');
  });

  it('escapes markup in page text, so a pasted report shows it as text', () => {
    const [, pledge] = savedSamples();
    const markdown = toMarkdown([{ ...pledge!, note: '<img src=x onerror=alert(1)> *重点* [链接](javascript:alert(1))' }]);
    expect(markdown).toContain('Note: \\<img src=x onerror=alert(1)\\> \\*重点\\* \\[链接\\](javascript:alert(1))');
  });
});
