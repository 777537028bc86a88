import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_LENGTH, sentenceOf } from '../../src/shared/sentence-of';
import { corpusText } from './corpus-fixtures';

describe('sentenceOf', () => {
  const text = corpusText('000_575128201b72bb82.txt');

  it('gives the sentence of the page text an item stands in, its closing mark included', () => {
    const start = text.indexOf('2523万元');
    expect(sentenceOf(text, start, start + '2523万元'.length)).toBe(
      '公司纳税2523万元,超过去年全年的总额,同比增长58.9%,居全县第12位,民营企业第4位,同行业高居第一位,是全县纳税千万元以上企业中增幅最高的。',
    );
  });

  it('stops at a line end and at full-width marks, as page text writes them', () => {
    const page = '各位领导：\n今年全县完成工业产值32亿元！明年力争达到40亿元；其余从略';
    const span = (value: string): [number, number] => [page.indexOf(value), page.indexOf(value) + value.length];
    expect(sentenceOf(page, ...span('32亿元'))).toBe('今年全县完成工业产值32亿元！');
    expect(sentenceOf(page, ...span('40亿元'))).toBe('明年力争达到40亿元；');
    expect(sentenceOf(page, ...span('各位领导'))).toBe('各位领导：');
  });

  it('gives nothing rather than a run of text without punctuation', () => {
    const table = `${'产值'.repeat(MAX_SENTENCE_LENGTH)}32亿元`;
    expect(sentenceOf(table, table.length - 5, table.length)).toBeUndefined();
  });
});
