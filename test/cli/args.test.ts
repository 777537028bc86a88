import { describe, expect, it } from 'vitest';
import { parseExtractArgs, UsageError } from '../../src/cli/args';
import { globRegExp } from '../../src/cli/input-files';

describe('parseExtractArgs', () => {
  it('reads a file to extract, printed as JSON Lines by default', () => {
    expect(parseExtractArgs(['report.txt'])).toEqual({ inputs: ['report.txt'], format: 'jsonl' });
  });

  it('takes the format and output file before or after the files, with or without =', () => {
    expect(parseExtractArgs(['--format', 'csv', 'page.html', 'reports/'])).toEqual({ inputs: ['page.html', 'reports/'], format: 'csv' });
    expect(parseExtractArgs(['page.html', '--format=w3c', '--out=all.jsonld'])).toEqual({ inputs: ['page.html'], format: 'w3c', out: 'all.jsonld' });
  });

  it('takes a most number of worker threads', () => {
    expect(parseExtractArgs(['reports/', '--jobs', '1'])).toEqual({ inputs: ['reports/'], format: 'jsonl', jobs: 1 });
  });

  it('takes - for standard input', () => {
    expect(parseExtractArgs(['-'])).toMatchObject({ inputs: ['-'] });
  });

  it.each([
    [[], 'no FILE given'],
    [['a.txt', '--format'], '--format needs a value'],
    [['a.txt', '--out'], '--out needs a value'],
    [['a.txt', '--format', 'xml'], 'unknown format: xml (use jsonl, json, csv, md, w3c, csl)'],
    [['a.txt', '--verbose'], 'unknown option: --verbose'],
    [['-', '-'], 'standard input (-) given twice'],
    [['a.txt', '--jobs', '0'], '--jobs needs a number of threads from 1, got 0'],
  ])('rejects %j: %s', (args, message) => {
    expect(() => parseExtractArgs(args)).toThrow(new UsageError(message));
  });
});

describe('globRegExp', () => {
  it.each([
    ['*.txt', '000_575128201b72bb82.txt', true],
    ['*.txt', 'traditional/004.txt', false],
    ['**/*.txt', '000.txt', true],
    ['**/*.txt', 'a/b/004.txt', true],
    ['00?_*.html', '003_4ef620bd1e3cb09d.html', true],
    ['00[0-2]*', '003.txt', false],
    ['00[!0-2]*', '003.txt', true],
    ['报告(2010).txt', '报告(2010).txt', true],
  ])('%s against %s: %s', (glob, path, matches) => {
    expect(globRegExp(glob).test(path)).toBe(matches);
  });
});
