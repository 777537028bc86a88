/**
 * The index of the last entry of `sorted` whose key is less than or equal to
 * `value`, or -1 when every key is greater. `sorted` is in ascending order of
 * `keyOf`.
 */
export function lastIndexAtOrBefore<T>(sorted: readonly T[], value: number, keyOf: (entry: T) => number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (keyOf(sorted[middle]!) <= value) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
