/**
 * Checks this scorer against the reference scorer shipped with the gold
 * annotations (`tools/score.mjs` of the shared evaluation folder), run on the
 * built command line: both must count the same gold items found and the same
 * predictions right, per document and kind, and the same status and value
 * agreements.
 */
import { execFileSync } from 'node:child_process';
import type { Evaluation } from './evaluate';
import { SCORED_KINDS, type ScoredKind } from './match';
import type { Counts } from './score';

/** What the reference scorer printed, as counts. */
export interface ReferenceCounts {
  /** Per document, per kind. */
  documents: Map<string, Record<ScoredKind, Counts>>;
  /** Status and value agreement as `agreed/compared`. */
  attributes: { status: string; value: string };
}

const KIND_COUNTS = SCORED_KINDS.map((k) => `${k} P=\\S+ R=\\S+ \\((\\d+)/(\\d+) gold, (\\d+)/(\\d+) pred\\)`).join('\\s+');
const DOCUMENT_LINE = new RegExp(`^(\\S+)\\s+${KIND_COUNTS}`);
const ATTRIBUTE_LINE = /^ATTR indicator status=\S+ \((\d+\/\d+)\) value=\S+ \((\d+\/\d+)\)/;

/** Reads the reference scorer's output. Throws when it has no document line or no attribute line. */
export function parseReferenceOutput(output: string): ReferenceCounts {
  const documents = new Map<string, Record<ScoredKind, Counts>>();
  let attributes: ReferenceCounts['attributes'] | undefined;
  for (const line of output.split('\n')) {
    const doc = DOCUMENT_LINE.exec(line);
    if (doc) {
      const n = doc.slice(2).map(Number);
      const counts = Object.fromEntries(SCORED_KINDS.map((kind, i) => {
        const [found, gold, right, predicted] = n.slice(4 * i, 4 * i + 4) as [number, number, number, number];
        return [kind, { gold, found, predicted, right }];
      }));
      documents.set(doc[1]!, counts as Record<ScoredKind, Counts>);
    }
    const attribute = ATTRIBUTE_LINE.exec(line);
    if (attribute) attributes = { status: attribute[1]!, value: attribute[2]! };
  }
  if (documents.size === 0 || !attributes) throw new Error('the reference scorer printed no scores:\n' + output);
  return { documents, attributes };
}

/** Where `evaluation` and the reference counts differ, one line each; empty when they agree. */
export function differences(evaluation: Evaluation, reference: ReferenceCounts): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const d of evaluation.documents) {
    seen.add(d.doc);
    const theirs = reference.documents.get(d.doc);
    if (!theirs) {
      lines.push(`${d.doc}: not scored by the reference scorer`);
      continue;
    }
    for (const kind of SCORED_KINDS) {
      const ours = d.counts[kind];
      for (const key of ['gold', 'found', 'predicted', 'right'] as const) {
        if (ours[key] !== theirs[kind][key]) lines.push(`${d.doc} ${kind} ${key}: ${ours[key]} here, ${theirs[kind][key]} in the reference`);
      }
    }
  }
  for (const doc of reference.documents.keys()) if (!seen.has(doc)) lines.push(`${doc}: scored only by the reference scorer`);
  for (const attribute of ['status', 'value'] as const) {
    const { agreed, compared } = evaluation.total.agreement[attribute];
    const ours = `${agreed}/${compared}`;
    if (ours !== reference.attributes[attribute]) lines.push(`${attribute} agreement: ${ours} here, ${reference.attributes[attribute]} in the reference`);
  }
  return lines;
}

/**
 * Runs the reference scorer `scorer` in the repository at `root` on its
 * evaluation set with the built command line, and returns what it printed.
 * Paths are relative to `root`: the scorer cuts its command at spaces.
 */
export function runReferenceScorer(scorer: string, root: string): string {
  const args = [scorer, '--gold', 'eval/gold', '--corpus', 'eval/corpus', '--cmd', 'node bin/policy-lens.mjs extract'];
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
}
