import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor';
import { eachLine, extractionSteps, overlapsAny, shiftItem } from '../../src/content/extract-lines';
import { corpusLines } from '../dom/corpus-page';

describe('eachLine', () => {
  it('gives the lines with text, without their line ends', () => {
    const text = '第一行\n\n  \n第二行';
    expect([...eachLine(text)].map(({ start, end }) => text.slice(start, end))).toEqual(['第一行', '第二行']);
    expect([...eachLine('')]).toEqual([]);
  });
});

describe('overlapsAny', () => {
  const spans = [
    { start: 2, end: 4 },
    { start: 10, end: 12 },
  ];
  it('tells whether a span shares a character with one of the spans', () => {
    expect(overlapsAny(spans, { start: 0, end: 3 })).toBe(true);
    expect(overlapsAny(spans, { start: 11, end: 20 })).toBe(true);
    expect(overlapsAny(spans, { start: 4, end: 10 })).toBe(false);
    expect(overlapsAny([], { start: 0, end: 1 })).toBe(false);
  });
});

describe('shiftItem', () => {
  it('moves a commitment with its indicators and their values', () => {
    const [commitment] = extract('确保到2010年销售收入达到500亿元。').filter((item) => item.kind === 'commitment');
    const moved = shiftItem(commitment!, 7);
    expect(moved.start).toBe(commitment!.start + 7);
    expect(moved.kind === 'commitment' && moved.indicators[0]!.valueStart).toBe(
      commitment!.kind === 'commitment' && commitment!.indicators[0]!.valueStart + 7,
    );
  });
});

describe('extracting a page a line at a time', () => {
  it.each(['003_4ef620bd1e3cb09d.txt', '004_d509771d086070bc.txt', '000_575128201b72bb82.txt', '007_hailar-district-gwr-2013.txt'])(
    'finds the same items as one pass over the whole text of %s, each line read in its report section’s mood',
    (file) => {
      const text = corpusLines(file).join('\n');
      const byLine = [...extractionSteps(text, eachLine(text))].flat();
      expect(byLine.length).toBeGreaterThan(0);
      expect(byLine).toEqual(extract(text));
    },
  );
});

describe('extracting lines far down a long page', () => {
  it('reads the text before them for headings a stretch a step, and finds their items as one pass over the whole text does', () => {
    const text = corpusLines('001_66774ca9e7b2c39c.txt').join('\n');
    const lines = [...eachLine(text)];
    const late = lines.filter((line) => line.start >= 60_000).slice(0, 30);
    [...extractionSteps(text, [])]; // the extractor's one-time set-up, so that the steps counted below are the text's
    const steps = [...extractionSteps(text, late)];
    // The 60,000 characters before those lines take steps of their own, not one step with the first of them.
    const from = late[0]!.start;
    const alone = [...extractionSteps(text.slice(from), late.map(({ start, end }) => ({ start: start - from, end: end - from })))];
    expect(steps.length - alone.length).toBeGreaterThanOrEqual(3);
    const wanted = extract(text).filter((item) => overlapsAny(late, item));
    expect(wanted.length).toBeGreaterThan(0);
    expect(steps.flat()).toEqual(wanted);
  });
});
