/**
 * `npm run score`, `npm run score:check` and `npm run score:compare`: the
 * extractor scored in this process on the evaluation set in `eval/`.
 *
 *   score [--show] [--check]   the table per document and usage; --show lists
 *                              misses, false alarms and disagreements; --check
 *                              fails below the floors in eval/floors.json
 *   compare                    the same counts as the reference scorer's, on
 *                              the built command line (skipped without it)
 *   lodo                       commitments with a learned sentence scorer
 *                              trained without each document in turn, beside
 *                              the rules alone (src/evaluation/mood/)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../extractor';
import { differences, parseReferenceOutput, runReferenceScorer } from './compare';
import { readEvalSet } from './corpus';
import { evaluate } from './evaluate';
import { belowFloors, type Floors } from './floors';
import { formatEvaluation, formatFindings } from './report';
import { formatLodo, leaveOneDocumentOut } from './mood/lodo';

/** Where the evaluation reads and writes. */
export interface EvalIo {
  /** The repository's root. */
  root: string;
  /** Writes to standard output. */
  out: (text: string) => void;
  /** Writes to standard error. */
  err: (text: string) => void;
}

const USAGE = 'usage: eval/run.mjs score [--show] [--check] | eval/run.mjs compare | eval/run.mjs lodo';

/** The reference scorer, in the shared evaluation folder beside the repository when there is one. */
const REFERENCE_SCORER = '../shared/tools/score.mjs';

/** Runs one evaluation command; returns the exit status (0 done, 1 below floors or disagreeing, 2 usage error). */
export function runEvaluation(args: readonly string[], io: EvalIo): 0 | 1 | 2 {
  const [command, ...options] = args;
  const unknown = options.find((o) => !['--show', '--check'].includes(o));
  const commands = ['score', 'compare', 'lodo'];
  if (!commands.includes(command ?? '') || unknown !== undefined || (options.length > 0 && command === 'lodo')) {
    io.err(`${unknown ? `unknown option: ${unknown}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const evalDir = join(io.root, 'eval');
  if (command === 'lodo') {
    io.out(formatLodo(leaveOneDocumentOut(readEvalSet(evalDir), (doc) => io.err(`training without ${doc}\n`))));
    return 0;
  }

  const evaluation = evaluate(readEvalSet(evalDir), (text) => extract(text));

  if (command === 'compare') {
    const scorer = join(io.root, REFERENCE_SCORER);
    if (!existsSync(scorer)) {
      io.out(`no reference scorer at ${REFERENCE_SCORER}: nothing to compare\n`);
      return 0;
    }
    const found = differences(evaluation, parseReferenceOutput(runReferenceScorer(scorer, io.root)));
    if (found.length) {
      io.err(`the scorers disagree:\n${found.join('\n')}\n`);
      return 1;
    }
    io.out(`the reference scorer agrees on every count of ${evaluation.documents.length} documents\n`);
    return 0;
  }

  if (options.includes('--show')) io.out(formatFindings(evaluation));
  io.out(formatEvaluation(evaluation));
  if (options.includes('--check')) {
    const floors = JSON.parse(readFileSync(join(evalDir, 'floors.json'), 'utf8')) as Floors;
    const below = belowFloors(evaluation.total, floors);
    if (below.length) {
      io.err(`below the floors of eval/floors.json: ${below.join(', ')}\n`);
      return 1;
    }
    io.out('every score is at or above its floor in eval/floors.json\n');
  }
  return 0;
}
