import { describe, expect, it } from 'vitest';
import { citationSourceOf, citationText, toCslJson } from '../../../src/shared/export/citation';
import { COUNTY_PAGE, SAFETY_PAGE } from '../corpus-fixtures';
import { savedSamples } from './samples';

const NOW = new Date(2026, 11, 1, 9, 0, 0);

describe('citations', () => {
  it('cite the quote with the page title, site, date and address', () => {
    const [tax] = savedSamples();
    const date = new Date(tax!.createdAt).getDate();
    expect(citationText(citationSourceOf(tax!, NOW))).toBe(
      `“纳税2523万元,超过去年全年的总额,同比增长58.9%” 安全大会表态发言稿, 127.0.0.1:8080, 2026-11-${date}. ${SAFETY_PAGE.url}`,
    );
  });

  it('keep traditional characters and put a passage on one line', () => {
    expect(citationText({ text: '各位領導、\n同志們:', title: COUNTY_PAGE.title, url: 'file:///srv/報告.html', date: NOW })).toBe(
      '“各位領導、 同志們:” 縣領導工業講話, local file, 2026-12-01. file:///srv/報告.html',
    );
  });

  it('make CSL-JSON web pages, one per item, with the quote and note in the note', () => {
    const [, , , dash] = savedSamples();
    const [entry] = JSON.parse(toCslJson([dash!], NOW));
    const saved = new Date(dash!.createdAt);
    expect(entry).toEqual({
      id: 'item-4',
      type: 'webpage',
      title: COUNTY_PAGE.title,
      'container-title': '127.0.0.1:8080',
      URL: COUNTY_PAGE.url,
      accessed: { 'date-parts': [[saved.getFullYear(), saved.getMonth() + 1, saved.getDate()]] },
      note: '“- 上一篇:高校網絡德育工作論文” 导航链接,非正文',
    });
  });
});
