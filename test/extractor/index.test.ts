/**
 * `extract` end to end on paragraphs of the corpus reports, the noisy ones
 * included: every offset refers to the text exactly as given.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor';
import type { CommitmentItem, IndicatorItem } from '../../src/extractor/types';

/** A paragraph in traditional characters with pinyin glosses (corpus file 002). */
const POWER =
  '6.工業(yè)電量和工業(yè)用天然氣。1-8月,全市工業(yè)電量30.6億千瓦時(shí),同比增長(zhǎng)1.6%,居全省第9位;其中8月份完成工業(yè)用電4.8億千瓦時(shí),同比增長(zhǎng)35.1%,居全省第7位。全市工業(yè)用天然氣1.3億立方米,同比增長(zhǎng)22.3%。';

/** A target sentence of the same report. */
const FORECAST = '預(yù)計(jì)全市規(guī)上工業(yè)增加值增長(zhǎng)16%左右,全年力爭(zhēng)實(shí)現(xiàn)規(guī)上工業(yè)增加值7.5%。';

/** Three sentences in simplified characters (corpus files 001 and 000): two commitments, then an account of work done. */
const PARKS =
  '二是新农村建设今年要迈出有力的一步。全市园区工业企业销售收入年均增长30以上,入库税金年均增长20以上,到2010年,全市园区工业企业销售收入由115亿元增加到500亿元以上,入库税金由6.9亿元增加到25亿元以上,规模工业企业由117家增加到500家以上。依据平台预警信息,及时对相关企业催告,确保了定检率、登记率不断提高,确保了特种设备正常运行。';

const indicatorsOf = (text: string): IndicatorItem[] => extract(text).filter((item): item is IndicatorItem => item.kind === 'indicator');
const commitmentsOf = (text: string): CommitmentItem[] => extract(text).filter((item): item is CommitmentItem => item.kind === 'commitment');

describe('extract', () => {
  it('finds nothing in an empty text', () => {
    expect(extract('')).toEqual([]);
  });

  it('gives the spans of traditional text with glosses in the original, glosses inside kept', () => {
    expect(indicatorsOf(POWER).map((item) => item.text)).toEqual([
      '30.6億千瓦時(shí),同比增長(zhǎng)1.6%',
      '第9位',
      '4.8億千瓦時(shí),同比增長(zhǎng)35.1%',
      '第7位',
      '1.3億立方米,同比增長(zhǎng)22.3%',
    ]);
    for (const item of indicatorsOf(POWER)) {
      expect(POWER.slice(item.start, item.end)).toBe(item.text);
      expect(POWER.slice(item.valueStart, item.valueEnd)).toBe(item.valueText);
    }
  });

  it('ends a value before the gloss of its last character', () => {
    const power = indicatorsOf(POWER)[0]!;
    expect(power.valueText).toBe('30.6億千瓦時');
    expect(POWER.slice(power.valueEnd, power.valueEnd + '(shí)'.length)).toBe('(shí)');
  });

  it('gives the fields as the page writes them: metric, unit, change', () => {
    const [power] = indicatorsOf(POWER);
    expect(power).toMatchObject({ metric: '工業電量', change: { direction: 'up', amount: 1.6, unit: '%', text: '同比增長1.6%' } });
    expect(power!.unit).toBe('億千瓦時');
  });

  it('puts a commitment before the indicators inside it, and holds the very same items', () => {
    const items = extract(FORECAST);
    expect(items.map((item) => item.kind)).toEqual(['commitment', 'indicator', 'indicator']);
    const [commitment, ...indicators] = items as [CommitmentItem, ...IndicatorItem[]];
    expect(commitment).toMatchObject({ subtype: 'target', marker: '力爭', start: 0, end: FORECAST.length, text: FORECAST });
    expect(commitment.indicators).toEqual(indicators);
    expect(indicators.map((item) => [item.valueText, item.status])).toEqual([
      ['16%左右', 'target'],
      ['7.5%', 'target'],
    ]);
  });

  it('marks indicators outside every commitment as actual', () => {
    expect(indicatorsOf(POWER).every((item) => item.status === 'actual')).toBe(true);
    expect(commitmentsOf(POWER)).toEqual([]);
  });

  it('finds the commitments of a paragraph sentence by sentence, in text order', () => {
    const commitments = commitmentsOf(PARKS);
    expect(commitments.map((item) => item.text)).toEqual([
      '二是新农村建设今年要迈出有力的一步。',
      '全市园区工业企业销售收入年均增长30以上,入库税金年均增长20以上,到2010年,全市园区工业企业销售收入由115亿元增加到500亿元以上,入库税金由6.9亿元增加到25亿元以上,规模工业企业由117家增加到500家以上。',
    ]);
    for (const item of commitments) expect(PARKS.slice(item.start, item.end)).toBe(item.text);
    const starts = extract(PARKS).map((item) => item.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('finds the same items in full-width digits and punctuation, at the same offsets', () => {
    const fullWidth = PARKS.replace(/[0-9,;:%()]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    const strip = ({ text: _text, valueText: _valueText, ...rest }: IndicatorItem) => rest;
    expect(indicatorsOf(fullWidth).map(strip)).toEqual(indicatorsOf(PARKS).map(strip));
    expect(commitmentsOf(fullWidth).map((item) => [item.start, item.end, item.subtype])).toEqual(
      commitmentsOf(PARKS).map((item) => [item.start, item.end, item.subtype]),
    );
  });

  it('finds the same items after CRLF line ends, shifted by one per line end before them', () => {
    const lf = [PARKS, POWER, FORECAST].join('\n');
    const crlf = lf.replace(/\n/g, '\r\n');
    const lineEndsBefore = (offset: number): number => lf.slice(0, offset).split('\n').length - 1;
    const expected = extract(lf).map((item) => [item.kind, item.start + lineEndsBefore(item.start), item.text]);
    expect(extract(crlf).map((item) => [item.kind, item.start, item.text])).toEqual(expected);
  });

  it('reads a lost-% rate in a sentence where noise replaced a character', () => {
    const text = '今年1―7月,德山开发区的工业增加值增长速度只有13?8,比全市平均水平还要低5.3个百分点。';
    const items = indicatorsOf(text);
    expect(items.map((item) => item.valueText)).toContain('5.3个百分点');
    for (const item of items) expect(text.slice(item.start, item.end)).toBe(item.text);
  });
});
