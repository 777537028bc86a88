/**
 * What the extractor can tell about its own decisions, for
 * `policy-lens extract --explain`: every candidate a named veto set aside,
 * and the sentences a run reads.
 */
import { normalize } from './normalize';
import { splitSentences } from './sentences';

/** A candidate that a named veto removed, in the text given to `extract`. */
export interface Veto {
  /** The veto's name (`past-account`, `speech-part`...). */
  rule: string;
  /** Span of the candidate, as JavaScript string offsets into the original text. */
  start: number;
  end: number;
}

/** Receives each veto as the extractor runs. */
export type VetoListener = (veto: Veto) => void;

/** What the rules call when they set a candidate aside; offsets index the normalised text. */
export type Vetoes = (rule: string, start: number, end: number) => void;

/** The listener for a run without `--explain`: vetoes cost nothing. */
export const ignoreVetoes: Vetoes = () => {};

/** A sentence of the original text, as JavaScript string offsets `[start, end)`. */
export interface SentenceSpan {
  /** First offset of the sentence. */
  start: number;
  /** Offset just after its closing punctuation. */
  end: number;
}

/**
 * The sentences of `text` as the commitment rules cut them (at 。!?; and line
 * ends), with offsets into `text` as given: for showing what the extractor
 * did in one sentence.
 */
export function sentencesOf(text: string): SentenceSpan[] {
  const norm = normalize(text);
  return splitSentences(norm.text).map(({ start, end }) => ({ start: norm.toOriginal[start]!, end: norm.toOriginal[end - 1]! + 1 }));
}
