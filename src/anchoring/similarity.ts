/** How alike two short texts are, by edit distance. */
import search from 'approx-string-match';

/**
 * A score from 0 to 1 for how well `expected` is found in `actual`: 1 when it
 * is there unchanged, less by each character inserted, deleted or changed.
 * An empty `expected` (a quote at the very start or end of its page) matches
 * anything: there was nothing to compare.
 */
export function similarity(actual: string, expected: string): number {
  if (expected.length === 0 || actual === expected) return 1;
  if (actual.length === 0) return 0;
  const [best] = search(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}
