import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';

/**
 * A cleaned copy of a text on which the rules match, with the way back to
 * the original offsets.
 *
 * Cleaning keeps one character for one character (full-width forms,
 * traditional characters, odd dashes are replaced in place) except for pinyin
 * glosses, which are dropped; `toOriginal` maps every index of `text`
 * (and `text.length`) to an index of the original.
 */
export interface NormalizedText {
  /** The cleaned text: simplified characters, ASCII digits and punctuation, no pinyin glosses. */
  text: string;
  /** `toOriginal[i]` is the original index of `text[i]`; one extra entry maps the end. */
  toOriginal: Uint32Array;
}

/**
 * Traditional (and Taiwan/Hong Kong variant) characters to simplified ones,
 * one character each. Built on first use, so that loading the extractor
 * (in a page's content script, say) costs nothing until text is read.
 */
let traditionalToSimplified: Map<number, number> | undefined;

function buildTraditionalToSimplified(): Map<number, number> {
  const parse = (dictionary: string): [number, number][] =>
    dictionary
      .split('|')
      .map((entry) => entry.split(' '))
      .filter(([from, to]) => from?.length === 1 && to?.length === 1)
      .map(([from, to]) => [from!.charCodeAt(0), to!.charCodeAt(0)]);
  const map = new Map<number, number>(parse(TSCharacters));
  // Taiwan and Hong Kong variants go through their standard form (裏 → 裡 → 里);
  // a variant that is already the simplified form (户, 台) stays as it is.
  for (const [variant, standard] of [...parse(TWVariantsRev), ...parse(HKVariantsRev)]) {
    if (map.has(variant)) continue;
    const simplified = map.get(standard) ?? standard;
    if (simplified !== variant) map.set(variant, simplified);
  }
  return map;
}

/** ASCII forms of punctuation and symbols that scraped pages write in other widths or shapes. */
const punctuation = new Map<string, string>(Object.entries({
  '，': ',', '；': ';', '：': ':', '！': '!', '？': '?', '（': '(', '）': ')',
  '％': '%', '．': '.', '～': '~', '―': '-', '—': '-', '–': '-', '－': '-', '‐': '-', '‑': '-',
  '﹪': '%', '℅': '%', '　': ' ', '\u00a0': ' ',
}));

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

/** Cleans `original` for matching; see {@link NormalizedText}. */
export function normalize(original: string): NormalizedText {
  const simplifiedOf = (traditionalToSimplified ??= buildTraditionalToSimplified());
  const out: string[] = [];
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
    let ch = original[i]!;
    if (code >= 0x80) {
      const replacement = punctuation.get(ch);
      if (replacement !== undefined) ch = replacement;
      else if (code >= 0xff01 && code <= 0xff5e) ch = String.fromCharCode(code - 0xfee0); // full-width ASCII block
      else {
        const simplified = simplifiedOf.get(code);
        if (simplified !== undefined) ch = String.fromCharCode(simplified);
      }
    }
    out.push(ch);
    toOriginal[n++] = i;
  }
  toOriginal[n] = original.length;
  return { text: out.join(''), toOriginal: toOriginal.slice(0, n + 1) };
}
