import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import { runAtOnce } from './steps';

/**
 * A cleaned copy of a text on which the rules match, with the way back to
 * the original offsets.
 *
 * Cleaning replaces characters in place (full-width forms, traditional
 * characters, compatibility ideographs, odd dashes and minus signs) and drops
 * what only gets in the way of reading: pinyin glosses, and the spaces that
 * PDF text puts inside numbers and words (`2 000噸`, `約 11.5 公里`, `公 頃`).
 * `toOriginal` maps every index of `text` (and `text.length`) to an index of
 * the original.
 */
export interface NormalizedText {
  /** The cleaned text: simplified characters, ASCII digits and punctuation, no pinyin glosses, no spaces inside numbers or words. */
  text: string;
  /**
   * The same characters as `text` at the same indices, but in the page's own
   * script (traditional stays traditional): what the analyst is shown. Only
   * widths and punctuation shapes are folded.
   */
  display: string;
  /** `toOriginal[i]` is the original index of `text[i]`; one extra entry maps the end. */
  toOriginal: Uint32Array;
}

/**
 * Traditional (and Taiwan/Hong Kong variant) characters to simplified ones,
 * one character each. Built on first use, so that loading the extractor
 * (in a page's content script, say) costs nothing until text is read; the
 * content script builds it in steps of its own ({@link setUpNormalizing}).
 */
let traditionalToSimplified: Map<number, number> | undefined;

/** Dictionary entries read in one step of building the table. */
const ENTRIES_PER_STEP = 1000;

const SPACE = 0x20;

/**
 * Reads an OpenCC dictionary (`src dst[ dst2]|src dst|…`), calling `pair`
 * with the codes of every entry whose source and first target are one
 * character each, in order; yields after every {@link ENTRIES_PER_STEP}
 * entries. Read by index, without a string or an array per entry.
 */
function* readSingleCharacterPairs(dictionary: string, pair: (from: number, to: number) => void): Generator<void, void, undefined> {
  let entries = 0;
  for (let start = 0; start < dictionary.length; ) {
    const bar = dictionary.indexOf('|', start);
    const end = bar === -1 ? dictionary.length : bar;
    // One character, a space, one character, then the entry's end or a space before other targets.
    if (
      end - start >= 3 &&
      dictionary.charCodeAt(start) !== SPACE &&
      dictionary.charCodeAt(start + 1) === SPACE &&
      dictionary.charCodeAt(start + 2) !== SPACE &&
      (start + 3 === end || dictionary.charCodeAt(start + 3) === SPACE)
    ) {
      pair(dictionary.charCodeAt(start), dictionary.charCodeAt(start + 2));
    }
    start = end + 1;
    if (++entries % ENTRIES_PER_STEP === 0) yield;
  }
}

/** Builds the table of {@link traditionalToSimplified} in bounded steps. */
function* buildTraditionalToSimplified(): Generator<void, Map<number, number>, undefined> {
  const map = new Map<number, number>();
  yield* readSingleCharacterPairs(TSCharacters, (from, to) => map.set(from, to));
  const simplifiedForms = new Set(map.values());
  // Taiwan and Hong Kong variants go through their standard form (裏 → 裡 → 里);
  // a variant that is already the simplified form (户, 台) stays as it is, and so
  // does one that is the simplified form of another character (么 of 麼, not 幺: 这么).
  const addVariant = (variant: number, standard: number): void => {
    if (map.has(variant) || simplifiedForms.has(variant)) return;
    const simplified = map.get(standard) ?? standard;
    if (simplified !== variant) map.set(variant, simplified);
  };
  yield* readSingleCharacterPairs(TWVariantsRev, addVariant);
  yield* readSingleCharacterPairs(HKVariantsRev, addVariant);
  return map;
}

/**
 * Builds what cleaning a text needs once (the table of traditional
 * characters) in bounded steps, for a caller that runs long work in slices;
 * nothing when it is built already. {@link normalize} builds it at once
 * when it was not.
 */
export function* setUpNormalizing(): Generator<void, void, undefined> {
  if (traditionalToSimplified) return;
  const table = yield* buildTraditionalToSimplified();
  traditionalToSimplified ??= table;
}

/** ASCII forms of punctuation and symbols that scraped pages write in other widths or shapes. */
const punctuation = new Map<string, string>(Object.entries({
  '，': ',', '；': ';', '：': ':', '！': '!', '？': '?', '（': '(', '）': ')',
  '％': '%', '．': '.', '～': '~', '―': '-', '—': '-', '–': '-', '－': '-', '‐': '-', '‑': '-',
  '﹪': '%', '℅': '%', '\u2212': '-', '\ufe63': '-',
}));

/** Spaces of every width; PDF text and Hong Kong figures (3\u202f300) put them inside numbers and words. */
const SPACES = new Set([0x20, 0x3000, 0xa0, 0x202f, 0x2009, 0x2007, 0x2002, 0x2003, 0x09]);

/** A run of spaces longer than this separates columns, and is kept. */
const MAX_DROPPED_SPACES = 3;

const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** Letters a pinyin syllable is written with, tone marks included. */
const PINYIN_LETTER = /[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ]/;

/** Syllables glossed without a tone mark (neutral tone). */
const NEUTRAL_TONE_SYLLABLES = new Set(['de', 'le', 'me', 'men', 'ma', 'ne', 'ba', 'zi', 'zhe']);

/**
 * Length of a pinyin gloss such as `(fā)` starting at `i` right after a Han
 * character, or 0. A gloss is one or two syllables of lower-case letters in
 * parentheses of either width; a tone mark (or a neutral-tone syllable)
 * keeps ordinary parenthesised words such as `(Baltimore)` out.
 */
function pinyinGlossLength(text: string, i: number): number {
  const open = text[i];
  if (open !== '(' && open !== '（') return 0;
  let j = i + 1;
  let toned = false;
  while (j < text.length && j - i <= 14) {
    const ch = text[j]!;
    if (PINYIN_LETTER.test(ch)) {
      if (ch > 'z') toned = true;
      j++;
    } else if (ch === ' ' && j > i + 1) {
      j++;
    } else break;
  }
  const close = text[j];
  if ((close !== ')' && close !== '）') || j === i + 1) return 0;
  if (!toned && !NEUTRAL_TONE_SYLLABLES.has(text.slice(i + 1, j))) return 0;
  return j + 1 - i;
}

/** Punctuation replacements by character code, for the per-character loop. */
const punctuationCodes = new Map<number, number>([...punctuation].map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));

/** The code of the character as the page shows it, with widths and punctuation shapes folded to ASCII. */
function folded(original: string, i: number): number {
  const code = original.charCodeAt(i);
  if (code < 0x80) return code;
  if (SPACES.has(code)) return 0x20;
  const replacement = punctuationCodes.get(code);
  if (replacement !== undefined) return replacement;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0; // full-width ASCII block
  // CJK compatibility ideographs (U+F900-U+FAFF, 里 written U+F9E9) stand for their unified forms.
  if (code >= 0xf900 && code <= 0xfaff) return original[i]!.normalize('NFC').charCodeAt(0);
  return code;
}

/** How many digits run back from the end of `out` (at most four are looked at). */
function digitsBefore(out: Uint16Array, n: number): number {
  let k = 0;
  while (k < 4 && n - 1 - k >= 0 && isDigitCode(out[n - 1 - k]!)) k++;
  return k;
}

const isHanOrPercent = (c: number): boolean => isHan(c) || c === 0x25 || c === 0x2030;

/**
 * Whether the run of spaces between the last cleaned character and the
 * original character at `next` is noise inside a number or a word: between
 * digit groups (2 000, 3\u202f300), between a number and its unit or the word
 * before it (約 11.5 公里, 成長 3.5 %), between letter-spaced characters (公 頃).
 */
function isNoiseSpace(out: Uint16Array, n: number, original: string, next: number): boolean {
  if (n === 0 || next >= original.length) return false;
  const before = out[n - 1]!;
  const after = folded(original, next);
  if (isDigitCode(before) && isDigitCode(after)) {
    // A digit group: one to three digits (not a decimal part) before, exactly three after.
    const run = digitsBefore(out, n);
    const lead = out[n - 1 - run];
    if (run > 3 || lead === 0x2e || lead === 0x2c) return false;
    let k = next;
    while (k < original.length && k - next < 4 && isDigitCode(folded(original, k))) k++;
    return k - next === 3;
  }
  return (isDigitCode(before) && isHanOrPercent(after)) || (isHan(before) && (isDigitCode(after) || isHan(after)));
}

// Uint16Array holds platform-endian code units; every platform a browser or Node runs on is little-endian.
const utf16 = new TextDecoder('utf-16le');

/** Cleans `original` for matching; see {@link NormalizedText}. */
export function normalize(original: string): NormalizedText {
  const simplifiedOf = (traditionalToSimplified ??= runAtOnce(buildTraditionalToSimplified()));
  const out = new Uint16Array(original.length);
  const shown = new Uint16Array(original.length);
  const toOriginal = new Uint32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code === 0x28 || code === 0xff08) {
      const previous = i > 0 ? original.charCodeAt(i - 1) : 0;
      const gloss = isHan(previous) || simplifiedOf.has(previous) ? pinyinGlossLength(original, i) : 0;
      if (gloss) {
        i += gloss - 1;
        continue;
      }
    }
    const ch = code < 0x80 ? code : folded(original, i);
    if (ch === 0x20) {
      let end = i + 1;
      while (end < original.length && end - i <= MAX_DROPPED_SPACES && SPACES.has(original.charCodeAt(end))) end++;
      if (end - i <= MAX_DROPPED_SPACES && isNoiseSpace(out, n, original, end)) {
        i = end - 1;
        continue;
      }
    }
    out[n] = ch >= 0x80 ? (simplifiedOf.get(ch) ?? ch) : ch;
    shown[n] = ch;
    toOriginal[n++] = i;
  }
  toOriginal[n] = original.length;
  const decode = (codes: Uint16Array): string => utf16.decode(codes.subarray(0, n));
  return { text: decode(out), display: decode(shown), toOriginal: toOriginal.slice(0, n + 1) };
}
