import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractionSteps } from '../../src/content/extract-lines';
import { chunkLine, FIRST_CHUNK_CHARS, MAX_CHUNK_CHARS } from '../../src/content/line-chunks';
import { extract } from '../../src/extractor';
import { corpusLines } from '../dom/corpus-page';
import { CORPUS_DIR } from '../shared/corpus-fixtures';

/** Every report of the corpus. */
const CORPUS_FILES = readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.txt')).sort();

/** A report as one paragraph: its lines joined without line ends, as a page that puts a whole document in one `<p>`. */
const oneLine = (file: string): string => corpusLines(file).map((line) => line.trim()).join('');

const wholeLine = (text: string) => ({ start: 0, end: text.length });

describe('chunkLine', () => {
  const text = oneLine('001_66774ca9e7b2c39c.txt');
  const chunks = [...chunkLine(text, wholeLine(text))];

  it('covers the line with chunks of bounded size, one after another', () => {
    expect(chunks.length).toBeGreaterThan(text.length / MAX_CHUNK_CHARS);
    expect(chunks[0]!.start).toBe(0);
    expect(chunks[chunks.length - 1]!.end).toBe(text.length);
    for (const [i, chunk] of chunks.entries()) {
      expect(chunk.end - chunk.start).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
      if (i > 0) expect(chunk.start).toBe(chunks[i - 1]!.end);
    }
  });

  it('ends chunks at sentence ends when the sentences fit', () => {
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.endsSentence).toBe(true);
      expect(text.slice(chunk.end - 2, chunk.end)).toMatch(/[。!?!?][”’"]?$/);
    }
  });

  it('starts with small chunks, each packing up to twice the characters of the one before, until the largest', () => {
    const lengths = chunks.map((chunk) => chunk.end - chunk.start);
    expect(lengths[0]).toBeLessThanOrEqual(FIRST_CHUNK_CHARS);
    for (const [i, chunk] of chunks.entries()) {
      const pack = Math.min(FIRST_CHUNK_CHARS * 2 ** i, MAX_CHUNK_CHARS);
      // Only a sentence longer than the packing size makes a chunk larger, and then the chunk is that sentence alone.
      const firstSentence = text.slice(chunk.start, chunk.end).search(/[。!?!?][”’"]?/) + 1;
      if (lengths[i]! > pack) expect(firstSentence, `chunk ${i}`).toBe(lengths[i]);
    }
    expect(Math.max(...lengths)).toBeGreaterThan(MAX_CHUNK_CHARS / 2);
  });

  it('cuts a sentence longer than a chunk at a clause mark', () => {
    // 1、规模以上工业增加值确保增长19%,… from report 000, its sentence repeated without a full stop.
    const sentence = '规模以上工业增加值确保增长19%,力争接近和达到全省平均水平,工业在GDP中占比提高1.5-2个百分点,';
    const long = sentence.repeat(Math.ceil((3 * MAX_CHUNK_CHARS) / sentence.length));
    const pieces = [...chunkLine(long, wholeLine(long))];
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.endsSentence).toBe(false);
      expect(long[piece.end - 1]).toBe(',');
    }
  });

  it('never cuts between two digits when there is no mark to cut at', () => {
    const digits = '20191231 '.repeat(MAX_CHUNK_CHARS / 3);
    const pieces = [...chunkLine(digits, wholeLine(digits))];
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.end - piece.start).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
      expect(digits.slice(piece.end - 1, piece.end + 1)).not.toMatch(/^[0-9]{2}$/);
    }
  });
});

describe('extracting one long line a chunk at a time', () => {
  it.each(CORPUS_FILES)('finds exactly what one read of the line finds in %s joined into one paragraph', (file) => {
    const text = oneLine(file);
    const steps = [...extractionSteps(text, [wholeLine(text)])];
    if (text.length > MAX_CHUNK_CHARS) expect(steps.length).toBeGreaterThan(2);
    const sliced = steps.flat();
    expect(sliced.length).toBeGreaterThan(0);
    expect(sliced).toEqual(extract(text));
  });

  it('leaves out rather than cuts short what runs past the text read in a sentence longer than a chunk', () => {
    // Report 000 with every sentence end made a comma: one sentence of 30,000 characters.
    const text = oneLine('000_575128201b72bb82.txt').replace(/[。!?]/g, ',');
    const whole = new Map(extract(text).map((item) => [`${item.kind} ${item.start} ${item.end}`, item]));
    const sliced = [...extractionSteps(text, [wholeLine(text)])].flat();
    expect(sliced.length).toBeGreaterThan(0.9 * whole.size);
    for (const item of sliced) {
      const same = whole.get(`${item.kind} ${item.start} ${item.end}`);
      expect(same, item.text).toBeDefined();
      if (item.kind === 'indicator' && same?.kind === 'indicator') expect(item.valueText).toBe(same.valueText);
    }
  });
});
