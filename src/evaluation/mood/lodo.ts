/**
 * `npm run score:lodo`: whether a learned sentence scorer (`training.ts`)
 * adds to the commitment rules, measured honestly. For each evaluation
 * document in turn, a scorer is trained on the others (thresholds included)
 * and the document is scored with the rules alone and with the rules and
 * that scorer, side by side; no document is scored by a model that saw it.
 * The scorer changes commitments only; indicators are the rules'.
 */
import type { EvalDocument } from '../corpus';
import { rates, scoreDocument, type Counts } from '../score';
import { candidateDocument } from './candidates';
import { decide, reviewedItems, score, trainReviewer, type Reviewer, type ReviewChanges } from './training';

/** One document's commitment counts with the rules alone and with the scorer trained without it. */
export interface LodoRow {
  /** The document's name and title. */
  doc: string;
  title: string;
  /** Commitment counts of the rules alone. */
  rules: Counts;
  /** Commitment counts of the rules and the scorer. */
  scored: Counts;
  /** The scorer's thresholds. */
  reviewer: Pick<Reviewer, 'rescue' | 'veto'>;
  /** What it dropped and added, and how many of each the gold bears out. */
  changes: ReviewChanges;
  /** Dropped sentences that match no gold commitment, added ones that match one. */
  rightChanges: { dropped: number; added: number };
}

/** The leave-one-document-out evaluation of `documents`, in their order; `progress` hears of each document as its turn comes. */
export function leaveOneDocumentOut(documents: readonly EvalDocument[], progress: (doc: string) => void = () => {}): LodoRow[] {
  const read = documents.map(candidateDocument);
  return read.map((d, i) => {
    progress(d.doc);
    const reviewer = trainReviewer(read.filter((_, j) => j !== i));
    const changes = decide(reviewer, d.candidates, d.candidates.map((c) => score(reviewer, c.features)));
    const gold = documents[i]!.gold;
    return {
      doc: d.doc,
      title: documents[i]!.title,
      rules: scoreDocument(d.doc, d.text, gold, d.items).counts.commitment,
      scored: scoreDocument(d.doc, d.text, gold, reviewedItems(d, changes)).counts.commitment,
      reviewer: { rescue: reviewer.rescue, veto: reviewer.veto },
      changes,
      rightChanges: { dropped: changes.dropped.filter((c) => c.label === 0).length, added: changes.added.filter((c) => c.label === 1).length },
    };
  });
}

const f3 = (x: number): string => x.toFixed(3);

/** Commitment P, R, F1 of counts. */
function cells(c: Counts): string[] {
  const r = rates(c);
  return [f3(r.precision), f3(r.recall), f3(r.f1)];
}

/** Sums of counts. */
function sum(all: readonly Counts[]): Counts {
  return all.reduce((s, c) => ({ gold: s.gold + c.gold, found: s.found + c.found, predicted: s.predicted + c.predicted, right: s.right + c.right }), { gold: 0, found: 0, predicted: 0, right: 0 });
}

/** A threshold as a cell: "never" for an infinite one. */
const threshold = (x: number): string => (Number.isFinite(x) ? String(x) : 'never');

/** The rows and their sum as a Markdown table: rules alone beside rules + scorer. */
export function formatLodo(rows: readonly LodoRow[]): string {
  const header = ['document', 'rules P', 'rules R', 'rules F1', '+ scorer P', '+ scorer R', '+ scorer F1', 'dropped (wrongly taken)', 'added (rightly)', 'thresholds rescue / veto'];
  const line = (c: readonly string[]): string => `| ${c.join(' | ')} |`;
  const out = [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:')))];
  for (const r of rows) {
    out.push(line([
      `${r.doc.slice(0, 3)} ${r.title}`, ...cells(r.rules), ...cells(r.scored),
      `${r.changes.dropped.length} (${r.rightChanges.dropped})`, `${r.changes.added.length} (${r.rightChanges.added})`,
      `${threshold(r.reviewer.rescue)} / ${threshold(r.reviewer.veto)}`,
    ]));
  }
  const dropped = rows.reduce((n, r) => n + r.changes.dropped.length, 0), droppedRight = rows.reduce((n, r) => n + r.rightChanges.dropped, 0);
  const added = rows.reduce((n, r) => n + r.changes.added.length, 0), addedRight = rows.reduce((n, r) => n + r.rightChanges.added, 0);
  out.push(line(['**all**', ...cells(sum(rows.map((r) => r.rules))), ...cells(sum(rows.map((r) => r.scored))), `${dropped} (${droppedRight})`, `${added} (${addedRight})`, '']));
  return out.join('\n') + '\n';
}
