/**
 * Offsets in Unicode code points, as the W3C Web Annotation model counts
 * them, from the UTF-16 code unit offsets JavaScript strings use. They differ
 * only after a character outside the Basic Multilingual Plane (a rare CJK
 * ideograph such as 𠀀), which takes two code units and is one code point.
 */

/** The text last asked about and the UTF-16 offsets of its astral characters, in order. */
let cache: { text: string; astral: number[] } | undefined;

/** UTF-16 offsets of the characters of `text` that take two code units; usually none in a report. */
function astralOffsets(text: string): number[] {
  if (cache?.text !== text) {
    const astral: number[] = [];
    for (const match of text.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)) astral.push(match.index);
    // Items of one page are converted one after the other: the scan is done once per page.
    cache = { text, astral };
  }
  return cache.astral;
}

/** The code point offset in `text` of UTF-16 offset `offset`. */
export function codePointOffset(text: string, offset: number): number {
  const astral = astralOffsets(text);
  let low = 0;
  let high = astral.length;
  // Astral characters starting before `offset` each count one code point fewer.
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (astral[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return offset - low;
}

/** The number of code points in `text`. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
