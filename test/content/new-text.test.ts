import { describe, expect, it } from 'vitest';
import { eachLine, overlapsAny } from '../../src/content/extract-lines';
import { linesAround } from '../../src/content/new-text';
import { corpusText } from '../shared/corpus-fixtures';

describe('linesAround', () => {
  const text = corpusText('003_4ef620bd1e3cb09d.txt').replace(/\r/g, '');

  it('gives the lines of the text that share a character with the new spans, as a read of every line would', () => {
    const spans = [
      { start: 0, end: 3 },
      { start: 500, end: 520 },
      { start: 515, end: 900 },
      { start: text.indexOf('\n', 2000), end: text.indexOf('\n', 2000) + 1 },
      { start: text.length - 5, end: text.length },
    ].sort((a, b) => a.start - b.start);
    const disjoint = spans.reduce<typeof spans>((list, span) => {
      const last = list.at(-1);
      if (last && span.start < last.end) list[list.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
      else list.push(span);
      return list;
    }, []);
    expect(linesAround(text, disjoint)).toEqual([...eachLine(text)].filter((line) => overlapsAny(disjoint, line)));
  });

  it('gives no line for no span', () => {
    expect(linesAround(text, [])).toEqual([]);
  });
});
