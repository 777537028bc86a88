/**
 * Inputs built to make a backtracking pattern or a nested scan blow up. Each
 * must finish within the limit below, tens of times what it takes on a quiet
 * machine, so that only a blow-up fails it, not a busy machine; and give items
 * whose offsets hold. How fast the extractor is, is shown by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor';
import type { Item } from '../../src/extractor/types';
import { corpusText } from '../shared/corpus-fixtures';

const SIZE = 100_000;
/** Far above any input's time here on a quiet machine (a second at most). */
const BLOW_UP_MS = 30_000;

/** The items of `input`, after checking that each one's offsets give its text. */
function extractChecked(input: string): Item[] {
  const items = extract(input);
  for (const item of items) {
    expect(item.end).toBeGreaterThan(item.start);
    expect(input.slice(item.start, item.end)).toBe(item.text);
    if (item.kind === 'indicator') expect(input.slice(item.valueStart, item.valueEnd)).toBe(item.valueText);
  }
  return items;
}

/** Report text with every punctuation mark and line end taken out, repeated to `length` characters. */
function unpunctuatedReport(length: number): string {
  const text = corpusText('001_66774ca9e7b2c39c.txt').replace(/[\p{P}\s]/gu, '');
  return text.repeat(Math.ceil(length / text.length)).slice(0, length);
}

describe('extract on pathological input', { timeout: BLOW_UP_MS }, () => {
  it('reads 100,000 digits as at most one number', () => {
    expect(extractChecked('1'.repeat(SIZE)).length).toBeLessThanOrEqual(1);
    const amount = extractChecked('纳税' + '9'.repeat(SIZE) + '万元');
    expect(amount.map((item) => item.kind)).toEqual(['indicator']);
  });

  it('finds nothing in 100,000 question marks, and finds a rate between them', () => {
    expect(extractChecked('?'.repeat(SIZE))).toEqual([]);
    const noisy = '?'.repeat(SIZE / 2) + '同比增长58.9%' + '?'.repeat(SIZE / 2);
    expect(extractChecked(noisy).map((item) => item.text)).toEqual(['同比增长58.9%']);
  });

  it.each([
    ['one numeral repeated', '三'.repeat(SIZE)],
    ['a well-formed numeral repeated', '三千二百万'.repeat(SIZE / 5)],
    ['all digits and units in turn', '一二三四五六七八九十百千万亿零两'.repeat(SIZE / 16)],
  ])('reads 100,000 Chinese numerals, %s, without blowing up', (_shape, input) => {
    expectAllInside(extractChecked(input), input.length);
  });

  it('reads a 1 MB line of report text without any punctuation', () => {
    const input = unpunctuatedReport(1_000_000);
    const items = extractChecked(input);
    expect(items.some((item) => item.kind === 'indicator')).toBe(true);
  });

  it.each([
    ['open parentheses after characters, as glosses begin', '發('.repeat(SIZE / 2)],
    ['glosses never closed', '發(fā'.repeat(SIZE / 4)],
    ['opening quotes', '“'.repeat(SIZE)],
    ['rank words', '第'.repeat(SIZE)],
    ['fraction words', '百分之'.repeat(SIZE / 3)],
    ['thousands separators', '1,'.repeat(SIZE / 2)],
    ['numbers broken by spaces', '16 '.repeat(SIZE / 3)],
    ['years', '2010年'.repeat(SIZE / 5)],
    ['change verbs with bare numbers', '增长12.4以上的'.repeat(SIZE / 9)],
    ['a will marker far from its actor', '我们' + '的'.repeat(SIZE) + '将'],
    ['directive words', '要'.repeat(SIZE)],
    ['line ends, CR and LF', '\r\n'.repeat(SIZE / 2)],
  ])('gives sane items for 100,000 characters of %s', (_shape, input) => {
    expectAllInside(extractChecked(input), input.length);
  });

  it('gives a number too long for a double no value, rather than Infinity (JSON writes it as null, CSV as Infinity)', () => {
    const [amount] = extract('纳税' + '9'.repeat(SIZE) + '万元');
    expect(amount).toMatchObject({ kind: 'indicator', value: null });
  });
});

function expectAllInside(items: Item[], length: number): void {
  for (const item of items) {
    expect(item.start).toBeGreaterThanOrEqual(0);
    expect(item.end).toBeLessThanOrEqual(length);
  }
}
