import { describe, expect, it } from 'vitest';
import { alternation, words } from '../../../src/extractor/lexicon/build';

describe('lexicon alternations', () => {
  it('tries the longest word first, so 比上年同期 wins over 比上年', () => {
    const re = new RegExp(alternation(['比上年', '比上年同期']));
    expect('比上年同期增长'.match(re)?.[0]).toBe('比上年同期');
  });

  it('takes plain words and entries labelled by usage, each word once', () => {
    expect(words(['增长', { word: '成长', usage: ['zh-TW'] }])).toEqual(['增长', '成长']);
    expect(alternation(['增长'], ['增长', '成长'])).toBe('(?:增长|成长)');
  });

  it('escapes characters that mean something in a pattern', () => {
    expect(new RegExp(alternation(['1.5倍'])).test('105倍')).toBe(false);
  });

  it('refuses an empty list rather than matching everything', () => {
    expect(() => alternation([])).toThrow();
  });
});
