// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it } from 'vitest';
import { ItemList, type ListOrder } from '../../src/popup/components/ItemList';
import type { PageItem } from '../../src/shared/messages';
import { ITEMS, PAGE_ITEMS } from '../shared/page-fixtures';
import { useListViewportHeight } from '../ui/list-viewport';
import { waitOutEffectsAtEnd } from '../ui/after-paint';

waitOutEffectsAtEnd();

const container = document.createElement('div');
document.body.append(container);

useListViewportHeight(500);
afterEach(() => render(null, container));

/** `count` copies of the fixture page's items, each with its own id, as on a very long report. */
function longReport(count: number): PageItem[] {
  return Array.from({ length: count }, (_, index) => {
    const item = PAGE_ITEMS[index % PAGE_ITEMS.length]!;
    return { ...item, id: `${item.id}-${index}` };
  });
}

function show(items: readonly PageItem[], order: ListOrder, savedIds: ReadonlySet<string> = new Set()) {
  const noop = () => undefined;
  return act(() =>
    render(<ItemList items={items} order={order} savedIds={savedIds} busy={false} onOpen={noop} onSave={noop} />, container),
  );
}

const renderedIds = () => [...container.querySelectorAll<HTMLElement>('.row')].map((row) => row.dataset.itemId);

it('renders a few rows of a 15,000-item list, with the full count and Save all for every item', async () => {
  const items = longReport(15_000);
  await show(items, 'document', new Set([items[0]!.id]));
  expect(container.querySelectorAll('.row').length).toBeLessThan(20);
  expect(container.querySelector('.list-summary')?.textContent).toBe('15000 items shown');
  expect(container.querySelector('.save-all')?.textContent).toBe('Save all (14999)');
});

it('lists the items in document order, or grouped by kind under headings with counts', async () => {
  await show(PAGE_ITEMS, 'document');
  expect(container.querySelector('.group-heading')).toBeNull();
  // 500 px show four rows of 132 px; one more is rendered below.
  expect(renderedIds()).toEqual(PAGE_ITEMS.slice(0, 5).map((item) => item.id));

  await show(PAGE_ITEMS, 'kind');
  const headings = () => [...container.querySelectorAll('.group-heading')].map((heading) => heading.textContent);
  const indicators = PAGE_ITEMS.filter((item) => item.kind === 'indicator').map((item) => item.id);
  // The indicators' heading (30 px), then the indicators: four in view, one more below.
  expect(headings()).toEqual(['Indicators 指标7']);
  expect(renderedIds()).toEqual(indicators.slice(0, 5));
  expect(renderedIds()).not.toContain(ITEMS.listingTarget.id);
  // Further down (690 to 1,190 px), the last two indicators, the commitments' heading and two commitments.
  const scroller = container.querySelector<HTMLElement>('.virtual-list')!;
  scroller.scrollTop = 30 + 5 * 132;
  await act(() => {
    scroller.dispatchEvent(new Event('scroll'));
  });
  expect(headings()).toEqual(['Commitments 承诺3']);
  const commitments = PAGE_ITEMS.filter((item) => item.kind === 'commitment').map((item) => item.id);
  expect(renderedIds()).toEqual([...indicators.slice(5), ...commitments.slice(0, 2)]);
});

it('leaves the rows shown as they are when a slice of the list comes, but for the list size they announce', async () => {
  const items = longReport(450);
  await show(items.slice(0, 50), 'document');
  const before = [...container.querySelectorAll<HTMLElement>('.virtual-row')];
  const list = container.querySelector('[role="list"]')!;
  const changes: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const where = record.target === list ? 'list' : 'row';
      changes.push(record.type === 'attributes' ? `${where} ${record.attributeName}` : `${where} ${record.type}`);
    }
  });
  observer.observe(list, { subtree: true, childList: true, attributes: true, characterData: true });
  // The next 400 items come: the same item objects first, as the popup keeps them.
  await show(items, 'document');
  await Promise.resolve();
  observer.disconnect();
  expect([...container.querySelectorAll<HTMLElement>('.virtual-row')]).toEqual(before);
  // The list grows (its height is in its style); each row shown only announces the new size.
  expect(new Set(changes)).toEqual(new Set(['list style', 'row aria-setsize']));
  expect(before[0]!.getAttribute('aria-setsize')).toBe('450');
});
