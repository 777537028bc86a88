import { describe, expect, it } from 'vitest';
import { alternation, guardedAlternation, words } from '../../../src/extractor/lexicon/build';

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

describe('guarded alternations', () => {
  const pattern = new RegExp(
    guardedAlternation([
      { word: '确保', notAfter: ['为了'], notBefore: ['了'] },
      { word: '决心', onlyBefore: ['要'] },
    ]),
  );

  it('reads a word only where its neighbours allow: 确保, not 为了确保 nor 确保了', () => {
    expect('今年确保完成'.match(pattern)?.[0]).toBe('确保');
    expect(pattern.test('为了确保完成')).toBe(false);
    expect(pattern.test('确保了完成')).toBe(false);
  });

  it('reads a word with onlyBefore only before one of those words: 决心要, not 决心书', () => {
    expect('下定决心要完成'.match(pattern)?.[0]).toBe('决心');
    expect(pattern.test('递交决心书')).toBe(false);
  });
});
