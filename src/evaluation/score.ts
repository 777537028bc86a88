/** Scores of the extractor's items against the gold items of one document, and their sums. */
import type { CommitmentItem, IndicatorItem, Item } from '../extractor/types';
import { namesAgree, valueAgrees } from './attributes';
import type { GoldItem } from './gold';
import { isFound, matches, overlap, SCORED_KINDS, standIn, type ScoredKind, type Span } from './match';

/** How many items of one kind were annotated, found, predicted and predicted rightly. */
export interface Counts {
  /** Gold items. */
  gold: number;
  /** Gold items found by some prediction (recall's numerator). */
  found: number;
  /** Predictions. */
  predicted: number;
  /** Predictions that match some gold item (precision's numerator). */
  right: number;
}

/** The attributes compared on found items (rules in `attributes.ts`). */
export const ATTRIBUTES = ['status', 'value', 'metric', 'deadline'] as const;

/** One of the compared attributes. */
export type Attribute = (typeof ATTRIBUTES)[number];

/** How many found items had an attribute compared, and on how many it agreed. */
export interface Agreement {
  /** Found gold items on which the attribute was compared. */
  compared: number;
  /** Those on which it agreed. */
  agreed: number;
}

/** What a `--show` listing says about one item. */
export interface Finding {
  /** A gold item not found, a prediction matching no gold item, or an attribute that disagrees. */
  type: 'miss' | 'false' | Attribute;
  /** The item's kind. */
  kind: ScoredKind;
  /** Start offset of the gold item or prediction in the document. */
  start: number;
  /** The item's text with a little context, for reading. */
  detail: string;
}

/** Counts and agreements, of one document or summed over several. */
export interface Tally {
  /** Counts per kind. */
  counts: Record<ScoredKind, Counts>;
  /** Agreement per attribute. */
  agreement: Record<Attribute, Agreement>;
}

/** The score of one document. */
export interface DocumentScore extends Tally {
  /** The document's name (its file name without `.txt`). */
  doc: string;
  /** Misses, false alarms and disagreements, in the order met. */
  findings: Finding[];
}

/** Precision, recall and their harmonic mean. */
export interface Rates {
  /** right / predicted, 0 without predictions. */
  precision: number;
  /** found / gold, 0 without gold items. */
  recall: number;
  /** 2PR / (P + R), 0 when both are 0. */
  f1: number;
}

/** An empty tally, to add documents to. */
export function emptyTally(): Tally {
  const counts = Object.fromEntries(SCORED_KINDS.map((k) => [k, { gold: 0, found: 0, predicted: 0, right: 0 }]));
  const agreement = Object.fromEntries(ATTRIBUTES.map((a) => [a, { compared: 0, agreed: 0 }]));
  return { counts, agreement } as Tally;
}

/** Adds `part` into `sum` and returns `sum`. */
export function addTally(sum: Tally, part: Tally): Tally {
  for (const kind of SCORED_KINDS) {
    for (const key of ['gold', 'found', 'predicted', 'right'] as const) sum.counts[kind][key] += part.counts[kind][key];
  }
  for (const attribute of ATTRIBUTES) {
    sum.agreement[attribute].compared += part.agreement[attribute].compared;
    sum.agreement[attribute].agreed += part.agreement[attribute].agreed;
  }
  return sum;
}

/** Precision, recall and F1 of `counts`. */
export function rates(counts: Counts): Rates {
  const precision = counts.predicted ? counts.right / counts.predicted : 0;
  const recall = counts.gold ? counts.found / counts.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** The share of compared items that agreed, 0 when none were compared. */
export function agreementRate(agreement: Agreement): number {
  return agreement.compared ? agreement.agreed / agreement.compared : 0;
}

/** `text` around `span` with the span in brackets, as a JSON string on one line. */
function inContext(text: string, span: Span): string {
  return JSON.stringify(`${text.slice(Math.max(0, span.start - 12), span.start)}[${text.slice(span.start, span.end)}]${text.slice(span.end, span.end + 12)}`);
}

/** Scores the items found in document `doc` (text `text`) against its gold items. */
export function scoreDocument(doc: string, text: string, gold: readonly GoldItem[], items: readonly Item[]): DocumentScore {
  const score: DocumentScore = { doc, ...emptyTally(), findings: [] };
  const compare = (attribute: Attribute, kind: ScoredKind, start: number, agreed: boolean, detail: () => string): void => {
    score.agreement[attribute].compared++;
    if (agreed) score.agreement[attribute].agreed++;
    else score.findings.push({ type: attribute, kind, start, detail: detail() });
  };

  for (const kind of SCORED_KINDS) {
    const g = gold.filter((x) => x.kind === kind);
    const p = items.filter((x) => x.kind === kind);
    const counts = score.counts[kind];
    counts.gold = g.length;
    counts.predicted = p.length;
    for (const gi of g) {
      if (!isFound(kind, p, gi)) {
        score.findings.push({ type: 'miss', kind, start: gi.start, detail: inContext(text, gi) });
        continue;
      }
      counts.found++;
      const best = standIn(kind, p, gi)!;
      if (kind === 'indicator') {
        const found = best as IndicatorItem;
        compare('status', kind, gi.start, found.status === gi.status, () =>
          `gold=${gi.status} found=${found.status} ${JSON.stringify(text.slice(Math.max(0, gi.start - 16), gi.end + 6))}`);
        const overlapping = (p as IndicatorItem[]).filter((pi) => overlap(pi, gi) > 0);
        compare('value', kind, gi.start, valueAgrees(text, gi, overlapping), () =>
          `gold=${JSON.stringify(text.slice(gi.start, gi.end))} found=${JSON.stringify(found.valueText)}`);
        if (gi.metric !== undefined) {
          compare('metric', kind, gi.start, namesAgree(gi.metric, found.metric), () =>
            `gold=${JSON.stringify(gi.metric)} found=${JSON.stringify(found.metric ?? null)} ${inContext(text, gi)}`);
        }
      } else if (gi.deadline !== undefined) {
        const found = best as CommitmentItem;
        compare('deadline', kind, gi.start, namesAgree(gi.deadline, found.deadline), () =>
          `gold=${JSON.stringify(gi.deadline)} found=${JSON.stringify(found.deadline ?? null)} ${JSON.stringify(found.text.slice(0, 40))}`);
      }
    }
    for (const pi of p) {
      if (g.some((gi) => matches(kind, pi, gi))) counts.right++;
      else score.findings.push({ type: 'false', kind, start: pi.start, detail: inContext(text, pi) });
    }
  }
  return score;
}
