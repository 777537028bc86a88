/** The evaluation set kept in the repository, the gold format's checks, the floors and the reference scorer's output. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor';
import { differences, parseReferenceOutput } from '../../src/evaluation/compare';
import { readEvalSet } from '../../src/evaluation/corpus';
import { evaluate } from '../../src/evaluation/evaluate';
import { belowFloors } from '../../src/evaluation/floors';
import { GoldFormatError, parseGold } from '../../src/evaluation/gold';
import { formatEvaluation, formatFindings } from '../../src/evaluation/report';
import { emptyTally } from '../../src/evaluation/score';

const documents = readEvalSet(resolve('eval'));

describe('the evaluation set', () => {
  it('holds every corpus document with its gold items and a usage label', () => {
    expect(documents.map((d) => d.doc.slice(0, 3))).toEqual(['000', '001', '002', '003', '004', '005', '006', '007', '008', '009']);
    expect(documents.reduce((n, d) => n + d.gold.length, 0)).toBe(2444);
    expect(documents.find((d) => d.doc.startsWith('009'))).toMatchObject({ usage: 'zh-TW', script: 'traditional' });
    expect(documents.find((d) => d.doc.startsWith('004'))).toMatchObject({ usage: 'zh-CN', script: 'traditional' });
    for (const d of documents) for (const g of d.gold) expect(g.end).toBeLessThanOrEqual(d.text.length);
  });
});

describe('evaluate', () => {
  const evaluation = evaluate(documents.slice(3, 5), (text) => extract(text));

  it('sums the documents of each usage and of all', () => {
    const gold = evaluation.documents.reduce((n, d) => n + d.counts.indicator.gold, 0);
    expect(evaluation.total.counts.indicator.gold).toBe(gold);
    expect([...evaluation.byUsage.keys()]).toEqual(['zh-CN']);
    expect(evaluation.byUsage.get('zh-CN')).toEqual(evaluation.total);
  });

  it('prints a row per document, per usage and for all, and the findings with their document', () => {
    const table = formatEvaluation(evaluation).split('\n');
    expect(table[0]).toMatch(/^\| document \| usage \| indicator P \|/);
    expect(table.slice(2, 6).map((line) => line.split(' | ')[0])).toEqual([
      '| 003 industrial zone economy speech',
      '| 004 county industry speech, traditional',
      '| **zh-CN documents**',
      '| **all**',
    ]);
    for (const line of formatFindings(evaluation).trim().split('\n')) expect(line).toMatch(/^(MISS|FALSE|STATUS|VALUE|METRIC|DEADLINE) +(indicator|commitment) 00[34]_\w+:\d+ /);
  });

  it('names each score below its floor', () => {
    const tally = emptyTally();
    tally.counts.indicator = { gold: 10, found: 9, predicted: 10, right: 9 };
    tally.agreement.status = { compared: 9, agreed: 8 };
    expect(belowFloors(tally, { f1: { indicator: 0.9 }, agreement: { status: 0.8 } })).toEqual([]);
    expect(belowFloors(tally, { f1: { indicator: 0.95, commitment: 0.5 }, agreement: { status: 0.9 } })).toEqual([
      'indicator F1 0.9000 < 0.95',
      'commitment F1 0.0000 < 0.5',
      'status agreement 0.8889 < 0.9',
    ]);
  });

  it('agrees with the reference scorer output on the same counts, and names each difference', () => {
    const [d3, d4] = evaluation.documents as [typeof evaluation.documents[number], typeof evaluation.documents[number]];
    const line = (d: typeof d3, shift = 0): string =>
      `${d.doc.padEnd(28)} ` +
      (['indicator', 'commitment'] as const)
        .map((k) => `${k} P=0.000 R=0.000 (${d.counts[k].found}/${d.counts[k].gold} gold, ${d.counts[k].right + shift}/${d.counts[k].predicted} pred)`)
        .join('  ');
    const { status, value } = evaluation.total.agreement;
    const attr = `ATTR indicator status=0.000 (${status.agreed}/${status.compared}) value=0.000 (${value.agreed}/${value.compared})`;
    expect(differences(evaluation, parseReferenceOutput([line(d3), line(d4), attr, 'TOTAL ...'].join('\n')))).toEqual([]);
    expect(differences(evaluation, parseReferenceOutput([line(d3), line(d4, 1), attr].join('\n')))).toEqual([
      `${d4.doc} indicator right: ${d4.counts.indicator.right} here, ${d4.counts.indicator.right + 1} in the reference`,
      `${d4.doc} commitment right: ${d4.counts.commitment.right} here, ${d4.counts.commitment.right + 1} in the reference`,
    ]);
    expect(() => parseReferenceOutput('usage: score.mjs ...')).toThrow(/printed no scores/);
  });
});

describe('parseGold', () => {
  it('reads the lines of a gold file', () => {
    const line = '{"kind":"indicator","start":2209,"end":2212,"subtype":"count","status":"actual","metric":"重點建設項目","s":"L12.4"}';
    expect(parseGold(`${line}\n\n`, 'gold/004.gold.jsonl')).toEqual([
      { kind: 'indicator', start: 2209, end: 2212, subtype: 'count', status: 'actual', metric: '重點建設項目' },
    ]);
  });

  it('names the file and line of a malformed item', () => {
    const bad = (content: string): unknown => () => parseGold(content, 'gold/x.gold.jsonl');
    expect(bad('{"kind":"indicator","start":1,"end":2}\n{"kind":')).toThrow(new GoldFormatError('gold/x.gold.jsonl:2: not JSON (Unexpected end of JSON input)'));
    expect(bad('{"kind":"quote","start":1,"end":2}')).toThrow('gold/x.gold.jsonl:1: kind must be indicator or commitment');
    expect(bad('{"kind":"indicator","start":5,"end":5}')).toThrow('gold/x.gold.jsonl:1: start and end must be offsets with start < end');
    expect(bad('[]')).toThrow('kind must be');
  });
});
