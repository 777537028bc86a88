/**
 * A long line (a whole report in one paragraph) cut into chunks of bounded
 * size, so that reading it never makes one long task. Chunks end at sentence
 * ends (。!?), where the extractor's sentences end too; a sentence longer
 * than a chunk is cut at a clause mark, or at worst between two characters
 * that are not both part of a number.
 */
import type { Span } from './extract-lines';

/** Most characters of a line read in one step. */
export const MAX_CHUNK_CHARS = 2000;

/** A chunk of a line, and whether it ends where a sentence ends. */
export interface Chunk extends Span {
  /** False when the chunk ends inside a sentence (a clause mark or a forced cut), true at a sentence end or the line's end. */
  endsSentence: boolean;
}

/** A sentence end: 。!? and what stays with them (further marks, closing quotes), as the extractor's sentences end. */
const SENTENCE_END = /[。!?!?][。!?;!?;”’"]*/g;
/** Marks where a clause ends inside a sentence, the last resort before a forced cut. */
const CLAUSE_MARKS = /[;;,,、::]/g;
/** Characters that may belong to one number; a forced cut does not fall between two of them. */
const NUMBER_PART = /[0-9０-９.．%％〇零一二三四五六七八九十百千万亿两]/;

/** Ends of the line's sentences, in order, the line's end last; found as they are asked for. */
function* sentenceEnds(text: string, line: Span): Generator<number, void, undefined> {
  // A regular expression of its own: the search is resumed between steps, while other lines are cut.
  const sentenceEnd = new RegExp(SENTENCE_END.source, 'g');
  sentenceEnd.lastIndex = line.start;
  for (let m = sentenceEnd.exec(text); m && m.index < line.end; m = sentenceEnd.exec(text)) {
    const end = Math.min(m.index + m[0].length, line.end);
    if (end < line.end) yield end;
  }
  yield line.end;
}

/** Where to end a piece that starts at `start` and has no sentence end within `max` characters. */
function cutInsideSentence(text: string, start: number, max: number): number {
  const limit = start + max;
  let cut = -1;
  // Past the middle of the allowed length, so that cutting at a clause mark still makes progress.
  CLAUSE_MARKS.lastIndex = start + (max >> 1);
  for (let m = CLAUSE_MARKS.exec(text); m && m.index < limit; m = CLAUSE_MARKS.exec(text)) cut = m.index + 1;
  if (cut !== -1) return cut;
  cut = limit;
  while (cut > start + (max >> 1) && NUMBER_PART.test(text[cut - 1]!) && NUMBER_PART.test(text[cut]!)) cut--;
  return cut;
}

/**
 * Characters of whole sentences packed into a line's first chunk; each chunk
 * after it packs twice as many, up to the largest. The first chunks read on a
 * page run the extractor's code for the first time (compiled as it is
 * called, then interpreted until it is found hot), several times slower than
 * later ones: small first chunks keep those steps short.
 */
export const FIRST_CHUNK_CHARS = 250;

/**
 * Cuts `line` into chunks of at most `max` characters: as many whole
 * sentences as fit, a sentence longer than `max` in pieces of its own. The
 * first chunks pack fewer sentences (see {@link FIRST_CHUNK_CHARS}) but never
 * cut one that fits in `max`. The chunks come one by one, each found by
 * reading little more than itself, so that cutting a line of megabytes is no
 * long task either.
 */
export function* chunkLine(text: string, line: Span, max: number = MAX_CHUNK_CHARS): Generator<Chunk, void, undefined> {
  let start = line.start;
  let end = start;
  // Characters of whole sentences the chunk under way may hold.
  let pack = Math.min(FIRST_CHUNK_CHARS, max);
  for (const sentenceEnd of sentenceEnds(text, line)) {
    if (end > start && sentenceEnd - start > pack) {
      yield { start, end, endsSentence: true };
      start = end;
      pack = Math.min(2 * pack, max);
    }
    // A sentence longer than a chunk is cut inside, in pieces of its own.
    while (sentenceEnd - start > max) {
      const cut = cutInsideSentence(text, start, max);
      yield { start, end: cut, endsSentence: false };
      start = cut;
    }
    end = sentenceEnd;
  }
  if (end > start) yield { start, end, endsSentence: true };
}
