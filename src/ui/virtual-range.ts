/** The arithmetic of a virtualised list: where each row sits and which rows a scroll position shows. */

/** Where every row of a list sits, from the rows' heights. */
export interface RowLayout {
  /** `offsets[i]` is the top of row `i` in pixels; one extra entry is the total height. */
  offsets: Float64Array;
}

/** Rows `start` (included) to `end` (excluded) of a list. */
export interface RowRange {
  /** First row rendered. */
  start: number;
  /** One past the last row rendered. */
  end: number;
}

/** Lays out rows of the given heights one below the other. */
export function layoutRows(count: number, heightOf: (index: number) => number): RowLayout {
  const offsets = new Float64Array(count + 1);
  for (let index = 0; index < count; index++) offsets[index + 1] = offsets[index]! + heightOf(index);
  return { offsets };
}

/** Total height of the laid-out rows. */
export function totalHeight(layout: RowLayout): number {
  return layout.offsets[layout.offsets.length - 1]!;
}

/** The row at pixel `y` (the last row for a `y` past the end, 0 for an empty list). */
export function rowAt(layout: RowLayout, y: number): number {
  const { offsets } = layout;
  const count = offsets.length - 1;
  if (count === 0) return 0;
  // The last row whose top is at or above y.
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle]! <= y) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Rows rendered beyond each edge of the viewport, so that a scroll shows no gap before the list renders. */
export interface Overscan {
  /** Rows above the first one in view. */
  before: number;
  /** Rows below the last one in view. */
  after: number;
}

/**
 * The rows a viewport of `height` pixels scrolled to `scrollTop` shows, with
 * the `overscan` rows beyond its edges.
 */
export function visibleRange(layout: RowLayout, scrollTop: number, height: number, overscan: Overscan): RowRange {
  const count = layout.offsets.length - 1;
  if (count === 0) return { start: 0, end: 0 };
  const first = rowAt(layout, Math.max(0, scrollTop));
  const last = rowAt(layout, Math.max(0, scrollTop + height - 1));
  return { start: Math.max(0, first - overscan.before), end: Math.min(count, last + 1 + overscan.after) };
}

/**
 * Where to render `rows` rows beyond the viewport, after the list moved by
 * `move` pixels (negative: up) in a viewport of `height` pixels: ahead of the
 * move only, since rows behind it are already shown or have just been left;
 * down when it has not moved. A move of a whole viewport or more (a
 * scrollbar dragged, a page key) shows only rows never rendered before, and
 * the next one goes as far: rows beyond the edge would be passed over
 * unseen, so none are rendered.
 */
export function overscanToward(move: number, height: number, rows: number): Overscan {
  if (Math.abs(move) >= height) return { before: 0, after: 0 };
  return move < 0 ? { before: rows, after: 0 } : { before: 0, after: rows };
}

/**
 * The scroll position that brings row `index` fully into a viewport of
 * `height` pixels now at `scrollTop`, moving as little as possible.
 */
export function scrollTopShowing(layout: RowLayout, index: number, scrollTop: number, height: number): number {
  const top = layout.offsets[index] ?? 0;
  const bottom = layout.offsets[index + 1] ?? top;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + height) return Math.max(0, bottom - height);
  return scrollTop;
}
