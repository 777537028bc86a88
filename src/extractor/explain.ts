/**
 * What the extractor can tell about its own decisions, for
 * `policy-lens extract --explain`: every candidate a named veto set aside.
 */

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
