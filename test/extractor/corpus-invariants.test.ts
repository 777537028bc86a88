/**
 * Properties every extraction must have, checked on every item of every
 * corpus report (`eval/corpus`), as stored and with CRLF line ends.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor';
import type { CommitmentItem, IndicatorItem, Item } from '../../src/extractor/types';
import { corpusText } from '../shared/corpus-fixtures';

const CORPUS_FILES = [
  '000_575128201b72bb82.txt',
  '001_66774ca9e7b2c39c.txt',
  '002_9b54f81a9d65b260.txt',
  '003_4ef620bd1e3cb09d.txt',
  '004_d509771d086070bc.txt',
];

/** Describes an item in a failure message: where it is and what it says. */
const describeItem = (item: Item): string => `${item.kind} at ${item.start}: ${item.text.slice(0, 40)}`;

describe.each(CORPUS_FILES)('extract on corpus file %s', (file) => {
  const input = corpusText(file);
  const items = extract(input);
  const indicators = items.filter((item): item is IndicatorItem => item.kind === 'indicator');
  const commitments = items.filter((item): item is CommitmentItem => item.kind === 'commitment');

  it('finds indicators and commitments', () => {
    expect(indicators.length).toBeGreaterThan(0);
    expect(commitments.length).toBeGreaterThan(0);
  });

  it('gives each item the text at its offsets in the input', () => {
    for (const item of items) {
      expect(item.start, describeItem(item)).toBeGreaterThanOrEqual(0);
      expect(item.end, describeItem(item)).toBeGreaterThan(item.start);
      expect(item.end, describeItem(item)).toBeLessThanOrEqual(input.length);
      expect(input.slice(item.start, item.end), describeItem(item)).toBe(item.text);
    }
  });

  it('gives each indicator its value text at its value offsets, inside the indicator', () => {
    for (const item of indicators) {
      expect(input.slice(item.valueStart, item.valueEnd), describeItem(item)).toBe(item.valueText);
      expect(item.valueStart, describeItem(item)).toBeGreaterThanOrEqual(item.start);
      expect(item.valueEnd, describeItem(item)).toBeGreaterThan(item.valueStart);
      expect(item.valueEnd, describeItem(item)).toBeLessThanOrEqual(item.end);
    }
  });

  it('reads each value as a finite number or none', () => {
    for (const item of indicators) {
      if (item.value !== null) expect(Number.isFinite(item.value), describeItem(item)).toBe(true);
    }
  });

  it('lists the items by start, a commitment before the indicators it starts with', () => {
    for (let i = 1; i < items.length; i++) {
      const [before, after] = [items[i - 1]!, items[i]!];
      expect(after.start, describeItem(after)).toBeGreaterThanOrEqual(before.start);
      if (after.start === before.start) expect(after.kind, describeItem(after)).toBe('indicator');
    }
  });

  it('never lets two indicators overlap', () => {
    for (let i = 1; i < indicators.length; i++) {
      expect(indicators[i]!.start, describeItem(indicators[i]!)).toBeGreaterThanOrEqual(indicators[i - 1]!.end);
    }
  });

  it('holds in each commitment exactly the indicators that lie inside it', () => {
    for (const commitment of commitments) {
      const inside = indicators.filter((item) => item.start >= commitment.start && item.end <= commitment.end);
      expect(commitment.indicators, describeItem(commitment)).toEqual(inside);
    }
  });

  it('reads no starting point as a target: the 115亿元 of 由115亿元增加到500亿元', () => {
    for (const item of indicators) {
      const from = /[从由從][^,，;；。]{0,4}$/.test(input.slice(Math.max(0, item.valueStart - 5), item.valueStart));
      if (from && /^(?:提高|增加|扩大|提升|降低|减少)(?:到|至)/.test(input.slice(item.valueEnd, item.valueEnd + 4))) {
        expect(item.status, describeItem(item)).toBe('actual');
      }
    }
  });

  it('keeps each commitment inside one line, without surrounding spaces', () => {
    for (const commitment of commitments) {
      expect(commitment.text, describeItem(commitment)).not.toMatch(/[\r\n]/);
      expect(commitment.text, describeItem(commitment)).toBe(commitment.text.trim());
    }
  });

  it('finds the same items with CRLF line ends, shifted by the line ends before them', () => {
    const crlfInput = input.replace(/\n/g, '\r\n');
    const lineEndsBefore = (offset: number): number => input.slice(0, offset).split('\n').length - 1;
    const shifted = items.map((item) => ({ kind: item.kind, start: item.start + lineEndsBefore(item.start), text: item.text }));
    const found = extract(crlfInput).map((item) => ({ kind: item.kind, start: item.start, text: item.text }));
    expect(found).toEqual(shifted);
  });
});
