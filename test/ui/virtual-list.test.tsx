// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it } from 'vitest';
import { VirtualList } from '../../src/ui/VirtualList';
import { layoutRows, overscanToward, visibleRange } from '../../src/ui/virtual-range';
import { waitOutEffectsAtEnd } from './after-paint';

waitOutEffectsAtEnd();

const container = document.createElement('div');
document.body.append(container);

afterEach(() => render(null, container));

/** Sentences of a real report, repeated to list length, numbered so each row is told apart. */
const SENTENCES = ['全区完成地区生产总值320.31亿元', '确保实现万元生产总值综合能耗下降4.2%的目标', '居全县第12位'];
const rows = (count: number) => Array.from({ length: count }, (_, index) => `${index}:${SENTENCES[index % 3]}`);

function renderList(items: readonly string[], rowHeight: number | ((item: string) => number) = 50) {
  return act(() =>
    render(
      <VirtualList
        items={items}
        rowHeight={rowHeight}
        itemKey={(item) => item}
        label="Items"
        initialHeight={200}
        overscan={2}
        renderRow={(item) => <button type="button">{item}</button>}
        canFocus={(item) => !item.startsWith('heading')}
      />,
      container,
    ),
  );
}

const renderedIndexes = () =>
  [...container.querySelectorAll('[data-row-index]')].map((row) => Number(row.getAttribute('data-row-index')));

async function scrollTo(top: number): Promise<void> {
  const scroller = container.querySelector<HTMLElement>('.virtual-list')!;
  scroller.scrollTop = top;
  await act(() => {
    scroller.dispatchEvent(new Event('scroll'));
  });
}

const rowElements = () => [...container.querySelectorAll<HTMLElement>('[data-row-index]')];

it('renders the rows of the viewport and the overscan only, however long the list', async () => {
  await renderList(rows(15_000));
  // 200 px of 50 px rows: rows 0 to 3, and two more below, where the list will move.
  expect(renderedIndexes()).toEqual([0, 1, 2, 3, 4, 5]);
  expect(container.querySelector('[role="list"]')?.getAttribute('style')).toContain('height: 750000px');
  expect(container.querySelector('[data-row-index="0"]')?.getAttribute('aria-setsize')).toBe('15000');
});

it('renders the rows at the scroll offset, placed at their own height', async () => {
  await renderList(rows(15_000));
  await scrollTo(500_000);
  // Row 10,000 starts at 500,000 px. A jump of more than the viewport renders no row beyond it: the next one would pass them over.
  expect(renderedIndexes()).toEqual([10000, 10001, 10002, 10003]);
  const row = container.querySelector<HTMLElement>('[data-row-index="10000"]')!;
  expect(row.style.top).toBe('500000px');
  expect(row.textContent).toBe('10000:确保实现万元生产总值综合能耗下降4.2%的目标');
  expect(row.getAttribute('aria-posinset')).toBe('10001');
});

it('handles rows of two heights', async () => {
  const items = ['heading indicators', ...rows(5), 'heading commitments', ...rows(5).map((row) => `c${row}`)];
  await renderList(items, (item) => (item.startsWith('heading') ? 20 : 100));
  // 20 + 5 × 100 = 520: the second heading; the viewport from 430 to 630 shows rows 5 to 7.
  await scrollTo(430);
  expect(renderedIndexes()).toEqual([5, 6, 7]);
  expect(container.querySelector<HTMLElement>('[data-row-index="6"]')!.style.top).toBe('520px');
  expect(container.querySelector<HTMLElement>('[data-row-index="6"]')!.style.height).toBe('20px');
});

it('pulls a shortened list back into view', async () => {
  await renderList(rows(1000));
  await scrollTo(40_000);
  await renderList(rows(10));
  // 10 rows of 50 px in a 200 px viewport: the last scroll position is 300.
  expect(renderedIndexes()).toEqual([6, 7, 8, 9]);
});

it('renders the overscan ahead of a short move only, below when moving down and above when moving up', async () => {
  await renderList(rows(15_000));
  await scrollTo(1_000);
  // A jump: rows 20 to 23 alone.
  expect(renderedIndexes()).toEqual([20, 21, 22, 23]);
  await scrollTo(1_100);
  // 100 px down: rows 22 to 25 in view, two more below.
  expect(renderedIndexes()).toEqual([22, 23, 24, 25, 26, 27]);
  await scrollTo(1_050);
  // 50 px up: rows 21 to 24 in view, two more above.
  expect(renderedIndexes()).toEqual([19, 20, 21, 22, 23, 24]);
  // A render that does not move (the items changed) keeps the direction.
  await renderList(rows(15_001));
  expect(renderedIndexes()).toEqual([19, 20, 21, 22, 23, 24]);
});

it('keeps the element of a row that stays in view, and gives a row coming into view the element of one that left', async () => {
  await renderList(rows(15_000));
  const before = rowElements();
  const row3 = container.querySelector('[data-row-index="3"]');
  await scrollTo(100);
  expect(container.querySelector('[data-row-index="3"]')).toBe(row3);
  await scrollTo(500_000);
  const after = rowElements();
  // No element made for the four rows at 500,000 px: they are drawn in the boxes of rows that left, in display order.
  expect(after.every((element) => before.includes(element))).toBe(true);
  expect(after.map((element) => element.textContent)).toEqual([10000, 10001, 10002, 10003].map((index) => rows(15_000)[index]));
  expect(after[0]!.style.top).toBe('500000px');
  expect(after.map((element) => element.getAttribute('aria-posinset'))).toEqual(['10001', '10002', '10003', '10004']);
});

it('never gives the element holding the focus to another row', async () => {
  await renderList(rows(15_000));
  const button = container.querySelector<HTMLButtonElement>('[data-row-index="1"] button')!;
  button.focus();
  await scrollTo(500_000);
  // The focused row left the view: its element went with it, still naming its own item.
  expect(button.isConnected).toBe(false);
  expect(button.textContent).toBe(rows(15_000)[1]);
  expect(renderedIndexes()).toEqual([10000, 10001, 10002, 10003]);
});

it('moves focus with the arrow keys and End, rendering rows that were not there', async () => {
  await renderList(rows(15_000));
  const first = container.querySelector<HTMLButtonElement>('[data-row-index="0"] button')!;
  first.focus();
  await act(() => {
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
  });
  expect(document.activeElement?.textContent).toBe('1:确保实现万元生产总值综合能耗下降4.2%的目标');
  await act(() => {
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
  });
  expect(document.activeElement?.textContent).toBe('14999:居全县第12位');
  expect(container.querySelector<HTMLElement>('.virtual-list')!.scrollTop).toBe(750_000 - 200);
  await act(() => {
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
  });
  expect(document.activeElement?.textContent).toBe('0:全区完成地区生产总值320.31亿元');
});

it('passes over rows that take no focus', async () => {
  const items = ['heading indicators', 'a', 'heading commitments', 'b'];
  await renderList(items);
  const a = container.querySelector<HTMLButtonElement>('[data-row-index="1"] button')!;
  a.focus();
  await act(() => {
    a.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
  });
  expect(document.activeElement?.textContent).toBe('b');
});

it('computes ranges at the edges', () => {
  const layout = layoutRows(3, () => 10);
  expect(visibleRange(layout, 0, 100, { before: 2, after: 2 })).toEqual({ start: 0, end: 3 });
  expect(visibleRange(layoutRows(0, () => 10), 0, 100, { before: 2, after: 2 })).toEqual({ start: 0, end: 0 });
  expect(visibleRange(layoutRows(100, () => 10), 995, 100, { before: 0, after: 0 })).toEqual({ start: 99, end: 100 });
});

it('puts the overscan ahead of the move, and none after a move of a viewport or more', () => {
  expect(overscanToward(0, 200, 3)).toEqual({ before: 0, after: 3 });
  expect(overscanToward(40, 200, 3)).toEqual({ before: 0, after: 3 });
  expect(overscanToward(-40, 200, 3)).toEqual({ before: 3, after: 0 });
  expect(overscanToward(199, 200, 3)).toEqual({ before: 0, after: 3 });
  expect(overscanToward(200, 200, 3)).toEqual({ before: 0, after: 0 });
  expect(overscanToward(-5_000, 200, 3)).toEqual({ before: 0, after: 0 });
});
