/** A sentence of the normalised text: [start, end), its closing punctuation included. */
export interface Sentence {
  start: number;
  end: number;
}

const TERMINATORS = new Set(['。', '!', '?', ';', '\n', '\r']);
const isTerminator = (ch: string | undefined): boolean => ch !== undefined && TERMINATORS.has(ch);
const isLineEnd = (ch: string | undefined): boolean => ch === '\n' || ch === '\r';

/**
 * Cuts the text into sentences at 。 ! ? ; (ASCII forms included after
 * normalisation) and at line ends. A run of closing marks stays with the
 * sentence it closes; leading spaces are left out.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    while (s < end && (text[s] === ' ' || text[s] === '\t' || isLineEnd(text[s]))) s++;
    let e = end;
    while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t' || isLineEnd(text[e - 1]))) e--;
    if (e > s) sentences.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (!isTerminator(ch)) continue;
    if (isLineEnd(ch)) {
      push(i);
      start = i + 1;
      continue;
    }
    let end = i + 1;
    // Closing quotes and further marks belong to the sentence: 。” ?! 。?
    while (end < text.length && (text[end] === '”' || text[end] === '’' || text[end] === '"' || (isTerminator(text[end]) && !isLineEnd(text[end])))) end++;
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return sentences;
}

/** Sentences `start` (included) to `end` (excluded) of a list. */
export interface SentenceRun {
  /** Index of the run's first sentence. */
  start: number;
  /** One past the index of its last sentence. */
  end: number;
}

/** The runs of `sentences` that share a line of `text` (no line end between two of them): its paragraphs, in order. */
export function sentencesByLine(text: string, sentences: readonly Sentence[]): SentenceRun[] {
  const runs: SentenceRun[] = [];
  let start = 0;
  while (start < sentences.length) {
    let end = start + 1;
    while (end < sentences.length && !/[\n\r]/.test(text.slice(sentences[end - 1]!.end, sentences[end]!.start))) end++;
    runs.push({ start, end });
    start = end;
  }
  return runs;
}
