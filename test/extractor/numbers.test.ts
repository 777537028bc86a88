import { describe, expect, it } from 'vitest';
import { readNumber } from '../../src/extractor/numbers';

/** The number read at the start of `text` (already normalised: ASCII digits, simplified characters). */
function read(text: string) {
  const token = readNumber(text, 0);
  if (!token) throw new Error(`no number read in ${text}`);
  return { ...token, written: text.slice(token.start, token.end) };
}

describe('readNumber on Arabic digits', () => {
  it.each([
    ['144家建筑业企业', 144, '144'],
    ['320.31亿', 320.31, '320.31亿'],
    ['12,345,678元', 12345678, '12,345,678'],
    ['1,234.5亿', 1234.5, '1,234.5亿'],
    ['0.2个百分点', 0.2, '0.2'],
  ])('reads %s as %d', (text, value, written) => {
    expect(read(text)).toMatchObject({ value, written, chinese: false, fraction: false });
  });

  it('takes a comma for a thousands separator only before exactly three digits', () => {
    expect(read('1,23')).toMatchObject({ value: 1, written: '1' });
    expect(read('16,5111')).toMatchObject({ value: 16, written: '16' });
  });

  it('leaves a full stop that no digit follows out of the number', () => {
    expect(read('7.6。速度比较慢')).toMatchObject({ value: 7.6, written: '7.6' });
    expect(read('1. 质量管理')).toMatchObject({ value: 1, written: '1' });
  });

  it('keeps 万, 亿 and 千 written after the digits as the scale of the unit, the value as written', () => {
    expect(read('28.5万美金')).toMatchObject({ value: 28.5, scale: '万' });
    expect(read('1.3亿立方米')).toMatchObject({ value: 1.3, scale: '亿' });
    expect(read('3千人')).toMatchObject({ value: 3, scale: '千' });
  });

  it('keeps 千 of 千米, 千克 and 千瓦 with the unit', () => {
    expect(read('3千米')).toMatchObject({ value: 3, written: '3' });
    expect(read('5千瓦时')).toMatchObject({ value: 5, written: '5' });
  });

  it('reads a remainder after the magnitude, spaces included: 16 万 6,511 = 166511', () => {
    expect(read('16 万 6,511人')).toMatchObject({ value: 166511, written: '16 万 6,511' });
    expect(read('1亿2000万元')).toMatchObject({ value: 120000000, written: '1亿2000万' });
  });
});

describe('readNumber on Chinese numerals', () => {
  it.each([
    ['十二', 12],
    ['两万五千', 25000],
    ['一千零五', 1005],
    ['一百零八', 108],
    ['三百五', 350],
    ['九篇', 9],
  ])('reads %s as %d', (text, value) => {
    expect(read(text)).toMatchObject({ value, chinese: true, fraction: false });
  });

  it.each([
    ['三千二百万', 3200, '万'],
    ['壹万', 1, '万'],
    ['十亿元', 10, '亿'],
    ['四千万亿', 4000, '万亿'],
  ])('keeps the magnitude ending %s as the scale of the unit, as after digits', (text, value, scale) => {
    expect(read(text)).toMatchObject({ value, scale, chinese: true });
  });

  it('stops where the numeral grammar breaks, so that 十一五 is 十一 and a stray 五', () => {
    expect(read('十一五规划')).toMatchObject({ value: 11, written: '十一' });
    expect(read('三五成群')).toMatchObject({ value: 3, written: '三' });
  });

  it('reads no number from a magnitude alone', () => {
    expect(readNumber('万元生产总值', 0)).toBeNull();
    expect(readNumber('亿元以上企业', 0)).toBeNull();
  });

  it('reads 两万五 as 25000, the trailing digit taking the place below 万', () => {
    expect(read('两万五').value).toBe(25000);
  });

  it('reads 一亿二千万 as 120000000, 万 applying to 二千 only', () => {
    expect(read('一亿二千万').value).toBe(120000000);
  });

  it('reads a numeral written digit by digit, 二〇〇八, as 2008', () => {
    expect(read('二〇〇八').value).toBe(2008);
  });
});

describe('readNumber on fractions', () => {
  it('reads 百分之五十 as 50 (per cent), with Arabic digits too', () => {
    expect(read('百分之五十')).toMatchObject({ value: 50, fraction: true, written: '百分之五十' });
    expect(read('百分之12.5')).toMatchObject({ value: 12.5, fraction: true });
  });

  it('reads 四分之一 as 0.25', () => {
    expect(read('四分之一,为全市最多')).toMatchObject({ value: 0.25, fraction: true, written: '四分之一' });
  });

  it('reads 1/12 as a fraction', () => {
    expect(read('1/12的土地')).toMatchObject({ value: 1 / 12, fraction: true, written: '1/12' });
  });
});

describe('readNumber on approximate numbers', () => {
  it('reads 2个多亿 as about two in 亿', () => {
    expect(read('2个多亿投入到了德山工业园')).toMatchObject({ value: 2, scale: '亿', approximate: true, written: '2个多亿' });
  });

  it('reads 20多万 with its magnitude', () => {
    expect(read('20多万元')).toMatchObject({ value: 20, scale: '万', approximate: true, written: '20多万' });
  });

  it('marks 20多 and 3000余 as approximate and leaves 多/余 to the measure word', () => {
    expect(read('20多家重点企业')).toMatchObject({ value: 20, approximate: true, written: '20' });
    expect(read('3000余份')).toMatchObject({ value: 3000, approximate: true, written: '3000' });
  });

  it('reads an exact number as exact', () => {
    expect(read('1000份').approximate).toBe(false);
  });
});

describe('readNumber where no number starts', () => {
  it.each(['的', '?', '', '第五'])('reads nothing at %j', (text) => {
    expect(readNumber(text, 0)).toBeNull();
  });

  it('reads from the position given, not from the start', () => {
    expect(readNumber('共发放宣传资料3000余份', 7)).toMatchObject({ start: 7, end: 11, value: 3000 });
  });
});
