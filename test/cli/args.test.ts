import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args';

describe('parseArgs', () => {
  it('reads a file to extract, printed as JSON Lines by default', () => {
    expect(parseArgs(['extract', 'report.txt'])).toEqual({ name: 'extract', input: 'report.txt', format: 'jsonl' });
  });

  it('takes the format before or after the file, with or without =', () => {
    expect(parseArgs(['extract', '--format', 'csv', 'page.html'])).toMatchObject({ input: 'page.html', format: 'csv' });
    expect(parseArgs(['extract', 'page.html', '--format=md'])).toMatchObject({ input: 'page.html', format: 'md' });
  });

  it('takes - for standard input', () => {
    expect(parseArgs(['extract', '-'])).toMatchObject({ input: '-' });
  });

  it('answers --help and -h with the usage', () => {
    expect(parseArgs(['--help'])).toEqual({ name: 'help' });
    expect(parseArgs(['extract', '-h'])).toEqual({ name: 'help' });
  });

  it.each([
    [[], 'no command given'],
    [['summarise', 'a.txt'], 'unknown command: summarise'],
    [['extract'], 'no FILE given'],
    [['extract', 'a.txt', 'b.txt'], 'one FILE at a time, got 2'],
    [['extract', 'a.txt', '--format'], '--format needs a value'],
    [['extract', 'a.txt', '--format', 'xml'], 'unknown format: xml (use jsonl, json, csv, md)'],
    [['extract', 'a.txt', '--verbose'], 'unknown option: --verbose'],
  ])('rejects %j: %s', (args, message) => {
    expect(() => parseArgs(args)).toThrow(new UsageError(message));
  });
});
