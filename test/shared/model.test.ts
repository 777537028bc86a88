import { describe, expect, it } from 'vitest';
import type { CommitmentItem, IndicatorItem } from '../../src/extractor/types';
import { pageItemId, toPageItem } from '../../src/shared/page-item';
import { fieldsOf, newSavedItemFrom, pageUrl } from '../../src/shared/saved-item';
import { QUOTE_CONTEXT_LENGTH, createSelectors } from '../../src/shared/selectors';
import { corpusText, shareRange } from './corpus-fixtures';

const report = corpusText('003_4ef620bd1e3cb09d.txt');

/** An indicator over the first occurrence of `snippet` in the report. */
function indicatorAt(snippet: string, fields: Partial<IndicatorItem> = {}): IndicatorItem {
  const start = report.indexOf(snippet);
  expect(start).toBeGreaterThan(-1);
  return {
    kind: 'indicator',
    start,
    end: start + snippet.length,
    text: snippet,
    subtype: 'amount',
    status: 'actual',
    value: null,
    valueText: snippet,
    valueStart: start,
    valueEnd: start + snippet.length,
    ...fields,
  };
}

describe('selectors', () => {
  it('quote the span with 32 characters of context each side and keep its position', () => {
    const start = 500;
    const selectors = createSelectors(report, start, start + 10);
    expect(selectors).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: report.slice(start, start + 10),
        prefix: report.slice(start - QUOTE_CONTEXT_LENGTH, start),
        suffix: report.slice(start + 10, start + 10 + QUOTE_CONTEXT_LENGTH),
      },
      position: { type: 'TextPositionSelector', start, end: start + 10 },
      codePoints: { start, end: start + 10 },
    });
    expect(QUOTE_CONTEXT_LENGTH).toBe(32);
  });

  it('have shorter context at the edges of the text', () => {
    const { quote } = createSelectors(report, 0, 4);
    expect(quote.prefix).toBe('');
    const end = createSelectors(report, report.length - 3, report.length).quote;
    expect(end.suffix).toBe('');
  });

  it('never cut a character outside the Basic Multilingual Plane in half', () => {
    const text = `${'𠀀'.repeat(20)}纳税2523万元${'𠀀'.repeat(20)}`;
    const start = text.indexOf('纳');
    const { quote } = createSelectors(text, start, start + 8);
    expect(quote.prefix).toBe('𠀀'.repeat(16));
    expect(quote.suffix).toBe('𠀀'.repeat(16));
    const odd = text.replace('纳税2523万元', '前纳税2523万元后');
    const cut = createSelectors(odd, start + 1, start + 9).quote;
    expect(cut.exact).toBe('纳税2523万元');
    expect(cut.prefix).toBe(`${'𠀀'.repeat(15)}前`);
    expect(cut.suffix).toBe(`后${'𠀀'.repeat(15)}`);
  });
});

describe('page items', () => {
  it('get an id from kind, span and a hash of the text that is the same on every reading', () => {
    const item = indicatorAt('40只');
    expect(pageItemId(item)).toMatch(new RegExp(`^indicator-${item.start}-${item.end}-[0-9a-z]+$`));
    expect(pageItemId({ ...item })).toBe(pageItemId(item));
    expect(pageItemId({ ...item, text: '41只' })).not.toBe(pageItemId(item));
  });

  it('keep every field of the extracted item and add the selectors and an indicator’s sentence', () => {
    const item = indicatorAt('40只', { metric: '重点工业项目', value: 40, unit: '只' });
    expect(toPageItem(item, report)).toEqual({
      ...item,
      id: pageItemId(item),
      selectors: createSelectors(report, item.start, item.end),
      sentence: '一是要继续抓好年初确定的40只重点工业项目的组织实施,对照目标进度要求,跟踪督促,加强服务,加大投入,力争这些项目尽早尽快建成投产。',
    });
  });
});

describe('saved-item model', () => {
  it('drops the fragment of a page URL and nothing else', () => {
    expect(pageUrl('http://127.0.0.1:8080/003.html?print=1#第三部分')).toBe('http://127.0.0.1:8080/003.html?print=1');
    expect(pageUrl('file:///home/analyst/报告.html')).toBe('file:///home/analyst/报告.html');
  });

  it('takes an indicator’s fields, leaving out those it does not state', () => {
    const item = indicatorAt('40只', { subtype: 'count', metric: '重点工业项目', value: 40, unit: '只', period: '年初' });
    expect(fieldsOf(item)).toEqual({
      metric: '重点工业项目',
      value: 40,
      valueText: '40只',
      unit: '只',
      period: '年初',
      status: 'actual',
    });
  });

  it('keeps both ends of a range from the extracted item to the item to save', () => {
    expect(shareRange().fields).toMatchObject({ value: 1.5, valueHigh: 2, valueText: '1.5-2个百分点', unit: '个百分点', status: 'target' });
  });

  it('gives a commitment its marker, deadline, every target and the fields of its first target value', () => {
    const actual = indicatorAt('40只', { subtype: 'count', value: 40, unit: '只' });
    const target = indicatorAt('7个', { status: 'target', subtype: 'count', value: 7, unit: '个' });
    const commitment: CommitmentItem = {
      kind: 'commitment',
      start: 0,
      end: 40,
      text: report.slice(0, 40),
      subtype: 'target',
      marker: '力争',
      deadline: '年底前',
      indicators: [actual, target],
    };
    expect(fieldsOf(commitment)).toEqual({ value: 7, valueText: '7个', unit: '个', marker: '力争', deadline: '年底前', targets: ['7个'] });
    const second = indicatorAt('40只', { status: 'target', subtype: 'count', value: 40, unit: '只' });
    expect(fieldsOf({ ...commitment, indicators: [target, second] }).targets).toEqual(['7个', '40只']);
    expect(fieldsOf({ ...commitment, indicators: [actual], deadline: undefined })).toEqual({ marker: '力争' });
  });

  it('turns a page item into an item to save with an empty note and no tags', () => {
    const pageItem = toPageItem(indicatorAt('40只', { subtype: 'count', value: 40, unit: '只' }), report);
    const page = { url: 'http://127.0.0.1:8080/003_4ef620bd1e3cb09d.html#top', title: '工业区经济讲话' };
    expect(newSavedItemFrom(pageItem, page)).toEqual({
      pageItemId: pageItem.id,
      url: 'http://127.0.0.1:8080/003_4ef620bd1e3cb09d.html',
      title: '工业区经济讲话',
      kind: 'indicator',
      subtype: 'count',
      text: '40只',
      fields: { value: 40, valueText: '40只', unit: '只', status: 'actual', sentence: pageItem.sentence },
      selectors: pageItem.selectors,
      note: '',
      tags: [],
    });
  });
});
