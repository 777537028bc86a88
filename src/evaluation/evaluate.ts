/** Runs the extractor on every document of the evaluation set and scores it, per document, per usage and over all. */
import type { Usage } from '../extractor/lexicon/build';
import type { Item } from '../extractor/types';
import type { EvalDocument } from './corpus';
import { addTally, emptyTally, scoreDocument, type DocumentScore, type Tally } from './score';

/** The scores of one run over the evaluation set. */
export interface Evaluation {
  /** Each document's score, with its label, in the set's order. */
  documents: (DocumentScore & Pick<EvalDocument, 'usage' | 'script' | 'title'>)[];
  /** Sums over the documents of each usage present, in order of first appearance. */
  byUsage: Map<Usage, Tally>;
  /** Sum over all documents. */
  total: Tally;
}

/** Scores `extract` (called in this process, once per document) on `documents`. */
export function evaluate(documents: readonly EvalDocument[], extract: (text: string) => Item[]): Evaluation {
  const byUsage = new Map<Usage, Tally>();
  const total = emptyTally();
  const scored = documents.map(({ doc, text, gold, usage, script, title }) => {
    const score = scoreDocument(doc, text, gold, extract(text));
    if (!byUsage.has(usage)) byUsage.set(usage, emptyTally());
    addTally(byUsage.get(usage)!, score);
    addTally(total, score);
    return { ...score, usage, script, title };
  });
  return { documents: scored, byUsage, total };
}
