/** `policy-lens extract FILE --explain`: the rule behind each item, and what vetoes set aside in a sentence. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseExtractArgs, UsageError } from '../../src/cli/args';
import { explain, explainItem } from '../../src/cli/explain';
import { extract, type CommitmentItem, type IndicatorItem } from '../../src/extractor';
import { corpusText } from '../shared/corpus-fixtures';
import { runCli } from './run-cli';

/** The speech summing up an industrial zone's economy (003). */
const SPEECH = corpusText('003_4ef620bd1e3cb09d.txt');
/** One of its sentences: two counts, a category threshold set aside, and a plain directive that is no commitment. */
const DIRECTIVE = '二是要加强对骨干企业包括销售在3000万元以上企业的分析研究,突出做好对45家亿元以上企业和22家“一厂一策”签约企业的分类指导,切实帮助企业协调解决发展过程中碰到的困难和问题,特别是要及时兑现“一厂一策”互动协议中明确的内容,推动企业加快发展。';
const at = SPEECH.indexOf(DIRECTIVE);

describe('explainItem', () => {
  // Items as the extractor gives them for sentences of the speech, written out so the lines do not follow rule changes.
  const count: IndicatorItem = {
    kind: 'indicator', start: 982, end: 985, text: '45家', subtype: 'count', rule: 'count', status: 'actual',
    metric: '亿元以上企业', value: 45, valueText: '45家', valueStart: 982, valueEnd: 985, unit: '家',
  };
  const pledgeText = '一是要继续抓好年初确定的40只重点工业项目的组织实施,对照目标进度要求,跟踪督促,加强服务,加大投入,力争这些项目尽早尽快建成投产。';
  const pledge: CommitmentItem = {
    kind: 'commitment', start: 433, end: 433 + pledgeText.length, text: pledgeText, subtype: 'pledge', rule: 'strong-marker', marker: '力争',
    indicators: [{ ...count, start: 445, end: 448, text: '40只', status: 'target', metric: '重点工业项目', value: 40, valueText: '40只', valueStart: 445, valueEnd: 448, unit: '只' }],
  };

  it('says kind, subtype, status, rule, text and the fields of an indicator', () => {
    expect(explainItem(count)).toBe('982–985 indicator count actual, rule count: 45家 | Metric: 亿元以上企业; Value: 45家');
  });

  it('says the rule, marker and targets of a commitment, cutting a long sentence', () => {
    expect(explainItem(pledge)).toBe(`433–499 commitment pledge, rule strong-marker: ${pledgeText} | Marker: 力争; Target: 40只`);
    expect(explainItem({ ...pledge, text: pledgeText.repeat(2) })).toContain(`: ${pledgeText.repeat(2).slice(0, 80)}… |`);
  });

  it('shows page text on one line, without the control characters of terminal escapes', () => {
    expect(explainItem({ ...count, text: '纳税\u001b[31m2523\r\n万元' })).toContain(': 纳税 [31m2523 万元 |');
  });
});

describe('explain', () => {
  it('over the whole text, prints one line per item and the count of each veto', () => {
    const lines = explain(SPEECH).trimEnd().split('\n');
    const items = extract(SPEECH);
    expect(lines.slice(0, -1)).toEqual(items.map(explainItem));
    expect(lines.at(-1)).toMatch(new RegExp(`^${items.length} items; candidates set aside by vetoes: `));
    expect(lines.at(-1)).toMatch(/[:,] category-threshold \d+(,|$)/);
    expect(lines.at(-1)).toMatch(/[:,] plain-directive \d+(,|$)/);
  });

  it('at an offset, prints the sentence there, its items and the vetoed candidates with their text', () => {
    const lines = explain(SPEECH, { at: at + 40 }).trimEnd().split('\n');
    const vetoStart = at + DIRECTIVE.indexOf('3000万元以上');
    const here = extract(SPEECH).filter((item) => item.start < at + DIRECTIVE.length && item.end > at);
    expect(here.map((item) => item.text)).toEqual(['45家', '22家']);
    expect(lines.slice(0, 5)).toEqual([
      `sentence ${at}–${at + DIRECTIVE.length}: ${DIRECTIVE}`,
      'items found (2):',
      ...here.map((item) => `  ${explainItem(item)}`),
      `candidates set aside (${lines.length - 5}):`,
    ]);
    // The vetoes in text order, each with the text it set aside.
    const vetoes = lines.slice(5);
    expect(vetoes).toContain(`  ${at}–${at + DIRECTIVE.length} veto plain-directive: ${DIRECTIVE}`);
    expect(vetoes).toContain(`  ${vetoStart}–${vetoStart + 8} veto category-threshold: 3000万元以上`);
    for (const line of vetoes) {
      const [, start, end, text] = /^ {2}(\d+)–(\d+) veto [\w-]+: (.*)$/.exec(line)!;
      expect(SPEECH.slice(Number(start), Number(end))).toBe(text);
    }
    expect(vetoes.map((line) => parseInt(line, 10))).toEqual(vetoes.map((line) => parseInt(line, 10)).sort((x, y) => x - y));
  });

  it('finds the sentence holding a piece of text, as at its offset', () => {
    expect(explain(SPEECH, { sentence: '22家“一厂一策”' })).toBe(explain(SPEECH, { at }));
  });

  it('says when the place is not in the text', () => {
    expect(() => explain(SPEECH, { at: SPEECH.length })).toThrow(new UsageError(`--at ${SPEECH.length}: the text has ${SPEECH.length} characters`));
    expect(() => explain(SPEECH, { sentence: '没有的句子' })).toThrow('--sentence: the text does not contain "没有的句子"');
  });
});

describe('parseExtractArgs with --explain', () => {
  it('reads --explain alone or with a place; a place alone asks for the explanation too', () => {
    expect(parseExtractArgs(['a.txt', '--explain'])).toEqual({ inputs: ['a.txt'], format: 'jsonl', explain: {} });
    expect(parseExtractArgs(['--explain', '--at', '120', 'a.txt'])).toMatchObject({ inputs: ['a.txt'], explain: { at: 120 } });
    expect(parseExtractArgs(['a.txt', '--sentence', '确保'])).toMatchObject({ explain: { sentence: '确保' } });
  });

  it.each([
    [['a.txt', '--explain', '--format', 'csv'], '--explain prints text; it takes no --format'],
    [['a.txt', 'b.txt', '--explain'], '--explain reads one FILE'],
    [['a.txt', '--at', '1', '--sentence', '确保'], '--at or --sentence, not both'],
    [['a.txt', '--at'], '--at needs a value'],
    [['a.txt', '--at', '-3'], '--at needs an offset (a whole number from 0), got -3'],
    [['a.txt', '--sentence', ''], '--sentence needs a value'],
  ])('refuses %j: %s', (args, message) => {
    expect(() => parseExtractArgs(args)).toThrow(new UsageError(message));
  });
});

describe('policy-lens extract --explain', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-explain-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'speech.txt');
  writeFileSync(file, SPEECH);

  it('prints the explanation of the sentence at an offset', () => {
    const run = runCli(['extract', file, '--explain', '--at', String(at)]);
    expect(run).toEqual({ status: 0, stdout: explain(SPEECH, { at }), stderr: '' });
  });

  it('exits with 2 and says why when the offset is past the text', () => {
    const run = runCli(['extract', file, '--at', '99999999']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^policy-lens: --at 99999999: the text has \d+ characters\nusage:/);
  });
});
