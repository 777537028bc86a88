/** The evaluation set kept in the repository: corpus texts, gold annotations and each document's usage. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Usage } from '../extractor/lexicon/build';
import { parseGold, type GoldItem } from './gold';

/** What `documents.json` says about a corpus document. */
export interface DocumentLabel {
  /** The written Chinese of the place it was written in: mainland, Taiwan or Hong Kong. */
  usage: Usage;
  /** The characters it is written in (a mainland text may be shown in traditional ones). */
  script: 'simplified' | 'traditional';
  /** What the document is, in a few words. */
  title: string;
}

/** A corpus document with its gold items. */
export interface EvalDocument extends DocumentLabel {
  /** The file name without `.txt`. */
  doc: string;
  /** The text exactly as stored. */
  text: string;
  /** Its gold items. */
  gold: GoldItem[];
}

/**
 * Reads the evaluation set under `dir` (`corpus/`, `gold/`, `documents.json`):
 * every document that has a gold file, in name order. Throws when a document
 * has no text or no usage label, or a gold line is malformed.
 */
export function readEvalSet(dir: string): EvalDocument[] {
  const labels = JSON.parse(readFileSync(join(dir, 'documents.json'), 'utf8')) as Record<string, DocumentLabel>;
  const goldFiles = readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.gold.jsonl')).sort();
  return goldFiles.map((file) => {
    const doc = file.slice(0, -'.gold.jsonl'.length);
    const label = labels[doc];
    if (!label) throw new Error(`${doc}: no usage label in documents.json`);
    const text = readFileSync(join(dir, 'corpus', `${doc}.txt`), 'utf8');
    const gold = parseGold(readFileSync(join(dir, 'gold', file), 'utf8'), `gold/${file}`);
    return { doc, ...label, text, gold };
  });
}
