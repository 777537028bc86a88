/**
 * The sentences of an evaluation document as the mood scorer sees them:
 * each with its features, whether the rules took it as a commitment, and
 * what the gold says of it. Read from the extractor's public output (its
 * items and the vetoes `--explain` reports), so the rules are not changed.
 */
import { extract, type CommitmentItem, type IndicatorItem, type Item } from '../../extractor';
import { tallyParagraph, type ParagraphTally } from '../../extractor/commitments';
import { normalize } from '../../extractor/normalize';
import { sectionMoods } from '../../extractor/section-mood';
import { sentencesByLine, splitSentences, type Sentence } from '../../extractor/sentences';
import type { EvalDocument } from '../corpus';
import { matches, overlap, type Span } from '../match';
import { sentenceFeatures, type SentenceFeatures } from './features';

/** Size of the weight table, a power of two. */
export const MOOD_BUCKETS = 1 << 15;

/** A sentence the scorer looks at; offsets index the document as stored. */
export interface Candidate extends Span {
  /** Its features, buckets of a table of {@link MOOD_BUCKETS}. */
  features: SentenceFeatures;
  /** Whether the rules took it as a commitment. */
  taken: boolean;
  /** 1: it matches a gold commitment; 0: it lies mostly outside every one; undefined: a small part of a longer one (not trained on). */
  label: 0 | 1 | undefined;
}

/** A document as training and scoring see it. */
export interface CandidateDocument {
  /** The document's name. */
  doc: string;
  /** Its text as stored. */
  text: string;
  /** The sentences the scorer looks at, in text order: every one but those inside a list the rules merged. */
  candidates: Candidate[];
  /** What the rules alone found. */
  items: Item[];
  /** The gold items. */
  gold: EvalDocument['gold'];
}

/** The label of a sentence from the gold commitments (see {@link Candidate.label}). */
function labelOf(sentence: Span, gold: readonly Span[]): 0 | 1 | undefined {
  if (gold.some((g) => matches('commitment', sentence, g))) return 1;
  return gold.some((g) => overlap(sentence, g) >= 0.5 * (sentence.end - sentence.start)) ? undefined : 0;
}

/** For each sentence, the tally of its paragraph (the sentences up to a line end), as the rules count it. */
function lineTallies(text: string, sentences: readonly Sentence[]): ParagraphTally[] {
  return sentencesByLine(text, sentences).flatMap(({ start, end }) => {
    const tally = tallyParagraph(text, sentences.slice(start, end));
    return Array.from({ length: end - start }, () => tally);
  });
}

/** Reads a document with the rules alone and turns its sentences into labelled candidates. */
export function candidateDocument({ doc, text, gold }: EvalDocument): CandidateDocument {
  const vetoes = new Map<string, string>();
  const items = extract(text, { onVeto: (v) => vetoes.set(`${v.start}:${v.end}`, v.rule) });
  const commitments = items.filter((i): i is CommitmentItem => i.kind === 'commitment');
  const indicators = items.filter((i): i is IndicatorItem => i.kind === 'indicator');
  const goldCommitments = gold.filter((g) => g.kind === 'commitment');
  const norm = normalize(text);
  const sentences = splitSentences(norm.text);
  const moods = sectionMoods(norm.text, sentences);
  const tallies = lineTallies(norm.text, sentences);
  const candidates: Candidate[] = [];
  sentences.forEach((s, index) => {
    const span = { start: norm.toOriginal[s.start]!, end: norm.toOriginal[s.end - 1]! + 1 };
    const covering = commitments.find((c) => c.start <= span.start && c.end >= span.end);
    const taken = covering !== undefined && covering.start === span.start && covering.end === span.end;
    if (covering && !taken) return; // a sentence of a list the rules merged
    const inside = indicators.filter((i) => i.start >= span.start && i.end <= span.end);
    const veto = vetoes.get(`${span.start}:${span.end}`);
    const features = sentenceFeatures(norm.text.slice(s.start, s.end), {
      outcome: taken ? `rule:${covering.rule}` : veto && `veto:${veto}`,
      taken,
      mood: moods[index],
      paragraph: tallies[index]!,
      values: inside.length,
      change: inside.some((i) => i.change !== undefined),
    }, MOOD_BUCKETS);
    candidates.push({ ...span, features, taken, label: labelOf(span, goldCommitments) });
  });
  return { doc, text, candidates, items, gold };
}
