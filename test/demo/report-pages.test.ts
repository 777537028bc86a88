import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { escapeHtml, renderIndexPage, renderReportPage, reportPath, reportTitle } from '../../src/demo/report-pages';

const report = { name: '003_demo', text: '工业区经济发展建设总结讲话\n\n时间:2022-02-09\n一、关于<工业>经济 & 投资  \n' };

describe('a report rendered as a page', () => {
  const { document } = new JSDOM(renderReportPage(report)).window;

  test('declares its encoding and takes its first line as title and heading', () => {
    expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(document.title).toBe('工业区经济发展建设总结讲话');
    expect(document.querySelector('h1')?.textContent).toBe('工业区经济发展建设总结讲话');
  });

  test('has one paragraph for every further line with text, markup characters kept as text', () => {
    expect(Array.from(document.querySelectorAll('p'), (p) => p.textContent)).toEqual(['时间:2022-02-09', '一、关于<工业>经济 & 投资']);
  });
});

test('a report without text is titled by its name', () => {
  expect(reportTitle({ name: 'empty', text: '\n \n' })).toBe('empty');
});

test('the index page links every report by its title', () => {
  const { document } = new JSDOM(renderIndexPage([report])).window;
  const link = document.querySelector('a');
  expect(link?.getAttribute('href')).toBe(reportPath('003_demo'));
  expect(link?.textContent).toBe('工业区经济发展建设总结讲话');
});

test('HTML escaping covers text and attribute values', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
});
