/**
 * Reading numbers as Chinese reports write them: Arabic digits with
 * separators and decimals, Chinese numerals (一千二百, 两万, 壹万), mixed forms
 * (16 万 6,511, 1.5亿, 2个多亿), fractions (百分之五十, 四分之一, 1/12).
 *
 * All functions read the normalised text (ASCII digits, simplified
 * characters) and never backtrack: each character is looked at a bounded
 * number of times.
 */

/** A number found in the text. */
export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** 多/余/几 make a number approximate: 20多, 3000余, 2个多亿. */
  approximate: boolean;
  /** True when the number is a fraction or percentage written in words (百分之五十, 四分之一) or with a slash. */
  fraction: boolean;
  /** True when Chinese numeral characters were read. */
  chinese: boolean;
  /**
   * A magnitude that ends the number (1.5亿, 3千, 三千万, 十亿) and belongs to
   * the unit: `value` stays as written (1.5, 3000, 10) and the unit reads
   * 亿元. Absent when the magnitude was folded into the value (16 万 6,511 =
   * 166511, 两万五千 = 25000).
   */
  scale?: '万' | '亿' | '万亿' | '千';
}

const DIGIT_VALUES: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

// Sets, not `in` on the tables: these run for every character of a page.
const CHINESE_DIGITS = new Set(Object.keys(DIGIT_VALUES));
const CHINESE_NUMERAL_CHARS = new Set([...CHINESE_DIGITS, ...Object.keys(SMALL_UNITS), ...Object.keys(LARGE_UNITS)]);

export const isAsciiDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
export const isChineseDigit = (ch: string | undefined): boolean => ch !== undefined && CHINESE_DIGITS.has(ch);
export const isChineseNumeralChar = (ch: string | undefined): boolean => ch !== undefined && CHINESE_NUMERAL_CHARS.has(ch);

/** Reads `1,234.5` (thousands separators must be followed by three digits). */
function readArabic(text: string, i: number): { end: number; value: number } | null {
  if (!isAsciiDigit(text[i])) return null;
  let j = i;
  let digits = '';
  while (j < text.length) {
    const ch = text[j]!;
    if (isAsciiDigit(ch)) {
      digits += ch;
      j++;
    } else if (ch === ',' && isAsciiDigit(text[j + 1]) && isAsciiDigit(text[j + 2]) && isAsciiDigit(text[j + 3]) && !isAsciiDigit(text[j + 4])) {
      j++;
    } else break;
  }
  if (text[j] === '.' && isAsciiDigit(text[j + 1])) {
    digits += '.';
    j++;
    while (isAsciiDigit(text[j])) digits += text[j++];
  }
  return { end: j, value: Number(digits) };
}

/**
 * Reads a run of Chinese numeral characters as one well-formed numeral
 * (三千二百万, 十二, 两万五千). Stops where the grammar breaks, so that
 * 十一五 reads as 十一 followed by a stray 五 (which the caller can reject).
 */
function readChinese(text: string, i: number): { end: number; value: number } | null {
  const positional = readDigitByDigit(text, i);
  if (positional) return positional;
  let j = i;
  let high = 0; // the part counted in 亿
  let mid = 0; // the part counted in 万
  let section = 0; // below 万
  let digit = -1; // pending digit, -1 when none
  let lastUnit = Infinity; // the last unit read, for the place of a trailing digit
  let afterZero = false; // 一千零五: a digit after 零 is a plain unit digit
  while (j < text.length) {
    const ch = text[j]!;
    if (CHINESE_DIGITS.has(ch)) {
      if (digit >= 0 && DIGIT_VALUES[ch] !== 0 && digit !== 0) break; // two digits in a row: 三五, 十一五
      digit = DIGIT_VALUES[ch]!;
      if (digit === 0) afterZero = true;
      j++;
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch]!;
      if (unit >= lastUnit && section > 0) break;
      section += (digit < 0 ? 1 : digit) * unit;
      lastUnit = unit;
      digit = -1;
      afterZero = false;
      j++;
    } else if (ch === '万' || ch === '亿') {
      if (j === i) return null;
      section += digit < 0 ? 0 : digit;
      if (ch === '亿') {
        high = (high + mid + section) * 1e8;
        mid = 0;
      } else {
        mid = (mid + section) * 1e4;
      }
      section = 0;
      digit = -1;
      lastUnit = ch === '亿' ? 1e8 : 1e4;
      afterZero = false;
      j++;
    } else break;
  }
  if (j === i) return null;
  // A trailing digit after a unit takes the next lower place: 三百五 = 350, 两万五 = 25000.
  if (digit > 0 && !afterZero && lastUnit !== Infinity && lastUnit >= 100) section += digit * (lastUnit / 10);
  else if (digit > 0) section += digit;
  return { end: j, value: high + mid + section };
}

/** Decimals written in Chinese after 点: 三点二 = 3.2 (not 三点意见, where no digit follows). */
function readChineseDecimal(text: string, read: { end: number; value: number }): { end: number; value: number } {
  if (text[read.end] !== '点' || !CHINESE_DIGITS.has(text[read.end + 1] ?? '')) return read;
  let j = read.end + 1;
  let digits = '';
  while (j < text.length && CHINESE_DIGITS.has(text[j]!)) digits += DIGIT_VALUES[text[j++]!];
  if (j < text.length && CHINESE_NUMERAL_CHARS.has(text[j]!)) return read; // 三点十分: a time, not a decimal
  return { end: j, value: Number(`${read.value}.${digits}`) };
}

/** A numeral written digit by digit, as years are (二〇〇八 = 2008): three or more digits, no units. */
function readDigitByDigit(text: string, i: number): { end: number; value: number } | null {
  let j = i;
  let digits = '';
  while (j < text.length && CHINESE_DIGITS.has(text[j]!)) digits += DIGIT_VALUES[text[j++]!];
  if (digits.length < 3 || (text[j] !== undefined && CHINESE_NUMERAL_CHARS.has(text[j]!))) return null;
  return { end: j, value: Number(digits) };
}

/** The value of each magnitude a unit can carry. */
const MAGNITUDES: Record<NonNullable<NumberToken['scale']>, number> = { 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 };

/** The magnitude (万, 亿, 万亿) that ends the Chinese numeral [i, end), when one more than the numeral's first character does. */
function trailingMagnitude(text: string, i: number, end: number): '万' | '亿' | '万亿' | undefined {
  if (end - i < 2) return undefined;
  const magnitude = text[end - 1] === '亿' ? (end - i > 2 && text[end - 2] === '万' ? '万亿' : '亿') : text[end - 1] === '万' ? '万' : undefined;
  if (!magnitude) return undefined;
  // 一亿二千万 mixes two magnitudes: it is read whole.
  for (let k = i; k < end - magnitude.length; k++) if (text[k] === '万' || text[k] === '亿') return undefined;
  return magnitude;
}

/** Spaces scraped into the middle of a number (16 万 6,511). */
function skipSpaces(text: string, j: number): number {
  let k = j;
  while (text[k] === ' ' && k - j < 2) k++;
  return k;
}

/**
 * Reads the number starting at `i`, or null. Handles a magnitude character
 * after Arabic digits and a remainder after it (16 万 6,511 = 166511),
 * approximations written inside the number (2个多亿, 20多万, 3000余), and
 * fractions (百分之五十 = 50, 四分之一 = 0.25, 1/12).
 */
export function readNumber(text: string, i: number): NumberToken | null {
  if (text.startsWith('百分之', i)) {
    const whole = readChinese(text, i + 3);
    const n = whole ? readChineseDecimal(text, whole) : readArabic(text, i + 3);
    return n && { start: i, end: n.end, value: n.value, approximate: false, fraction: true, chinese: true };
  }
  const chinese = !isAsciiDigit(text[i]);
  const whole = chinese ? readChinese(text, i) : readArabic(text, i);
  const first = chinese && whole ? readChineseDecimal(text, whole) : whole;
  if (!first) return null;
  let { end, value } = first;
  let approximate = false;
  // 三千万元, 十亿元: a magnitude ending a Chinese numeral is the unit's scale, as after digits (30亿元).
  const scale = chinese ? trailingMagnitude(text, i, end) : undefined;
  if (scale) {
    value = Math.round((value / MAGNITUDES[scale]) * 1e6) / 1e6;
    return { start: i, end, value, approximate: text[end] === '多' || text[end] === '余', fraction: false, chinese, scale };
  }

  // N分之M
  if (text[end] === '分' && text[end + 1] === '之') {
    const m = readChinese(text, end + 2) ?? readArabic(text, end + 2);
    if (m && value) return { start: i, end: m.end, value: m.value / value, approximate: false, fraction: true, chinese: true };
  }
  // 1/12
  if (!chinese && text[end] === '/' && isAsciiDigit(text[end + 1])) {
    const m = readArabic(text, end + 1);
    if (m && m.value) return { start: i, end: m.end, value: value / m.value, approximate: false, fraction: true, chinese: false };
  }
  if (!chinese) {
    // Magnitudes after digits: 1.5亿, 3千, 16 万 6,511, 2个多亿, 20多万.
    let k = skipSpaces(text, end);
    let approx = false;
    if (text[k] === '个' && text[k + 1] === '多' && text[k + 2] === '亿') { k += 2; approx = true; }
    else if (text[k] === '多' && text[k + 1] === '个' && text[k + 2] === '亿') { k += 2; approx = true; } // 170多个亿
    else if ((text[k] === '多' || text[k] === '余') && (text[k + 1] === '万' || text[k + 1] === '亿')) { k += 1; approx = true; }
    else if (text[k] === '个' && text[k + 1] === '亿') k += 1;
    const trillion = text[k] === '万' && text[k + 1] === '亿';
    if (trillion) k++;
    const magnitudeChar = trillion ? '万亿' : text[k];
    const magnitude = trillion ? 1e12 : magnitudeChar === '万' ? 1e4 : magnitudeChar === '亿' ? 1e8 : magnitudeChar === '千' ? 1e3 : 0;
    if (magnitude && !(magnitudeChar === '千' && (text[k + 1] === '米' || text[k + 1] === '克' || text[k + 1] === '瓦'))) {
      end = k + 1;
      approximate ||= approx;
      // 1亿2000万, 16 万 6,511: a smaller remainder right after folds the magnitude into the value.
      const r = skipSpaces(text, end);
      const rest = isAsciiDigit(text[r]) ? readArabic(text, r) : null;
      // 30 萬 8 千人: the remainder may carry a smaller magnitude of its own.
      const restUnit = rest ? text[skipSpaces(text, rest.end)] : undefined;
      const restMagnitude = restUnit === '万' ? 1e4 : restUnit === '千' && magnitude > 1e3 ? 1e3 : 1;
      if (rest && text[rest.end] !== '.' && rest.value * restMagnitude < magnitude) {
        value = value * magnitude + rest.value * restMagnitude;
        end = restMagnitude > 1 ? skipSpaces(text, rest.end) + 1 : rest.end;
      } else {
        return { start: i, end, value, approximate, fraction: false, chinese, scale: magnitudeChar as '万' | '亿' | '万亿' | '千' };
      }
    }
  }
  if (text[end] === '多' || text[end] === '余') {
    // 20多家, 3000余份: the approximation belongs to the number; 多 before a magnitude was handled above.
    approximate = true;
  }
  return { start: i, end, value, approximate, fraction: false, chinese };
}
