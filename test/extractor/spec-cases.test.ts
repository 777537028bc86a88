/** The example-spec format: what a line may say, and when a case fails. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor';
import { checkCase, parseSpecLine } from './spec-cases';

/** A real sentence of the industrial-parks speeches (001): a target with a deadline and two target amounts. */
const TARGET = '通过园区工业的大发展,实现“实施千亿工程,建设工业常德”的目标,到2010年全市工业企业销售收入新增500亿元,其中德山开发区新增100亿元。';
const check = (line: object): string[] => {
  const spec = parseSpecLine(JSON.stringify(line));
  return checkCase(spec, extract(spec.input));
};

describe('parseSpecLine', () => {
  it('takes the kinds of `only` from the items unless given', () => {
    expect(parseSpecLine(JSON.stringify({ input: TARGET, items: [{ kind: 'indicator', valueText: '500亿元' }], only: true })).kinds).toEqual(['indicator']);
    expect(parseSpecLine(JSON.stringify({ input: TARGET, items: [], only: true, kinds: ['commitment'] })).kinds).toEqual(['commitment']);
  });

  it('says what is wrong with a malformed line', () => {
    const parse = (line: string) => () => parseSpecLine(line);
    expect(parse('{"input": "x", "items": [')).toThrow(SyntaxError);
    expect(parse('{"input": "", "items": []}')).toThrow('"input" must be a non-empty string');
    expect(parse('{"input": "x"}')).toThrow('"items" must be an array');
    expect(parse('{"input": "x", "items": [{"kind": "indicator", "value": 1}]}')).toThrow('items[0] needs "valueText"');
    expect(parse('{"input": "x", "items": [{"kind": "quote", "text": "x"}]}')).toThrow('items[0].kind must be indicator or commitment');
    expect(parse('{"input": "x", "items": [], "only": true}')).toThrow('"only" with no items needs "kinds"');
    expect(parse('{"input": "x", "items": [], "kinds": ["number"]}')).toThrow('"kinds" must list');
    expect(parse('{"input": "x", "items": [], "nots": 1}')).toThrow('unknown field nots');
  });
});

describe('checkCase', () => {
  it('holds when every expected item is found with its fields', () => {
    expect(check({ input: TARGET, items: [{ kind: 'commitment', text: '新增500亿元', deadline: '到2010年' }, { kind: 'indicator', valueText: '500亿元', value: 500, status: 'target' }] })).toEqual([]);
  });

  it('names an item not found, and what was found', () => {
    expect(check({ input: TARGET, items: [{ kind: 'indicator', valueText: '500' }] })).toEqual([
      'indicator "500" not found; found: commitment "' + TARGET + '", indicator "500亿元", indicator "100亿元"',
    ]);
  });

  it('names each field that differs', () => {
    expect(check({ input: TARGET, items: [{ kind: 'indicator', valueText: '500亿元', value: 5, unit: '亿元', status: 'actual' }] })).toEqual([
      'indicator "500亿元": value: expected 5, found 500; status: expected "actual", found "target"',
    ]);
  });

  it('with `only`, names every other item of the kinds concerned', () => {
    expect(check({ input: TARGET, items: [{ kind: 'indicator', valueText: '500亿元' }], only: true })).toEqual(['unexpected indicator "100亿元"']);
    expect(check({ input: TARGET, items: [], only: true, kinds: ['commitment'] })).toEqual([`unexpected commitment "${TARGET}"`]);
  });
});
