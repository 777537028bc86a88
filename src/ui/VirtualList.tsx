/**
 * A list that renders only the rows in view (plus a few ahead of the
 * scroll), so a list of 15,000 items costs what a list of 30 does. Rows have
 * heights known in advance (fixed per kind of row; long text is clamped by
 * the row's CSS), which keeps scrolling exact without measuring anything.
 */
import type { ComponentChild } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { assignSlots, type SlotMap } from './row-slots';
import { layoutRows, overscanToward, rowAt, scrollTopShowing, totalHeight, visibleRange } from './virtual-range';

/** Rows rendered beyond the edge of the viewport the list moves toward. */
const DEFAULT_OVERSCAN = 4;

/** Viewport height assumed until the list is measured (and in environments without layout). */
const DEFAULT_HEIGHT = 480;

/** What a keyboard focus move inside the list can land on. */
const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex]';

/** Props of {@link VirtualList}. */
export interface VirtualListProps<T> {
  /** Every row's data, in display order. */
  items: readonly T[];
  /** Height in pixels of a row, gap below it included: one number for all, or one per item. */
  rowHeight: number | ((item: T) => number);
  /**
   * Renders the content of one row; it is placed in a box of its height. The
   * box, and the components in it, may have shown another row before: what
   * a row shows must come from its props, not from state of its own.
   */
  renderRow(item: T, index: number): ComponentChild;
  /** Stable key of a row's item, so rows keep their state while scrolling. */
  itemKey(item: T): string;
  /** Accessible name of the list. */
  label: string;
  /** Class of the scrolling element, for its size and looks. */
  class?: string;
  /** Rows rendered beyond the edge of the viewport the list moves toward (below it until it has moved); 4 by default. */
  overscan?: number;
  /** Viewport height used before the element is measured; 480 by default. */
  initialHeight?: number;
  /** Whether arrow keys may move focus to this row (group headings, say, may be passed over); all rows by default. */
  canFocus?(item: T): boolean;
}

/**
 * A scrolling list of rows of known heights that renders only those in view.
 * A row coming into view is drawn in the box of one that left (see
 * `row-slots.ts`); each box is a containment boundary (`contain: strict`), so
 * laying out a row's content never lays out the list around it.
 * Screen readers hear the full size (`aria-setsize`); Up/Down, Page Up/Down,
 * Home and End move focus from row to row, scrolling rows into existence.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  renderRow,
  itemKey,
  label,
  class: className,
  overscan = DEFAULT_OVERSCAN,
  initialHeight = DEFAULT_HEIGHT,
  canFocus,
}: VirtualListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(initialHeight);
  /** Row to focus once it has been rendered, after a key press. */
  const pendingFocus = useRef<number | undefined>(undefined);
  /** The scroll position rendered last, and the overscan chosen from the move to it. */
  const rendered = useRef({ top: 0, overscan: overscanToward(0, initialHeight, overscan) });
  /** The slot of each row rendered last, by key. */
  const slots = useRef<SlotMap>(new Map());

  const layout = useMemo(
    () => layoutRows(items.length, (index) => (typeof rowHeight === 'number' ? rowHeight : rowHeight(items[index]!))),
    [items, rowHeight],
  );
  const full = totalHeight(layout);
  // A list that got shorter may leave the old position past its end.
  const top = Math.min(scrollTop, Math.max(0, full - height));
  // A render without a move (new items, a resize) keeps the overscan of the last move.
  const move = top - rendered.current.top;
  const ahead = move === 0 ? rendered.current.overscan : overscanToward(move, height, overscan);
  rendered.current = { top, overscan: ahead };
  const range = visibleRange(layout, top, height, ahead);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    if (element.clientHeight > 0) setHeight(element.clientHeight);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      if (element.clientHeight > 0) setHeight(element.clientHeight);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index !== undefined && focusRow(index)) pendingFocus.current = undefined;
  });

  /** Focuses row `index` (its first control, or the row itself) if it is rendered. */
  function focusRow(index: number): boolean {
    const row = scroller.current?.querySelector<HTMLElement>(`[data-row-index="${index}"]`);
    if (!row) return false;
    (row.querySelector<HTMLElement>(FOCUSABLE) ?? row).focus({ preventScroll: true });
    return true;
  }

  function moveFocus(from: number, step: number): void {
    let index = Math.max(0, Math.min(items.length - 1, from + step));
    const direction = step < 0 ? -1 : 1;
    while (canFocus && index >= 0 && index < items.length && !canFocus(items[index]!)) index += direction;
    if (index < 0 || index >= items.length) return;
    const next = scrollTopShowing(layout, index, top, height);
    if (next === top && focusRow(index)) return;
    pendingFocus.current = index;
    if (scroller.current) scroller.current.scrollTop = next;
    // Render at the new position at once rather than waiting for the scroll event.
    setScrollTop(next);
  }

  function onKeyDown(event: KeyboardEvent): void {
    const row = (event.target as Element | null)?.closest?.('[data-row-index]');
    if (!row) return;
    const index = Number(row.getAttribute('data-row-index'));
    const page = Math.max(1, rowAt(layout, top + height) - rowAt(layout, top));
    const steps: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: page,
      PageUp: -page,
      Home: -index,
      End: items.length - 1 - index,
    };
    const step = steps[event.key];
    if (step === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    moveFocus(index, step);
  }

  const keys: string[] = [];
  for (let index = range.start; index < range.end; index++) keys.push(itemKey(items[index]!));
  slots.current = assignSlots(slots.current, keys, focusedSlot(scroller.current));
  const rows: ComponentChild[] = [];
  for (let index = range.start; index < range.end; index++) {
    const rowTop = layout.offsets[index]!;
    const slot = slots.current.get(keys[index - range.start]!)!;
    rows.push(
      <div
        key={slot}
        class="virtual-row"
        role="listitem"
        aria-setsize={items.length}
        aria-posinset={index + 1}
        data-row-index={index}
        data-slot={slot}
        tabIndex={-1}
        style={{ position: 'absolute', top: `${rowTop}px`, left: 0, right: 0, height: `${layout.offsets[index + 1]! - rowTop}px`, contain: 'strict' }}
      >
        {renderRow(items[index]!, index)}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      class={className ? `virtual-list ${className}` : 'virtual-list'}
      style={{ overflowY: 'auto', position: 'relative' }}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLElement).scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div role="list" aria-label={label} style={{ position: 'relative', height: `${full}px` }}>
        {rows}
      </div>
    </div>
  );
}

/** The slot of the row of `list` that holds the keyboard focus, if one does. */
function focusedSlot(list: HTMLElement | null): number | undefined {
  const focused = list?.ownerDocument.activeElement;
  const row = focused && list.contains(focused) ? focused.closest<HTMLElement>('[data-slot]') : null;
  return row ? Number(row.dataset['slot']) : undefined;
}
