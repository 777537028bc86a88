import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/extractor/normalize';

/** Every index of the cleaned text maps to the original character it came from. */
function expectMappedBack(original: string): void {
  const { text, toOriginal } = normalize(original);
  expect(toOriginal).toHaveLength(text.length + 1);
  expect(toOriginal[text.length]).toBe(original.length);
  for (let i = 1; i < toOriginal.length; i++) expect(toOriginal[i]).toBeGreaterThan(toOriginal[i - 1]!);
}

describe('normalize', () => {
  it('turns full-width digits and punctuation into ASCII, one character for one', () => {
    const original = '现场接受质量投诉１０起，处理率达１００％；（一）';
    const { text, toOriginal } = normalize(original);
    expect(text).toBe('现场接受质量投诉10起,处理率达100%;(一)');
    expect(Array.from(toOriginal)).toEqual([...Array(original.length + 1).keys()]);
  });

  it('writes odd dashes as a hyphen: 1―7月', () => {
    expect(normalize('今年1―7月,德山开发区').text).toBe('今年1-7月,德山开发区');
  });

  it('turns traditional characters into simplified ones, one for one', () => {
    const original = '縣級各部門、各鄉鎮一定要有危機感和責任感';
    const { text, toOriginal } = normalize(original);
    expect(text).toBe('县级各部门、各乡镇一定要有危机感和责任感');
    expect(toOriginal[text.length]).toBe(original.length);
  });

  it('reads 會 as 会 and 將 as 将, both "will"', () => {
    expect(normalize('政府會').text).toBe('政府会');
    expect(normalize('我縣將堅持質量強縣戰略').text).toBe('我县将坚持质量强县战略');
  });

  it('simplifies the magnitudes 萬 and 億 so that numbers read across scripts', () => {
    expect(normalize('1200萬美金,1億美金').text).toBe('1200万美金,1亿美金');
  });

  it('turns the variant 戶 into 户 and keeps a simplified 户 or 台 as it is', () => {
    expect(normalize('三戶企業').text).toBe('三户企业');
    expect(normalize('规模工业企业达到130户以上').text).toBe('规模工业企业达到130户以上');
    expect(normalize('出动车辆1100余台次').text).toBe('出动车辆1100余台次');
  });

  it('keeps 么, the simplified form of 麼, rather than reading it as the Taiwan variant of 幺', () => {
    expect(normalize('市里下这么大的决心,为什麼').text).toBe('市里下这么大的决心,为什么');
  });

  it('drops the pinyin gloss after a character: 發(fā)展 → 发展', () => {
    const original = '發(fā)展';
    const { text, toOriginal } = normalize(original);
    expect(text).toBe('发展');
    expect(Array.from(toOriginal)).toEqual([0, 5, 6]);
  });

  it('drops glosses in full-width parentheses and glosses of two syllables', () => {
    expect(normalize('發（fā）展').text).toBe('发展');
    expect(normalize('增長（zēng zhǎng）率').text).toBe('增长率');
  });

  it('drops neutral-tone glosses, which carry no tone mark', () => {
    expect(normalize('我們(men)的(de)').text).toBe('我们的');
  });

  it('keeps parenthesised words that are no pinyin: (Baltimore), (市)', () => {
    expect(normalize('巴爾的摩(Baltimore)').text).toBe('巴尔的摩(Baltimore)');
    expect(normalize('各个区县(市)投入').text).toBe('各个区县(市)投入');
  });

  it('keeps a toned gloss that follows no character: a line cut inside a gloss', () => {
    expect(normalize('(fā)展').text).toBe('(fā)展');
  });

  it('maps every index back through dropped glosses: 28.5萬(wàn)美金', () => {
    const original = 'CitiStat的建立花費(fèi)了28.5萬(wàn)美金';
    const { text, toOriginal } = normalize(original);
    expect(text).toBe('CitiStat的建立花费了28.5万美金');
    const value = text.indexOf('28.5万美金');
    const start = toOriginal[value]!;
    const end = toOriginal[value + '28.5万美金'.length - 1]! + 1;
    expect(original.slice(start, end)).toBe('28.5萬(wàn)美金');
    expectMappedBack(original);
  });

  it('maps back a real paragraph with traditional characters, glosses and noise', () => {
    expectMappedBack(
      '1-8月,全市工業(yè)電量30.6億千瓦時(shí),同比增長(zhǎng)1.6%,居全省第9位;其中8月份完成工業(yè)用電4.8億千瓦時(shí),同比增長(zhǎng)35.1%,居全省第7位。',
    );
  });

  it('keeps line ends, CRLF included, so that sentences end there', () => {
    expect(normalize('第一行\r\n第二行\n').text).toBe('第一行\r\n第二行\n');
  });

  it('maps the empty text to an empty text', () => {
    const { text, toOriginal } = normalize('');
    expect(text).toBe('');
    expect(Array.from(toOriginal)).toEqual([0]);
  });
});

describe('normalize: spaces and forms from PDF text', () => {
  it('drops the spaces PDF text puts between a number, its unit and the word before it', () => {
    expect(normalize('路線總長約 14.8 公里，共設12 座車站').text).toBe('路线总长约14.8公里,共设12座车站');
    expect(normalize('經濟成長 3.5 %').text).toBe('经济成长3.5%');
    expect(normalize('3 萬 5,000 元').text).toBe('3万5,000元');
  });

  it('joins digit groups cut by a space or a narrow no-break space: 2 000噸, 逾3\u202f300名', () => {
    expect(normalize('2 000噸').text).toBe('2000吨');
    expect(normalize('逾3\u202f300名').text).toBe('逾3300名');
    expect(normalize('15 000個').text).toBe('15000个');
  });

  it('keeps spaces between numbers that are no digit groups, and between column runs', () => {
    expect(normalize('1 2 3').text).toBe('1 2 3');
    expect(normalize('12345 678').text).toBe('12345 678');
    expect(normalize('3.46 230').text).toBe('3.46 230');
    expect(normalize('內湖區      3.46').text).toBe('内湖区      3.46');
  });

  it('joins letter-spaced characters: 145 公 頃', () => {
    const original = '145 公 頃';
    const { text, display, toOriginal } = normalize(original);
    expect(text).toBe('145公顷');
    expect(display).toBe('145公頃');
    expect(original.slice(toOriginal[0]!, toOriginal[text.length - 1]! + 1)).toBe(original);
    expectMappedBack(original);
  });

  it('reads compatibility ideographs as their unified forms: U+F9E9 for 里', () => {
    expect(normalize('全長約 10.9 公\uf9e9').text).toBe('全长约10.9公里');
  });

  it('writes a minus sign as a hyphen: −1.2%', () => {
    expect(normalize('同比下降−1.2%').text).toBe('同比下降-1.2%');
  });

  it('keeps the page script in the display copy, index for index', () => {
    const { text, display } = normalize('計畫經費２億元');
    expect(text).toBe('计画经费2亿元');
    expect(display).toBe('計畫經費2億元');
  });
});
