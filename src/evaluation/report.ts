/** The evaluation printed as Markdown tables, and the `--show` listing. */
import type { Evaluation } from './evaluate';
import { SCORED_KINDS } from './match';
import { agreementRate, ATTRIBUTES, rates, type Tally } from './score';

const f3 = (x: number): string => x.toFixed(3);

/** A table row of cells. */
const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

/** P, R, F1 per kind, then each attribute's agreement with its count of compared items. */
function tallyCells(tally: Tally): string[] {
  const kinds = SCORED_KINDS.flatMap((kind) => {
    const { precision, recall, f1 } = rates(tally.counts[kind]);
    return [f3(precision), f3(recall), f3(f1)];
  });
  const attributes = ATTRIBUTES.map((a) => {
    const agreement = tally.agreement[a];
    return agreement.compared ? `${f3(agreementRate(agreement))} (${agreement.compared})` : '–';
  });
  return [...kinds, ...attributes];
}

/**
 * One table: a row per document, one per usage and one for all documents;
 * precision, recall and F1 per kind, and the agreement of each attribute on
 * the found items (with how many were compared).
 */
export function formatEvaluation(evaluation: Evaluation): string {
  const header = [
    'document', 'usage',
    ...SCORED_KINDS.flatMap((k) => [`${k} P`, `${k} R`, `${k} F1`]),
    ...ATTRIBUTES.map((a) => `${a} agreement`),
  ];
  const lines = [row(header), row(header.map((_, i) => (i < 2 ? '---' : '---:')))];
  for (const d of evaluation.documents) {
    lines.push(row([`${d.doc.slice(0, 3)} ${d.title}${d.script === 'traditional' ? ', traditional' : ''}`, d.usage, ...tallyCells(d)]));
  }
  for (const [usage, tally] of evaluation.byUsage) lines.push(row([`**${usage} documents**`, usage, ...tallyCells(tally)]));
  lines.push(row(['**all**', '', ...tallyCells(evaluation.total)]));
  return lines.join('\n') + '\n';
}

/** Every miss, false alarm and attribute disagreement, one a line: `MISS indicator 001:1234 "…[…]…"`. */
export function formatFindings(evaluation: Evaluation): string {
  return evaluation.documents
    .flatMap((d) => d.findings.map((f) => `${f.type.toUpperCase().padEnd(8)} ${f.kind} ${d.doc}:${f.start} ${f.detail}\n`))
    .join('');
}
