import { describe, expect, it } from 'vitest';
import { sentencesByLine, splitSentences } from '../../src/extractor/sentences';

const sentencesOf = (text: string): string[] => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('cuts at 。 ! ? and ;, keeping the mark with its sentence', () => {
    expect(sentencesOf('挖掘案源48件,立案27起。谢谢大家!怎么办?工业投入确保完成330亿元;力争370亿元')).toEqual([
      '挖掘案源48件,立案27起。',
      '谢谢大家!',
      '怎么办?',
      '工业投入确保完成330亿元;',
      '力争370亿元',
    ]);
  });

  it('does not cut at commas, colons or enumeration commas', () => {
    expect(sentencesOf('今年全市工业与科技工作主要奋斗目标是:1、规模以上工业增加值确保增长19%,力争接近')).toHaveLength(1);
  });

  it('cuts at line ends, LF and CRLF, and leaves the line end out', () => {
    expect(sentencesOf('一、完成工作目标情况\r\n二是新农村建设今年要迈出有力的一步。\n谢谢大家!')).toEqual([
      '一、完成工作目标情况',
      '二是新农村建设今年要迈出有力的一步。',
      '谢谢大家!',
    ]);
  });

  it('keeps a closing quote and a run of marks with the sentence they close', () => {
    expect(sentencesOf('会议被认为是“总动员。”下面,我讲三点意见。?')).toEqual(['会议被认为是“总动员。”', '下面,我讲三点意见。?']);
  });

  it('leaves leading spaces and blank lines out', () => {
    expect(sentencesOf('  一、 深刻吸取事故教训\n\n   \n谢谢大家!  ')).toEqual(['一、 深刻吸取事故教训', '谢谢大家!']);
  });

  it('finds no sentence in an empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\r\n ')).toEqual([]);
  });

  it('covers every character of a text that ends without a mark', () => {
    const text = '时间:2022-09-18 09:36:00';
    expect(splitSentences(text)).toEqual([{ start: 0, end: text.length }]);
  });
});

describe('sentencesByLine', () => {
  it('groups the sentences of each line, a line end (LF or CRLF) closing a paragraph', () => {
    const text = '一、完成工作目标情况\r\n挖掘案源48件,立案27起。谢谢大家!\n\n工业投入确保完成330亿元;力争370亿元';
    const sentences = splitSentences(text);
    const lines = sentencesByLine(text, sentences).map(({ start, end }) => sentences.slice(start, end).map((s) => text.slice(s.start, s.end)));
    expect(lines).toEqual([['一、完成工作目标情况'], ['挖掘案源48件,立案27起。', '谢谢大家!'], ['工业投入确保完成330亿元;', '力争370亿元']]);
  });

  it('finds no line without sentences', () => {
    expect(sentencesByLine('', [])).toEqual([]);
  });
});
