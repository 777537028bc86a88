/**
 * When a found item matches a gold item: the same rules as the reference
 * scorer that the gold annotations come with, so figures agree with it.
 *
 * One gold item may be matched by any number of predictions of its kind.
 *
 * - indicator: the prediction's span overlaps the gold value expression by at
 *   least one character;
 * - commitment: the overlap is at least half of the prediction (a clause
 *   inside the sentence counts, a whole paragraph does not) and at least a
 *   quarter of the gold sentence;
 * - a gold commitment is found (recall) when the predictions that overlap it
 *   by at least half of themselves together cover at least a quarter of it,
 *   so a sentence read as several clauses is found.
 *
 * Precision counts the predictions that match some gold item of their kind;
 * recall counts the gold items that are found.
 */

/** A span of text, as JavaScript string offsets `[start, end)`. */
export interface Span {
  /** First offset inside the span. */
  start: number;
  /** First offset after the span. */
  end: number;
}

/** The kinds of items scored. */
export const SCORED_KINDS = ['indicator', 'commitment'] as const;

/** One of the scored kinds. */
export type ScoredKind = (typeof SCORED_KINDS)[number];

/** How many characters two spans share. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Whether a predicted commitment lies mostly (at least half of itself) inside `gold`. */
function mostlyInside(predicted: Span, gold: Span): boolean {
  const shared = overlap(predicted, gold);
  return shared > 0 && shared >= 0.5 * (predicted.end - predicted.start);
}

/** Whether `predicted` matches `gold`, both of `kind` (the rules in the module's header). */
export function matches(kind: ScoredKind, predicted: Span, gold: Span): boolean {
  if (kind === 'indicator') return overlap(predicted, gold) > 0;
  return mostlyInside(predicted, gold) && overlap(predicted, gold) >= 0.25 * (gold.end - gold.start);
}

/** Whether the predicted commitments that lie mostly inside `gold` together cover a quarter of it. */
export function commitmentCovered(predicted: readonly Span[], gold: Span): boolean {
  const parts = predicted
    .filter((p) => mostlyInside(p, gold))
    .map((p) => [Math.max(p.start, gold.start), Math.min(p.end, gold.end)] as const)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let end = -1;
  for (const [from, to] of parts) {
    if (to <= end) continue;
    covered += to - Math.max(from, end);
    end = to;
  }
  return parts.length > 0 && covered >= 0.25 * (gold.end - gold.start);
}

/** Whether `gold` of `kind` is found among `predicted` of the same kind. */
export function isFound(kind: ScoredKind, predicted: readonly Span[], gold: Span): boolean {
  return kind === 'commitment' ? commitmentCovered(predicted, gold) : predicted.some((p) => matches(kind, p, gold));
}

/**
 * The prediction that stands for a found gold item, whose attributes are
 * compared with the gold ones: of the predictions that count towards finding
 * it (an overlapping indicator; a commitment lying mostly inside the gold
 * sentence), the one with the largest overlap, the first on ties.
 */
export function standIn<T extends Span>(kind: ScoredKind, predicted: readonly T[], gold: Span): T | undefined {
  const counts = (p: Span): boolean => (kind === 'indicator' ? overlap(p, gold) > 0 : mostlyInside(p, gold));
  let best: T | undefined;
  for (const p of predicted) {
    if (counts(p) && (!best || overlap(p, gold) > overlap(best, gold))) best = p;
  }
  return best;
}
